// When each event may happen: ONE table, read by `transition` (to refuse an event that is not
// possible now) and by `availableEvents` (to say which events are possible, and why others are not).
import type { ConversationEventType } from './event-types.js';
import type { Conversation, ConversationStatus, PhaseActivity, TemplatePhase } from './types.js';

/**
 * When an event may happen: inside a phase that has one of its `activities` open, or, for the moves
 * of the conversation itself, in one of its `statuses`.
 */
export type EventRule =
  | { readonly activities: readonly PhaseActivity[]; readonly statuses?: undefined }
  | { readonly statuses: readonly ConversationStatus[]; readonly activities?: undefined };

const open: readonly ConversationStatus[] = ['planned', 'inProgress', 'postponed'];

/** Every event and when it may happen, in the order a development conversation usually meets them. */
export const eventRules: { readonly [T in ConversationEventType]: EventRule } = Object.freeze({
  answerPreparation: { activities: ['prepare'] },
  // Preparation input: each side's competence scan, and colleague feedback: asked, answered, shared by the employee.
  assessCompetences: { activities: ['prepare'] },
  requestFeedback: { activities: ['prepare'] },
  receiveFeedbackAnswer: { activities: ['prepare'] },
  shareFeedback: { activities: ['prepare'] },
  addAgendaPoint: { activities: ['prepare'] },
  withdrawAgendaPoint: { activities: ['prepare'] },
  mergeAgenda: { activities: ['prepare'] },
  setPurpose: { activities: ['purpose'] },
  start: { statuses: ['planned', 'postponed'] },
  nextPhase: { statuses: ['inProgress'] },
  previousPhase: { statuses: ['inProgress'] },
  addNote: { activities: ['notes'] },
  markAgendaItemDone: { activities: ['agenda'] },
  addNeed: { activities: ['needs'] },
  proposeAgreement: { activities: ['agreements'] },
  // Changing or withdrawing needs the activity of the list the agreement is in (the handler checks which).
  reviseAgreement: { activities: ['agreements', 'support'] },
  acceptAgreement: { activities: ['agreements'] },
  withdrawAgreement: { activities: ['agreements', 'support'] },
  proposeSupport: { activities: ['support'] },
  acceptSupport: { activities: ['support'] },
  scheduleNextConversation: { activities: ['schedule'] },
  evaluate: { activities: ['evaluate'] },
  conclude: { statuses: ['inProgress'] },
  postpone: { statuses: open },
  cancel: { statuses: open },
  // Sharing (or no longer sharing) is its writer's right, also once the conversation is closed.
  shareText: { statuses: [...open, 'concluded', 'cancelled'] },
});

/** Every event type, in the table's order. */
export const eventTypes = Object.freeze(Object.keys(eventRules) as ConversationEventType[]);

/** The phase the conversation is in, if it is one of its template's. */
export function currentPhase(conversation: Conversation): TemplatePhase | undefined {
  return conversation.template.phases.find((phase) => phase.id === conversation.phase);
}

/** The index of the current phase in the template (-1 once concluded). */
export function phaseIndex(conversation: Conversation): number {
  return conversation.template.phases.findIndex((phase) => phase.id === conversation.phase);
}

/** The activities open right now: the current phase's once started, the first phase's before. */
export function openActivities(conversation: Conversation): readonly PhaseActivity[] {
  if (conversation.status === 'inProgress') return currentPhase(conversation)?.activities ?? [];
  if ((conversation.status === 'planned' || conversation.status === 'postponed') && phaseIndex(conversation) === 0) {
    return conversation.template.phases[0]?.activities ?? [];
  }
  return [];
}

/** May this event happen now, by the table? (The handler may still refuse it for its content.) */
export function allowedNow(conversation: Conversation, type: ConversationEventType): boolean {
  const rule = eventRules[type];
  if (rule.statuses !== undefined) return rule.statuses.includes(conversation.status);
  const activities = openActivities(conversation);
  return rule.activities.some((activity) => activities.includes(activity));
}
