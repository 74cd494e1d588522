import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
  CompareCompetenceScansInput,
  Competence,
  CompetenceEstimate,
  CompetenceLevel,
  CompetenceScan,
  FunctionProfile,
} from '../../src/competences/index.js';
import type {
  compareCompetenceScansInputSchema,
  competenceEstimateSchema,
  competenceLevelSchema,
  competenceScanSchema,
  competenceSchema,
  functionProfileSchema,
} from '../../src/competences/schema.js';
import type { DeepMutable } from '../type-helpers.js';

// The named types are the contract and the schemas check data against them, in both directions.
describe('competences: named types and schemas agree', () => {
  it('for what a caller writes', () => {
    expectTypeOf<z.input<typeof competenceLevelSchema>>().toExtend<CompetenceLevel>();
    expectTypeOf<DeepMutable<CompetenceLevel>>().toExtend<z.input<typeof competenceLevelSchema>>();
    expectTypeOf<z.input<typeof competenceSchema>>().toExtend<Competence>();
    expectTypeOf<DeepMutable<Competence>>().toExtend<z.input<typeof competenceSchema>>();
    expectTypeOf<z.input<typeof functionProfileSchema>>().toExtend<FunctionProfile>();
    expectTypeOf<DeepMutable<FunctionProfile>>().toExtend<z.input<typeof functionProfileSchema>>();
    expectTypeOf<z.input<typeof competenceEstimateSchema>>().toExtend<CompetenceEstimate>();
    expectTypeOf<DeepMutable<CompetenceEstimate>>().toExtend<z.input<typeof competenceEstimateSchema>>();
    expectTypeOf<z.input<typeof competenceScanSchema>>().toExtend<CompetenceScan>();
    expectTypeOf<DeepMutable<CompetenceScan>>().toExtend<z.input<typeof competenceScanSchema>>();
    expectTypeOf<z.input<typeof compareCompetenceScansInputSchema>>().toExtend<CompareCompetenceScansInput>();
    expectTypeOf<DeepMutable<CompareCompetenceScansInput>>().toExtend<z.input<typeof compareCompetenceScansInputSchema>>();
  });

  it('for what the library reads back', () => {
    expectTypeOf<z.output<typeof functionProfileSchema>>().toExtend<FunctionProfile>();
    expectTypeOf<z.output<typeof competenceScanSchema>>().toExtend<CompetenceScan>();
  });
});
