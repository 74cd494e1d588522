// Both sides' competence scans side by side: which estimates count, and where the two are far enough
// apart to ask about. A conversation starter, never a rating.
import type { Finding, Ref, Result } from '../core/index.js';
import { deepFreeze, ok, parseWith, sortFindings } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { Role } from '../vocabulary/index.js';
import { compareCompetenceScansInputSchema } from './schema.js';
import type {
  CompareCompetenceScansInput,
  Competence,
  CompetenceComparison,
  CompetenceEstimate,
  CompetenceSideBySide,
  FunctionProfile,
} from './types.js';

/** From this many levels apart, the difference is worth a question in the conversation. */
export const apartFrom = 2;

/** A competence as a reference: its id and name, so a message shows the name. */
export function competenceRef(competence: Competence): Ref {
  return { kind: 'competence', id: competence.id, title: competence.title };
}

/** The profile as a reference. */
export function profileRef(profile: FunctionProfile): Ref {
  return { kind: 'functionProfile', id: profile.id, title: profile.title };
}

/**
 * The estimates of one side that count (a competence of the profile, a level it has), by competence
 * id, and a finding for each that does not. `path` leads to the estimates.
 */
export function countedEstimates(
  profile: FunctionProfile,
  side: Role,
  estimates: readonly CompetenceEstimate[],
  path: readonly (string | number)[],
): { readonly levels: ReadonlyMap<string, number>; readonly findings: readonly Finding[] } {
  const byId = new Map(profile.competences.map((competence) => [competence.id, competence]));
  const levels = new Map<string, number>();
  const findings: Finding[] = [];
  estimates.forEach((estimate, index) => {
    const competence = byId.get(estimate.competenceId);
    if (competence === undefined) {
      findings.push(
        finding.warning('competence.scan.unknownCompetence', {
          path: [...path, index, 'competenceId'],
          params: { side, profile: profileRef(profile) },
        }),
      );
    } else if (estimate.level > competence.levels.length) {
      findings.push(
        finding.warning('competence.scan.levelOutOfRange', {
          path: [...path, index, 'level'],
          params: { side, competence: competenceRef(competence), level: estimate.level, levels: competence.levels.length },
        }),
      );
    } else levels.set(competence.id, estimate.level);
  });
  return { levels, findings };
}

/**
 * A hint for each competence both sides place `apartFrom` levels apart or more: a question to ask,
 * not a verdict, about the comparison as a whole (an empty path).
 */
export function apartHints(profile: FunctionProfile, self: ReadonlyMap<string, number>, manager: ReadonlyMap<string, number>): Finding[] {
  return profile.competences.flatMap((competence) => {
    const mine = self.get(competence.id);
    const theirs = manager.get(competence.id);
    if (mine === undefined || theirs === undefined || Math.abs(mine - theirs) < apartFrom) return [];
    return [
      finding.info('competence.scan.apart', {
        path: [],
        params: { competence: competenceRef(competence), self: mine, manager: theirs },
      }),
    ];
  });
}

/**
 * Puts the employee's self-assessment and the manager's view side by side, per competence of the
 * function profile, as preparation for the conversation. An estimate of a competence the profile
 * does not have, or of a level it does not have, does not count (a warning says which). Where the
 * two are two levels apart or more, a hint (`competence.scan.apart`) suggests talking about it: what
 * each sees in the work, with examples. It is a development conversation, not an appraisal: the
 * comparison says where the views differ, never who is right.
 *
 * @example
 * ```ts
 * import { compareCompetenceScans, exampleFunctionProfiles, findingMessage } from 'ontwikkelgesprek';
 * const compared = compareCompetenceScans({
 *   profile: exampleFunctionProfiles.nl,
 *   self: { by: 'employee', estimates: [{ competenceId: 'planning', level: 1 }, { competenceId: 'collaboration', level: 3 }] },
 *   manager: { by: 'manager', estimates: [{ competenceId: 'planning', level: 3 }, { competenceId: 'collaboration', level: 3 }] },
 * });
 * compared.ok && compared.value.competences.find((row) => row.competenceId === 'planning')?.distance; // 2
 * const hint = compared.findings.find((f) => f.code === 'competence.scan.apart');
 * hint && findingMessage(hint, 'nl');
 * // 'Bij ‘Plannen en organiseren’ ziet de medewerker zichzelf op niveau 1 en ziet de leidinggevende niveau 3. Een goed vertrekpunt voor het gesprek: vraag elkaar naar voorbeelden uit het werk en wat jullie elk zien.'
 * ```
 */
export function compareCompetenceScans(input: CompareCompetenceScansInput): Result<CompetenceComparison> {
  const parsed = parseWith(compareCompetenceScansInputSchema, input);
  if (!parsed.ok) return parsed;
  const { profile, self, manager } = parsed.value;
  const findings: Finding[] = [];
  for (const [key, scan, side] of [
    ['self', self, 'employee'],
    ['manager', manager, 'manager'],
  ] as const) {
    if (scan !== undefined && scan.by !== side)
      findings.push(finding.warning('competence.scan.otherSide', { path: [key, 'by'], params: { side, given: scan.by } }));
  }
  const mine = countedEstimates(profile, 'employee', self?.estimates ?? [], ['self', 'estimates']);
  const theirs = countedEstimates(profile, 'manager', manager?.estimates ?? [], ['manager', 'estimates']);
  findings.push(...mine.findings, ...theirs.findings, ...apartHints(profile, mine.levels, theirs.levels));
  const competences = profile.competences.map((competence): CompetenceSideBySide => {
    const a = mine.levels.get(competence.id);
    const b = theirs.levels.get(competence.id);
    return {
      competenceId: competence.id,
      title: competence.title,
      levels: competence.levels.length,
      ...(a === undefined ? {} : { self: a }),
      ...(b === undefined ? {} : { manager: b }),
      ...(a === undefined || b === undefined ? {} : { distance: Math.abs(a - b) }),
    };
  });
  return ok(deepFreeze({ profileId: profile.id, competences }), sortFindings(findings));
}
