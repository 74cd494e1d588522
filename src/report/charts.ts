// The report's charts as Vega-Lite specs: plain JSON with the data inline, words from the catalogue.
import type { JsonValue } from '../core/index.js';
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

function stacked(title: string, values: JsonValue[], text: Text, order: string[], x: { field: string; title: string }): VegaLiteSpec {
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
        { field: x.field, type: 'quantitative', title: x.title },
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

/** Money per source: committed and unused, in euros (minor units / 100); other units are left out of the picture. */
function budget(figures: ReportFigures, text: Text): VegaLiteSpec {
  const order = [text.committed, text.unused];
  const values = figures.budget.flatMap((use) => {
    if (!('currency' in use.available) || !('currency' in use.committed) || !('currency' in use.unused)) return [];
    const name = use.title ?? use.source;
    return [
      { group: name, status: text.committed, rank: 0, amount: use.committed.amount / 100 },
      { group: name, status: text.unused, rank: 1, amount: use.unused.amount / 100 },
    ];
  });
  return stacked(text.budgetTitle, values, text, order, { field: 'amount', title: text.amount });
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
    budget: budget(figures, text),
    followThrough: followThrough(rows, text),
    input: input(figures, text),
  };
}
