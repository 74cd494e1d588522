// Stored findings migrated by hand, continued (issue 21: mutation testing of the storage module): a
// finding refused for itself or for one of its details, the details migrated as findings, and a
// finding of this version that keeps its params without a word.
import { describe, expect, it } from 'vitest';
import { migrateFinding, migrateFindings } from '../../src/index.js';

const message = { nl: 'Wens “Leren presenteren” is nog vaag.', en: 'Wish “Leren presenteren” is still vague.' };
const vague = {
  code: 'dialogue.wish.vague',
  severity: 'info',
  path: ['wishes', 0],
  params: { id: 'w1', title: 'Leren presenteren', missing: 'specific' },
  message,
};
const said = (findings: readonly { code: string; path: readonly (string | number)[]; params: object }[]) =>
  findings.map((f) => [f.code, f.path, f.params]);

describe('findings refused', () => {
  it('refuses a list that is not a list, naming the list', () => {
    expect(said(migrateFindings({ first: vague }).findings)).toEqual([
      ['storage.invalid', [], { shape: 'findings', version: 2 }],
      ['input.invalid_type', [], { expected: 'array', received: 'object' }],
    ]);
  });

  it('refuses a finding without a severity under its index, and one that is nothing as not an object', () => {
    const { severity: _severity, ...unsure } = vague;
    expect(said(migrateFindings([vague, unsure, null]).findings)).toEqual([
      ['storage.invalid', [1], { shape: 'finding', version: 2 }],
      ['input.invalid_value', [1, 'severity'], { values: ['error', 'warning', 'info'] }],
      ['storage.invalid', [2], { shape: 'finding', version: 2 }],
      ['input.invalid_type', [2], { expected: 'object', received: 'null' }],
    ]);
  });

  it('refuses a finding whose detail has no severity, as a whole, naming the detail', () => {
    const { severity: _severity, ...unsure } = vague;
    const refused = migrateFinding({ ...vague, details: [vague, unsure] });
    expect(refused.ok).toBe(false);
    expect(said(refused.findings)).toEqual([
      ['storage.invalid', [], { shape: 'finding', version: 2 }],
      ['input.invalid_value', ['details', 1, 'severity'], { values: ['error', 'warning', 'info'] }],
    ]);
  });
});

describe('details and findings of this version', () => {
  it('migrates each detail as a finding of its own: a 0.1 detail gets its reference', () => {
    const migrated = migrateFinding({ code: 'storage.invalid', severity: 'error', path: [], params: {}, details: [vague] });
    expect(migrated.ok && migrated.value.details?.[0]?.params).toEqual({
      wish: { kind: 'wish', id: 'w1', title: 'Leren presenteren' },
      missing: ['specific'],
    });
  });

  it('writes no key a finding did not have, and says nothing of a current finding whose code changed in 0.1', () => {
    const current = { code: 'agenda.item.duplicate', severity: 'warning', path: ['items', 1], params: { count: 2 } };
    const migrated = migrateFinding(current);
    expect(migrated.ok && migrated.value).toStrictEqual(current);
    expect(migrated.findings).toEqual([]);
  });

  it('keeps the text of a 0.1 finding whose title is only spaces: a message never names a thing by nothing', () => {
    const migrated = migrateFinding({ ...vague, params: { ...vague.params, title: '   ' } });
    expect(migrated.ok && migrated.value.params).toEqual({ id: 'w1', title: '   ', missing: 'specific' });
    expect(migrated.findings.map((f) => f.code)).toEqual(['storage.finding.textKept']);
  });

  it('keeps the text of a 0.1 finding whose id is a number, and maps an evaluative agenda point with its topic and kind', () => {
    const numbered = migrateFinding({ ...vague, params: { ...vague.params, id: 7 } });
    expect(numbered.findings.map((f) => f.code)).toEqual(['storage.finding.textKept']);
    const evaluative = migrateFinding({
      code: 'agenda.topic.evaluative',
      severity: 'warning',
      path: ['organisationItems', 0, 'topic'],
      params: { id: 'o1', title: 'Beoordeling', topic: 'performanceRating', kind: 'development' },
      message: { nl: 'Agendapunt "Beoordeling" beoordeelt het functioneren.', en: 'Agenda point "Beoordeling" rates performance.' },
    });
    expect(evaluative.ok && evaluative.value.params).toEqual({
      item: { kind: 'agendaPoint', id: 'o1', title: 'Beoordeling' },
      topic: 'performanceRating',
      kind: 'development',
    });
    expect(evaluative.findings).toEqual([]);
  });
});
