// What an event handler decides, and the refusals every handler shares.
import type { Finding } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { Writer } from './draft.js';
import type { ConversationEventOf, ConversationEventType } from './event-types.js';
import type { Conversation, PhaseActivity } from './types.js';
import { openActivities } from './rules.js';

/** What a handler decides: findings (an error refuses the event) and, if accepted, the change. */
export interface Decision {
  readonly findings: Finding[];
  readonly apply?: ((writer: Writer) => void) | undefined;
}

/** A handler: reads the state and the validated event, decides; never changes the state itself. */
export type Handler<T extends ConversationEventType> = (conversation: Conversation, event: ConversationEventOf<T>) => Decision;

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
