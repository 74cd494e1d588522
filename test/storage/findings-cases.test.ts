// Findings stored by 0.1 migrated by hand (issue 21: mutation testing of the storage module): which
// old params are mapped to references, which keep their text, and the order keys are written in.
import { describe, expect, it } from 'vitest';
import { migrateFinding, migrateFindings } from '../../src/index.js';

const message = { nl: 'Wens “Leren presenteren” is nog vaag.', en: 'Wish “Leren presenteren” is still vague.' };

describe('migrateFinding, worked out by hand', () => {
  it('maps a vague wish of 0.1 to a reference and a list of criteria, writing the keys in this version’s order and a host’s own key last', () => {
    const migrated = migrateFinding({
      host: 'hr-portal',
      message,
      params: { id: 'w1', title: 'Leren presenteren', missing: 'specific, timeBound' },
      path: ['wishes', 0],
      severity: 'info',
      code: 'dialogue.wish.vague',
    });
    expect(migrated.ok && JSON.stringify(migrated.value)).toBe(
      JSON.stringify({
        code: 'dialogue.wish.vague',
        severity: 'info',
        path: ['wishes', 0],
        params: { wish: { kind: 'wish', id: 'w1', title: 'Leren presenteren' }, missing: ['specific', 'timeBound'] },
        message,
        host: 'hr-portal',
      }),
    );
    expect(migrated.findings).toEqual([]);
  });

  it('keeps the old params and the text when they cannot be mapped: a criterion 0.1 did not have, a blank title, a kind that is no text', () => {
    const kept = (code: string, params: Record<string, unknown>) => {
      const migrated = migrateFinding({ code, severity: 'info', path: [], params, message });
      return [migrated.ok && migrated.value.params, migrated.findings.map((f) => [f.code, f.path])];
    };
    const textKept = [['storage.finding.textKept', []]];
    expect(kept('dialogue.wish.vague', { id: 'w1', title: 'Leren presenteren', missing: 'specific, pretty' })).toEqual([
      { id: 'w1', title: 'Leren presenteren', missing: 'specific, pretty' },
      textKept,
    ]);
    expect(kept('dialogue.wish.vague', { id: 'w1', title: 'Leren presenteren' })).toEqual([
      { id: 'w1', title: 'Leren presenteren' },
      textKept,
    ]);
    expect(kept('dialogue.wish.vague', { id: 'w1', title: ' ', missing: 'specific' })).toEqual([
      { id: 'w1', title: ' ', missing: 'specific' },
      textKept,
    ]);
    expect(kept('agenda.topic.evaluative', { id: 'o1', title: 'Beoordeling', topic: 'performanceRating', kind: true })).toEqual([
      { id: 'o1', title: 'Beoordeling', topic: 'performanceRating', kind: true },
      textKept,
    ]);
    // A code whose params changed shape keeps its text; a code whose params did not change says nothing.
    expect(kept('agenda.item.joint', { id: 'o1' })).toEqual([{ id: 'o1' }, textKept]);
    expect(kept('input.required', {})).toEqual([{}, []]);
  });

  it('leaves params that are already a reference as they are', () => {
    const current = { item: { kind: 'agendaPoint', id: 'o1', title: 'Beoordeling' }, topic: 'performanceRating', kind: 'development' };
    const migrated = migrateFinding({ code: 'agenda.topic.evaluative', severity: 'warning', path: [], params: current, message });
    expect([migrated.ok && migrated.value.params, migrated.findings]).toEqual([current, []]);
  });

  it('migrates the details of a composite finding, saying which detail keeps its text', () => {
    const migrated = migrateFinding({
      code: 'storage.invalid',
      severity: 'error',
      path: [],
      params: {},
      details: [
        { code: 'agenda.item.joint', severity: 'info', path: ['organisationItems', 0], params: {}, message },
        { code: 'input.required', severity: 'error', path: ['when'], params: {} },
      ],
    });
    expect(migrated.ok && migrated.value.details?.map((d) => d.code)).toEqual(['agenda.item.joint', 'input.required']);
    expect(migrated.findings.map((f) => [f.code, f.path])).toEqual([['storage.finding.textKept', ['details', 0]]]);
  });

  it('refuses a list with something that is no finding, under its index', () => {
    const migrated = migrateFindings([{ code: 'input.required', severity: 'error', path: [], params: {} }, 5]);
    expect(migrated.ok).toBe(false);
    expect(migrated.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ['storage.invalid', [1], { shape: 'finding', version: 2 }],
      ['input.invalid_type', [1], { expected: 'object', received: 'number' }],
    ]);
  });
});
