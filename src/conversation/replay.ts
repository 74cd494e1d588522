// Replay: a state rebuilt from an event log, in time linear in the log.
import * as z from 'zod/mini';
import type { Finding, Result } from '../core/index.js';
import { fail, hasErrors, ok, parseWith, prefixPaths } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { ReplayOptions } from './api-types.js';
import { createConversation } from './create.js';
import { inPlace, plainCopy } from './draft.js';
import type { ConversationEvent, ConversationEventType } from './event-types.js';
import { eventRules } from './rules.js';
import { conversationEventSchema } from './schema-events.js';
import { readState, trust } from './state.js';
import { decide, write } from './transition.js';
import type { Conversation } from './types.js';

/** What a log must be before its events are read: a list of at most a million. */
const eventLogShape = z.array(z.unknown()).check(z.maxLength(1_000_000));

/** The refusal of event `index`: a composite finding whose details say why, with paths under `events.<index>`. */
function invalidEvent(index: number, event: unknown, findings: readonly Finding[]): Finding[] {
  const type = event !== null && typeof event === 'object' ? (event as { type?: unknown }).type : undefined;
  const known = typeof type === 'string' && Object.hasOwn(eventRules, type) ? (type as ConversationEventType) : undefined;
  const details = prefixPaths(findings, ['events', index]);
  return [
    finding.error('conversation.replay.invalidEvent', {
      path: ['events', index],
      params: known === undefined ? { index } : { index, type: known },
      details,
    }),
    ...details,
  ];
}

/**
 * An event written twice in a row (a retried write, a message delivered twice): the same type, time,
 * sender and content. Most such events are refused anyway (a second conclusion, the same agreement
 * proposed again); the others (a note, an answer) would be applied twice without a word.
 */
function sameEvent(a: ConversationEvent, b: ConversationEvent): boolean {
  return a.type === b.type && a.at === b.at && a.by === b.by && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The input of a stored log: one without a template of its own and without `templateVersion` was
 * written before templates had versions, so it replays with the first version of the built-in one.
 */
function pinned(input: NonNullable<ReplayOptions['input']>): NonNullable<ReplayOptions['input']> {
  try {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
    if (input.template !== undefined || input.templateVersion !== undefined) return input;
    return { ...input, templateVersion: 1 };
  } catch {
    return input; // createConversation refuses what cannot be read
  }
}

/** The start of a replay, read defensively: the options come from the caller like the log does. */
function startOf(options: ReplayOptions): Result<Conversation> {
  let input: ReplayOptions['input'];
  let from: ReplayOptions['from'];
  try {
    input = (options as Partial<ReplayOptions> | null | undefined)?.input;
    from = (options as Partial<ReplayOptions> | null | undefined)?.from;
  } catch {
    return fail([finding.error('conversation.replay.noStart', { path: ['options'] })]);
  }
  if ((input === undefined) === (from === undefined)) return fail([finding.error('conversation.replay.noStart', { path: ['options'] })]);
  const start = input !== undefined ? createConversation(pinned(input)) : readState(from);
  return start.ok ? start : fail(prefixPaths(start.findings, ['options', input !== undefined ? 'input' : 'from']));
}

/**
 * Rebuilds a conversation from its event log: the same state, as the same JSON string, as applying
 * the events one by one with `transition`. A log with an event that is malformed or refused is refused
 * as a whole: `conversation.replay.invalidEvent` names the step, its details say why (and follow it,
 * with paths under `events.<index>`). Warnings of accepted events are kept, under the same paths.
 * The state is built once, in place, and frozen at the end: time grows linearly with the log.
 *
 * @example
 * ```ts
 * import { replay } from 'ontwikkelgesprek';
 * const result = replay(
 *   [
 *     { type: 'setPurpose', at: '2027-06-01T08:00:00+02:00', by: 'employee', purpose: 'Voortgang bespreken' },
 *     { type: 'conclude', at: '2027-06-01T09:30:00+02:00', by: 'manager' },
 *   ],
 *   {
 *     input: {
 *       id: 'c1', kind: 'checkIn',
 *       employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *       plannedStart: '2027-06-01T09:00:00+02:00', locale: 'nl',
 *     },
 *   },
 * );
 * result.ok; // false
 * result.findings[0]?.params.index; // 1
 * result.findings[0]?.details?.[0]?.code; // 'conversation.event.notNow'
 * ```
 */
export function replay(events: readonly unknown[], options: ReplayOptions): Result<Conversation> {
  if (!Array.isArray(events) || events.length > 1_000_000) {
    const log = parseWith(eventLogShape, events, { path: ['events'] });
    if (!log.ok) return log;
  }
  const start = startOf(options);
  if (!start.ok) return start;
  const findings: Finding[] = [...start.findings];
  if (events.length === 0) return ok(start.value, findings);
  // One private copy, changed in place event by event; decisions read it as the state so far.
  const state = plainCopy(start.value) as Conversation;
  const writer = inPlace(state);
  let previous: ConversationEvent | undefined;
  for (let index = 0; index < events.length; index++) {
    const raw: unknown = events[index];
    const parsed = parseWith(conversationEventSchema, raw);
    if (!parsed.ok) return fail(invalidEvent(index, raw, parsed.findings));
    const event = parsed.value as ConversationEvent;
    if (previous !== undefined && sameEvent(previous, event)) {
      findings.push(finding.warning('conversation.replay.duplicateEvent', { path: ['events', index], params: { index } }));
    }
    previous = event;
    const decision = decide(state, event);
    if (decision.apply === undefined || hasErrors(decision.findings)) return fail(invalidEvent(index, raw, decision.findings));
    write(state, writer, decision.apply, event.at);
    if (decision.findings.length > 0) findings.push(...prefixPaths(decision.findings, ['events', index]));
  }
  return ok(trust(writer.frozen()), findings);
}
