import type { MergedAgendaItem } from '../../src/index.js';
import { formatFinding, mergeAgendas } from '../../src/index.js';

function line(item: MergedAgendaItem): string {
  const from = item.joint
    ? 'gezamenlijk'
    : item.sources.map((source) => ({ followUp: 'opvolging', employee: 'medewerker', organisation: 'organisatie' })[source]).join(' + ');
  return `  ${String(item.minutes).padStart(3)} min  ${item.priority.padEnd(6)} ${item.followUp === undefined ? '' : 'Opvolging: '}${item.title}  [${from}: ${item.itemIds.join(', ')}]`;
}

/**
 * Sanne (employee) and her manager Ahmed each bring points; two agreements of the previous POP are
 * still open; there is one hour.
 */
export function agendaSection(): string[] {
  const result = mergeAgendas({
    employeeItems: [
      { id: 'sanne-1', source: 'employee', title: 'Presenteren voor klanten', topic: 'competences', priority: 'must', minutes: 15 },
      { id: 'sanne-2', source: 'employee', title: 'Werkdruk in het voorjaar', topic: 'workloadCapacity', priority: 'should', minutes: 10 },
      {
        id: 'sanne-3',
        source: 'employee',
        title: 'Doorgroeien naar senior adviseur',
        topic: 'careerAmbitions',
        priority: 'should',
        minutes: 15,
      },
    ],
    organisationItems: [
      {
        id: 'ahmed-1',
        source: 'organisation',
        title: 'klanten: presenteren',
        topic: 'competences',
        priority: 'should',
        minutes: 10,
        goalIds: ['goal-klantgericht'],
      },
      {
        id: 'ahmed-2',
        source: 'organisation',
        title: 'Invoering nieuw planningssysteem',
        topic: 'organisationDirection',
        priority: 'should',
        goalIds: ['goal-digitaal'],
      },
      {
        id: 'ahmed-3',
        source: 'organisation',
        title: 'Beoordeling afgelopen jaar',
        topic: 'performanceRating',
        priority: 'could',
        minutes: 10,
      },
    ],
    previousAgreements: [
      { id: 'pop-2026-1', what: 'Training feedback geven volgen', who: 'Sanne', when: '2026-10-01', status: 'open' },
      { id: 'pop-2026-2', what: 'Mentor zoeken binnen het team', who: 'Ahmed', status: 'open' },
      { id: 'pop-2026-3', what: 'Cursus Excel afronden', who: 'Sanne', status: 'done' },
    ],
    minutesAvailable: 60,
    locale: 'nl',
  });
  const lines = ['== Agenda: twee kanten, één uur =='];
  if (!result.ok) {
    return [...lines, ...result.findings.map((finding) => `  ${formatFinding(finding, 'nl')}`)];
  }
  const agenda = result.value;
  lines.push(
    `  ${agenda.minutesAvailable} minuten, waarvan ${agenda.reservedMinutes} voor opening, evaluatie en vervolgafspraak; ${agenda.minutesPlanned} van ${agenda.minutesForItems} gepland.`,
  );
  lines.push(...agenda.items.map(line));
  lines.push('  Doorgeschoven naar het volgende gesprek:');
  lines.push(...agenda.deferred.map(line));
  lines.push('  Signalen:');
  lines.push(...result.findings.map((finding) => `  - ${formatFinding(finding, 'nl')}`));
  return lines;
}
