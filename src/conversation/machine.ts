import { Immer, enablePatches } from 'immer';
import type { Draft } from 'immer';
import { z } from 'zod';
import type { Finding, Result, Severity } from '../core/index.js';
import {
  calendarDateOf,
  compareInstants,
  deepFreeze,
  defaultTimeZone,
  fail,
  hasErrors,
  idSchema,
  instantSchema,
  localeSchema,
  ok,
  parseWith,
  timeZoneSchema,
} from '../core/index.js';
import type { Agreement } from '../agreements/index.js';
import { agreementSchema, checkAgreement, meetsWww, smartShortfalls } from '../agreements/index.js';
import type { MergedAgenda } from '../agenda/index.js';
import { mergeAgendas } from '../agenda/index.js';
import type { Role } from '../vocabulary/index.js';
import { findingMessage } from '../locales/index.js';
import type { ConversationEvent, ConversationEventType } from './events.js';
import { conversationEventSchema, conversationEventTypes as conversationEventTypesOrder } from './events.js';
import { conversationFindings } from './labels.js';
import { conversationMessages } from './messages.js';
import type {
  AgendaEntry,
  Conversation,
  ConversationAgenda,
  ConversationAgreement,
  ConversationTemplate,
  GuardId,
  PhaseActivity,
  TemplatePhase,
} from './schema.js';
import { conversationTemplateSchema, personSchema, strictnessSchema } from './schema.js';
import { conversationTemplates, validateTemplate } from './templates.js';
import { evaluativeItems, readState, trust } from './state.js';

const finding = conversationFindings();

type Code = keyof typeof conversationMessages & string;

// ---------------------------------------------------------------- create

/**
 * Schema of the input of {@link createConversation}.
 *
 * @example
 * ```ts
 * import { createConversationInputSchema } from 'ontwikkelgesprek';
 * createConversationInputSchema.safeParse({ id: 'c1' }).success; // false
 * ```
 */
export const createConversationInputSchema = z.strictObject({
  id: idSchema,
  /** A built-in kind; or give `template` for a template of your own. */
  kind: z.enum(['development', 'career', 'checkIn']).optional(),
  template: conversationTemplateSchema.optional(),
  employee: personSchema,
  manager: personSchema,
  plannedStart: instantSchema,
  /** Planned duration in minutes; default 60 (45 for a career conversation, 30 for a check-in). */
  plannedMinutes: z.number().int().min(5).max(480).optional(),
  locale: localeSchema,
  timeZone: timeZoneSchema.optional(),
  strictness: strictnessSchema.optional(),
  /** The previous plan: its open agreements come first on the agenda. */
  // A plain object, not a strict one: a whole stored POP (a DevelopmentPlan) may be passed as it is;
  // only its id and agreements are read, the rest is stripped, never merged into the state.
  previousPlan: z.object({ id: idSchema.optional(), agreements: z.array(agreementSchema).max(1_000) }).optional(),
});

/**
 * The input of {@link createConversation}, as a caller writes it.
 *
 * @example
 * ```ts
 * import type { CreateConversationInput } from 'ontwikkelgesprek';
 * const input: CreateConversationInput = {
 *   id: 'c-2027-sanne',
 *   kind: 'development',
 *   employee: { id: 'emp-1', name: 'Sanne' },
 *   manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00',
 *   locale: 'nl',
 * };
 * ```
 */
export type CreateConversationInput = z.input<typeof createConversationInputSchema>;

const defaultMinutes: Record<string, number> = { development: 60, career: 45, checkIn: 30, futureDialogue: 120 };

/**
 * Creates a conversation in the status `planned`, waiting in its first phase (preparation).
 * Give a built-in `kind` or a `template` of your own (checked with {@link validateTemplate}).
 *
 * @example
 * ```ts
 * import { createConversation } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1',
 *   kind: 'development',
 *   employee: { id: 'emp-1', name: 'Sanne' },
 *   manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00',
 *   locale: 'nl',
 * });
 * created.ok && created.value.phase; // 'preparation'
 * ```
 */
export function createConversation(input: CreateConversationInput): Result<Conversation> {
  const parsed = parseWith(createConversationInputSchema, input, { messages: conversationMessages });
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const findings: Finding[] = [];
  let template: ConversationTemplate;
  if (data.template !== undefined) {
    const checked = validateTemplate(data.template);
    if (!checked.ok) return fail(checked.findings.map((f) => ({ ...f, path: ['template', ...f.path] })));
    findings.push(...checked.findings.map((f) => ({ ...f, path: ['template', ...f.path] })));
    template = checked.value;
    if (data.kind !== undefined && data.kind !== template.kind) {
      return fail([
        finding.error('conversation.template.kindMismatch', { path: ['kind'], params: { templateKind: template.kind, kind: data.kind } }),
      ]);
    }
  } else if (data.kind !== undefined) {
    template = conversationTemplates[data.kind];
  } else {
    return fail([finding.error('conversation.create.templateMissing', { path: ['kind'] })]);
  }
  if (data.employee.id === data.manager.id) {
    return fail([finding.error('conversation.create.sameParticipant', { path: ['manager', 'id'], params: { id: data.manager.id } })]);
  }
  const minutes = data.plannedMinutes ?? defaultMinutes[template.kind] ?? 60;
  const first = template.phases[0] as TemplatePhase;
  const conversation: Conversation = {
    id: data.id,
    kind: template.kind,
    template,
    employee: data.employee,
    manager: data.manager,
    plannedStart: data.plannedStart,
    plannedMinutes: minutes,
    locale: data.locale,
    timeZone: data.timeZone ?? defaultTimeZone,
    strictness: data.strictness ?? 'standard',
    status: 'planned',
    phase: first.id,
    phaseHistory: [],
    version: 0,
    updatedAt: null,
    startedAt: null,
    purpose: null,
    overarchingGoal: null,
    availableMinutes: minutes,
    preparation: { employee: [], manager: [] },
    agendaPoints: { employee: [], manager: [] },
    agenda: null,
    notes: [],
    needs: { employee: [], manager: [] },
    agreements: [],
    supportAgreements: [],
    nextConversation: null,
    evaluation: null,
    concludedAt: null,
    postponement: null,
    cancellation: null,
    previousOpenAgreements: (data.previousPlan?.agreements ?? []).filter((agreement) => agreement.status === 'open'),
  };
  return ok(trust(deepFreeze(conversation)), findings);
}

