// One adviser's competence scans compared over two years, worked out by hand (issue 21: mutation
// testing showed which params, paths and absent fields of `compareCompetenceScans` no test pinned).
import { describe, expect, it } from 'vitest';
import type { CompetenceComparison, CompareCompetenceScansInput } from '../../src/index.js';
import { compareCompetenceScans, exampleFunctionProfiles } from '../../src/index.js';

const profile = exampleFunctionProfiles.nl;
const profileRef = { kind: 'functionProfile', id: 'adviseur-klantcontact', title: 'Adviseur klantcontact' };

function compared(input: CompareCompetenceScansInput): CompetenceComparison {
  const result = compareCompetenceScans(input);
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join(', '));
  return result.value;
}

describe('compareCompetenceScans over two years of one adviser', () => {
  // 2027: Sanne places her planning at 1, her manager at 3. 2028: she has grown to 2, he still says 3.
  const scans = {
    2027: {
      self: { by: 'employee' as const, estimates: [{ competenceId: 'planning', level: 1 }] },
      manager: { by: 'manager' as const, estimates: [{ competenceId: 'planning', level: 3 }] },
    },
    2028: {
      self: { by: 'employee' as const, estimates: [{ competenceId: 'planning', level: 2 }] },
      manager: { by: 'manager' as const, estimates: [{ competenceId: 'planning', level: 3 }] },
    },
  };

  it('hints about planning in the first year, on the comparison as a whole, and no longer once the views are a level apart', () => {
    const first = compareCompetenceScans({ profile, ...scans[2027] });
    expect(first.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      [
        'competence.scan.apart',
        [],
        { competence: { kind: 'competence', id: 'planning', title: 'Plannen en organiseren' }, self: 1, manager: 3 },
      ],
    ]);
    const second = compareCompetenceScans({ profile, ...scans[2028] });
    expect(second.findings).toEqual([]);
    expect(second.ok && second.value.competences[2]).toStrictEqual({
      competenceId: 'planning',
      title: 'Plannen en organiseren',
      levels: 3,
      self: 2,
      manager: 3,
      distance: 1,
    });
  });

  it('shows one side alone without the other’s level or a distance, when only one scan is in yet', () => {
    const onlySelf = compared({ profile, self: scans[2028].self });
    expect(onlySelf.competences[2]).toStrictEqual({ competenceId: 'planning', title: 'Plannen en organiseren', levels: 3, self: 2 });
    expect(onlySelf.competences[0]).toStrictEqual({ competenceId: 'collaboration', title: 'Samenwerken', levels: 3 });
    // With one scan in, nothing is said about the side that has none.
    expect(compareCompetenceScans({ profile, manager: scans[2028].manager }).findings).toEqual([]);
    expect(compareCompetenceScans({ profile, self: scans[2028].self }).findings).toEqual([]);
    const onlyManager = compared({ profile, manager: scans[2028].manager });
    expect(onlyManager.competences[2]).toStrictEqual({ competenceId: 'planning', title: 'Plannen en organiseren', levels: 3, manager: 3 });
    expect(compared({ profile }).competences.map((row) => Object.keys(row))).toEqual(
      profile.competences.map(() => ['competenceId', 'title', 'levels']),
    );
  });

  it('says which side a scan in the wrong place belongs to, and names the profile of an estimate it does not know', () => {
    const mixedUp = compareCompetenceScans({
      profile,
      self: {
        by: 'manager',
        estimates: [
          { competenceId: 'planning', level: 1 },
          { competenceId: 'klantcontact', level: 2 },
        ],
      },
      manager: { by: 'employee', estimates: [{ competenceId: 'presenteren', level: 1 }] },
    });
    expect(mixedUp.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ['competence.scan.otherSide', ['manager', 'by'], { side: 'manager', given: 'employee' }],
      ['competence.scan.unknownCompetence', ['manager', 'estimates', 0, 'competenceId'], { side: 'manager', profile: profileRef }],
      ['competence.scan.otherSide', ['self', 'by'], { side: 'employee', given: 'manager' }],
      ['competence.scan.unknownCompetence', ['self', 'estimates', 1, 'competenceId'], { side: 'employee', profile: profileRef }],
    ]);
  });
});
