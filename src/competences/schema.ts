// Validation of competence frameworks and scans. The named types in types.ts are the contract; these
// schemas check data against them (test/competences/types.test.ts keeps the two equal).
import * as z from 'zod/mini';
import { idSchema, shortTextSchema } from '../core/index.js';
import { roleSchema } from '../vocabulary/schema.js';

/** The most levels a competence may have. */
const maxCompetenceLevels = 10;

const indicatorSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(1_000));

/** Are the keys of a list all different? */
const distinct = (keys: readonly string[]): boolean => new Set(keys).size === keys.length;

/**
 * Schema of one level of a competence (see `CompetenceLevel`).
 *
 * @example
 * ```ts
 * import { competenceLevelSchema } from 'ontwikkelgesprek/schemas';
 * competenceLevelSchema.safeParse({ level: 1, title: 'Leert', indicators: [] }).success; // false: at least one indicator
 * ```
 */
export const competenceLevelSchema = z.strictObject({
  level: z.int().check(z.minimum(1), z.maximum(maxCompetenceLevels)),
  title: shortTextSchema,
  indicators: z.array(indicatorSchema).check(z.minLength(1), z.maxLength(20)),
});

/**
 * Schema of a competence (see `Competence`): two to ten levels, numbered 1, 2, 3, ... in order.
 *
 * @example
 * ```ts
 * import { competenceSchema } from 'ontwikkelgesprek/schemas';
 * const level = (n: number) => ({ level: n, title: `Niveau ${n}`, indicators: ['Doet het'] });
 * competenceSchema.safeParse({ id: 'c1', title: 'Samenwerken', levels: [level(1), level(3)] }).success; // false: level 2 is missing
 * ```
 */
export const competenceSchema = z.strictObject({
  id: idSchema,
  title: shortTextSchema,
  description: z.optional(z.string().check(z.trim(), z.maxLength(2_000))),
  levels: z.array(competenceLevelSchema).check(
    z.minLength(2),
    z.maxLength(maxCompetenceLevels),
    z.refine((levels) => levels.every((level, index) => level.level === index + 1), {
      params: { code: 'competence.profile.levelOrder' },
      message: 'Levels numbered 1, 2, 3, ... in order',
    }),
  ),
});

/**
 * Schema of a function profile (see `FunctionProfile`): each competence once.
 *
 * @example
 * ```ts
 * import { exampleFunctionProfiles } from 'ontwikkelgesprek';
 * import { functionProfileSchema } from 'ontwikkelgesprek/schemas';
 * functionProfileSchema.safeParse(exampleFunctionProfiles.en).success; // true
 * ```
 */
export const functionProfileSchema = z.strictObject({
  id: idSchema,
  title: shortTextSchema,
  competences: z.array(competenceSchema).check(
    z.minLength(1),
    z.maxLength(200),
    z.refine((competences) => distinct(competences.map((competence) => competence.id)), {
      params: { code: 'competence.profile.duplicate' },
      message: 'Each competence once',
    }),
  ),
});

/**
 * Schema of where someone places a competence (see `CompetenceEstimate`). Whether the level exists
 * depends on the profile: `compareCompetenceScans` and the conversation say so.
 *
 * @example
 * ```ts
 * import { competenceEstimateSchema } from 'ontwikkelgesprek/schemas';
 * competenceEstimateSchema.safeParse({ competenceId: 'planning', level: 2.5 }).success; // false: a whole level
 * ```
 */
export const competenceEstimateSchema = z.strictObject({
  competenceId: idSchema,
  level: z.int().check(z.minimum(1), z.maximum(100)),
});

/** The estimates of one scan: each competence once. */
const competenceEstimatesSchema = z.array(competenceEstimateSchema).check(
  z.maxLength(200),
  z.refine((estimates) => distinct(estimates.map((estimate) => estimate.competenceId)), {
    params: { code: 'competence.scan.duplicate' },
    message: 'Each competence once',
  }),
);

/**
 * Schema of a competence scan (see `CompetenceScan`): each competence once.
 *
 * @example
 * ```ts
 * import { competenceScanSchema } from 'ontwikkelgesprek/schemas';
 * competenceScanSchema.safeParse({ by: 'colleague', estimates: [] }).success; // false
 * ```
 */
export const competenceScanSchema = z.strictObject({
  by: roleSchema,
  estimates: competenceEstimatesSchema,
});

/**
 * Schema of the input of `compareCompetenceScans` (see `CompareCompetenceScansInput`).
 *
 * @example
 * ```ts
 * import { exampleFunctionProfiles } from 'ontwikkelgesprek';
 * import { compareCompetenceScansInputSchema } from 'ontwikkelgesprek/schemas';
 * compareCompetenceScansInputSchema.safeParse({ profile: exampleFunctionProfiles.nl }).success; // true
 * ```
 */
export const compareCompetenceScansInputSchema = z.strictObject({
  profile: functionProfileSchema,
  self: z.optional(competenceScanSchema),
  manager: z.optional(competenceScanSchema),
});
