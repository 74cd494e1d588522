import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { AgendaItem, AgendaItemInput, MergeAgendasInput, MergedAgendaItem, PreviousAgreement } from '../../src/agenda/index.js';
import type {
  agendaItemSchema,
  mergeAgendasInputSchema,
  mergedAgendaItemSchema,
  previousAgreementSchema,
} from '../../src/agenda/schema.js';
import type { DeepMutable } from '../type-helpers.js';

// The named types are the contract and the schemas check data against them: both directions must
// hold, so every optional in a type is optional at run time and nothing the schema accepts is
// refused by the type (or the other way round).
describe('agenda: named types and schemas agree', () => {
  it('for what a caller writes', () => {
    expectTypeOf<z.input<typeof agendaItemSchema>>().toExtend<AgendaItemInput>();
    expectTypeOf<DeepMutable<AgendaItemInput>>().toExtend<z.input<typeof agendaItemSchema>>();
    expectTypeOf<z.input<typeof previousAgreementSchema>>().toExtend<PreviousAgreement>();
    expectTypeOf<DeepMutable<PreviousAgreement>>().toExtend<z.input<typeof previousAgreementSchema>>();
    expectTypeOf<z.input<typeof mergeAgendasInputSchema>>().toExtend<MergeAgendasInput>();
    expectTypeOf<DeepMutable<MergeAgendasInput>>().toExtend<z.input<typeof mergeAgendasInputSchema>>();
  });

  it('for what the library hands back', () => {
    expectTypeOf<z.output<typeof agendaItemSchema>>().toExtend<AgendaItem>();
    expectTypeOf<z.output<typeof mergedAgendaItemSchema>>().toExtend<MergedAgendaItem>();
    expectTypeOf<DeepMutable<MergedAgendaItem>>().toExtend<z.input<typeof mergedAgendaItemSchema>>();
  });
});
