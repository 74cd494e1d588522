// The report's charts as Vega-Lite specs: plain JSON with the data inline, words from the catalogue.
import type { BudgetAmount, JsonValue } from '../core/index.js';
import { minorUnitDigits } from '../core/index.js';
import type { Catalogue } from '../locales/index.js';
import type { ReportCharts, ReportFigures, ReportGroup, VegaLiteSpec } from './types.js';

const schema = 'https://vega.github.io/schema/vega-lite/v5.json';

type Text = Catalogue['labels']['reportText'];

/** The rows of a chart: the whole organisation, or each value of the first key grouped by. */
function rowsOf(figures: ReportFigures, groups: readonly ReportGroup[], text: Text): { group: string; figures: ReportFigures }[] {
  const key = groups[0]?.key;
  if (key === undefined) return [{ group: text.all, figures }];
  return groups.filter((g) => g.key === key).map((g) => ({ group: g.value ?? '—', figures: g.figures }));
}

function stacked(
  title: string,
  values: JsonValue[],
  text: Text,
  order: string[],
  x: { field: string; title: string; shown?: string },
): VegaLiteSpec {
  return {
    $schema: schema,
    title,
    data: { values },
    mark: 'bar',
    encoding: {
      y: { field: 'group', type: 'nominal', title: text.group, sort: null },
      // The bars are stacked to 100%: the axis shows a share, the tooltip the number itself.
      x: { field: x.field, type: 'quantitative', title: text.share, stack: 'normalize', axis: { format: '%' } },
      color: { field: 'status', type: 'nominal', title: text.status, sort: order, scale: { domain: order } },
      order: { field: 'rank', type: 'quantitative' },
      tooltip: [
        { field: 'group', type: 'nominal', title: text.group },
        { field: 'status', type: 'nominal', title: text.status },
        x.shown === undefined
          ? { field: x.field, type: 'quantitative', title: x.title }
          : { field: x.shown, type: 'nominal', title: x.title },
      ],
    },
  };
}

function timeliness(rows: ReturnType<typeof rowsOf>, text: Text): VegaLiteSpec {
  const order = [text.onTime, text.late, text.due, text.overdue];
  const values = rows.flatMap(({ group, figures }) =>
    [figures.timeliness.onTime, figures.timeliness.late, figures.timeliness.due, figures.timeliness.overdue].map((count, rank) => ({
      group,
      status: order[rank] as string,
      rank,
      count,
    })),
  );
  return stacked(text.timelinessTitle, values, text, order, { field: 'count', title: text.conversations });
}

function followThrough(rows: ReturnType<typeof rowsOf>, text: Text): VegaLiteSpec {
  const order = [text.done, text.open, text.overdue, text.dropped];
  const values = rows.flatMap(({ group, figures }) => {
    const f = figures.followThrough;
    return [f.done, f.open - f.overdue, f.overdue, f.dropped].map((count, rank) => ({ group, status: order[rank] as string, rank, count }));
  });
  return stacked(text.followThroughTitle, values, text, order, { field: 'count', title: text.agreements });
}

const unitOf = (amount: BudgetAmount): string => ('currency' in amount ? amount.currency : 'minutes' in amount ? 'minutes' : 'studyPoints');

/** An amount for the chart: its size in whole units (euros, hours, study points) and as people write it. */
function shownAmount(amount: BudgetAmount, catalogue: Catalogue): { amount: number; shown: string } {
  const { format, labels } = catalogue;
  if ('currency' in amount) return { amount: amount.amount / 10 ** minorUnitDigits(amount.currency), shown: format.money(amount) };
  if ('minutes' in amount)
    return { amount: amount.minutes / 60, shown: `${format.number(amount.minutes / 60)} ${labels.budgetUnit.minutes}` };
  return { amount: amount.studyPoints, shown: `${format.number(amount.studyPoints)} ${labels.budgetUnit.studyPoints}` };
}

/**
 * Per source and unit: committed and unused, stacked to 100%, with the amount as people write it in
 * the tooltip. Where the lines are in more than one unit (euros and study hours), each bar names its unit.
 */
function budget(figures: ReportFigures, catalogue: Catalogue): VegaLiteSpec {
  const text = catalogue.labels.reportText;
  const order = [text.committed, text.unused];
  const units = new Set(figures.budget.map((use) => unitOf(use.available)));
  const values = figures.budget.flatMap((use) => {
    const unit = unitOf(use.available);
    const name = use.title ?? use.source;
    const label = unit === 'minutes' || unit === 'studyPoints' ? catalogue.labels.budgetUnit[unit] : unit;
    const group = units.size > 1 ? `${name} (${label})` : name;
    return [
      { group, status: text.committed, rank: 0, ...shownAmount(use.committed, catalogue) },
      { group, status: text.unused, rank: 1, ...shownAmount(use.unused, catalogue) },
    ];
  });
  return stacked(text.budgetTitle, values, text, order, { field: 'amount', title: text.amount, shown: 'shown' });
}

function input(figures: ReportFigures, text: Text): VegaLiteSpec {
  const values = [
    { side: text.employee, what: text.agendaPoints, count: figures.input.employee.agendaPoints },
    { side: text.employee, what: text.needs, count: figures.input.employee.needs },
    { side: text.manager, what: text.agendaPoints, count: figures.input.manager.agendaPoints },
    { side: text.manager, what: text.needs, count: figures.input.manager.needs },
  ];
  return {
    $schema: schema,
    title: text.inputTitle,
    data: { values },
    mark: 'bar',
    encoding: {
      x: { field: 'what', type: 'nominal', title: text.what },
      xOffset: { field: 'side' },
      y: { field: 'count', type: 'quantitative', title: text.count },
      color: { field: 'side', type: 'nominal', title: text.side },
      tooltip: [
        { field: 'side', type: 'nominal', title: text.side },
        { field: 'what', type: 'nominal', title: text.what },
        { field: 'count', type: 'quantitative', title: text.count },
      ],
    },
  };
}

/** The four charts of a report. */
export function chartsOf(figures: ReportFigures, groups: readonly ReportGroup[], catalogue: Catalogue): ReportCharts {
  const text = catalogue.labels.reportText;
  const rows = rowsOf(figures, groups, text);
  return {
    timeliness: timeliness(rows, text),
    budget: budget(figures, catalogue),
    followThrough: followThrough(rows, text),
    input: input(figures, text),
  };
}
