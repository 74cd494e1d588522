// From sums to figures and back: the report shows shares, but keeps every count and sum, so two
// reports add up exactly.
import type { BudgetAmount } from '../core/index.js';
import type { BudgetTally, Counts, Tally } from './tally.js';
import { budgetKey, countKeys, emptyCounts } from './tally.js';
import type { BudgetUse, ReportFigures } from './types.js';

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function amountIn(unit: string, value: number): BudgetAmount {
  if (unit === 'minutes') return { minutes: value };
  if (unit === 'studyPoints') return { studyPoints: value };
  return { amount: value, currency: unit };
}

function unitOf(amount: BudgetAmount): string {
  return 'currency' in amount ? amount.currency : 'minutes' in amount ? 'minutes' : 'studyPoints';
}

function sizeOf(amount: BudgetAmount): number {
  return 'currency' in amount ? amount.amount : 'minutes' in amount ? amount.minutes : amount.studyPoints;
}

function budgetUse(line: BudgetTally): BudgetUse {
  return {
    source: line.source,
    kind: line.kind,
    title: line.title,
    employees: line.employees,
    available: amountIn(line.unit, line.available),
    committed: amountIn(line.unit, line.committed),
    spent: amountIn(line.unit, line.spent),
    unused: amountIn(line.unit, line.unused),
    unusedShare: share(line.unused, line.available),
    untouched: line.untouched,
    untouchedShare: share(line.untouched, line.employees),
  };
}

/** The figures of a tally, budget lines sorted by source and unit. */
export function figuresOf(tally: Tally): ReportFigures {
  const c = tally.counts;
  const budget = [...tally.budget.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, line]) => budgetUse(line));
  return {
    employees: c.employees,
    timeliness: {
      planned: c.planned,
      onTime: c.onTime,
      late: c.late,
      due: c.due,
      overdue: c.overdue,
      unplanned: c.unplanned,
      onTimeShare: share(c.onTime, c.onTime + c.late + c.overdue),
    },
    agreementQuality: {
      agreements: c.agreements,
      checked: c.checked,
      www: c.www,
      smart: c.smart,
      wwwShare: share(c.www, c.checked),
      smartShare: share(c.smart, c.checked),
    },
    followThrough: {
      agreements: c.planAgreements,
      done: c.done,
      dropped: c.dropped,
      open: c.open,
      overdue: c.openOverdue,
      doneShare: share(c.done, c.planAgreements),
    },
    budget,
    drift: {
      conversations: c.conversations,
      drifting: c.drifting,
      agendaItems: c.agendaItems,
      evaluativeItems: c.evaluativeItems,
      conversationShare: share(c.drifting, c.conversations),
      itemShare: share(c.evaluativeItems, c.agendaItems),
    },
    input: {
      conversations: c.conversations,
      employee: { agendaPoints: c.employeeAgendaPoints, needs: c.employeeNeeds, total: c.employeeTotal },
      manager: { agendaPoints: c.managerAgendaPoints, needs: c.managerNeeds, total: c.managerTotal },
      employeeShare: share(c.employeeTotal, c.employeeTotal + c.managerTotal),
    },
  };
}

/** The sums behind figures (the inverse of `figuresOf`). */
export function tallyOf(figures: ReportFigures): Tally {
  const counts: Counts = emptyCounts();
  const t = figures.timeliness;
  const q = figures.agreementQuality;
  const f = figures.followThrough;
  const d = figures.drift;
  const i = figures.input;
  const values: Counts = {
    employees: figures.employees,
    planned: t.planned,
    onTime: t.onTime,
    late: t.late,
    due: t.due,
    overdue: t.overdue,
    unplanned: t.unplanned,
    agreements: q.agreements,
    checked: q.checked,
    www: q.www,
    smart: q.smart,
    planAgreements: f.agreements,
    done: f.done,
    dropped: f.dropped,
    open: f.open,
    openOverdue: f.overdue,
    conversations: d.conversations,
    drifting: d.drifting,
    agendaItems: d.agendaItems,
    evaluativeItems: d.evaluativeItems,
    employeeAgendaPoints: i.employee.agendaPoints,
    employeeNeeds: i.employee.needs,
    employeeTotal: i.employee.total,
    managerAgendaPoints: i.manager.agendaPoints,
    managerNeeds: i.manager.needs,
    managerTotal: i.manager.total,
  };
  for (const key of countKeys) counts[key] = values[key];
  const budget = new Map<string, BudgetTally>();
  for (const use of figures.budget) {
    const unit = unitOf(use.available);
    budget.set(budgetKey(use.source, unit), {
      source: use.source,
      unit,
      kind: use.kind,
      title: use.title,
      employees: use.employees,
      available: sizeOf(use.available),
      committed: sizeOf(use.committed),
      spent: sizeOf(use.spent),
      unused: sizeOf(use.unused),
      untouched: use.untouched,
    });
  }
  return { counts, budget };
}
