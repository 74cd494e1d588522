// What an event handler decides, and the refusals every handler shares.
import type { Finding } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { Writer } from './draft.js';
import type { ConversationEventOf, ConversationEventType } from './event-types.js';
import type { Sender } from './permissions.js';
import type { Conversation, PhaseActivity } from './types.js';
import type { Role } from '../vocabulary/index.js';
import { openActivities } from './rules.js';

/** What a handler decides: findings (an error refuses the event) and, if accepted, the change. */
export interface Decision {
  readonly findings: Finding[];
  readonly apply?: ((writer: Writer) => void) | undefined;
}

/** The events that are one side's own input or consent: their handler sees the side in `by`. */
export type SideEventType =
  | 'answerPreparation'
  | 'addAgendaPoint'
  | 'withdrawAgendaPoint'
  | 'setPurpose'
  | 'addNeed'
  | 'proposeAgreement'
  | 'reviseAgreement'
  | 'acceptAgreement'
  | 'withdrawAgreement'
  | 'proposeSupport'
  | 'acceptSupport'
  | 'evaluate'
  | 'assessCompetences'
  | 'requestFeedback'
  | 'receiveFeedbackAnswer'
  | 'shareFeedback';

/**
 * An event as its handler sees it: `by` is the role the event speaks for (the side it is sent on
 * behalf of, if any), and for a side's own input always the employee or the manager.
 */
export type HandledEvent<T extends ConversationEventType> = T extends SideEventType
  ? ConversationEventOf<T> & { readonly by: Role }
  : ConversationEventOf<T>;

/** A handler: reads the state, the validated event and who sent it, decides; never changes the state itself. */
export type Handler<T extends ConversationEventType> = (conversation: Conversation, event: HandledEvent<T>, sender: Sender) => Decision;

/** Refuses with these findings. */
export function refuse(...findings: Finding[]): Decision {
  return { findings };
}

/** Accepts with a change, and findings that do not stop it. */
export function accept(apply: (writer: Writer) => void, findings: Finding[] = []): Decision {
  return { findings, apply };
}

/** The refusal of an event that cannot happen in this status and phase. */
export function notNowFinding(conversation: Conversation, type: ConversationEventType): Finding {
  return finding.error('conversation.event.notNow', {
    path: ['type'],
    params: { type, status: conversation.status, phase: conversation.phase },
  });
}

/** Refuses unless the activity is open now (for events whose activity depends on their target). */
export function unlessOpen(conversation: Conversation, type: ConversationEventType, activity: PhaseActivity): Decision | undefined {
  return openActivities(conversation).includes(activity) ? undefined : refuse(notNowFinding(conversation, type));
}

/** The other side. */
export function other(role: 'employee' | 'manager'): 'employee' | 'manager' {
  return role === 'employee' ? 'manager' : 'employee';
}
