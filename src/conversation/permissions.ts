// Who may send which event: ONE table (data, part of the template), its safe bounds, and the check
// every event passes before its handler sees it.
import type { Finding } from '../core/index.js';
import { deepFreeze } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { Role } from '../vocabulary/index.js';
import type { ConversationEvent, ConversationEventType } from './event-types.js';
import type { ActOnBehalf, ParticipantRole, PermissionOverrides, PermissionTable } from './privacy-types.js';
import type { Conversation, ConversationTemplate } from './types.js';

const sides: readonly Role[] = ['employee', 'manager'];
const everyone: readonly ParticipantRole[] = ['employee', 'manager', 'hrAdviser', 'mentor', 'skipLevelManager'];

/**
 * Events that are one side's own input or consent: their principal is the employee or the manager
 * (a third party sends them only on behalf of one of them), and the handler files them under that side.
 */
export const sideEvents: ReadonlySet<ConversationEventType> = new Set<ConversationEventType>([
  'answerPreparation',
  'addAgendaPoint',
  'withdrawAgendaPoint',
  'setPurpose',
  'addNeed',
  'proposeAgreement',
  'reviseAgreement',
  'acceptAgreement',
  'withdrawAgreement',
  'proposeSupport',
  'acceptSupport',
  'evaluate',
  'assessCompetences',
  'requestFeedback',
  'receiveFeedbackAnswer',
  'shareFeedback',
]);

/** Consent: only the employee and the manager give it, each in person. */
export const consentEvents: ReadonlySet<ConversationEventType> = new Set<ConversationEventType>(['acceptAgreement', 'acceptSupport']);

/** The employee's own say: no host setting may take these from the employee. */
const employeeVoice: ReadonlySet<ConversationEventType> = new Set<ConversationEventType>([
  'answerPreparation',
  'addAgendaPoint',
  'withdrawAgendaPoint',
  'addNeed',
  'proposeAgreement',
  'reviseAgreement',
  'acceptAgreement',
  'proposeSupport',
  'acceptSupport',
  'evaluate',
  'shareText',
  'assessCompetences',
  'requestFeedback',
  'receiveFeedbackAnswer',
  'shareFeedback',
]);

/**
 * The permission table the library uses where a template says nothing: the employee and the manager
 * send every event; every participant may add notes and share their own texts; an HR adviser may act
 * on behalf of either side (recorded), except to consent.
 *
 * @example
 * ```ts
 * import { defaultPermissions } from 'ontwikkelgesprek';
 * defaultPermissions.events.addNote; // ['employee', 'manager', 'hrAdviser', 'mentor', 'skipLevelManager']
 * defaultPermissions.onBehalfOf.hrAdviser; // ['employee', 'manager']
 * ```
 */
export const defaultPermissions: PermissionTable = deepFreeze({
  events: {
    answerPreparation: sides,
    addAgendaPoint: sides,
    withdrawAgendaPoint: sides,
    mergeAgenda: sides,
    setPurpose: sides,
    start: sides,
    nextPhase: sides,
    previousPhase: sides,
    addNote: everyone,
    markAgendaItemDone: sides,
    addNeed: sides,
    proposeAgreement: sides,
    reviseAgreement: sides,
    acceptAgreement: sides,
    withdrawAgreement: sides,
    proposeSupport: sides,
    acceptSupport: sides,
    scheduleNextConversation: sides,
    evaluate: sides,
    conclude: sides,
    postpone: sides,
    cancel: sides,
    shareText: everyone,
    assessCompetences: sides,
    // Either side may ask colleagues (the manager gathers feedback too); the answers reach the employee first.
    requestFeedback: sides,
    receiveFeedbackAnswer: ['employee'],
    shareFeedback: ['employee'],
  },
  onBehalfOf: { hrAdviser: sides },
});

/** The table of a template: the default, with the template's overrides (each event and role replaced as a whole). */
export function permissionsOf(template: ConversationTemplate): PermissionTable {
  const overrides = template.permissions;
  if (overrides === undefined) return defaultPermissions;
  return {
    events: { ...defaultPermissions.events, ...withoutUndefined(overrides.events ?? {}) },
    onBehalfOf: { ...defaultPermissions.onBehalfOf, ...withoutUndefined(overrides.onBehalfOf ?? {}) },
  } as PermissionTable;
}

function withoutUndefined<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Overrides merged: the later replaces the earlier per event and per role. */
export function mergeOverrides(
  first: PermissionOverrides | undefined,
  then: PermissionOverrides | undefined,
): PermissionOverrides | undefined {
  if (then === undefined) return first;
  if (first === undefined) return then;
  const events = { ...(first.events ?? {}), ...withoutUndefined(then.events ?? {}) };
  const onBehalfOf = { ...(first.onBehalfOf ?? {}), ...withoutUndefined(then.onBehalfOf ?? {}) };
  return {
    ...(Object.keys(events).length > 0 ? { events } : {}),
    ...(Object.keys(onBehalfOf).length > 0 ? { onBehalfOf } : {}),
  };
}

