import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
  Agreement,
  AgreementCheckContext,
  AgreementInput,
  AgreementParticipant,
  LearningForm,
  LearningOffer,
} from '../../src/agreements/index.js';
import type { Labels } from '../../src/locales/index.js';
import type {
  agreementCheckContextSchema,
  agreementParticipantSchema,
  agreementSchema,
  learningFormSchema,
  learningOfferSchema,
} from '../../src/agreements/schema.js';
import type { DeepMutable } from '../type-helpers.js';

// The named types are the contract and the schemas check data against them: both directions must
// hold, so every optional in a type is optional at run time and nothing the schema accepts is
// refused by the type (or the other way round).
describe('agreements: named types and schemas agree', () => {
  it('for what a caller writes', () => {
    expectTypeOf<z.input<typeof agreementSchema>>().toExtend<AgreementInput>();
    expectTypeOf<DeepMutable<AgreementInput>>().toExtend<z.input<typeof agreementSchema>>();
    expectTypeOf<z.input<typeof agreementParticipantSchema>>().toExtend<AgreementParticipant>();
    expectTypeOf<DeepMutable<AgreementParticipant>>().toExtend<z.input<typeof agreementParticipantSchema>>();
    expectTypeOf<z.input<typeof agreementCheckContextSchema>>().toExtend<AgreementCheckContext>();
    expectTypeOf<DeepMutable<AgreementCheckContext>>().toExtend<z.input<typeof agreementCheckContextSchema>>();
    expectTypeOf<z.input<typeof learningOfferSchema>>().toExtend<LearningOffer>();
    expectTypeOf<DeepMutable<LearningOffer>>().toExtend<z.input<typeof learningOfferSchema>>();
  });

  it('for what the library hands back', () => {
    expectTypeOf<z.output<typeof agreementSchema>>().toExtend<Agreement>();
    expectTypeOf<DeepMutable<Agreement>>().toExtend<z.output<typeof agreementSchema>>();
    expectTypeOf<z.output<typeof agreementParticipantSchema>>().toExtend<AgreementParticipant>();
    expectTypeOf<z.output<typeof learningOfferSchema>>().toExtend<LearningOffer>();
    expectTypeOf<DeepMutable<LearningOffer>>().toExtend<z.output<typeof learningOfferSchema>>();
  });

  it('names the same forms of a learning offer in the type, the schema and the label family', () => {
    expectTypeOf<z.output<typeof learningFormSchema>>().toEqualTypeOf<LearningForm>();
    expectTypeOf<keyof Labels['learningForm']>().toEqualTypeOf<LearningForm>();
  });
});