// ---------------------------------------------------------------- helpers

function currentPhase(conversation: Conversation): TemplatePhase | undefined {
  return conversation.template.phases.find((phase) => phase.id === conversation.phase);
}

function phaseIndex(conversation: Conversation): number {
  return conversation.template.phases.findIndex((phase) => phase.id === conversation.phase);
}

/** The activities open right now: the current phase's once started, the first phase's before. */
function openActivities(conversation: Conversation): readonly PhaseActivity[] {
  const phase = currentPhase(conversation);
  if (phase === undefined) return [];
  if (conversation.status === 'inProgress') return phase.activities;
  if ((conversation.status === 'planned' || conversation.status === 'postponed') && phaseIndex(conversation) === 0) {
    return phase.activities;
  }
  return [];
}

function other(role: Role): Role {
  return role === 'employee' ? 'manager' : 'employee';
}

function findAgreement(
  conversation: Conversation,
  id: string,
): { list: 'agreements' | 'supportAgreements'; index: number; entry: ConversationAgreement } | undefined {
  for (const list of ['agreements', 'supportAgreements'] as const) {
    const index = conversation[list].findIndex((entry) => entry.agreement.id === id);
    const entry = conversation[list][index];
    if (entry !== undefined) return { list, index, entry };
  }
  return undefined;
}

function checkContext(conversation: Conversation, now: string) {
  return {
    now,
    locale: conversation.locale,
    timeZone: conversation.timeZone,
    participants: [
      { id: conversation.employee.id, name: conversation.employee.name, role: 'employee' as const },
      { id: conversation.manager.id, name: conversation.manager.name, role: 'manager' as const },
    ],
    strict: conversation.strictness === 'strict',
  };
}

/** The severity of a guard's finding under the conversation's strictness. */
function guardSeverity(guard: GuardId, conversation: Conversation): Severity {
  const strictness = conversation.strictness;
  switch (guard) {
    case 'agreementsAccepted':
    case 'supportAccepted':
    case 'nextConversationScheduled':
      return 'error';
    case 'agreementsSmart':
      return strictness === 'strict' ? 'error' : 'warning';
    case 'evaluationGiven':
      return strictness === 'strict' ? 'error' : strictness === 'standard' ? 'warning' : 'info';
    default:
      return strictness === 'relaxed' ? 'warning' : 'error';
  }
}

function activeAgreements(conversation: Conversation): ConversationAgreement[] {
  return conversation.agreements.filter((entry) => entry.withdrawn === null);
}

/**
 * The guards of leaving a phase: the template's own, plus those the model always asks for whatever
 * a host's template says, so a template can add guards but never drop one: agreements need both
 * sides' acceptance and WWW (SMART is checked too), support needs both sides' acceptance, and a
 * development conversation leaves its agreements with at least one.
 */
function exitGuardsOf(conversation: Conversation, phase: TemplatePhase): GuardId[] {
  const guards: GuardId[] = [...phase.exitGuards];
  if (phase.activities.includes('agreements')) {
    if (conversation.kind === 'development') guards.push('agreementsPresent');
    guards.push('agreementsWww', 'agreementsSmart', 'agreementsAccepted');
  }
  if (phase.activities.includes('support')) guards.push('supportAccepted');
  return guards;
}

/** Evaluates guards against a state; `at` is the moment of the move (for the agreement check). */
function evaluateGuards(conversation: Conversation, guards: readonly GuardId[], at: string): Finding[] {
  const findings: Finding[] = [];
  const unique = [...new Set(guards)];
  // One check per agreement, shared by the WWW and SMART guards: the text analysis is the costly part.
  const reports = new Map<number, ReturnType<typeof checkAgreement>>();
  const reportOf = (index: number, agreement: Agreement) => {
    let report = reports.get(index);
    if (report === undefined) {
      report = checkAgreement(agreement, checkContext(conversation, at));
      reports.set(index, report);
    }
    return report;
  };
  for (const guard of unique) {
    const severity = guardSeverity(guard, conversation);
    const code = `conversation.guard.${guard}` as Code;
    switch (guard) {
      case 'purposeSet':
        if (conversation.purpose === null) findings.push(finding.of(code, severity, { path: ['purpose'] }));
        break;
      case 'agendaMerged':
        if (conversation.agenda === null) findings.push(finding.of(code, severity, { path: ['agenda'] }));
        break;
      case 'agreementsPresent':
        if (activeAgreements(conversation).length === 0) findings.push(finding.of(code, severity, { path: ['agreements'] }));
        break;
      case 'agreementsWww':
      case 'agreementsSmart':
        conversation.agreements.forEach((entry, index) => {
          if (entry.withdrawn !== null) return;
          const report = reportOf(index, entry.agreement);
          const path = ['agreements', index, 'agreement'];
          if (guard === 'agreementsWww' && !meetsWww(report)) {
            findings.push(finding.of(code, severity, { path, params: { agreementId: entry.agreement.id } }));
          }
          if (guard === 'agreementsSmart') {
            // Missing acceptance is the acceptance guard's to say; SMART would only repeat it.
            const waiting = entry.agreement.acceptedBy.employee === undefined || entry.agreement.acceptedBy.manager === undefined;
            const shortfalls = smartShortfalls(report).filter(
              (criterion) => !(criterion === 'acceptable' && waiting && unique.includes('agreementsAccepted')),
            );
            if (shortfalls.length > 0) {
              findings.push(
                finding.of(code, severity, { path, params: { agreementId: entry.agreement.id, criteria: shortfalls.join(', ') } }),
              );
            }
          }
        });
        break;
      case 'agreementsAccepted':
      case 'supportAccepted': {
        const list = guard === 'agreementsAccepted' ? 'agreements' : 'supportAgreements';
        conversation[list].forEach((entry, index) => {
          if (entry.withdrawn !== null) return;
          for (const side of ['employee', 'manager'] as const) {
            if (entry.agreement.acceptedBy[side] === undefined) {
              findings.push(
                finding.of(code, severity, {
                  path: [list, index, 'agreement', 'acceptedBy', side],
                  params: { agreementId: entry.agreement.id, side },
                }),
              );
            }
          }
        });
        break;
      }
      case 'nextConversationScheduled':
        if (conversation.nextConversation === null) findings.push(finding.of(code, severity, { path: ['nextConversation'] }));
        break;
      case 'evaluationGiven':
        if (conversation.evaluation === null) findings.push(finding.of(code, severity, { path: ['evaluation'] }));
        break;
    }
  }
  return findings;
}

