import type { Labels, MessageTools } from '../../../src/index.js';
import { defineMessages } from '../../../src/index.js';

/** „1. Oktober 2027 um 09:00“: ein Zeitpunkt, wie man ihn schreibt. */
function moment(instant: string, tools: MessageTools): string {
  return `${tools.format.date(instant.slice(0, 10))} um ${instant.slice(11, 16)}`;
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
    amount: 'Betrag (€)',
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
  },
} satisfies Pick<Labels, 'reportPart' | 'reportText'>;