/**
 * The safe bounds of a host's overrides: consent stays with the employee and the manager, a side's
 * own input stays with the sides, and the employee keeps their own say.
 */
export function permissionFindings(overrides: PermissionOverrides | undefined, path: readonly (string | number)[]): Finding[] {
  const findings: Finding[] = [];
  for (const [type, roles] of Object.entries(overrides?.events ?? {}) as [
    ConversationEventType,
    readonly ParticipantRole[] | undefined,
  ][]) {
    if (roles === undefined) continue;
    const at = [...path, 'events', type];
    if (consentEvents.has(type) && !(roles.length === 2 && roles.includes('employee') && roles.includes('manager'))) {
      findings.push(finding.error('conversation.permissions.consentFixed', { path: at, params: { type } }));
      continue;
    }
    const third = roles.find((role) => role !== 'employee' && role !== 'manager');
    if (sideEvents.has(type) && third !== undefined) {
      findings.push(finding.error('conversation.permissions.sideEvent', { path: at, params: { type, role: third } }));
    }
    if (employeeVoice.has(type) && !roles.includes('employee')) {
      findings.push(finding.error('conversation.permissions.employeeVoice', { path: at, params: { type } }));
    }
  }
  return findings;
}

/** Who sent an event, for whom, and what the conversation records of it. */
export interface Sender {
  /** The role the event speaks for: `onBehalfOf` when given, else the sender's own. */
  readonly role: ParticipantRole;
  /** The participant id of the sender. */
  readonly actor: string;
  /** The record of an act on someone's behalf, when it is one. */
  readonly onBehalf?: ActOnBehalf | undefined;
}

/** The participant id of the sender of an event, or why there is none. */
function actorOf(conversation: Conversation, event: ConversationEvent): string | Finding {
  const role = event.by;
  if (role === 'employee' || role === 'manager') {
    const id = conversation[role].id;
    if (event.actor !== undefined && event.actor !== id)
      return finding.error('conversation.participant.unknown', { path: ['actor'], params: { role } });
    return id;
  }
  const candidates = (conversation.participants ?? []).filter((participant) => participant.role === role);
  if (candidates.length === 0) return finding.error('conversation.participant.missing', { path: ['by'], params: { role } });
  if (event.actor !== undefined) {
    return candidates.some((participant) => participant.id === event.actor)
      ? event.actor
      : finding.error('conversation.participant.unknown', { path: ['actor'], params: { role } });
  }
  if (candidates.length > 1) {
    return finding.error('conversation.participant.ambiguous', { path: ['actor'], params: { role, count: candidates.length } });
  }
  return (candidates[0] as { id: string }).id;
}

/**
 * May the sender of this event send it? The sender must be a participant in the role the event says
 * (`by`, and `actor` when several share it); acting for a side (`onBehalfOf`) must be allowed for
 * the sender's role and is never allowed for consent; the role the event speaks for must be allowed
 * the event by the table, and a side's own input is always one side's.
 */
export function authorize(conversation: Conversation, event: ConversationEvent): Sender | Finding {
  const actor = actorOf(conversation, event);
  if (typeof actor !== 'string') return actor;
  const table = permissionsOf(conversation.template);
  const principal: ParticipantRole = event.onBehalfOf !== undefined && event.onBehalfOf !== event.by ? event.onBehalfOf : event.by;
  if (principal !== event.by) {
    if (consentEvents.has(event.type)) {
      return finding.error('conversation.permission.consentOnBehalf', {
        path: ['onBehalfOf'],
        params: { type: event.type, onBehalfOf: principal as Role },
      });
    }
    if (!(table.onBehalfOf[event.by] ?? []).includes(principal as Role)) {
      return finding.error('conversation.permission.onBehalfDenied', {
        path: ['onBehalfOf'],
        params: { type: event.type, role: event.by, onBehalfOf: principal as Role },
      });
    }
  }
  const sideOnly = sideEvents.has(event.type) && principal !== 'employee' && principal !== 'manager';
  if (sideOnly || !table.events[event.type].includes(principal)) {
    return finding.error('conversation.permission.denied', { path: ['by'], params: { type: event.type, role: principal } });
  }
  if (principal === event.by) return { role: principal, actor };
  return {
    role: principal,
    actor,
    onBehalf: { type: event.type, at: event.at, by: event.by, actor, onBehalfOf: principal as Role },
  };
}

/** The roles that may send an event in this conversation: allowed by the table and present. */
export function rolesFor(conversation: Conversation, type: ConversationEventType): ParticipantRole[] {
  const present = new Set<ParticipantRole>([
    'employee',
    'manager',
    ...(conversation.participants ?? []).map((participant) => participant.role),
  ]);
  return permissionsOf(conversation.template).events[type].filter((role, index, all) => present.has(role) && all.indexOf(role) === index);
}