/** Merges both sides' points (and the previous plan's open agreements), keeping done flags. */
function mergeFor(conversation: Conversation): Result<ConversationAgenda> {
  const merged = mergeAgendas({
    employeeItems: conversation.agendaPoints.employee,
    organisationItems: conversation.agendaPoints.manager,
    previousAgreements: conversation.previousOpenAgreements.map((agreement) => ({
      id: agreement.id,
      what: agreement.what.length > 0 ? agreement.what : agreement.id,
      status: agreement.status,
    })),
    minutesAvailable: conversation.availableMinutes,
    kind: conversation.kind,
    locale: conversation.locale,
  });
  if (!merged.ok) return merged;
  const done = new Map<string, AgendaEntry>();
  for (const entry of [...(conversation.agenda?.items ?? []), ...(conversation.agenda?.deferred ?? [])]) {
    if (entry.done) for (const id of entry.itemIds) done.set(id, entry);
  }
  const toEntry = (item: MergedAgenda['items'][number]): AgendaEntry => {
    const previous = item.itemIds.map((id) => done.get(id)).find((entry) => entry !== undefined);
    const entry: AgendaEntry = {
      ...item,
      itemIds: [...item.itemIds],
      sources: [...item.sources],
      goalIds: [...item.goalIds],
      done: previous !== undefined,
    };
    if (previous?.doneAt !== undefined) entry.doneAt = previous.doneAt;
    if (previous?.doneBy !== undefined) entry.doneBy = previous.doneBy;
    return entry;
  };
  return ok(
    {
      items: merged.value.items.map(toEntry),
      deferred: merged.value.deferred.map(toEntry),
      minutesPlanned: merged.value.minutesPlanned,
      minutesForItems: merged.value.minutesForItems,
    },
    merged.findings,
  );
}

// ---------------------------------------------------------------- the handlers

/** What a handler decides: findings (an error refuses the event) and, if accepted, the change. */
interface Decision {
  readonly findings: Finding[];
  readonly apply?: (draft: Draft<Conversation>) => void;
}

type Handler<T extends ConversationEventType> = (conversation: Conversation, event: Extract<ConversationEvent, { type: T }>) => Decision;

function refuse(...findings: Finding[]): Decision {
  return { findings };
}

function notNow(conversation: Conversation, event: ConversationEvent): Decision {
  return refuse(
    finding.error('conversation.event.notNow', {
      path: ['type'],
      params: { type: event.type, status: conversation.status, phase: conversation.phase },
    }),
  );
}

function needs(conversation: Conversation, event: ConversationEvent, activity: PhaseActivity): Decision | undefined {
  return openActivities(conversation).includes(activity) ? undefined : notNow(conversation, event);
}

function enterPhase(draft: Draft<Conversation>, phase: Conversation['phase'], at: string, by: Role): void {
  const last = draft.phaseHistory[draft.phaseHistory.length - 1];
  if (last !== undefined && last.leftAt === undefined) last.leftAt = at;
  draft.phase = phase;
  draft.phaseHistory.push({ phase, enteredAt: at, by });
}

function remerge(conversation: Conversation, change: (draft: Conversation) => Conversation): Result<ConversationAgenda | null> {
  const changed = change(conversation);
  if (changed.agenda === null) return ok(null);
  return mergeFor(changed);
}

/** Acceptance is the conversation's own flow (the other side's event follows), so the check need not ask for it. */
const acceptanceCodes = new Set(['agreement.smart.acceptable.employeeMissing', 'agreement.smart.acceptable.managerMissing']);

/**
 * A proposal may be a draft: what the agreement check finds wrong becomes one warning, with the
 * check's own messages (each language its own) as the detail; the guards decide later.
 */
function agreementWarnings(conversation: Conversation, agreement: Agreement, at: string, path: (string | number)[]): Finding[] {
  const report = checkAgreement(agreement, checkContext(conversation, at));
  const problems = report.findings.filter((f) => f.severity !== 'info' && !acceptanceCodes.has(f.code));
  if (problems.length === 0) return [];
  const make = (detail: string) => finding.warning('conversation.agreement.draft', { path, params: { id: agreement.id, detail } });
  const nl = make(problems.map((f) => findingMessage(f, 'nl')).join(' '));
  const en = make(problems.map((f) => findingMessage(f, 'en')).join(' '));
  return [
    {
      ...nl,
      params: { id: agreement.id, detail: problems.map((f) => f.code).join(', ') },
      message: { nl: nl.message?.['nl'] ?? '', en: en.message?.['en'] ?? '' },
      details: problems,
    },
  ];
}

/**
 * An agreement made in the conversation is open: whether it was done is the follow-up's to say, and
 * dropping it is a withdrawal (with a reason), not a status slipped into a proposal or revision.
 */
function notOpen(id: string, status: string): Finding {
  return finding.error('conversation.agreement.notOpen', { path: ['agreement', 'status'], params: { id, status } });
}

