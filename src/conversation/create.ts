// Creating a conversation: the first state, in the state's key order.
import type { Finding, Result } from '../core/index.js';
import { currentSchemaVersion, deepFreeze, defaultTimeZone, fail, ok, parseWith, prefixPaths } from '../core/index.js';
import type { Agreement } from '../agreements/index.js';
import { finding } from '../locales/index.js';
import type { CreateConversationInput } from './api-types.js';
import { mergeOverrides, permissionFindings } from './permissions.js';
import type { ErasureMark, ErasureRecord, Participant, TextRef } from './privacy-types.js';
import { createConversationInputSchema } from './schema-events.js';
import { trust } from './state.js';
import { sortedRecords } from './texts.js';
import { builtInTemplate, validateTemplate } from './templates.js';
import type { Conversation, ConversationTemplate, PreviousNextTime, TemplatePhase } from './types.js';

const defaultMinutes: Readonly<Record<string, number>> = { development: 60, career: 45, checkIn: 30, futureDialogue: 120 };

/** The template of the input: its own (checked), or the built-in one of its kind (development by default). */
function templateOf(input: {
  readonly kind?: 'development' | 'career' | 'checkIn' | undefined;
  readonly templateVersion?: number | undefined;
  readonly template?: unknown;
}): Result<ConversationTemplate> {
  if (input.template === undefined) return builtInTemplate(input.kind ?? 'development', input.templateVersion);
  if (input.templateVersion !== undefined) {
    return fail([finding.error('conversation.template.versionWithOwnTemplate', { path: ['templateVersion'] })]);
  }
  const checked = validateTemplate(input.template);
  if (!checked.ok) return fail(prefixPaths(checked.findings, ['template']));
  if (input.kind !== undefined && input.kind !== checked.value.kind) {
    return fail([
      finding.error('conversation.template.kindMismatch', {
        path: ['kind'],
        params: { templateKind: checked.value.kind, kind: input.kind },
      }),
    ]);
  }
  return ok(checked.value, prefixPaths(checked.findings, ['template']));
}

/**
 * Creates a conversation in the status `planned`, waiting in its first phase (preparation). Give a
 * built-in `kind` or a `template` of your own (checked with `validateTemplate`); with neither, it is a
 * development conversation, in the latest version of the built-in template unless `templateVersion`
 * names an earlier one. `participants` adds third parties (an HR adviser, a mentor or coach, a
 * second manager); `permissions` changes who may send which event within safe bounds (kept in the
 * state's template, so a replay judges the same). `meta` is kept as it is, through every event and replay.
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
 *   meta: { tenantId: 't-42' },
 * });
 * created.ok && created.value.phase; // 'preparation'
 * created.ok && created.value.meta; // { tenantId: 't-42' }
 * ```
 */
