import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

/** "1 oktober 2027 om 09:00": a moment as people write it (its own wall-clock time). */
function moment(instant: string, tools: MessageTools): string {
  return `${tools.format.date(instant.slice(0, 10))} om ${instant.slice(11, 16)}`;
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

/** Dutch messages of the report module. */
export const reportMessagesNl = defineMessages({
  'report.record.invalid': (p, tools) =>
    `Dossier ${tools.format.number(p.position)} telt niet mee: de gegevens over ${tools.labels.reportPart[p.part]} zijn niet te lezen.`,
  'report.record.unreadable': 'Dossier {position} kon niet worden gelezen en telt niet mee.',
  'report.conversation.invalid': 'Dossier {position} telt niet mee: een van de gesprekken klopt niet (zie de details).',
  'report.records.notIterable': 'Geef de dossiers als een lijst of een andere reeks die je kunt doorlopen.',
  'report.combine.otherMoment': (p, tools) =>
    `Deze overzichten gaan over verschillende momenten (${moment(p.left, tools)} en ${moment(p.right, tools)}); tel alleen overzichten van hetzelfde moment bij elkaar op.`,
  'report.budget.unitMismatch': (p, tools) =>
    `In dossier ${tools.format.number(p.position)} staan de bedragen van ${source(p.source, p.sourceKind, tools)} deels in ${unit(p.unit, tools)} en deels in ${unit(p.other, tools)}; zonder omrekening telt die periode niet mee.`,
  'report.budget.duplicatePeriod': (p, tools) =>
    `Dossier ${tools.format.number(p.position)} geeft voor ${source(p.source, p.sourceKind, tools)} (${unit(p.unit, tools)}) twee lopende periodes; alleen de eerste telt mee, zodat niets dubbel wordt geteld.`,
  'report.amount.overflow': 'Dossier {position} telt niet mee: de bedragen zijn samen te groot om exact mee te rekenen.',
  'report.combine.overflow': 'Deze overzichten zijn samen te groot om exact op te tellen; tel ze in kleinere delen op.',
  'report.combine.unitMismatch': (p, tools) =>
    `In het overzicht staan de bedragen van ${source(p.source, p.sourceKind, tools)} deels in ${unit(p.unit, tools)} en deels in ${unit(p.other, tools)}; zo'n overzicht is buiten de bibliotheek gewijzigd en telt niet op.`,
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
    amount: 'hoeveel',
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
    share: 'aandeel',
  },
} satisfies Pick<Labels, 'reportPart' | 'reportText'>;
