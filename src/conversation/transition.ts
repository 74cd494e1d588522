// The pure transition: one event applied to one state.
import type { Finding, Result } from '../core/index.js';
import { compareInstants, deepFreeze, fail, hasErrors, ok, parseWith } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { TransitionOptions, TransitionOutcome } from './api-types.js';
import type { Decision, Handler } from './decision.js';
import { notNowFinding, refuse } from './decision.js';
import type { Writer } from './draft.js';
import { copyOnWrite } from './draft.js';
import type { ConversationEvent, ConversationEventType } from './event-types.js';
import { handlers } from './handlers.js';
import type { Sender } from './permissions.js';
import { authorize } from './permissions.js';
import { allowedNow } from './rules.js';
import { erasuresAfter, sensitiveFindings, textWriteOf } from './texts.js';
import { conversationEventSchema } from './schema-events.js';
import { readState, trust } from './state.js';
import type { Conversation } from './types.js';

/**
 * Why an event of this type cannot happen at `at`, whatever it carries: the conversation is closed,
 * the moment lies before the last event, or the event table says not now. `undefined` when it can.
 */
export function gate(conversation: Conversation, type: ConversationEventType, at: string): Finding | undefined {
  // A closed conversation changes no more; who may read a text stays its writer's to decide.
  if ((conversation.status === 'concluded' || conversation.status === 'cancelled') && type !== 'shareText') {
    return finding.error('conversation.event.closed', { path: ['type'], params: { status: conversation.status } });
  }
  if (conversation.updatedAt !== null && compareInstants(at, conversation.updatedAt) < 0) {
    return finding.error('conversation.event.beforeLast', { path: ['at'], params: { at, last: conversation.updatedAt } });
  }
  return allowedNow(conversation, type) ? undefined : notNowFinding(conversation, type);
}

/**
 * What the conversation decides about a validated event: the gate first, then whether its sender may
 * send it, then its handler; an accepted event also records an act on someone's behalf, keeps the
 * tombstones of erased texts, and warns about special-category data in what it brings.
 */
export function decide(conversation: Conversation, event: ConversationEvent): Decision {
  const closed = gate(conversation, event.type, event.at);
  if (closed !== undefined) return refuse(closed);
  const sender = authorize(conversation, event);
  if ('code' in sender) return refuse(sender);
  // The handler sees the side the event speaks for.
  const handled = (sender.role === event.by ? event : { ...event, by: sender.role }) as ConversationEvent;
  const decision = (handlers[event.type] as Handler<ConversationEventType>)(conversation, handled as never, sender);
  if (decision.apply === undefined || hasErrors(decision.findings)) return decision;
  return withRecords(conversation, handled, sender, decision);
}

/** An accepted decision with what the conversation keeps of every event: acts on behalf, tombstones, hints. */
function withRecords(conversation: Conversation, event: ConversationEvent, sender: Sender, decision: Decision): Decision {
  const write = textWriteOf(conversation, event);
  const erasures = erasuresAfter(conversation, event, write);
  const hints = sensitiveFindings(conversation, event, write);
  if (erasures === undefined && sender.onBehalf === undefined && hints.length === 0) return decision;
  const apply = decision.apply as (writer: Writer) => void;
  return {
    findings: [...decision.findings, ...hints],
    apply: (writer) => {
      apply(writer);
      if (erasures !== undefined) writer.set(['erasures'], erasures);
      if (sender.onBehalf !== undefined) writer.push(['actsOnBehalf'], sender.onBehalf);
    },
  };
}

/** Writes an accepted decision: the handler's change, then the version and the time of the event. */
export function write(conversation: Conversation, writer: Writer, apply: (writer: Writer) => void, at: string): void {
  apply(writer);
  writer.set(['version'], conversation.version + 1);
  writer.set(['updatedAt'], at);
}

/**
 * Applies one event to a conversation, purely. Accepted: the next state (frozen; what did not change
 * is shared with the given state) and findings that did not stop it (warnings, hints); with
 * `{ patches: true }` also the patches to the next state and back. Refused: findings that say why;
 * the given state is untouched. A state that did not come from this library (one read back from
 * storage) is validated first, and so is the event (any value: see `ConversationEventInput`). `by`
 * says which side the event speaks for; whether the sender may speak for that side is the host's to
 * decide.
 *
 * @example
 * ```ts
 * import { createConversation, findingMessage, transition } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1', kind: 'development',
 *   employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'nl',
 * });
 * if (created.ok) {
 *   const refused = transition(created.value, { type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' });
 *   refused.ok; // false: no purpose and no merged agenda yet
 *   refused.findings[0]?.code; // 'conversation.guard.purposeSet'
 *   const purpose = transition(
 *     created.value,
 *     { type: 'setPurpose', at: '2027-03-14T09:00:00+01:00', by: 'employee', purpose: 'Mijn volgende stap bepalen' },
 *     { patches: true },
 *   );
 *   purpose.ok && purpose.value.patches?.[0]; // { op: 'replace', path: ['purpose'], value: 'Mijn volgende stap bepalen' }
 * }
 * ```
 */
export function transition(conversation: Conversation, event: unknown, options: TransitionOptions = {}): Result<TransitionOutcome> {
  const state = readState(conversation);
  if (!state.ok) return state;
  const parsed = parseWith(conversationEventSchema, event);
  if (!parsed.ok) return parsed;
  return step(state.value, parsed.value as ConversationEvent, wantsPatches(options));
}

/** Reads the options defensively: they come from the caller like the event does. */
function wantsPatches(options: unknown): boolean {
  try {
    return options !== null && typeof options === 'object' && (options as TransitionOptions).patches === true;
  } catch {
    return false;
  }
}

/** Applies a validated event to a trusted state. */
function step(conversation: Conversation, event: ConversationEvent, withPatches: boolean): Result<TransitionOutcome> {
  const decision = decide(conversation, event);
  if (decision.apply === undefined || hasErrors(decision.findings)) return fail(decision.findings);
  const draft = copyOnWrite(conversation, withPatches);
  write(conversation, draft, decision.apply, event.at);
  const next = trust(draft.frozen());
  const outcome: TransitionOutcome = withPatches
    ? { conversation: next, event, patches: draft.patches, inversePatches: draft.inversePatches }
    : { conversation: next, event };
  return ok(deepFreeze(outcome), decision.findings as Finding[]);
}
