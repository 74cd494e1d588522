import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { BudgetPeriodStatus } from '../../src/plan/index.js';
import type { CombineReportsOptions, DevelopmentReportOptions, EmployeeRecord, StoredAgreementCheck } from '../../src/report/index.js';
import type { budgetPeriodStatusSchema, employeeRecordObjectSchema } from '../../src/report/record-schema.js';
import type { combineReportsOptionsSchema, developmentReportOptionsSchema, storedAgreementCheckSchema } from '../../src/report/schema.js';
import type { DeepMutable } from '../type-helpers.js';

// The named types are the contract and the schemas check data against them: both directions.
// (The schemas' locale is a catalogue as far as a schema can see it; the type asks for a whole one.)
describe('report: named types and schemas agree', () => {
  it('for a stored agreement check', () => {
    expectTypeOf<z.output<typeof storedAgreementCheckSchema>>().toEqualTypeOf<DeepMutable<StoredAgreementCheck>>();
  });

  it('for an employee record and a budget period', () => {
    expectTypeOf<z.output<typeof employeeRecordObjectSchema>>().toExtend<EmployeeRecord>();
    expectTypeOf<DeepMutable<EmployeeRecord>>().toExtend<z.input<typeof employeeRecordObjectSchema>>();
    expectTypeOf<z.output<typeof budgetPeriodStatusSchema>>().toEqualTypeOf<DeepMutable<BudgetPeriodStatus>>();
  });

  it('for the options', () => {
    type Plain<T> = Omit<T, 'locale'>;
    expectTypeOf<Plain<z.output<typeof developmentReportOptionsSchema>>>().toExtend<Plain<DevelopmentReportOptions>>();
    expectTypeOf<DeepMutable<Plain<DevelopmentReportOptions>>>().toExtend<Plain<z.input<typeof developmentReportOptionsSchema>>>();
    expectTypeOf<'nl' | 'en'>().toExtend<NonNullable<z.input<typeof combineReportsOptionsSchema>['locale']>>();
    expectTypeOf<'nl' | 'en'>().toExtend<NonNullable<CombineReportsOptions['locale']>>();
  });
});
