import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

/** "1 October 2027 at 09:00": a moment as people write it (its own wall-clock time). */
function moment(instant: string, tools: MessageTools): string {
  return `${tools.format.date(instant.slice(0, 10))} at ${instant.slice(11, 16)}`;
}

/** A funding source in a sentence: its title, else what it is. */
function source(ref: unknown, kind: keyof Labels['fundingSource'], tools: MessageTools): string {
  const title = (ref as { title?: unknown } | null)?.title;
  return typeof title === 'string' && title.trim() !== '' ? tools.ref(ref) : tools.labels.fundingSource[kind];
}

/** A unit of a budget: a currency by its code, else study time or study points. */
function unit(value: string, tools: MessageTools): string {
  return value === 'minutes' || value === 'studyPoints' ? tools.labels.budgetUnit[value] : value;
}

/** English messages of the report module. */
export const reportMessagesEn = defineMessages({
  'report.record.invalid': (p, tools) =>
    `Record ${tools.format.number(p.position)} is left out: the data on ${tools.labels.reportPart[p.part]} cannot be read.`,
  'report.record.unreadable': 'Record {position} could not be read and is left out.',
  'report.conversation.invalid': 'Record {position} is left out: one of its conversations is not valid (see the details).',
  'report.records.notIterable': 'Give the records as a list or another sequence that can be read through.',
  'report.combine.otherMoment': (p, tools) =>
    `These reports are about different moments (${moment(p.left, tools)} and ${moment(p.right, tools)}); only add up reports about the same moment.`,
  'report.budget.unitMismatch': (p, tools) =>
    `In record ${tools.format.number(p.position)}, the amounts of ${source(p.source, p.sourceKind, tools)} are partly in ${unit(p.unit, tools)} and partly in ${unit(p.other, tools)}; without a conversion, that period is left out.`,
  'report.budget.duplicatePeriod': (p, tools) =>
    `Record ${tools.format.number(p.position)} gives two current periods for ${source(p.source, p.sourceKind, tools)} (${unit(p.unit, tools)}); only the first counts, so nothing is counted twice.`,
  'report.amount.overflow': 'Record {position} is left out: its amounts together are too large to add up exactly.',
  'report.combine.overflow': 'These reports together are too large to add up exactly; add them up in smaller parts.',
  'report.combine.unitMismatch': (p, tools) =>
    `In the report, the amounts of ${source(p.source, p.sourceKind, tools)} are partly in ${unit(p.unit, tools)} and partly in ${unit(p.other, tools)}; such a report was changed outside the library and cannot be added up.`,
});

/** English labels of the report module. */
export const reportLabelsEn = {
  reportPart: {
    employee: 'the employee',
    groups: 'the grouping (team, department, cost centre)',
    conversations: 'the conversations',
    plans: 'the PDPs',
    planned: 'the planned conversations',
    budget: 'the development budget',
    agreementChecks: 'the checks of the agreements',
  },
  reportText: {
    timelinessTitle: 'Conversations held on time',
    onTime: 'on time',
    late: 'held late',
    due: 'still to be held',
    overdue: 'overdue',
    conversations: 'conversations',
    status: 'status',
    group: 'group',
    all: 'whole organisation',
    budgetTitle: 'Use of the development budget',
    committed: 'spent or committed',
    unused: 'unused',
    source: 'budget',
    amount: 'how much',
    use: 'use',
    followThroughTitle: 'What became of the agreements',
    done: 'done',
    dropped: 'dropped',
    open: 'still open',
    agreements: 'agreements',
    inputTitle: 'Input from employee and manager',
    employee: 'employee',
    manager: 'manager',
    agendaPoints: 'agenda points',
    needs: 'development needs',
    side: 'side',
    count: 'number',
    what: 'kind of input',
    share: 'share',
  },
} satisfies Pick<Labels, 'reportPart' | 'reportText'>;
