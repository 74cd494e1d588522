// The named types of competence frameworks: a function profile with its competences, their levels
// and behavioural indicators, and the self-assessment and the manager's view that prepare a
// conversation. The schemas in ./schema.ts check data against them (test/competences/types.test.ts
// keeps the two equal in both directions).
import type { Role } from '../vocabulary/index.js';

/**
 * One level of a competence: its number (1 is the first), a short name, and the behaviour that shows
 * it (*gedragsindicatoren*): what someone at this level does, in observable words.
 *
 * @example
 * ```ts
 * import type { CompetenceLevel } from 'ontwikkelgesprek';
 * const level: CompetenceLevel = {
 *   level: 2,
 *   title: 'Zelfstandig',
 *   indicators: ['Stemt uit zichzelf af met collega’s van andere teams'],
 * };
 * ```
 */
export interface CompetenceLevel {
  readonly level: number;
  readonly title: string;
  readonly indicators: readonly string[];
}

/**
 * A competence of a function profile: its id, name, what it is about, and its levels numbered 1, 2,
 * 3, ... without gaps.
 *
 * @example
 * ```ts
 * import { exampleFunctionProfiles } from 'ontwikkelgesprek';
 * const collaboration = exampleFunctionProfiles.en.competences[0];
 * collaboration?.levels.length; // 3
 * ```
 */
export interface Competence {
  readonly id: string;
  readonly title: string;
  readonly description?: string | undefined;
  readonly levels: readonly CompetenceLevel[];
}

/**
 * A function profile (*functieprofiel*): the competences of a role as an organisation describes
 * them. The host keeps its own profiles; the library ships a small example
 * (`exampleFunctionProfiles`).
 *
 * @example
 * ```ts
 * import { exampleFunctionProfiles } from 'ontwikkelgesprek';
 * exampleFunctionProfiles.nl.title; // 'Adviseur klantcontact'
 * exampleFunctionProfiles.nl.competences.map((competence) => competence.id);
 * // ['collaboration', 'customer-focus', 'planning', 'learning']
 * ```
 */
export interface FunctionProfile {
  readonly id: string;
  readonly title: string;
  readonly competences: readonly Competence[];
}

/**
 * Where someone places a competence now, as a level of the profile: a starting point for the
 * conversation, never a rating.
 *
 * @example
 * ```ts
 * import type { CompetenceEstimate } from 'ontwikkelgesprek';
 * const estimate: CompetenceEstimate = { competenceId: 'collaboration', level: 2 };
 * ```
 */
export interface CompetenceEstimate {
  readonly competenceId: string;
  readonly level: number;
}

/**
 * A competence scan: the employee's self-assessment or the manager's view, one estimate per
 * competence (each competence once), as a host imports it from its own scan.
 *
 * @example
 * ```ts
 * import type { CompetenceScan } from 'ontwikkelgesprek';
 * const self: CompetenceScan = { by: 'employee', estimates: [{ competenceId: 'collaboration', level: 2 }] };
 * ```
 */
export interface CompetenceScan {
  readonly by: Role;
  readonly estimates: readonly CompetenceEstimate[];
}

/**
 * The input of `compareCompetenceScans`: the profile, and the scans there are (either may be left
 * out while the other side is still preparing).
 *
 * @example
 * ```ts
 * import { exampleFunctionProfiles, type CompareCompetenceScansInput } from 'ontwikkelgesprek';
 * const input: CompareCompetenceScansInput = {
 *   profile: exampleFunctionProfiles.nl,
 *   self: { by: 'employee', estimates: [{ competenceId: 'planning', level: 1 }] },
 * };
 * ```
 */
export interface CompareCompetenceScansInput {
  profile: FunctionProfile;
  self?: CompetenceScan | undefined;
  manager?: CompetenceScan | undefined;
}

/**
 * One competence side by side: its id and name, how many levels it has, where the employee and the
 * manager place it (absent when a side did not say), and the distance between the two.
 *
 * @example
 * ```ts
 * import type { CompetenceSideBySide } from 'ontwikkelgesprek';
 * const row: CompetenceSideBySide = { competenceId: 'planning', title: 'Plannen en organiseren', levels: 3, self: 1, manager: 3, distance: 2 };
 * ```
 */
export interface CompetenceSideBySide {
  readonly competenceId: string;
  readonly title: string;
  readonly levels: number;
  readonly self?: number | undefined;
  readonly manager?: number | undefined;
  /** How many levels apart the two are; absent unless both sides placed it. */
  readonly distance?: number | undefined;
}

/**
 * Both sides' scans side by side, per competence in the profile's order: preparation for the
 * conversation, where the differences are worth asking about.
 *
 * @example
 * ```ts
 * import type { CompetenceComparison } from 'ontwikkelgesprek';
 * const apart = (comparison: CompetenceComparison) => comparison.competences.filter((row) => (row.distance ?? 0) >= 2);
 * ```
 */
export interface CompetenceComparison {
  readonly profileId: string;
  readonly competences: readonly CompetenceSideBySide[];
}
