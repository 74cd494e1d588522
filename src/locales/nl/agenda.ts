import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

/** "‘A’, ‘B’ en 3 andere": a merged point names its first members and counts the rest. */
function members(items: readonly unknown[], count: number, tools: MessageTools): string {
  const names = items.map((item) => tools.ref(item));
  const rest = count - names.length;
  if (rest > 0) names.push(`${rest} ${rest === 1 ? 'ander punt' : 'andere punten'}`);
  return tools.format.list(names);
}

/** The one advice wherever appraisal or pay comes up: where each belongs, and what this conversation is for. */
const apart =
  'Beoordeling en beloning horen in het beoordelingsgesprek, hoe het werk gaat in het functioneringsgesprek; een {kind:conversationKind} kijkt vooruit.';

/** Dutch messages of the agenda module. */
export const agendaMessagesNl = defineMessages({
  'agenda.id.duplicate': 'Het id "{id}" komt vaker voor; elk agendapunt en elke afspraak heeft een eigen id nodig.',
  'agenda.item.sourceMismatch':
    'Agendapunt {item} staat bij de punten van {list:agendaSide}, maar zegt afkomstig te zijn van {source:agendaSide}; zet het bij de juiste kant.',
  'agenda.carried.idNotInItemIds': 'Een overgenomen agendapunt moet zijn eigen id tussen zijn samengevoegde punten hebben.',
  'agenda.link.unknown': 'Agendapunt {item} verwijst naar "{link}", maar geen punt of open afspraak op deze agenda heeft dat id.',
  'agenda.item.minutesMissing': 'Bij agendapunt {item} staat geen tijdsinschatting; er is gerekend met {minutes} {minutes|minuut|minuten}.',
  'agenda.topic.evaluative': `Agendapunt {item} gaat over {topic:topic.lower}. ${apart}` as const,
  'agenda.text.evaluative': `Agendapunt {item} gaat over beoordelen of belonen ({evidence:quote}). ${apart}` as const,
  'agenda.item.joint': ({ item, items, count }, tools) =>
    `Medewerker en leidinggevende brachten hetzelfde punt in (${members(items, count, tools)}); het staat nu één keer op de agenda als gezamenlijk punt ${tools.ref(item)}.`,
  'agenda.item.duplicate': ({ item, items, count }, tools) =>
    `De punten ${members(items, count, tools)} gaan over hetzelfde en zijn samengevoegd tot ${tools.ref(item)}.`,
  'agenda.budget.over':
    'De punten vragen samen {minutesNeeded} minuten en er {minutesForItems|is|zijn} {minutesForItems} {minutesForItems|minuut|minuten}; {deferred} {deferred|punt schuift|punten schuiven} door naar het volgende gesprek.',
  'agenda.budget.mustDeferred':
    'Het punt {item} moet besproken worden, maar past niet meer in de tijd en schuift door; overweeg een extra gesprek.',
  'agenda.budget.noTimeForItems':
    'Van de {minutesAvailable} minuten zijn er {reservedMinutes} nodig voor de opening, de evaluatie en het plannen van het volgende gesprek; er blijft geen tijd over voor agendapunten.',
  'agenda.side.employeeEmpty':
    'De medewerker heeft geen eigen punten ingebracht. Het initiatief ligt juist bij de medewerker: vraag waarover die wil praten.',
  'agenda.topic.employabilityFrom45':
    'Geen van de punten gaat over duurzame inzetbaarheid. Voor wie 45 of ouder is, is dat een goed moment om te bespreken wat nodig is om ook over tien jaar met plezier en energie te werken, binnen of buiten de organisatie.',
  'agenda.side.organisationEmpty':
    'De leidinggevende heeft geen punten namens de organisatie ingebracht; een gelijkwaardige dialoog vraagt inbreng van beide kanten.',
});

/** Dutch labels of the agenda module. */
export const agendaLabelsNl = {
  agendaSource: { employee: 'medewerker', organisation: 'organisatie', followUp: 'opvolging' },
  agendaSide: { employee: 'de medewerker', organisation: 'de organisatie' },
  agendaPriority: { must: 'moet', should: 'liefst', could: 'kan' },
} satisfies Partial<Labels>;
