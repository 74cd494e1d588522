// Replay: a state rebuilt from an event log, in time linear in the log.
import * as z from 'zod/mini';
import type { Finding, Result } from '../core/index.js';
import { deepFreeze, fail, hasErrors, isList, ok, parseWith, prefixPaths } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { CreateConversationInput, ReplayOptions } from './api-types.js';
import { createConversation } from './create.js';
import { inPlace, plainCopy } from './draft.js';
import type { ConversationEvent, ConversationEventInput, ConversationEventLog, ConversationEventType } from './event-types.js';
import { eventRules } from './rules.js';
import { conversationEventLogSchema, conversationEventSchema } from './schema-events.js';
import { readState, trust } from './state.js';
import { conversationTemplates } from './templates.js';
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
 * The same event twice: type, time and sender first, so that a replay writes no event as JSON unless
 * those three match (speed only: the JSON comparison alone gives the same answer).
 */
function sameEvent(a: ConversationEvent, b: ConversationEvent): boolean {
  return a.type === b.type && a.at === b.at && a.by === b.by && JSON.stringify(a) === JSON.stringify(b);
}

type Input = NonNullable<ReplayOptions['input']>;

/** Does the input name neither a template of its own nor a version of the built-in one? */
function unversioned(input: unknown): input is Input {
  try {
    // `null` is an object that cannot be read: it lands in the catch.
    return (
      typeof input === 'object' &&
      !Array.isArray(input) &&
      (input as Input).template === undefined &&
      (input as Input).templateVersion === undefined
    );
  } catch {
    // createConversation refuses what cannot be read.
  }
  return false;
}

/**
 * The input of a stored log: one without a template of its own and without `templateVersion` was
 * written before templates had versions, so it replays with the first version of the built-in one.
 */
function pinned(input: Input): Input {
  return unversioned(input) ? { ...input, templateVersion: 1 } : input;
}

/**
 * The input and the state the options name, read once and defensively (the options come from the
 * caller like the log does), or `undefined` when they cannot be read: `null`, a getter that throws.
 */
function startingPoints(options: ReplayOptions): Partial<ReplayOptions> | undefined {
  try {
    const { input, from } = options;
    return { input, from };
  } catch {
    // Options that cannot be read name no start.
  }
  return undefined;
}

/** The start of a replay; `pin` reads an input without a template version as version 1. */
function startOf(options: ReplayOptions, pin: boolean): Result<Conversation> {
  const given = startingPoints(options);
  if (given === undefined || (given.input === undefined) === (given.from === undefined))
    return fail([finding.error('conversation.replay.noStart', { path: ['options'] })]);
  const { input, from } = given;
  const start = input !== undefined ? createConversation(pin ? pinned(input) : input) : readState(from);
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
  // A list of at most a million passes the shape check: only anything else is read by it.
  if (!isList(events) || events.length > 1_000_000) return fail(parseWith(eventLogShape, events, { path: ['events'] }).findings);
  const result = replayFrom(events, options, true);
  // An empty log says nothing of the version it was written on.
  if (events.length === 0 || !unversioned(startingPoints(options)?.input)) return result;
  if (result.ok) return pastSharedPhases(result.value) ? ambiguous(result, replayFrom(events, options, false)) : result;
  // Refused on the first version: a log of a later one whose stored input lost its version?
  const latest = replayFrom(events, options, false);
  if (!latest.ok) return result;
  const version = latest.value.template.version ?? 1;
  return fail([
    finding.error('conversation.replay.templateVersionMissing', {
      path: ['options', 'input', 'templateVersion'],
      params: { kind: latest.value.kind, version },
      details: result.findings.slice(0, 1),
    }),
    ...result.findings,
  ]);
}

/**
 * Has a conversation on the first version of a built-in template gone past the phases its latest
 * version shares with it (from there on, the same events mean other phases)?
 */
function pastSharedPhases(state: Conversation): boolean {
  // An input without a version or a template of its own has a built-in kind, so a latest template.
  const latest = conversationTemplates[state.kind as keyof typeof conversationTemplates];
  if ((latest.version ?? 1) === (state.template.version ?? 1)) return false;
  let shared = 0;
  while (state.template.phases[shared]?.id === latest.phases[shared]?.id) shared++;
  const at = state.template.phases.findIndex((phase) => phase.id === state.phase);
  return at < 0 || at >= shared;
}

/** A log that replays on the first version and on the latest alike: the first, with a warning that says so. */
function ambiguous(first: Result<Conversation> & { ok: true }, latest: Result<Conversation>): Result<Conversation> {
  if (!latest.ok) return first;
  const params = { kind: latest.value.kind, version: latest.value.template.version ?? 1 };
  return ok(first.value, [
    ...first.findings,
    finding.warning('conversation.replay.templateVersionAmbiguous', { path: ['options', 'input', 'templateVersion'], params }),
  ]);
}

/** Replays a log whose shape was checked; `pin` reads an input without a template version as version 1. */
function replayFrom(events: readonly unknown[], options: ReplayOptions, pin: boolean): Result<Conversation> {
  const start = startOf(options, pin);
  if (!start.ok) return start;
  const findings: Finding[] = [...start.findings];
  // One private copy, changed in place event by event; decisions read it as the state so far.
  const state = plainCopy(start.value) as Conversation;
  const writer = inPlace(state);
  // An event written twice in a row (a retried write, a message delivered twice) has the same type,
  // time, sender and content, so the same JSON. Most such events are refused anyway (a second
  // conclusion, the same agreement proposed again); the others (a note, an answer) would be applied
  // twice without a word.
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
    findings.push(...prefixPaths(decision.findings, ['events', index]));
  }
  return ok(trust(writer.frozen()), findings);
}

/**
 * The event log to store for a conversation (as xstate's persisted snapshot is what to store of an
 * actor): the input it was created with, naming the version of the built-in template it got
 * (`templateVersion`, the latest unless the input named one), and its events, checked by a replay
 * and written in the stored form (`schemaVersion`, defaults, one key order). Store this, not the
 * input as given: a replay reads an input without a version as version 1.
 *
 * @example
 * ```ts
 * import { eventLogOf, replay } from 'ontwikkelgesprek';
 * const input = {
 *   id: 'c1', employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'nl' as const,
 * };
 * const log = eventLogOf(input, [{ type: 'setPurpose', at: '2027-03-10T09:00:00+01:00', by: 'employee', purpose: 'Groeien in klantcontact' }]);
 * log.ok && log.value.input.templateVersion; // 2
 * const state = log.ok ? replay(log.value.events, { input: log.value.input }) : log;
 * state.ok && state.value.template.phases[3]?.id; // 'strengths'
 * ```
 */
export function eventLogOf(input: CreateConversationInput, events: readonly ConversationEventInput[] = []): Result<ConversationEventLog> {
  const created = createConversation(input);
  if (!created.ok) return fail(prefixPaths(created.findings, ['input']));
  const version = unversioned(input) ? { templateVersion: created.value.template.version ?? 1 } : {};
  const log = parseWith(conversationEventLogSchema, { input: { ...input, ...version }, events });
  if (!log.ok) return log;
  const value = log.value as unknown as ConversationEventLog;
  const replayed = replay(value.events, { input: value.input });
  if (!replayed.ok) return replayed;
  return ok(deepFreeze(value), replayed.findings);
}
