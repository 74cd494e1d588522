import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
  Question,
  QuestionAudience,
  QuestionBank,
  QuestionBankInput,
  QuestionCategory,
  QuestionInput,
  SelectionCriteria,
} from '../../src/questions/index.js';
import type {
  questionAudienceSchema,
  questionBankSchema,
  questionCategorySchema,
  questionSchema,
  selectionCriteriaSchema,
} from '../../src/questions/schema.js';
import type { DeepMutable } from '../type-helpers.js';

// The named types are the contract and the schemas check data against them: both directions must
// hold, so every optional in a type is optional at run time and nothing the schema accepts is
// refused by the type (or the other way round).
describe('questions: named types and schemas agree', () => {
  it('for the enumerations', () => {
    expectTypeOf<z.output<typeof questionCategorySchema>>().toEqualTypeOf<QuestionCategory>();
    expectTypeOf<z.output<typeof questionAudienceSchema>>().toEqualTypeOf<QuestionAudience>();
  });

  it('for what a caller writes', () => {
    expectTypeOf<z.input<typeof questionSchema>>().toExtend<QuestionInput>();
    expectTypeOf<DeepMutable<QuestionInput>>().toExtend<z.input<typeof questionSchema>>();
    expectTypeOf<z.input<typeof questionBankSchema>>().toExtend<QuestionBankInput>();
    expectTypeOf<DeepMutable<QuestionBankInput>>().toExtend<z.input<typeof questionBankSchema>>();
    expectTypeOf<z.input<typeof selectionCriteriaSchema>>().toExtend<SelectionCriteria>();
    expectTypeOf<DeepMutable<SelectionCriteria>>().toExtend<z.input<typeof selectionCriteriaSchema>>();
  });

  it('for what the library hands back, which reads back in', () => {
    expectTypeOf<z.output<typeof questionSchema>>().toExtend<Question>();
    expectTypeOf<z.output<typeof questionBankSchema>>().toExtend<QuestionBank>();
    expectTypeOf<DeepMutable<Question>>().toExtend<z.input<typeof questionSchema>>();
    expectTypeOf<Question>().toExtend<QuestionInput>();
    expectTypeOf<QuestionBank>().toExtend<QuestionBankInput>();
  });
});
