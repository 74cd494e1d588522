import { defineMessages } from '../core/index.js';

/**
 * Messages of the agenda module, by finding code, in Dutch and English.
 *
 * @example
 * ```ts
 * import { agendaMessages } from 'ontwikkelgesprek';
 * agendaMessages['agenda.budget.over'].en.includes('{minutesNeeded}'); // true
 * ```
 */
export const agendaMessages = defineMessages({
  'agenda.id.duplicate': {
    nl: 'Het id "{id}" komt vaker voor; elk agendapunt en elke afspraak heeft een eigen id nodig.',
    en: 'The id "{id}" is used more than once; every agenda point and agreement needs an id of its own.',
  },
  'agenda.item.sourceMismatch': {
    nl: 'Agendapunt "{id}" staat in {list} maar zegt afkomstig te zijn van "{source}"; zet het in de juiste lijst.',
    en: 'Agenda point "{id}" is in {list} but says it comes from "{source}"; put it in the right list.',
  },
  'agenda.carried.idNotInItemIds': {
    nl: 'Het id van een overgenomen agendapunt moet een van zijn itemIds zijn.',
    en: 'The id of a carried-over agenda point must be one of its itemIds.',
  },
  'agenda.link.unknown': {
    nl: 'Agendapunt "{id}" verwijst naar "{link}", maar dat punt of die open afspraak staat niet op deze agenda.',
    en: 'Agenda point "{id}" links to "{link}", but no point or open agreement on this agenda has that id.',
  },
  'agenda.item.minutesMissing': {
    nl: 'Bij agendapunt "{id}" staat geen tijdsinschatting; er is gerekend met {minutes} minuten.',
    en: 'Agenda point "{id}" has no time estimate; {minutes} minutes were assumed.',
  },
  'agenda.topic.evaluative': {
    nl: 'Agendapunt "{title}" beoordeelt het functioneren (of de beloning); dat hoort in een beoordelingsgesprek, niet in een gesprek dat vooruitkijkt.',
    en: 'Agenda point "{title}" rates performance (or pay); that belongs in a performance appraisal, not in a forward-looking conversation.',
  },
  'agenda.item.joint': {
    nl: 'De punten {itemIds} van medewerker en organisatie zijn samengevoegd tot één gezamenlijk agendapunt "{title}".',
    en: 'Points {itemIds} from the employee and the organisation became one joint agenda point, "{title}".',
  },
  'agenda.item.duplicate': {
    nl: 'De punten {itemIds} gaan over hetzelfde en zijn samengevoegd tot "{title}".',
    en: 'Points {itemIds} cover the same ground and were combined into "{title}".',
  },
  'agenda.budget.over': {
    nl: 'De punten vragen samen {minutesNeeded} minuten en er zijn er {minutesForItems}; {deferred} {deferred|punt schuift|punten schuiven} door naar het volgende gesprek.',
    en: 'The points need {minutesNeeded} minutes together and there are {minutesForItems}; {deferred} {deferred|point moves|points move} on to the next conversation.',
  },
  'agenda.budget.mustDeferred': {
    nl: 'Het punt "{title}" moet besproken worden, maar past niet meer in de tijd en schuift door; overweeg een extra gesprek.',
    en: 'The point "{title}" must be discussed but no longer fits, so it is deferred; consider an extra conversation.',
  },
  'agenda.budget.noTimeForItems': {
    nl: 'Van de {minutesAvailable} minuten zijn er {reservedMinutes} gereserveerd voor opening, evaluatie en vervolgafspraak; er blijft geen tijd over voor agendapunten.',
    en: 'Of the {minutesAvailable} minutes, {reservedMinutes} are reserved for opening, evaluation and the next appointment; no time is left for agenda points.',
  },
  'agenda.side.employeeEmpty': {
    nl: 'De medewerker heeft geen eigen punten ingebracht. Het initiatief ligt juist bij de medewerker: vraag waar die over wil praten.',
    en: 'The employee brought no points. The initiative should lie with the employee: ask what they want to talk about.',
  },
  'agenda.side.organisationEmpty': {
    nl: 'De leidinggevende heeft geen punten namens de organisatie ingebracht; een gelijkwaardige dialoog vraagt input van beide kanten.',
    en: 'The manager brought no points for the organisation; an equal dialogue needs input from both sides.',
  },
});
