import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { CombineReportsOptions, DevelopmentReportOptions, StoredAgreementCheck } from '../../src/report/index.js';
import type { combineReportsOptionsSchema, developmentReportOptionsSchema, storedAgreementCheckSchema } from '../../src/report/schema.js';
import type { DeepMutable } from '../type-helpers.js';

// The named types are the contract and the schemas check data against them: both directions.
// (The schemas' locale is a catalogue as far as a schema can see it; the type asks for a whole one.)
describe('report: named types and schemas agree', () => {
  it('for a stored agreement check', () => {
    expectTypeOf<z.output<typeof storedAgreementCheckSchema>>().toEqualTypeOf<DeepMutable<StoredAgreementCheck>>();
  });

  it('for the options', () => {
    type Plain<T> = Omit<T, 'locale'>;
    expectTypeOf<Plain<z.output<typeof developmentReportOptionsSchema>>>().toExtend<Plain<DevelopmentReportOptions>>();
    expectTypeOf<DeepMutable<Plain<DevelopmentReportOptions>>>().toExtend<Plain<z.input<typeof developmentReportOptionsSchema>>>();
    expectTypeOf<'nl' | 'en'>().toExtend<NonNullable<z.input<typeof combineReportsOptionsSchema>['locale']>>();
    expectTypeOf<'nl' | 'en'>().toExtend<NonNullable<CombineReportsOptions['locale']>>();
  });
});