const handlers: { [T in ConversationEventType]: Handler<T> } = {
  answerPreparation: (conversation, event) => {
    const blocked = needs(conversation, event, 'prepare');
    if (blocked) return blocked;
    return {
      findings: [],
      apply: (draft) => {
        const answers = draft.preparation[event.by];
        const answer = {
          questionId: event.questionId,
          answer: event.answer,
          at: event.at,
          ...(event.question !== undefined ? { question: event.question } : {}),
        };
        const index = answers.findIndex((a) => a.questionId === event.questionId);
        if (index >= 0) answers[index] = answer;
        else answers.push(answer);
      },
    };
  },

  addAgendaPoint: (conversation, event) => {
    const blocked = needs(conversation, event, 'prepare');
    if (blocked) return blocked;
    const id = event.point.id;
    const taken =
      [...conversation.agendaPoints.employee, ...conversation.agendaPoints.manager].some((point) => point.id === id) ||
      conversation.previousOpenAgreements.some((agreement) => agreement.id === id);
    if (taken) return refuse(finding.error('conversation.agenda.duplicatePoint', { path: ['point', 'id'], params: { id } }));
    const point = { ...event.point, source: event.by === 'employee' ? ('employee' as const) : ('organisation' as const) };
    const merged = remerge(conversation, (c) => ({
      ...c,
      agendaPoints: { ...c.agendaPoints, [event.by]: [...c.agendaPoints[event.by], point] },
    }));
    if (!merged.ok) return refuse(...merged.findings);
    return {
      findings: [...merged.findings],
      apply: (draft) => {
        draft.agendaPoints[event.by].push(point);
        if (merged.value !== null) draft.agenda = merged.value;
      },
    };
  },

  withdrawAgendaPoint: (conversation, event) => {
    const blocked = needs(conversation, event, 'prepare');
    if (blocked) return blocked;
    const id = event.pointId;
    const index = conversation.agendaPoints[event.by].findIndex((point) => point.id === id);
    if (index < 0) {
      // Each side owns its points: the initiative is not the other side's to take away.
      const other = event.by === 'employee' ? 'manager' : 'employee';
      const theirs = conversation.agendaPoints[other].some((point) => point.id === id);
      return refuse(
        finding.error(theirs ? 'conversation.agenda.otherSidesPoint' : 'conversation.agenda.unknownPoint', {
          path: ['pointId'],
          params: { id },
        }),
      );
    }
    const merged = remerge(conversation, (c) => ({
      ...c,
      agendaPoints: { ...c.agendaPoints, [event.by]: c.agendaPoints[event.by].filter((point) => point.id !== id) },
    }));
    if (!merged.ok) return refuse(...merged.findings);
    return {
      findings: [...merged.findings],
      apply: (draft) => {
        draft.agendaPoints[event.by].splice(index, 1);
        if (merged.value !== null) draft.agenda = merged.value;
      },
    };
  },

  mergeAgenda: (conversation, event) => {
    const blocked = needs(conversation, event, 'prepare');
    if (blocked) return blocked;
    const merged = mergeFor(conversation);
    if (!merged.ok) return refuse(...merged.findings);
    return {
      findings: [...merged.findings],
      apply: (draft) => {
        draft.agenda = merged.value;
      },
    };
  },

  setPurpose: (conversation, event) => {
    const blocked = needs(conversation, event, 'purpose');
    if (blocked) return blocked;
    const minutes = event.minutes ?? conversation.availableMinutes;
    const merged = remerge(conversation, (c) => ({ ...c, availableMinutes: minutes }));
    if (!merged.ok) return refuse(...merged.findings);
    return {
      findings: [...merged.findings],
      apply: (draft) => {
        draft.purpose = event.purpose;
        if (event.overarchingGoal !== undefined) draft.overarchingGoal = event.overarchingGoal;
        draft.availableMinutes = minutes;
        if (merged.value !== null) draft.agenda = merged.value;
      },
    };
  },

  start: (conversation, event) => {
    if (conversation.status !== 'planned' && conversation.status !== 'postponed') return notNow(conversation, event);
    const index = phaseIndex(conversation);
    if (index > 0) {
      // Resuming a postponed conversation where it stopped: its guards were passed already. A new visit
      // of the phase starts now, so the time it lay still does not count as time talked.
      return {
        findings: [],
        apply: (draft) => {
          draft.status = 'inProgress';
          enterPhase(draft, draft.phase, event.at, event.by);
        },
      };
    }
    const first = conversation.template.phases[0] as TemplatePhase;
    const next = conversation.template.phases[1] as TemplatePhase;
    // No start without a purpose and a merged agenda, even if a host's template forgot to say so.
    const findings = evaluateGuards(conversation, [...exitGuardsOf(conversation, first), 'purposeSet', 'agendaMerged'], event.at);
    return {
      findings,
      apply: (draft) => {
        draft.status = 'inProgress';
        if (draft.startedAt === null) draft.startedAt = event.at;
        if (draft.phaseHistory.length === 0)
          draft.phaseHistory.push({ phase: first.id, enteredAt: draft.updatedAt ?? event.at, by: event.by });
        enterPhase(draft, next.id, event.at, event.by);
      },
    };
  },

  nextPhase: (conversation, event) => {
    if (conversation.status !== 'inProgress') return notNow(conversation, event);
    const index = phaseIndex(conversation);
    const phase = conversation.template.phases[index];
    const next = conversation.template.phases[index + 1];
    if (phase === undefined) return notNow(conversation, event);
    if (next === undefined) return refuse(finding.error('conversation.phase.last', { path: ['type'] }));
    return {
      findings: evaluateGuards(conversation, exitGuardsOf(conversation, phase), event.at),
      apply: (draft) => enterPhase(draft, next.id, event.at, event.by),
    };
  },

  previousPhase: (conversation, event) => {
    if (conversation.status !== 'inProgress') return notNow(conversation, event);
    const index = phaseIndex(conversation);
    const phase = conversation.template.phases[index];
    const previous = conversation.template.phases[index - 1];
    if (phase === undefined || previous === undefined || index - 1 < 1 || !phase.allowBack) {
      return refuse(finding.error('conversation.phase.noBack', { path: ['type'], params: { phase: conversation.phase } }));
    }
    return { findings: [], apply: (draft) => enterPhase(draft, previous.id, event.at, event.by) };
  },

  addNote: (conversation, event) => {
    const blocked = needs(conversation, event, 'notes');
    if (blocked) return blocked;
    return {
      findings: [],
      apply: (draft) => void draft.notes.push({ phase: conversation.phase, text: event.text, by: event.by, at: event.at }),
    };
  },

  markAgendaItemDone: (conversation, event) => {
    const blocked = needs(conversation, event, 'agenda');
    if (blocked) return blocked;
    const index = conversation.agenda?.items.findIndex((item) => item.id === event.itemId) ?? -1;
    const item = conversation.agenda?.items[index];
    if (item === undefined)
      return refuse(finding.error('conversation.agenda.unknownItem', { path: ['itemId'], params: { id: event.itemId } }));
    if (item.done) return refuse(finding.error('conversation.agenda.alreadyDone', { path: ['itemId'], params: { id: event.itemId } }));
    return {
      findings: [],
      apply: (draft) => {
        const target = draft.agenda?.items[index];
        if (target === undefined) return;
        target.done = true;
        target.doneAt = event.at;
        target.doneBy = event.by;
      },
    };
  },

  addNeed: (conversation, event) => {
    const blocked = needs(conversation, event, 'needs');
    if (blocked) return blocked;
    const id = event.need.id;
    if ([...conversation.needs.employee, ...conversation.needs.manager].some((need) => need.id === id)) {
      return refuse(finding.error('conversation.need.duplicate', { path: ['need', 'id'], params: { id } }));
    }
    return { findings: [], apply: (draft) => void draft.needs[event.by].push({ ...event.need, source: event.by }) };
  },

  proposeAgreement: (conversation, event) => proposeInto(conversation, event, 'agreements'),
  proposeSupport: (conversation, event) => proposeInto(conversation, event, 'supportAgreements'),

  reviseAgreement: (conversation, event) => {
    const id = event.agreement.id;
    const found = findAgreement(conversation, id);
    const activity: PhaseActivity = found?.list === 'supportAgreements' ? 'support' : 'agreements';
    const blocked = needs(conversation, event, activity);
    if (blocked) return blocked;
    if (found === undefined) return refuse(finding.error('conversation.agreement.unknown', { path: ['agreement', 'id'], params: { id } }));
    if (found.entry.withdrawn !== null)
      return refuse(finding.error('conversation.agreement.withdrawn', { path: ['agreement', 'id'], params: { id } }));
    if (event.agreement.status !== 'open') return refuse(notOpen(id, event.agreement.status));
    const kind = found.list === 'supportAgreements' ? 'support' : 'development';
    const stored: Agreement = { ...event.agreement, kind, acceptedBy: { [event.by]: event.at } };
    const findings = agreementWarnings(conversation, stored, event.at, ['agreement']);
    if (found.entry.agreement.acceptedBy[other(event.by)] !== undefined) {
      findings.push(finding.warning('conversation.agreement.revisionResetsAcceptance', { path: ['agreement'], params: { id } }));
    }
    return {
      findings,
      apply: (draft) => {
        const entry = draft[found.list][found.index];
        if (entry === undefined) return;
        entry.agreement = stored;
        entry.revision += 1;
      },
    };
  },

  acceptAgreement: (conversation, event) => acceptIn(conversation, event, 'agreements'),
  acceptSupport: (conversation, event) => acceptIn(conversation, event, 'supportAgreements'),

  withdrawAgreement: (conversation, event) => {
    const id = event.agreementId;
    const found = findAgreement(conversation, id);
    const activity: PhaseActivity = found?.list === 'supportAgreements' ? 'support' : 'agreements';
    const blocked = needs(conversation, event, activity);
    if (blocked) return blocked;
    if (found === undefined) return refuse(finding.error('conversation.agreement.unknown', { path: ['agreementId'], params: { id } }));
    if (found.entry.withdrawn !== null)
      return refuse(finding.error('conversation.agreement.withdrawn', { path: ['agreementId'], params: { id } }));
    return {
      findings: [],
      apply: (draft) => {
        const entry = draft[found.list][found.index];
        if (entry === undefined) return;
        entry.withdrawn = { at: event.at, by: event.by, reason: event.reason };
        entry.agreement.status = 'dropped';
      },
    };
  },

  scheduleNextConversation: (conversation, event) => {
    const blocked = needs(conversation, event, 'schedule');
    if (blocked) return blocked;
    const findings: Finding[] = [];
    if (compareInstants(event.end, event.start) <= 0) {
      findings.push(
        finding.error('conversation.schedule.endBeforeStart', { path: ['end'], params: { start: event.start, end: event.end } }),
      );
    }
    if (compareInstants(event.start, event.at) <= 0) {
      findings.push(finding.error('conversation.schedule.notAfterThis', { path: ['start'], params: { start: event.start, at: event.at } }));
    }
    if (calendarDateOf(event.start, conversation.timeZone) !== event.date) {
      findings.push(
        finding.error('conversation.schedule.dateMismatch', {
          path: ['date'],
          params: { date: event.date, start: event.start, timeZone: conversation.timeZone },
        }),
      );
    }
    return {
      findings,
      apply: (draft) => {
        draft.nextConversation = { date: event.date, start: event.start, end: event.end, kind: event.kind ?? conversation.kind };
      },
    };
  },

  evaluate: (conversation, event) => {
    const blocked = needs(conversation, event, 'evaluate');
    if (blocked) return blocked;
    return {
      findings: [],
      apply: (draft) => {
        draft.evaluation = { rating: event.rating, feedback: event.feedback, by: event.by, at: event.at };
      },
    };
  },

  conclude: (conversation, event) => {
    if (conversation.status !== 'inProgress') return notNow(conversation, event);
    const phases = conversation.template.phases;
    const last = phases[phases.length - 1] as TemplatePhase;
    if (conversation.phase !== last.id) return notNow(conversation, event);
    const findings = evaluateGuards(conversation, [...exitGuardsOf(conversation, last), 'nextConversationScheduled'], event.at);
    if (conversation.kind === 'development') {
      const drift = evaluativeItems(conversation).length;
      if (drift > 0)
        findings.push(finding.warning('conversation.conclude.evaluativeDrift', { path: ['agenda'], params: { count: drift } }));
    }
    return {
      findings,
      apply: (draft) => {
        draft.status = 'concluded';
        draft.concludedAt = event.at;
        enterPhase(draft, 'concluded', event.at, event.by);
        const visit = draft.phaseHistory[draft.phaseHistory.length - 1];
        if (visit !== undefined) visit.leftAt = event.at;
      },
    };
  },

  postpone: (conversation, event) => {
    // A postponed conversation may be postponed again (a second emergency, or the new date once known).
    if (conversation.status !== 'planned' && conversation.status !== 'inProgress' && conversation.status !== 'postponed') {
      return notNow(conversation, event);
    }
    const findings: Finding[] = [];
    if (event.newStart !== undefined && compareInstants(event.newStart, event.at) <= 0) {
      findings.push(
        finding.error('conversation.postpone.newStartNotAfter', { path: ['newStart'], params: { newStart: event.newStart, at: event.at } }),
      );
    }
    if (!event.emergency) {
      findings.push(
        finding.of('conversation.postpone.dateIsKept', conversation.strictness === 'relaxed' ? 'warning' : 'error', {
          path: ['emergency'],
        }),
      );
    }
    return {
      findings,
      apply: (draft) => {
        // The clock of the current phase stops: the time until the conversation resumes is not talk time.
        const visit = draft.phaseHistory[draft.phaseHistory.length - 1];
        if (conversation.status === 'inProgress' && visit !== undefined && visit.leftAt === undefined) visit.leftAt = event.at;
        draft.status = 'postponed';
        draft.postponement = {
          reason: event.reason,
          emergency: event.emergency,
          at: event.at,
          by: event.by,
          ...(event.newStart !== undefined ? { newStart: event.newStart } : {}),
        };
        if (event.newStart !== undefined) draft.plannedStart = event.newStart;
      },
    };
  },

  cancel: (conversation, event) => {
    if (conversation.status === 'concluded' || conversation.status === 'cancelled') return notNow(conversation, event);
    return {
      findings: [],
      apply: (draft) => {
        draft.status = 'cancelled';
        draft.cancellation = { reason: event.reason, at: event.at, by: event.by };
      },
    };
  },
};

