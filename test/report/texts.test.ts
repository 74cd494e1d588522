import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/index.js';
import { findingMessage } from '../../src/index.js';
import { en, nl } from '../../src/locales/index.js';
import type { ReportFindingParams } from '../../src/locales/codes/report.js';

type ReportPart = ReportFindingParams['report.record.invalid']['part'];

const parts: ReportPart[] = ['employee', 'groups', 'conversations', 'plans', 'planned', 'budget', 'agreementChecks'];

/** Realistic params for every code of the module, as the library makes them. */
const examples: { [C in keyof ReportFindingParams]: ReportFindingParams[C][] } = {
  'report.record.invalid': parts.map((part, index) => ({ position: index * 997 + 1, part })),
  'report.record.unreadable': [{ position: 1_204 }],
  'report.conversation.invalid': [{ position: 12 }],
  'report.records.notIterable': [{}],
  'report.combine.otherMoment': [{ left: '2027-10-01T09:00:00+02:00', right: '2027-11-01T09:00:00+01:00' }],
  'report.budget.unitMismatch': [
    {
      position: 7,
      source: { kind: 'fundingSource', id: 'pob', title: 'Persoonlijk ontwikkelbudget' },
      sourceKind: 'personalBudget',
      unit: 'EUR',
      other: 'USD',
    },
    { position: 8, source: { kind: 'fundingSource', id: 'uren' }, sourceKind: 'learningAccount', unit: 'minutes', other: 'studyPoints' },
  ],
  'report.budget.duplicatePeriod': [
    {
      position: 4,
      source: { kind: 'fundingSource', id: 'pob', title: 'Persoonlijk ontwikkelbudget' },
      sourceKind: 'personalBudget',
      unit: 'minutes',
    },
    { position: 5, source: { kind: 'fundingSource', id: 'oo' }, sourceKind: 'sectorFund', unit: 'EUR' },
  ],
  'report.amount.overflow': [{ position: 3 }],
  'report.combine.overflow': [{}],
  'report.combine.unitMismatch': [{ source: { kind: 'fundingSource', id: 'oo' }, sourceKind: 'sectorFund', unit: 'EUR', other: 'minutes' }],
};

function rendered(locale: 'nl' | 'en'): string[] {
  return Object.entries(examples).flatMap(([code, list]) =>
    (list as object[]).map((params) => findingMessage({ code, severity: 'warning', path: [], params } as Finding, locale)),
  );
}

/** Ids of the module that must never show in a text. */
const identifiers = [...parts, 'agreementChecks', 'costCentre', 'groupBy', 'employeeId', 'onTime', 'unusedShare'];

describe('the texts of the report module', () => {
  it('has a message for every code in both languages, and no text shows an identifier or a code', () => {
    for (const locale of ['nl', 'en'] as const) {
      for (const text of rendered(locale)) {
        expect(text).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/u);
        expect(text).not.toMatch(/\breport\.[a-z]/u);
        expect(text).not.toMatch(/\{[A-Za-z]/u);
        const shown = identifiers.filter((id) => (locale === 'nl' || /[A-Z]/u.test(id)) && new RegExp(`\\b${id}\\b`, 'u').test(text));
        expect([text, shown]).toEqual([text, []]);
      }
    }
  });

  it('writes numbers and moments as people do', () => {
    expect(rendered('nl')).toContain('Dossier 1.204 kon niet worden gelezen en telt niet mee.');
    expect(rendered('en')).toContain('Record 1,204 could not be read and is left out.');
  });

  it('names every label of the module in both catalogues, in words', () => {
    for (const catalogue of [nl, en]) {
      for (const family of [catalogue.labels.reportPart, catalogue.labels.reportText]) {
        for (const label of Object.values(family)) {
          expect(label).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/u);
          expect(label.trim()).not.toBe('');
        }
      }
    }
  });
});
