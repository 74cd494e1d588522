import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCompetenceScans, exampleFunctionProfiles, findingMessage } from '../../src/index.js';
import type { CompetenceEstimate, FunctionProfile } from '../../src/index.js';
import { functionProfileSchema } from '../../src/competences/schema.js';

const profile = exampleFunctionProfiles.nl;
const ids = profile.competences.map((competence) => competence.id);

describe('the example function profiles', () => {
  it('are valid profiles with the same competences and levels in Dutch and English, and text of their own', () => {
    for (const example of [exampleFunctionProfiles.nl, exampleFunctionProfiles.en]) {
      expect(functionProfileSchema.safeParse(example).success).toBe(true);
      for (const competence of example.competences) {
        expect(competence.levels.map((level) => level.level)).toEqual([1, 2, 3]);
        for (const level of competence.levels) expect(level.indicators.length).toBe(2);
      }
    }
    expect(exampleFunctionProfiles.en.competences.map((c) => c.id)).toEqual(ids);
    const nlText = JSON.stringify(exampleFunctionProfiles.nl.competences.map((c) => c.levels));
    const enText = JSON.stringify(exampleFunctionProfiles.en.competences.map((c) => c.levels));
    expect(nlText).toContain('Vraagt collega’s om hulp');
    expect(enText).toContain('Asks colleagues for help');
    expect(Object.isFrozen(exampleFunctionProfiles.nl.competences[0]?.levels[0])).toBe(true);
  });
});