function proposeInto(
  conversation: Conversation,
  event: Extract<ConversationEvent, { type: 'proposeAgreement' | 'proposeSupport' }>,
  list: 'agreements' | 'supportAgreements',
): Decision {
  const blocked = needs(conversation, event, list === 'agreements' ? 'agreements' : 'support');
  if (blocked) return blocked;
  const id = event.agreement.id;
  if (findAgreement(conversation, id) !== undefined) {
    return refuse(finding.error('conversation.agreement.duplicate', { path: ['agreement', 'id'], params: { id } }));
  }
  if (event.agreement.status !== 'open') return refuse(notOpen(id, event.agreement.status));
  if (list === 'agreements' && event.agreement.kind === 'support') {
    return refuse(finding.error('conversation.agreement.useSupport', { path: ['agreement', 'kind'], params: { id } }));
  }
  const otherSide = other(event.by);
  if (event.agreement.acceptedBy[otherSide] !== undefined) {
    // Acceptance is the other side's own event; a proposal cannot carry it.
    return refuse(
      finding.error('conversation.guard.agreementsAccepted', {
        path: ['agreement', 'acceptedBy', otherSide],
        params: { agreementId: id, side: otherSide },
      }),
    );
  }
  const kind = list === 'supportAgreements' ? 'support' : 'development';
  const stored: Agreement = { ...event.agreement, kind, acceptedBy: { [event.by]: event.at } };
  const findings = agreementWarnings(conversation, stored, event.at, ['agreement']);
  if (list === 'agreements' && event.by === 'manager') {
    findings.push(finding.info('conversation.agreement.proposedByManager', { path: ['by'], params: { id } }));
  }
  return {
    findings,
    apply: (draft) => {
      draft[list].push({
        agreement: stored,
        proposedBy: event.by,
        proposedAt: event.at,
        revision: 0,
        withdrawn: null,
      });
    },
  };
}

