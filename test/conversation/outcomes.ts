// What a transition answered, as the conversation case files read it.
import { expect } from 'vitest';
import type { Conversation, Result, TransitionOutcome } from '../../src/index.js';

/** The conversation after an accepted event; a refusal fails the test with its codes. */
export function moved(result: Result<TransitionOutcome>): Conversation {
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result.value.conversation;
}

/** A refused event's findings as code, path and params; an accepted one fails the test. */
export function refusal(result: Result<TransitionOutcome>): unknown[][] {
  expect(result.ok).toBe(false);
  return result.findings.map((f) => [f.code, f.path, f.params]);
}
