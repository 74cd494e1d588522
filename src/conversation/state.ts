// Reading a conversation a caller hands in: states this module produced are trusted, anything else
// is validated first.
import type { Result } from '../core/index.js';
import { deepFreeze, fail, ok, parseWith, prefixPaths } from '../core/index.js';
import { finding } from '../locales/index.js';
import { conversationSchema } from './schema-state.js';
import { checkTemplate } from './templates.js';
import type { Conversation } from './types.js';

/**
 * States this module produced (and froze). They are valid by construction, so the functions that take
 * a conversation skip re-validating them: validating a growing state on every event would make a long
 * log quadratic.
 */
const trusted = new WeakSet<object>();

/** Marks a frozen state this module produced as trusted. */
export function trust<T extends object>(value: T): T {
  trusted.add(value);
  return value;
}

/**
 * Reads a conversation given by a caller: trusted states pass at once; anything else is validated
 * (shape, template, phase) and frozen, or answered with `conversation.state.invalid`.
 */
export function readState(conversation: unknown): Result<Conversation> {
  if (conversation !== null && typeof conversation === 'object' && trusted.has(conversation)) return ok(conversation as Conversation);
  const parsed = parseWith(conversationSchema, conversation);
  if (!parsed.ok) return fail([finding.error('conversation.state.invalid'), ...parsed.findings]);
  // The shape is not enough: the template must still be a valid one, and the phase one of its own.
  const state = parsed.value as Conversation;
  const template = checkTemplate(state.template);
  if (template.some((f) => f.severity === 'error')) {
    return fail([finding.error('conversation.state.invalid'), ...prefixPaths(template, ['template'])]);
  }
  if (state.phase !== 'concluded' && !state.template.phases.some((phase) => phase.id === state.phase)) {
    return fail([finding.error('conversation.state.invalid', { path: ['phase'] })]);
  }
  return ok(trust(deepFreeze(state)));
}