function acceptIn(
  conversation: Conversation,
  event: Extract<ConversationEvent, { type: 'acceptAgreement' | 'acceptSupport' }>,
  list: 'agreements' | 'supportAgreements',
): Decision {
  const blocked = needs(conversation, event, list === 'agreements' ? 'agreements' : 'support');
  if (blocked) return blocked;
  const id = event.agreementId;
  const index = conversation[list].findIndex((entry) => entry.agreement.id === id);
  const entry = conversation[list][index];
  if (entry === undefined) return refuse(finding.error('conversation.agreement.unknown', { path: ['agreementId'], params: { id } }));
  if (entry.withdrawn !== null) return refuse(finding.error('conversation.agreement.withdrawn', { path: ['agreementId'], params: { id } }));
  if (entry.agreement.acceptedBy[event.by] !== undefined) {
    return refuse(finding.error('conversation.agreement.alreadyAccepted', { path: ['agreementId'], params: { id, side: event.by } }));
  }
  return {
    findings: [],
    apply: (draft) => {
      const target = draft[list][index];
      if (target !== undefined) target.agreement.acceptedBy[event.by] = event.at;
    },
  };
}

// ---------------------------------------------------------------- transition

/**
 * One immer patch: an operation on a path of the state (like RFC 6902, with the path as an array).
 *
 * @example
 * ```ts
 * import type { ConversationPatch } from 'ontwikkelgesprek';
 * const patch: ConversationPatch = { op: 'replace', path: ['phase'], value: 'currentSituation' };
 * ```
 */
export interface ConversationPatch {
  readonly op: 'replace' | 'add' | 'remove';
  readonly path: readonly (string | number)[];
  readonly value?: unknown;
}

