import type { Labels, MessageTools } from '../../../src/index.js';
import { defineMessages } from '../../../src/index.js';
import { kind } from './grammar.js';

/** "„A“, „B“ und 3 weitere Punkte": a merged point names its first members and counts the rest. */
function members(items: readonly unknown[], count: number, tools: MessageTools): string {
  const names = items.map((item) => tools.ref(item));
  const rest = count - names.length;
  if (rest > 0) names.push(`${tools.format.number(rest)} ${rest === 1 ? 'weiterer Punkt' : 'weitere Punkte'}`);
  return tools.format.list(names);
}

/** German messages of the agenda module. */
export const agendaMessagesDe = defineMessages({
  'agenda.id.duplicate': 'Die Kennung „{id}“ kommt mehrfach vor; jeder Agendapunkt und jede Vereinbarung braucht eine eigene.',
  'agenda.item.sourceMismatch': ({ item, list, source }, tools) =>
    `Der Agendapunkt ${tools.ref(item)} steht bei den Punkten ${tools.value(list, 'agendaSide')}, stammt laut Angabe aber ${source === 'employee' ? 'vom Mitarbeiter' : 'von der Organisation'}; bitte der richtigen Seite zuordnen.`,
  'agenda.carried.idNotInItemIds': 'Ein übernommener Agendapunkt muss seine eigene Kennung unter den Punkten führen, die er zusammenfasst.',
  'agenda.link.unknown':
    'Der Agendapunkt {item} verweist auf „{link}“, aber auf dieser Agenda gibt es keinen Punkt und keine offene Vereinbarung mit dieser Kennung.',
  'agenda.item.minutesMissing':
    'Für den Agendapunkt {item} ist keine Dauer geschätzt; angenommen {minutes|wurde|wurden} {minutes} {minutes|Minute|Minuten}.',
  'agenda.topic.evaluative': ({ item, topic, kind: conversation }, tools) =>
    `Beim Agendapunkt ${tools.ref(item)} geht es um das Thema ${tools.format.quote(tools.value(topic, 'topic'))}. Beurteilung und Gehalt gehören ins Beurteilungsgespräch, wie die Arbeit läuft ins Mitarbeitergespräch; ${kind(conversation, 'nom')} blickt nach vorn.`,
  'agenda.text.evaluative': ({ item, evidence, kind: conversation }, tools) =>
    `Beim Agendapunkt ${tools.ref(item)} geht es um Beurteilung oder Gehalt (${tools.value(evidence, 'quote')}). Beurteilung und Gehalt gehören ins Beurteilungsgespräch, wie die Arbeit läuft ins Mitarbeitergespräch; ${kind(conversation, 'nom')} blickt nach vorn.`,
  'agenda.topic.employabilityFrom45':
    'Keiner der Punkte betrifft die langfristige Beschäftigungsfähigkeit. Ab 45 ist ein guter Zeitpunkt, darüber zu sprechen, was nötig ist, um auch in zehn Jahren noch mit Freude und Energie zu arbeiten, in der Organisation oder außerhalb.',
  'agenda.item.joint': ({ item, items, count }, tools) =>
    `Mitarbeiter und Führungskraft haben denselben Punkt eingebracht (${members(items, count, tools)}); er steht jetzt einmal auf der Agenda, als gemeinsamer Punkt ${tools.ref(item)}.`,
  'agenda.item.duplicate': ({ item, items, count }, tools) =>
    `Die Punkte ${members(items, count, tools)} behandeln dasselbe und wurden zu ${tools.ref(item)} zusammengefasst.`,
  'agenda.budget.over':
    'Die Punkte brauchen zusammen {minutesNeeded} Minuten, zur Verfügung {minutesForItems|steht|stehen} {minutesForItems} {minutesForItems|Minute|Minuten}; {deferred} {deferred|Punkt wird|Punkte werden} auf das nächste Gespräch verschoben.',
  'agenda.budget.mustDeferred':
    'Der Punkt {item} muss besprochen werden, passt aber nicht mehr in die Zeit und wird daher auf das nächste Gespräch verschoben; ein zusätzlicher Termin ist zu überlegen.',
  'agenda.budget.noTimeForItems':
    'Von den {minutesAvailable} Minuten werden {reservedMinutes} für den Einstieg, den Rückblick und die Planung des nächsten Gesprächs gebraucht; für Agendapunkte bleibt keine Zeit.',
  'agenda.side.employeeEmpty':
    'Der Mitarbeiter hat keine eigenen Punkte eingebracht. Die Initiative liegt bei ihm: Fragen Sie, worüber er sprechen möchte.',
  'agenda.side.organisationEmpty':
    'Die Führungskraft hat keine Punkte für die Organisation eingebracht; ein Gespräch auf Augenhöhe braucht Beiträge von beiden Seiten.',
});

/** German labels of the agenda module. */
export const agendaLabelsDe = {
  agendaSource: { employee: 'Mitarbeiter', organisation: 'Organisation', followUp: 'Nachverfolgung' },
  agendaSide: { employee: 'des Mitarbeiters', organisation: 'der Organisation' },
  agendaPriority: { must: 'muss', should: 'sollte', could: 'kann' },
} satisfies Partial<Labels>;
