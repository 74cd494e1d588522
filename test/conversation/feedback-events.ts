// Builders of the colleague-feedback events that the feedback case files share: a conversation in
// preparation, a request to the colleagues a file names, and an answer from one of them.
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import { createConversation } from '../../src/index.js';
import { developmentInput } from './fixtures.js';

/** A colleague asked for feedback; `role` only where a case needs one. */
export interface AskedColleague {
  readonly id: string;
  readonly name: string;
  readonly role?: string;
}

/** A development conversation in preparation (template version 1), with `extra` input. */
export function created(extra: object = {}): Conversation {
  const result = createConversation({ ...developmentInput, templateVersion: 1, ...extra });
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result.value;
}

/** The employee asks `colleagues` one question (q1) under request `id`; `extra` adds to the request. */
export const requestTo = (colleagues: readonly AskedColleague[], id: string, extra: object = {}): ConversationEventInput =>
  ({
    type: 'requestFeedback',
    at: '2027-02-20T09:00:00+01:00',
    by: 'employee',
    request: { id, colleagues, questions: [{ id: 'q1', text: 'Waarin is Sanne op haar best?' }], ...extra },
  }) as ConversationEventInput;

/** Colleague col-1 answers q1 of request fb-1; `extra` changes any of it. */
export const answer = (extra: object = {}): ConversationEventInput =>
  ({
    type: 'receiveFeedbackAnswer',
    at: '2027-03-01T10:00:00+01:00',
    by: 'employee',
    requestId: 'fb-1',
    questionId: 'q1',
    colleagueId: 'col-1',
    text: 'Bij klanten die twijfelen.',
    ...extra,
  }) as ConversationEventInput;