export function createConversation(input: CreateConversationInput): Result<Conversation> {
  const parsed = parseWith(createConversationInputSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const template = templateOf(data);
  if (!template.ok) return template;
  if (data.employee.id === data.manager.id) {
    return fail([
      finding.error('conversation.create.sameParticipant', {
        path: ['manager', 'id'],
        params: {
          employee: { kind: 'participant', id: data.employee.id, title: data.employee.name },
          manager: { kind: 'participant', id: data.manager.id, title: data.manager.name },
        },
      }),
    ]);
  }
  const participants = (data.participants ?? []).map(({ id, name, role }): Participant => ({ id, name, role }));
  const permissions = mergeOverrides(template.value.permissions, data.permissions);
  const refused = [
    ...participantFindings(data.employee.id, data.manager.id, participants),
    ...permissionFindings(data.permissions, ['permissions']),
  ];
  if (refused.length > 0) return fail(refused);
  const findings: Finding[] = [...template.findings];
  const minutes = data.plannedMinutes ?? defaultMinutes[template.value.kind] ?? 60;
  const first = template.value.phases[0] as TemplatePhase;
  const conversation: Conversation = {
    schemaVersion: currentSchemaVersion,
    id: data.id,
    kind: template.value.kind,
    template: permissions === template.value.permissions ? template.value : withPermissions(template.value, permissions),
    employee: { id: data.employee.id, name: data.employee.name },
    manager: { id: data.manager.id, name: data.manager.name },
    participants,
    plannedStart: data.plannedStart,
    plannedMinutes: minutes,
    locale: data.locale,
    timeZone: data.timeZone ?? defaultTimeZone,
    strictness: data.strictness ?? 'standard',
    ...(data.budget !== undefined ? { budget: data.budget } : {}),
    ...(data.employeeAge !== undefined ? { employeeAge: data.employeeAge } : {}),
    ...(data.functionProfile !== undefined ? { functionProfile: data.functionProfile } : {}),
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
    previousOpenAgreements: (data.previousPlan?.agreements ?? []).filter((agreement: Agreement) => agreement.status === 'open'),
    ...carriedNextTime(data.previousPlan?.evaluation),
    actsOnBehalf: [],
    erasures: carriedErasures(data.previousPlan),
    ...(data.meta !== undefined ? { meta: data.meta } : {}),
  };
  return ok(trust(deepFreeze(conversation)), findings);
}

type CarriedEvaluation = NonNullable<NonNullable<CreateConversationInput['previousPlan']>['evaluation']>;

/**
 * What the previous plan's evaluation said to do differently next time, when it said something: once
 * both sides evaluated, each side's wish with its side, the employee's first; else the one wish, whose
 * side the plan does not say.
 */
function carriedNextTime(evaluation: CarriedEvaluation | null | undefined): { previousNextTime?: PreviousNextTime[] } {
  const said = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';
  const bySide = evaluation?.bySide;
  const wishes: PreviousNextTime[] = [];
  if (bySide === undefined) {
    if (said(evaluation?.nextTime)) wishes.push({ text: evaluation.nextTime });
  } else {
    for (const by of ['employee', 'manager'] as const) {
      const text = bySide[by]?.nextTime;
      if (said(text)) wishes.push({ by, text });
    }
  }
  return wishes.length === 0 ? {} : { previousNextTime: wishes };
}

/** The tombstone a stored mark gives, in the tombstone's key order. */
function tombstone(text: TextRef, mark: ErasureMark): ErasureRecord {
  const { at, by, reason, reference } = mark;
  return { text, at, by, reason, ...(reference !== undefined ? { reference } : {}) };
}

/**
 * The tombstones an erasure of the stored log left on what it carries from the previous plan: the
 * wishes, and each open agreement it erased (in the conversation's one order of tombstones).
 */
function carriedErasures(previous: CreateConversationInput['previousPlan']): ErasureRecord[] {
  const open = new Set((previous?.agreements ?? []).filter((agreement) => agreement.status === 'open').map((agreement) => agreement.id));
  const byId = new Map<string, ErasureRecord>();
  for (const { id, ...mark } of previous?.erasedAgreements ?? []) {
    if (open.has(id)) byId.set(id, tombstone({ kind: 'agreement', id }, mark));
  }
  const records = [...byId.values()];
  const mark = previous?.evaluation?.erased;
  if (mark !== undefined) records.push(tombstone({ kind: 'previousNextTime' }, mark));
  return records.length < 2 ? records : sortedRecords(records);
}

/** Everyone takes part once, in one role: third parties with their own ids, none the employee or the manager. */
function participantFindings(employee: string, manager: string, participants: readonly Participant[]): Finding[] {
  const seen = new Set([employee, manager]);
  const findings: Finding[] = [];
  participants.forEach((participant, index) => {
    if (seen.has(participant.id)) {
      findings.push(
        finding.error('conversation.participant.duplicate', {
          path: ['participants', index, 'id'],
          params: { participant: { kind: 'participant', id: participant.id, title: participant.name } },
        }),
      );
    }
    seen.add(participant.id);
  });
  return findings;
}

/** The template with the host's permission overrides, its keys in the schema's order. */
function withPermissions(template: ConversationTemplate, permissions: ConversationTemplate['permissions']): ConversationTemplate {
  const { meta, unrecognized, permissions: _old, ...rest } = template;
  return {
    ...rest,
    ...(permissions !== undefined ? { permissions } : {}),
    ...(meta !== undefined ? { meta } : {}),
    ...(unrecognized !== undefined ? { unrecognized } : {}),
  };
}