describe('compareCompetenceScans', () => {
  it('puts both views side by side in the profile’s order and hints where they are two levels apart', () => {
    const compared = compareCompetenceScans({
      profile,
      self: {
        by: 'employee',
        estimates: [
          { competenceId: 'planning', level: 1 },
          { competenceId: 'collaboration', level: 3 },
        ],
      },
      manager: {
        by: 'manager',
        estimates: [
          { competenceId: 'collaboration', level: 2 },
          { competenceId: 'planning', level: 3 },
          { competenceId: 'learning', level: 2 },
        ],
      },
    });
    expect(compared.ok).toBe(true);
    if (!compared.ok) return;
    expect(compared.value.competences).toEqual([
      { competenceId: 'collaboration', title: 'Samenwerken', levels: 3, self: 3, manager: 2, distance: 1 },
      { competenceId: 'customer-focus', title: 'Klantgerichtheid', levels: 3 },
      { competenceId: 'planning', title: 'Plannen en organiseren', levels: 3, self: 1, manager: 3, distance: 2 },
      { competenceId: 'learning', title: 'Leervermogen', levels: 3, manager: 2 },
    ]);
    expect(compared.findings.map((f) => [f.code, f.severity])).toEqual([['competence.scan.apart', 'info']]);
    expect(compared.findings[0]?.params).toEqual({
      competence: { kind: 'competence', id: 'planning', title: 'Plannen en organiseren' },
      self: 1,
      manager: 3,
    });
  });

  it('leaves out estimates of unknown competences and of levels the competence does not have, with a warning', () => {
    const compared = compareCompetenceScans({
      profile,
      self: { by: 'employee', estimates: [{ competenceId: 'juggling', level: 1 }] },
      manager: { by: 'manager', estimates: [{ competenceId: 'planning', level: 4 }] },
    });
    expect(compared.ok && compared.value.competences.every((row) => row.self === undefined && row.manager === undefined)).toBe(true);
    const codes = compared.findings.map((f) => [f.code, f.path]);
    expect(codes).toEqual([
      ['competence.scan.levelOutOfRange', ['manager', 'estimates', 0, 'level']],
      ['competence.scan.unknownCompetence', ['self', 'estimates', 0, 'competenceId']],
    ]);
    const out = compared.findings.find((f) => f.code === 'competence.scan.levelOutOfRange');
    expect(out && findingMessage(out, 'nl')).toBe(
      'De leidinggevende plaatst ‘Plannen en organiseren’ op niveau 4, maar die competentie heeft 3 niveaus; deze inschatting telt niet mee.',
    );
  });

  it('refuses a profile with gaps in its levels, a competence twice, or a scan that places one competence twice', () => {
    const level = (n: number) => ({ level: n, title: `Niveau ${n}`, indicators: ['Doet het'] });
    const gap = { id: 'p', title: 'P', competences: [{ id: 'c', title: 'C', levels: [level(1), level(3)] }] };
    expect(compareCompetenceScans({ profile: gap }).findings.map((f) => f.code)).toContain('competence.profile.levelOrder');
    const twice = { id: 'p', title: 'P', competences: [0, 1].map(() => ({ id: 'c', title: 'C', levels: [level(1), level(2)] })) };
    expect(compareCompetenceScans({ profile: twice }).findings.map((f) => f.code)).toContain('competence.profile.duplicate');
    const scan = {
      by: 'employee' as const,
      estimates: [
        { competenceId: 'planning', level: 1 },
        { competenceId: 'planning', level: 2 },
      ],
    };
    const refused = compareCompetenceScans({ profile, self: scan });
    expect(refused.ok).toBe(false);
    expect(refused.findings.map((f) => f.code)).toContain('competence.scan.duplicate');
  });

  it('says so when a scan given as one side’s says it is the other’s', () => {
    const compared = compareCompetenceScans({ profile, self: { by: 'manager', estimates: [] } });
    expect(compared.findings.map((f) => f.code)).toEqual(['competence.scan.otherSide']);
  });

  const estimates = fc.uniqueArray(
    fc.record({ competenceId: fc.constantFrom(...ids, 'unknown-1'), level: fc.integer({ min: 1, max: 5 }) }),
    { selector: (estimate) => estimate.competenceId, maxLength: 5 },
  );

  it('hints exactly where both placed a competence two levels apart or more, symmetric in the two sides, whatever the order', () => {
    fc.assert(
      fc.property(estimates, estimates, (mine, theirs) => {
        const compared = compareCompetenceScans({
          profile,
          self: { by: 'employee', estimates: mine },
          manager: { by: 'manager', estimates: theirs },
        });
        expect(compared.ok).toBe(true);
        if (!compared.ok) return;
        const apart = compared.findings
          .filter((f) => f.code === 'competence.scan.apart')
          .map((f) => (f.params.competence as { id: string }).id);
        expect(apart).toEqual(compared.value.competences.filter((row) => (row.distance ?? 0) >= 2).map((row) => row.competenceId));
        for (const row of compared.value.competences) {
          const a = mine.find((e) => e.competenceId === row.competenceId);
          const b = theirs.find((e) => e.competenceId === row.competenceId);
          const counts = (e: CompetenceEstimate | undefined) => (e !== undefined && e.level <= row.levels ? e.level : undefined);
          expect(row.self).toBe(counts(a));
          expect(row.manager).toBe(counts(b));
          expect(row.distance).toBe(row.self !== undefined && row.manager !== undefined ? Math.abs(row.self - row.manager) : undefined);
        }
        const swapped = compareCompetenceScans({
          profile,
          self: { by: 'employee', estimates: [...theirs].reverse() },
          manager: { by: 'manager', estimates: [...mine].reverse() },
        });
        expect(swapped.ok && swapped.value.competences.map((row) => row.distance)).toEqual(
          compared.value.competences.map((row) => row.distance),
        );
        const warnings = compared.findings.filter((f) => f.severity === 'warning').length;
        const dropped = [...mine, ...theirs].filter(
          (e) => !ids.includes(e.competenceId) || e.level > (profile.competences.find((c) => c.id === e.competenceId)?.levels.length ?? 0),
        ).length;
        expect(warnings).toBe(dropped);
      }),
    );
  });

  it('answers a profile in any language the same way: the comparison knows ids and levels, not words', () => {
    fc.assert(
      fc.property(estimates, estimates, (mine, theirs) => {
        const run = (p: FunctionProfile) =>
          compareCompetenceScans({ profile: p, self: { by: 'employee', estimates: mine }, manager: { by: 'manager', estimates: theirs } });
        const a = run(exampleFunctionProfiles.nl);
        const b = run(exampleFunctionProfiles.en);
        expect(a.ok && a.value.competences.map(({ title: _t, ...row }) => row)).toEqual(
          b.ok && b.value.competences.map(({ title: _t, ...row }) => row),
        );
        expect(a.findings.map((f) => [f.code, f.path])).toEqual(b.findings.map((f) => [f.code, f.path]));
      }),
    );
  });
});