/**
 * What an accepted event gives: the next state, the immer patches from the previous state to it,
 * and the inverse patches back (for an audit trail, undo or syncing).
 *
 * @example
 * ```ts
 * import type { TransitionOutcome } from 'ontwikkelgesprek';
 * function changedPaths(outcome: TransitionOutcome): string[] {
 *   return outcome.patches.map((patch) => patch.path.join('/'));
 * }
 * ```
 */
export interface TransitionOutcome {
  readonly conversation: Conversation;
  readonly event: ConversationEvent;
  readonly patches: readonly ConversationPatch[];
  readonly inversePatches: readonly ConversationPatch[];
}

let patchesEnabled = false;

/** Our own immer instance: frozen results even if a host turns auto-freeze off on the global one. */
const immer = new Immer({ autoFreeze: true });

/**
 * Applies one event to a conversation, purely. Accepted: the next state (frozen), its patches and
 * inverse patches, and findings that did not stop it (warnings, hints). Refused: findings in Dutch
 * and English that say why; the given state is untouched. A state that did not come from this
 * library (for instance one read back from storage) is validated first, and so is the event (any value: what
 * arrives from a client or a store is checked, see {@link ConversationEventInput} for the shape). `by` says which side the
 * event speaks for; whether the sender may speak for that side is the host's to decide.
 *
 * @example
 * ```ts
 * import { createConversation, transition } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1', kind: 'development',
 *   employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'nl',
 * });
 * if (created.ok) {
 *   const refused = transition(created.value, { type: 'start', at: '2027-03-15T10:00:00+01:00', by: 'manager' });
 *   refused.ok; // false: no purpose and no merged agenda yet
 *   refused.findings[0]?.code; // 'conversation.guard.purposeSet'
 * }
 * ```
 */
export function transition(conversation: Conversation, event: unknown): Result<TransitionOutcome> {
  const state = readState(conversation);
  if (!state.ok) return state;
  const parsedEvent = parseWith(conversationEventSchema, event, { messages: conversationMessages });
  if (!parsedEvent.ok) return parsedEvent;
  return step(state.value, parsedEvent.value);
}

/** Applies a validated event to a trusted state. */
function step(conversation: Conversation, event: ConversationEvent): Result<TransitionOutcome> {
  if (conversation.status === 'concluded' || conversation.status === 'cancelled') {
    return fail([finding.error('conversation.event.closed', { path: ['type'], params: { status: conversation.status } })]);
  }
  if (conversation.updatedAt !== null && compareInstants(event.at, conversation.updatedAt) < 0) {
    return fail([finding.error('conversation.event.beforeLast', { path: ['at'], params: { at: event.at, last: conversation.updatedAt } })]);
  }
  const handler = handlers[event.type] as Handler<ConversationEventType>;
  const decision = handler(conversation, event as never);
  if (hasErrors(decision.findings) || decision.apply === undefined) return fail(decision.findings);
  if (!patchesEnabled) {
    enablePatches();
    patchesEnabled = true;
  }
  const apply = decision.apply;
  const [next, patches, inversePatches] = immer.produceWithPatches(conversation, (draft) => {
    apply(draft);
    draft.version += 1;
    draft.updatedAt = event.at;
  });
  const outcome: TransitionOutcome = {
    conversation: trust(next as Conversation),
    event,
    patches: patches as ConversationPatch[],
    inversePatches: inversePatches as ConversationPatch[],
  };
  return ok(deepFreeze(outcome), decision.findings);
}

// ---------------------------------------------------------------- replay

/**
 * Where {@link replay} starts: the input of {@link createConversation}, or a stored state (`from`).
 *
 * @example
 * ```ts
 * import type { ReplayOptions } from 'ontwikkelgesprek';
 * const options: ReplayOptions = {
 *   input: {
 *     id: 'c1', kind: 'checkIn',
 *     employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *     plannedStart: '2027-06-01T09:00:00+02:00', locale: 'en',
 *   },
 * };
 * ```
 */
export interface ReplayOptions {
  readonly input?: CreateConversationInput;
  readonly from?: Conversation;
}

const eventLogSchema = z.array(z.unknown()).max(1_000_000);

/** A refusal of event `index`, with the reason in each language taken from the first error. */
function invalidEvent(index: number, event: unknown, findings: readonly Finding[]): Finding[] {
  const reason = findings.find((f) => f.severity === 'error') ?? findings[0];
  const type =
    event !== null && typeof event === 'object' && typeof (event as { type?: unknown }).type === 'string'
      ? String((event as { type: string }).type).slice(0, 100)
      : '?';
  const make = (text: string) =>
    finding.error('conversation.replay.invalidEvent', { path: ['events', index], params: { index, type, reason: text } });
  const nl = make(reason === undefined ? '' : findingMessage(reason, 'nl'));
  const en = make(reason === undefined ? '' : findingMessage(reason, 'en'));
  return [
    {
      ...nl,
      params: { index, type, reason: reason?.code ?? 'unknown' },
      message: { nl: nl.message?.['nl'] ?? '', en: en.message?.['en'] ?? '' },
    },
    ...findings.map((f) => ({ ...f, path: ['events', index, ...f.path] })),
  ];
}

/**
 * Rebuilds a conversation from its event log: the same state as applying the events one by one with
 * {@link transition}. A log with an event that is invalid or refused is refused as a whole, with the
 * index of that event and the reason (`conversation.replay.invalidEvent`, followed by the original
 * findings with paths under `events.<index>`). Warnings of accepted events are kept, under the same paths.
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
 * ```
 */
