import type { AgreementCheckContext, AgreementInput, AgreementReport } from '../../src/index.js';
import { analyzeGoalText, checkAgreement, formatFinding, meetsWww, smartCriteria, smartShortfalls } from '../../src/index.js';

const context: AgreementCheckContext = {
  now: '2027-03-15T10:00:00+01:00',
  locale: 'nl',
  participants: [
    { id: 'sanne', name: 'Sanne de Vries', role: 'employee' },
    { id: 'ahmed', name: 'Ahmed', role: 'manager' },
  ],
  remainingBudget: { amount: 70_000, currency: 'EUR' },
};

const vague: AgreementInput = { id: 'pop-2027-1', what: 'Iets met presenteren doen, misschien een cursus', who: 'Sanne' };

const good: AgreementInput = {
  id: 'pop-2027-2',
  what: 'Ik geef voor 1 juli een presentatie van 20 minuten over het nieuwe planningssysteem aan twee klanten',
  who: 'sanne',
  when: '2027-07-01',
  measure: 'Beide klanten geven de presentatie minstens een 7 in het feedbackformulier',
  focus: 'skills',
  acceptedBy: { employee: '2027-03-15T10:40:00+01:00', manager: '2027-03-15T10:41:00+01:00' },
  quality: 8,
  acceptance: 9,
  cost: { amount: 45_000, currency: 'EUR' },
  linkedGoalIds: ['goal-klantgericht'],
};

function describe(title: string, report: AgreementReport): string[] {
  const lines = [`-- ${title}: ${report.ok ? 'ok' : 'niet ok'}, WWW ${meetsWww(report) ? 'compleet' : 'onvolledig'}`];
  for (const [name, verdict] of Object.entries(report.www))
    lines.push(`  WWW ${name.padEnd(10)} ${verdict.status.padEnd(7)} ${verdict.evidence.join('; ')}`);
  for (const criterion of smartCriteria) {
    const verdict = report.smart[criterion];
    lines.push(`  SMART ${criterion.padEnd(10)} ${verdict.status.padEnd(7)} ${verdict.evidence.join('; ')}`);
  }
  if (report.effect !== undefined) lines.push(`  Effect E = K × A = ${report.effect}`);
  const shortfalls = smartShortfalls(report);
  if (shortfalls.length > 0) lines.push(`  Nog niet SMART: ${shortfalls.join(', ')}`);
  for (const finding of report.findings) lines.push(`  nl: ${formatFinding(finding, 'nl')}`);
  return lines;
}

/** Sanne's first draft is vague; the version she writes with Ahmed is WWW and SMART. Every verdict says why. */
export function agreementsSection(): string[] {
  const lines = ['== Agreements: WWW and SMART, explained =='];
  lines.push(...describe('Eerste versie', checkAgreement(vague, context)));
  lines.push(...describe('Na het gesprek', checkAgreement(good, context)));
  const english = analyzeGoalText('I will try to communicate better with clients soon', { locale: 'auto' });
  lines.push(
    `-- Goal text (${english.locale}): specific ${english.specific.status}, measurable ${english.measurable.status}, time-bound ${english.timeBound.status}`,
  );
  for (const finding of english.findings) lines.push(`  en: ${formatFinding(finding, 'en')}`);
  return lines;
}
