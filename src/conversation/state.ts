import type { Result } from '../core/index.js';
import { deepFreeze, fail, ok, parseWith } from '../core/index.js';
import { isEvaluativeTopic } from '../vocabulary/index.js';
import { conversationFindings } from './labels.js';
import { conversationMessages } from './messages.js';
import type { AgendaEntry, Conversation } from './schema.js';
import { conversationSchema } from './schema.js';
import { validateTemplate } from './templates.js';

const finding = conversationFindings();

/**
 * States this module produced (and froze). They are valid by construction, so the functions that take
 * a conversation skip re-validating them: validating a growing state on every event would make a long
 * log quadratic.
 */
const trusted = new WeakSet<object>();

/**
 * Marks a state this module produced as trusted (internal).
 *
 * @example
 * ```ts
 * import { createConversation } from 'ontwikkelgesprek';
 * // States from createConversation, transition and replay are trusted: passing them on costs no validation.
 * createConversation({
 *   id: 'c1', kind: 'checkIn',
 *   employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-06-01T09:00:00+02:00', locale: 'en',
 * }).ok; // true
 * ```
 */
export function trust<T extends object>(value: T): T {
  trusted.add(value);
  return value;
}

/**
 * Reads a conversation given by a caller (internal): trusted states pass at once; anything else is
 * validated (shape, template, phase) and frozen, or answered with `conversation.state.invalid`.
 *
 * @example
 * ```ts
 * import { agendaProgress } from 'ontwikkelgesprek';
 * import type { Conversation } from 'ontwikkelgesprek';
 * const result = agendaProgress({ id: 'c1' } as unknown as Conversation);
 * result.ok; // false
 * result.findings[0]?.code; // 'conversation.state.invalid'
 * ```
 */
export function readState(conversation: unknown): Result<Conversation> {
  if (conversation !== null && typeof conversation === 'object' && trusted.has(conversation)) {
    return ok(conversation as Conversation);
  }
  const parsed = parseWith(conversationSchema, conversation, { messages: conversationMessages });
  if (!parsed.ok) return fail([finding.error('conversation.state.invalid'), ...parsed.findings]);
  // The shape is not enough: the template must still be a valid one, and the phase one of its own.
  const template = validateTemplate(parsed.value.template);
  if (!template.ok) {
    return fail([finding.error('conversation.state.invalid'), ...template.findings.map((f) => ({ ...f, path: ['template', ...f.path] }))]);
  }
  const state = parsed.value;
  if (state.phase !== 'concluded' && !state.template.phases.some((phase) => phase.id === state.phase)) {
    return fail([finding.error('conversation.state.invalid', { path: ['phase'] })]);
  }
  return ok(trust(deepFreeze(state)));
}

/**
 * Merged agenda items, planned or deferred, about evaluative topics (internal; see `evaluativeDrift`).
 *
 * @example
 * ```ts
 * import { evaluativeDrift } from 'ontwikkelgesprek';
 * import type { Conversation } from 'ontwikkelgesprek';
 * function count(conversation: Conversation): number {
 *   const drift = evaluativeDrift(conversation);
 *   return drift.ok ? drift.value.items.length : 0;
 * }
 * ```
 */
export function evaluativeItems(conversation: Conversation): AgendaEntry[] {
  const items = [...(conversation.agenda?.items ?? []), ...(conversation.agenda?.deferred ?? [])];
  return items.filter((item) => item.topic !== undefined && isEvaluativeTopic(item.topic));
}
