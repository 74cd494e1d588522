import type { Labels, MessageTools } from '../../../src/index.js';
import { defineMessages } from '../../../src/index.js';

/** „1. Oktober 2027 um 09:00“: ein Zeitpunkt, wie man ihn schreibt. */
function moment(instant: string, tools: MessageTools): string {
  return `${tools.format.date(instant.slice(0, 10))} um ${instant.slice(11, 16)}`;
}

/** Eine Finanzierungsquelle im Satz: ihr Titel, sonst was sie ist. */
function source(ref: unknown, kind: keyof Labels['fundingSource'], tools: MessageTools): string {
  const title = (ref as { title?: unknown } | null)?.title;
  return typeof title === 'string' && title.trim() !== '' ? tools.ref(ref) : tools.labels.fundingSource[kind];
}

/** Eine Einheit des Budgets: eine Währung mit ihrem Code, sonst Lernzeit oder Studienpunkte. */
function unit(value: string, tools: MessageTools): string {
  return value === 'minutes' || value === 'studyPoints' ? tools.labels.budgetUnit[value] : value;
}

/** Deutsche Meldungen des Berichts. */
export const reportMessagesDe = defineMessages({
  'report.record.invalid': (p, tools) =>
    `Datensatz ${tools.format.number(p.position)} bleibt außen vor: ${tools.labels.reportPart[p.part]} lassen sich nicht lesen.`,
  'report.record.unreadable': 'Datensatz {position} ließ sich nicht lesen und bleibt außen vor.',
  'report.conversation.invalid': 'Datensatz {position} bleibt außen vor: eines seiner Gespräche ist nicht gültig (siehe Einzelheiten).',
  'report.records.notIterable': 'Übergeben Sie die Datensätze als Liste oder als andere Folge, die sich durchlaufen lässt.',
  'report.combine.otherMoment': (p, tools) =>
    `Diese Berichte beziehen sich auf verschiedene Zeitpunkte (${moment(p.left, tools)} und ${moment(p.right, tools)}); zusammenzählen lassen sich nur Berichte über denselben Zeitpunkt.`,
  'report.budget.unitMismatch': (p, tools) =>
    `In Datensatz ${tools.format.number(p.position)} stehen die Beträge von ${source(p.source, p.sourceKind, tools)} teils in ${unit(p.unit, tools)} und teils in ${unit(p.other, tools)}; ohne Umrechnung bleibt dieser Zeitraum außen vor.`,
  'report.budget.duplicatePeriod': (p, tools) =>
    `Datensatz ${tools.format.number(p.position)} enthält für ${source(p.source, p.sourceKind, tools)} (${unit(p.unit, tools)}) zwei laufende Zeiträume; nur der erste zählt, damit nichts doppelt gezählt wird.`,
  'report.amount.overflow': 'Datensatz {position} bleibt außen vor: Seine Beträge sind zusammen zu groß, um sie genau zu addieren.',
  'report.combine.overflow': 'Diese Berichte sind zusammen zu groß, um sie genau zu addieren; zählen Sie sie in kleineren Teilen zusammen.',
  'report.combine.unitMismatch': (p, tools) =>
    `Im Bericht stehen die Beträge von ${source(p.source, p.sourceKind, tools)} teils in ${unit(p.unit, tools)} und teils in ${unit(p.other, tools)}; ein solcher Bericht wurde außerhalb der Bibliothek geändert und lässt sich nicht zusammenzählen.`,
});

/** Deutsche Bezeichnungen des Berichts. */
export const reportLabelsDe = {
  reportPart: {
    employee: 'die Angaben zum Mitarbeiter',
    groups: 'die Gruppierung (Team, Abteilung, Kostenstelle)',
    conversations: 'die Gespräche',
    plans: 'die Entwicklungspläne',
    planned: 'die geplanten Gespräche',
    budget: 'die Angaben zum Weiterbildungsbudget',
    agreementChecks: 'die Prüfungen der Vereinbarungen',
  },
  reportText: {
    timelinessTitle: 'Rechtzeitig geführte Gespräche',
    onTime: 'rechtzeitig',
    late: 'verspätet geführt',
    due: 'noch zu führen',
    overdue: 'überfällig',
    conversations: 'Gespräche',
    status: 'Stand',
    group: 'Gruppe',
    all: 'ganze Organisation',
    budgetTitle: 'Nutzung des Weiterbildungsbudgets',
    committed: 'ausgegeben oder verplant',
    unused: 'ungenutzt',
    source: 'Budget',
    amount: 'wie viel',
    use: 'Nutzung',
    followThroughTitle: 'Was aus den Vereinbarungen wurde',
    done: 'erledigt',
    dropped: 'fallen gelassen',
    open: 'noch offen',
    agreements: 'Vereinbarungen',
    inputTitle: 'Beiträge von Mitarbeiter und Führungskraft',
    employee: 'Mitarbeiter',
    manager: 'Führungskraft',
    agendaPoints: 'Agendapunkte',
    needs: 'Entwicklungsbedürfnisse',
    side: 'Seite',
    count: 'Anzahl',
    what: 'Art des Beitrags',
    share: 'Anteil',
  },
} satisfies Pick<Labels, 'reportPart' | 'reportText'>;
