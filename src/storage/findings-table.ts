// Findings stored by 0.1: which codes have params of another shape now, and how the old params map to
// the new ones where they can. A finding is mapped only when every new param can be filled with what
// 0.1 stored (a reference needs its title: a message names things by their title, never by an id);
// otherwise it keeps its old params and the text it was stored with, which `findingMessage` shows.
import type { FindingParams } from '../core/index.js';
import { isRecord } from './json.js';

type OldParams = Readonly<Record<string, unknown>>;

/** How one code's 0.1 params map: the new param that tells a current finding, and the mapping. */
interface ParamRule {
  /** A param that only the current shape has (a reference object): present means already current. */
  readonly current: string;
  readonly map: (params: OldParams) => FindingParams | undefined;
}

const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** `{ id, title }` of 0.1 as a reference of `kind` in param `name`, with the other params as they were. */
function titled(kind: string, name: string, keep: readonly string[] = []): ParamRule {
  return {
    current: name,
    map: (params) => {
      if (!text(params['id']) || !text(params['title'])) return undefined;
      const mapped: Record<string, FindingParams[string]> = { [name]: { kind, id: params['id'], title: params['title'] } };
      for (const key of keep) {
        const value = params[key];
        if (typeof value !== 'string' && typeof value !== 'number') return undefined;
        mapped[key] = value;
      }
      return mapped;
    },
  };
}

const smart = new Set(['specific', 'measurable', 'timeBound']);

/** The 0.1 codes whose params can be brought to the current shape. */
export const paramRules: Readonly<Record<string, ParamRule>> = {
  'agenda.topic.evaluative': titled('agendaPoint', 'item', ['topic', 'kind']),
  'agenda.budget.mustDeferred': titled('agendaPoint', 'item'),
  'dialogue.agenda.ambitionUnconnected': titled('ambition', 'ambition'),
  'dialogue.ambition.noDescription': titled('ambition', 'ambition'),
  'dialogue.wish.noAmbition': titled('wish', 'wish'),
  'dialogue.wish.vague': {
    current: 'wish',
    map: (params) => {
      const wish = titled('wish', 'wish').map(params);
      const missing = typeof params['missing'] === 'string' ? params['missing'].split(', ') : [];
      if (wish === undefined || missing.length === 0 || !missing.every((criterion) => smart.has(criterion))) return undefined;
      return { ...wish, missing };
    },
  },
};

/**
 * The 0.1 codes whose params changed shape and cannot be mapped (0.1 stored an id where a reference
 * with a title is needed now, or text where a number or an amount is): they keep their text.
 */
export const changedCodes: ReadonlySet<string> = new Set([
  'agenda.item.duplicate',
  'agenda.item.joint',
  'agenda.item.minutesMissing',
  'agenda.item.sourceMismatch',
  'agenda.link.unknown',
  'budget.currency.mismatch',
  'budget.expense.otherYear',
  'budget.expense.unknownAgreement',
  'budget.overCommitted',
  'budget.overspent',
  'budget.unit.mismatch',
  'budget.unused.lateInYear',
  'budget.year.ended',
  'conversation.agenda.alreadyDone',
  'conversation.agenda.duplicatePoint',
  'conversation.agenda.evaluativeTopic',
  'conversation.agenda.otherSidesPoint',
  'conversation.agenda.unknownItem',
  'conversation.agenda.unknownPoint',
  'conversation.agreement.alreadyAccepted',
  'conversation.agreement.draft',
  'conversation.agreement.duplicate',
  'conversation.agreement.notOpen',
  'conversation.agreement.proposedByManager',
  'conversation.agreement.revisionResetsAcceptance',
  'conversation.agreement.unknown',
  'conversation.agreement.useSupport',
  'conversation.agreement.withdrawn',
  'conversation.create.sameParticipant',
  'conversation.guard.agreementsAccepted',
  'conversation.guard.agreementsSmart',
  'conversation.guard.agreementsWww',
  'conversation.guard.supportAccepted',
  'conversation.need.duplicate',
  'conversation.phase.last',
  'conversation.replay.invalidEvent',
  'dialogue.ambition.duplicate',
  'dialogue.bridge.noWishes',
  'dialogue.participant.duplicate',
  'dialogue.theme.duplicate',
  'dialogue.theme.reservedId',
  'dialogue.wish.duplicate',
  'dialogue.wish.unknownAmbition',
  'dialogue.wish.unknownParticipant',
  'dialogue.wish.unknownTheme',
  'plan.agreement.noDeadline',
  'plan.agreement.notAccepted',
  'plan.agreement.withoutGoal',
  'plan.amend.progressKept',
  'plan.cost.negative',
  'plan.cost.unknownAgreement',
  'plan.goal.noOrganisationLink',
  'plan.goal.withoutAgreement',
  'plan.progress.dropWithoutNote',
  'plan.progress.unchanged',
  'question.closedInOpenCategory',
  'question.id.duplicate',
  'question.kind.unknown',
  'question.merge.replaced',
  'question.phase.unknown',
  'question.select.duplicate',
  'question.select.skipped',
  'question.topic.unknown',
  'question.translation.missing',
  'schedule.date.outOfRange',
  'schedule.due.duplicateEmployee',
  'schedule.followUp.agreementOverdue',
  'schedule.followUp.agreementWithoutDeadline',
  'schedule.ical.duplicateUid',
  'schedule.reminders.duplicateAgreement',
]);

/** Are these params already of the current shape for a code with a rule? */
export function isCurrent(rule: ParamRule, params: OldParams): boolean {
  return isRecord(params[rule.current]);
}