export function replay(events: readonly unknown[], options: ReplayOptions): Result<Conversation> {
  const log = parseWith(eventLogSchema, events, { path: ['events'] });
  if (!log.ok) return log;
  // Read the options once and defensively: they come from the caller like the log does.
  let input: ReplayOptions['input'];
  let from: ReplayOptions['from'];
  try {
    input = (options as Partial<ReplayOptions> | null | undefined)?.input;
    from = (options as Partial<ReplayOptions> | null | undefined)?.from;
  } catch {
    return fail([finding.error('conversation.replay.noStart', { path: ['options'] })]);
  }
  if ((input === undefined) === (from === undefined)) {
    return fail([finding.error('conversation.replay.noStart', { path: ['options'] })]);
  }
  const start = input !== undefined ? createConversation(input) : readState(from);
  if (!start.ok) return fail(start.findings.map((f) => ({ ...f, path: ['options', input !== undefined ? 'input' : 'from', ...f.path] })));
  let state = start.value;
  const findings: Finding[] = [...start.findings];
  for (let index = 0; index < log.value.length; index++) {
    const raw = log.value[index];
    const parsed = parseWith(conversationEventSchema, raw, { messages: conversationMessages });
    if (!parsed.ok) return fail(invalidEvent(index, raw, parsed.findings));
    const result = step(state, parsed.value);
    if (!result.ok) return fail(invalidEvent(index, raw, result.findings));
    for (const f of result.findings) findings.push({ ...f, path: ['events', index, ...f.path] });
    state = result.value.conversation;
  }
  return ok(state, findings);
}

// ---------------------------------------------------------------- available events

/**
 * An event that may happen now: its type, the sides that may send it, and whether it would pass the
 * guards (`ready`); `findings` say what still stands in the way (or what a guard warns about).
 *
 * @example
 * ```ts
 * import type { AvailableEvent } from 'ontwikkelgesprek';
 * const available: AvailableEvent = { type: 'nextPhase', by: ['employee', 'manager'], ready: false, findings: [] };
 * ```
 */
export interface AvailableEvent {
  readonly type: ConversationEventType;
  readonly by: readonly Role[];
  readonly ready: boolean;
  readonly findings: readonly Finding[];
}

const bothSides: readonly Role[] = ['employee', 'manager'];

const activityEvents: readonly [PhaseActivity, readonly ConversationEventType[]][] = [
  ['prepare', ['answerPreparation', 'addAgendaPoint', 'withdrawAgendaPoint', 'mergeAgenda']],
  ['purpose', ['setPurpose']],
  ['agenda', ['markAgendaItemDone']],
  ['notes', ['addNote']],
  ['needs', ['addNeed']],
  ['agreements', ['proposeAgreement', 'reviseAgreement', 'acceptAgreement', 'withdrawAgreement']],
  ['support', ['proposeSupport', 'reviseAgreement', 'acceptSupport', 'withdrawAgreement']],
  ['schedule', ['scheduleNextConversation']],
  ['evaluate', ['evaluate']],
];

/**
 * Lists what may happen now, in a stable order: the events the current status and phase allow, with
 * the sides that may send them. Moves that have guards (`start`, `nextPhase`, `conclude`) say whether
 * they would pass now and, if not, why. `at` is the moment to judge agreements against (default: the
 * last event, or the planned start).
 *
 * @example
 * ```ts
 * import { availableEvents, createConversation } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1', kind: 'development',
 *   employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'en',
 * });
 * if (created.ok) {
 *   const available = availableEvents(created.value);
 *   const start = available.ok ? available.value.find((event) => event.type === 'start') : undefined;
 *   start?.ready; // false: purpose and merged agenda missing
 * }
 * ```
 */
export function availableEvents(conversation: Conversation, options: { readonly at?: string } = {}): Result<readonly AvailableEvent[]> {
  const state = readState(conversation);
  if (!state.ok) return state;
  const current = state.value;
  if (options.at !== undefined) {
    const checked = parseWith(instantSchema, options.at, { path: ['at'] });
    if (!checked.ok) return checked;
  }
  if (current.status === 'concluded' || current.status === 'cancelled') return ok(deepFreeze([]));
  const at = options.at ?? current.updatedAt ?? current.plannedStart;
  const open = openActivities(current);
  const found = new Map<ConversationEventType, AvailableEvent>();
  const add = (type: ConversationEventType, by: readonly Role[], findings: readonly Finding[] = []) => {
    if (by.length === 0 || found.has(type)) return;
    found.set(type, { type, by, ready: !hasErrors(findings), findings });
  };
  const probe = (type: 'start' | 'nextPhase' | 'previousPhase' | 'conclude'): Decision =>
    (handlers[type] as Handler<ConversationEventType>)(current, { type, at, by: 'employee' } as never);

  for (const [activity, types] of activityEvents) {
    if (!open.includes(activity)) continue;
    for (const type of types) {
      if (type === 'acceptAgreement' || type === 'acceptSupport') {
        const list = type === 'acceptAgreement' ? current.agreements : current.supportAgreements;
        const pending = bothSides.filter((side) =>
          list.some((entry) => entry.withdrawn === null && entry.agreement.acceptedBy[side] === undefined),
        );
        add(type, pending);
      } else if (type === 'reviseAgreement' || type === 'withdrawAgreement') {
        const list = activity === 'agreements' ? current.agreements : current.supportAgreements;
        if (list.some((entry) => entry.withdrawn === null)) add(type, bothSides);
      } else if (type === 'markAgendaItemDone') {
        if (current.agenda?.items.some((item) => !item.done) === true) add(type, bothSides);
      } else {
        add(type, bothSides);
      }
    }
  }
  if (current.status === 'planned' || current.status === 'postponed') add('start', bothSides, probe('start').findings);
  if (current.status === 'inProgress') {
    const index = phaseIndex(current);
    const isLast = index === current.template.phases.length - 1;
    if (!isLast) add('nextPhase', bothSides, probe('nextPhase').findings);
    const back = probe('previousPhase');
    if (!hasErrors(back.findings)) add('previousPhase', bothSides);
    if (isLast) add('conclude', bothSides, probe('conclude').findings);
  }
  add('postpone', bothSides);
  add('cancel', bothSides);
  const order = new Map(conversationEventTypesOrder.map((type, i) => [type, i]));
  return ok(deepFreeze([...found.values()].sort((a, b) => (order.get(a.type) ?? 0) - (order.get(b.type) ?? 0))));
}
