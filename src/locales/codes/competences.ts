import type { Ref } from '../../core/index.js';
import type { Role } from '../../vocabulary/index.js';

/**
 * The findings of competence frameworks and scans, with their params. A scan is a starting point for
 * the conversation: no finding judges a level, they say where the views differ.
 */
export interface CompetencesFindingParams {
  /** The levels of a competence are not numbered 1, 2, 3, ... in order. */
  'competence.profile.levelOrder': Record<never, never>;
  /** A function profile names a competence twice. */
  'competence.profile.duplicate': Record<never, never>;
  /** A scan places a competence twice. */
  'competence.scan.duplicate': Record<never, never>;
  /** An estimate of `side` names a competence that `profile` does not have: it does not count. */
  'competence.scan.unknownCompetence': { side: Role; profile: Ref };
  /** An estimate of `side` places `competence` at `level`, which has only `levels` levels: it does not count. */
  'competence.scan.levelOutOfRange': { side: Role; competence: Ref; level: number; levels: number };
  /** A scan given as `side`'s says it is `given`'s. */
  'competence.scan.otherSide': { side: Role; given: Role };
  /** The employee places `competence` at `self`, the manager at `manager`: two levels apart or more. */
  'competence.scan.apart': { competence: Ref; self: number; manager: number };
}

/** The label families of competence frameworks: none of their own. */
export type CompetencesLabelFamilies = Record<never, never>;
