import { describe, expect, it } from 'vitest';
import type { FindingCode, FindingParamsOf } from '../../src/index.js';
import { en, findingMessage, nl } from '../../src/index.js';
import { planLabelsEn } from '../../src/locales/en/plan.js';
import { planLabelsNl } from '../../src/locales/nl/plan.js';

type PlanCode = Extract<FindingCode, `plan.${string}` | `budget.${string}`>;

const goal = { kind: 'need', id: 'need-2', title: 'Kennis van het nieuwe planningssysteem' };
const agreement = { kind: 'agreement', id: 'a1', title: 'Ik volg de training Presenteren met impact' };
const cost = { kind: 'costLine', id: 'c-book', title: 'Boek: Presenteren als een pro' };
const expense = { kind: 'expense', id: 'inv-204', title: 'Factuur congres' };
const untitledExpense = { kind: 'expense', id: 'inv-205' };
const fund = { source: { kind: 'fundingSource', id: 'oo-fonds', title: 'O&O-fonds Metaal' }, sourceKind: 'sectorFund' } as const;
const personal = { source: { kind: 'fundingSource', id: 'pob' }, sourceKind: 'personalBudget' } as const;
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const year = { start: '2027-01-01', end: '2027-12-31' };

/** Realistic params for every code of the module: what the library puts in them. */
const samples: { readonly [C in PlanCode]: readonly FindingParamsOf<C>[] } = {
  'plan.period.reversed': [{}],
  'plan.hash.mismatch': [{ hash: 'a'.repeat(64) }],
  'plan.history.inconsistent': [{ version: 3 }],
  'plan.id.duplicate': [
    { id: 'a1', section: 'agreements' },
    { id: 'pob', section: 'fundingSources' },
  ],
  'plan.approval.recordInvalid': [{ by: 'manager' }],
  'plan.cost.unknownAgreement': [{ cost, agreementId: 'a9' }],
  'plan.cost.unknownSource': [{ cost, source: 'lottery' }],
  'plan.approval.staleVersion': [{ given: 1, current: 2 }],
  'plan.approval.hashMismatch': [{ given: 'a'.repeat(64), current: 'b'.repeat(64) }],
  'plan.approval.beforeVersion': [{ at: '2027-03-15T10:00:00+01:00', version: 2, since: '2027-04-01T09:00:00+02:00' }],
  'plan.approval.repeated': [{ by: 'employee' }],
  'plan.approval.complete': [{ version: 2 }],
  'plan.approval.waiting': [{ version: 1, role: 'manager' }],
  'plan.approval.overBudget': [
    { sources: [personal.source, fund.source], sourceKinds: ['personalBudget', 'sectorFund'] },
    { sources: [personal.source], sourceKinds: ['personalBudget'] },
    { sources: [personal.source], sourceKinds: ['personalBudget'], units: ['minutes'] },
    { sources: [personal.source, fund.source], sourceKinds: ['personalBudget', 'sectorFund'], units: ['money', 'minutes'] },
  ],
  'plan.amend.noChange': [{}],
  'plan.amend.beforeVersion': [{ at: '2027-03-15T10:00:00+01:00', version: 2, since: '2027-04-01T09:00:00+02:00' }],
  'plan.amend.progressKept': [{ agreement, status: 'done' }],
  'plan.amend.approvalsCleared': [
    { version: 2, count: 1 },
    { version: 3, count: 2 },
  ],
  'plan.progress.empty': [{}],
  'plan.progress.unknownAgreement': [{ agreementId: 'a9' }],
  'plan.progress.beforePlan': [{ at: '2027-03-14T10:00:00+01:00', since: '2027-03-15T11:00:00+01:00' }],
  'plan.progress.unchanged': [{ agreement, status: 'open' }],
  'plan.progress.dropWithoutNote': [{ agreement }],
  'plan.conversation.notConcluded': [
    { status: 'inProgress', phase: 'supportAgreements' },
    { status: 'planned', phase: 'preparation' },
    { status: 'postponed', phase: 'preparation' },
    { status: 'cancelled', phase: 'preparation' },
  ],
  'plan.goals.missing': [{}],
  'plan.goal.withoutAgreement': [{ goal }],
  'plan.goal.noOrganisationLink': [{ goal }],
  'plan.agreements.missing': [{}],
  'plan.agreement.withoutGoal': [{ agreement }],
  'plan.agreement.notAccepted': [{ agreement }],
  'plan.agreement.noDeadline': [{ agreement }],
  'plan.nextConversation.missing': [{}],
  'plan.cost.negative': [{ agreement, amount: eur(-5000) }],
  'plan.evaluation.missing': [{}],
  'plan.evaluation.private': [{}],
  'plan.zienswijze.empty': [{}],
  'plan.zienswijze.notEmployee': [{ by: 'manager' }, { by: 'conversation' }],
  'plan.erasure.invalid': [{}],
  'budget.overCommitted': [
    { ...personal, ...year, unit: 'money', claimed: eur(120000), over: eur(10000), budget: eur(110000) },
    { ...fund, start: '2026-08-01', end: '2027-07-31', unit: 'minutes', claimed: 1110, over: 150, budget: 960 },
  ],
  'budget.overspent': [{ ...personal, ...year, unit: 'studyPoints', spent: 45, over: 5, budget: 40 }],
  'budget.currency.mismatch': [{ ...personal, line: cost, currency: 'USD', budgetCurrency: 'EUR' }],
  'budget.unit.mismatch': [{ ...fund, line: untitledExpense, unit: 'studyPoints', budgetUnit: 'money' }],
  'budget.expense.otherYear': [{ expense, date: '2026-12-20', year: 2027 }],
  'budget.line.outsidePeriods': [
    { ...personal, line: cost, date: '2028-02-01', from: '2026-01-01', until: '2027-12-31' },
    { ...personal, line: cost, date: '2025-02-01', from: '2026-01-01' },
    { ...fund, line: expense, date: '2028-02-01', until: '2027-12-31' },
  ],
  'budget.expense.unknownAgreement': [{ expense, agreementId: 'a9' }],
  'budget.expense.unknownCostLine': [{ expense, costLineId: 'c9' }],
  'budget.id.duplicate': [{ id: 'c1' }],
  'budget.amount.overflow': [{}],
  'budget.sources.missing': [{}],
  'budget.setup.ambiguous': [{}],
  'budget.employee.missing': [{}],
  'budget.source.unknown': [{ source: 'lottery', line: cost }, { source: 'lottery' }],
  'budget.required.chargedToEmployee': [{ agreement, sources: [personal.source], sourceKinds: ['personalBudget'] }],
  'budget.required.capped': [{}],
  'budget.carryOver.noStart': [{}],
  'budget.allowance.duplicateUnit': [{}],
  'budget.unused.lateInYear': [
    { ...personal, unit: 'money', unused: eur(65000), percent: 92, expiring: eur(65000), end: '2027-12-31', daysLeft: 77, shareUnused: 40 },
    { ...personal, unit: 'money', unused: eur(80000), percent: 100, expiring: eur(50000), end: '2027-12-31', daysLeft: 1, shareUnused: 40 },
    { ...personal, unit: 'minutes', unused: 960, percent: 100, expiring: 0, end: '2027-12-31', daysLeft: 30, shareUnused: 40 },
    {
      ...fund,
      unit: 'money',
      unused: eur(30000),
      percent: 60,
      expiring: eur(0),
      end: '2027-12-31',
      daysLeft: 40,
      shareUnused: 35,
      shareFrom: 'organisation',
    },
  ],
  'budget.year.ended': [
    { ...personal, unit: 'money', ...year, unused: eur(70000), expired: eur(0) },
    { ...fund, unit: 'money', start: '2026-08-01', end: '2027-07-31', unused: eur(20000), expired: eur(20000) },
  ],
  'budget.payback.scheduleInvalid': [{}],
  'budget.payback.sourceNotAllowed': [
    { source: { kind: 'fundingSource', id: 'employer' }, sourceKind: 'requiredTraining' },
    { source: { kind: 'fundingSource', id: 'own' }, sourceKind: 'ownMoney' },
  ],
  'budget.payback.noClause': [{}],
  'budget.payback.notApproved': [{}],
};

