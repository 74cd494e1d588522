import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type {
  AggregateDevelopmentAgendaInput,
  DevelopmentWish,
  DialogueFormat,
  DialogueFormatInput,
  DialogueParticipant,
  DialogueTheme,
  OrganisationAmbition,
  PlanFutureDialogueInput,
  WishesToAgendaItemsInput,
} from '../../src/dialogue/index.js';
import type {
  aggregateDevelopmentAgendaInputSchema,
  developmentWishSchema,
  dialogueFormatSchema,
  dialogueParticipantSchema,
  dialogueThemeSchema,
  organisationAmbitionSchema,
  planFutureDialogueInputSchema,
  wishesToAgendaItemsInputSchema,
} from '../../src/dialogue/schema.js';
import type { LocaleInput } from '../../src/locales/index.js';
import type { DeepMutable } from '../type-helpers.js';

// The named types are the contract and the schemas check data against them: both directions must
// hold, so every optional in a type is optional at run time and nothing the schema accepts is
// refused by the type (or the other way round).
describe('dialogue: named types and schemas agree', () => {
  it('for the parts a caller writes', () => {
    expectTypeOf<z.input<typeof organisationAmbitionSchema>>().toExtend<OrganisationAmbition>();
    expectTypeOf<DeepMutable<OrganisationAmbition>>().toExtend<z.input<typeof organisationAmbitionSchema>>();
    expectTypeOf<z.input<typeof dialogueParticipantSchema>>().toExtend<DialogueParticipant>();
    expectTypeOf<DeepMutable<DialogueParticipant>>().toExtend<z.input<typeof dialogueParticipantSchema>>();
    expectTypeOf<z.input<typeof dialogueFormatSchema>>().toExtend<DialogueFormatInput>();
    expectTypeOf<DeepMutable<DialogueFormatInput>>().toExtend<z.input<typeof dialogueFormatSchema>>();
    expectTypeOf<z.input<typeof dialogueThemeSchema>>().toExtend<DialogueTheme>();
    expectTypeOf<DeepMutable<DialogueTheme>>().toExtend<z.input<typeof dialogueThemeSchema>>();
    expectTypeOf<z.input<typeof developmentWishSchema>>().toExtend<DevelopmentWish>();
    expectTypeOf<DeepMutable<DevelopmentWish>>().toExtend<z.input<typeof developmentWishSchema>>();
  });

  it('for the inputs of the three functions', () => {
    expectTypeOf<z.input<typeof planFutureDialogueInputSchema>>().toExtend<PlanFutureDialogueInput>();
    expectTypeOf<DeepMutable<PlanFutureDialogueInput>>().toExtend<z.input<typeof planFutureDialogueInputSchema>>();
    expectTypeOf<z.input<typeof aggregateDevelopmentAgendaInputSchema>>().toExtend<AggregateDevelopmentAgendaInput>();
    expectTypeOf<DeepMutable<AggregateDevelopmentAgendaInput>>().toExtend<z.input<typeof aggregateDevelopmentAgendaInputSchema>>();
    expectTypeOf<z.input<typeof wishesToAgendaItemsInputSchema>>().toExtend<WishesToAgendaItemsInput>();
    expectTypeOf<DeepMutable<WishesToAgendaItemsInput>>().toExtend<z.input<typeof wishesToAgendaItemsInputSchema>>();
    // A language tag or a catalogue, as findingMessage takes (tested in test/dialogue/languages.test.ts).
    expectTypeOf<LocaleInput | string>().toEqualTypeOf<NonNullable<PlanFutureDialogueInput['locale']>>();
    expectTypeOf<LocaleInput | string>().toEqualTypeOf<NonNullable<WishesToAgendaItemsInput['locale']>>();
  });

  it('for what the library hands back', () => {
    expectTypeOf<z.output<typeof dialogueFormatSchema>>().toExtend<DialogueFormat>();
    expectTypeOf<DeepMutable<DialogueFormat>>().toExtend<z.output<typeof dialogueFormatSchema>>();
  });
});
