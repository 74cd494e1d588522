import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

/** "1 oktober 2027 om 09:00": a moment as people write it (its own wall-clock time). */
function moment(instant: string, tools: MessageTools): string {
  return `${tools.format.date(instant.slice(0, 10))} om ${instant.slice(11, 16)}`;
}

/** Dutch messages of the report module. */
export const reportMessagesNl = defineMessages({
  'report.record.invalid': (p, tools) =>
    `Dossier ${tools.format.number(p.position)} telt niet mee: de gegevens over ${tools.labels.reportPart[p.part]} zijn niet te lezen.`,
  'report.record.unreadable': 'Dossier {position} kon niet worden gelezen en telt niet mee.',
  'report.conversation.invalid': 'Dossier {position} telt niet mee: een van de gesprekken klopt niet (zie de details).',
  'report.records.notIterable': 'Geef de dossiers als een lijst of een andere reeks die je kunt doorlopen.',
  'report.combine.otherMoment': (p, tools) =>
    `Deze overzichten gaan over verschillende momenten (${moment(p.left, tools)} en ${moment(p.right, tools)}); tel alleen overzichten van hetzelfde moment bij elkaar op.`,
});

/** Dutch labels of the report module. */
export const reportLabelsNl = {
  reportPart: {
    employee: 'de medewerker',
    groups: 'de indeling (team, afdeling, kostenplaats)',
    conversations: 'de gesprekken',
    plans: 'de POP’s',
    planned: 'de geplande gesprekken',
    budget: 'het ontwikkelbudget',
    agreementChecks: 'de beoordeling van de afspraken',
  },
  reportText: {
    timelinessTitle: 'Gesprekken op tijd gevoerd',
    onTime: 'op tijd',
    late: 'te laat gevoerd',
    due: 'nog te voeren',
    overdue: 'achterstallig',
    conversations: 'gesprekken',
    status: 'stand',
    group: 'groep',
    all: 'hele organisatie',
    budgetTitle: 'Gebruik van het ontwikkelbudget',
    committed: 'besteed of vastgelegd',
    unused: 'ongebruikt',
    source: 'budget',
    amount: 'bedrag (€)',
    use: 'gebruik',
    followThroughTitle: 'Wat er van de afspraken terechtkwam',
    done: 'gedaan',
    dropped: 'vervallen',
    open: 'nog open',
    agreements: 'afspraken',
    inputTitle: 'Inbreng van medewerker en leidinggevende',
    employee: 'medewerker',
    manager: 'leidinggevende',
    agendaPoints: 'agendapunten',
    needs: 'ontwikkelbehoeften',
    side: 'kant',
    count: 'aantal',
    what: 'soort inbreng',
  },
} satisfies Pick<Labels, 'reportPart' | 'reportText'>;