/** The module's own identifiers: enum values and names no Dutch sentence should show. */
const identifiers = [
  'personalBudget',
  'requiredTraining',
  'sectorFund',
  'learningAccount',
  'ownMoney',
  'studyPoints',
  'minutes',
  'employee',
  'manager',
  'organisation',
  'joint',
  'done',
  'dropped',
  'inProgress',
  'postponed',
  'cancelled',
  'planned',
  'concluded',
  'supportAgreements',
  'fundingSources',
  'recordProgress',
  'approvePlan',
  'budgetStatus',
  'costs',
  'agreements',
];

function identifiersIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\b[a-z]+[A-Z][A-Za-z]*\b/gu)) found.push(match[0]);
  for (const match of text.matchAll(/\b[a-z]+\.[a-z][A-Za-z.]*\b/gu)) found.push(match[0]);
  for (const word of identifiers) if (new RegExp(`\\b${word}\\b`, 'u').test(text)) found.push(word);
  return found;
}

describe('the plan module in Dutch and English', () => {
  const entries = Object.entries(samples) as [PlanCode, readonly Record<string, unknown>[]][];

  it('has realistic params for every code of the module, and a message for each in both languages', () => {
    const moduleCodes = Object.keys(nl.messages).filter((code) => code.startsWith('plan.') || code.startsWith('budget.'));
    expect(Object.keys(samples).sort()).toEqual(moduleCodes.sort());
    for (const [code, list] of entries) {
      for (const params of list) {
        for (const locale of ['nl', 'en'] as const) {
          const text = findingMessage({ code, severity: 'warning', path: [], params: params as never }, locale);
          expect(text, `${code} ${locale}`).not.toBe(code);
          expect(text, `${code} ${locale}`).not.toMatch(/\{[A-Za-z]+(?::[A-Za-z.]+)?\}|undefined|\[object/u);
        }
      }
    }
  });

  it('writes no identifier, code or enum value in any Dutch message or label', () => {
    for (const [code, list] of entries) {
      for (const params of list) {
        const text = findingMessage({ code, severity: 'warning', path: [], params: params as never }, 'nl');
        expect(identifiersIn(text), `${code}: ${text}`).toEqual([]);
      }
    }
    for (const [family, labels] of Object.entries(planLabelsNl)) {
      for (const [id, label] of Object.entries(labels)) expect(identifiersIn(label), `${family}.${id}: ${label}`).toEqual([]);
    }
  });

  it('names money and dates as people write them, and things by their titles', () => {
    const message = (code: PlanCode, locale: 'nl' | 'en', index = 0) =>
      findingMessage({ code, severity: 'warning', path: [], params: samples[code][index] as never }, locale);
    expect(message('budget.overCommitted', 'nl')).toContain('(€\u00a01.200,00) gaan €\u00a0100,00 over het budget van €\u00a01.100,00');
    expect(message('budget.overCommitted', 'en')).toContain('(€1,200.00) exceed the budget of €1,100.00 by €100.00');
    expect(message('budget.overCommitted', 'nl', 1)).toContain(
      '‘O&O-fonds Metaal’ in de budgetperiode van 1 augustus 2026 t/m 31 juli 2027 (18 uur en 30 minuten) gaan 2 uur en 30 minuten over het budget van 16 uur heen',
    );
    expect(message('plan.approval.beforeVersion', 'nl')).toBe(
      'De goedkeuring is gedateerd op 15 maart 2027 om 10:00, maar versie 2 bestaat pas sinds 1 april 2027 om 09:00.',
    );
    expect(message('plan.approval.overBudget', 'nl')).toContain('binnen het persoonlijk ontwikkelbudget en ‘O&O-fonds Metaal’');
    expect(message('budget.unit.mismatch', 'nl')).toBe(
      'Deze uitgave is in studiepunten, maar ‘O&O-fonds Metaal’ rekent in geld; die post telt niet mee.',
    );
    expect(message('budget.expense.otherYear', 'nl')).toBe(
      'Uitgave ‘Factuur congres’ van 20 december 2026 valt buiten budgetjaar 2027 en telt niet mee.',
    );
  });

  it('says PDP, never POP, in English', () => {
    for (const [code, list] of entries) {
      for (const params of list) {
        expect(findingMessage({ code, severity: 'warning', path: [], params: params as never }, 'en')).not.toMatch(/\bPOP\b/u);
      }
    }
    expect(JSON.stringify(planLabelsEn)).not.toMatch(/\bPOP\b/u);
    expect(en.labels.planText.title).toBe('PDP');
    expect(nl.labels.planText.title).toBe('POP');
  });
});

describe('findings stored by version 0.1', () => {
  it('show the text they were stored with when their params are of the old shape', () => {
    const stored = {
      code: 'budget.overCommitted',
      severity: 'warning' as const,
      path: ['costs', 1],
      params: { claimed: 'EUR 1050.00', over: 'EUR 350.00', budget: 'EUR 700.00' },
      message: {
        nl: 'De afspraken en uitgaven (€ 1.050,00) gaan € 350,00 over het budget van € 700,00 heen.',
        en: 'Agreements and expenses exceed the budget.',
      },
    };
    expect(findingMessage(stored, 'nl')).toBe(stored.message.nl);
    expect(findingMessage(stored, 'en')).toBe(stored.message.en);
  });
});
