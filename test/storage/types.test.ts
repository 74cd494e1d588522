import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import type {
  Conversation,
  ConversationEvent,
  ConversationEventInput,
  ConversationEventLog,
  ConversationTemplate,
  ConversationTemplateInput,
  DevelopmentPlan,
  Finding,
  MigratedShape,
  MigrateOptions,
  PlannedConversation,
  Question,
  QuestionInput,
  Reminder,
} from '../../src/index.js';
import { migrate } from '../../src/index.js';
import type { StoredSchemaName } from '../../src/schemas/index.js';
import {
  conversationEventLogSchema,
  conversationEventSchema,
  conversationSchema,
  conversationTemplateSchema,
  developmentPlanSchema,
  plannedConversationSchema,
  questionSchema,
  reminderSchema,
  storedFindingSchema,
  storedJsonSchemas,
} from '../../src/schemas/index.js';
import type { DeepMutable } from '../type-helpers.js';
import { fixture, value } from './fixtures.js';

// The stored shapes across the modules: each named type and the schema that reads it agree in both
// directions (what the library writes is what it reads back), and real samples of each are accepted by
// the named type (they compile), by the zod schema and by the JSON Schema of version 2.
describe('stored shapes: named types and schemas agree', () => {
  it('for what the library writes and reads back', () => {
    expectTypeOf<z.output<typeof conversationSchema>>().toExtend<Conversation>();
    expectTypeOf<DeepMutable<Conversation>>().toExtend<z.input<typeof conversationSchema>>();
    expectTypeOf<z.output<typeof conversationEventSchema>>().toExtend<ConversationEvent>();
    expectTypeOf<DeepMutable<ConversationEvent>>().toExtend<z.input<typeof conversationEventSchema>>();
    expectTypeOf<z.output<typeof conversationEventLogSchema>>().toExtend<ConversationEventLog>();
    expectTypeOf<DeepMutable<ConversationEventLog>>().toExtend<z.input<typeof conversationEventLogSchema>>();
    expectTypeOf<z.output<typeof conversationTemplateSchema>>().toExtend<ConversationTemplate>();
    expectTypeOf<DeepMutable<ConversationTemplateInput>>().toExtend<z.input<typeof conversationTemplateSchema>>();
    expectTypeOf<z.output<typeof developmentPlanSchema>>().toExtend<DevelopmentPlan>();
    expectTypeOf<DeepMutable<DevelopmentPlan>>().toExtend<z.input<typeof developmentPlanSchema>>();
    expectTypeOf<z.output<typeof questionSchema>>().toExtend<Question>();
    expectTypeOf<DeepMutable<QuestionInput>>().toExtend<z.input<typeof questionSchema>>();
    expectTypeOf<z.output<typeof plannedConversationSchema>>().toExtend<PlannedConversation>();
    expectTypeOf<DeepMutable<PlannedConversation>>().toExtend<z.input<typeof plannedConversationSchema>>();
    expectTypeOf<z.output<typeof reminderSchema>>().toExtend<Reminder>();
    expectTypeOf<DeepMutable<Reminder>>().toExtend<z.input<typeof reminderSchema>>();
    // A stored finding's params may be any JSON (a 0.1 finding keeps params of an older shape), so
    // only this direction holds: every finding the library makes is a stored finding.
    expectTypeOf<DeepMutable<Finding>>().toExtend<z.input<typeof storedFindingSchema>>();
  });

  it('for the answer of migrate: each shape with the named type of its value', () => {
    expectTypeOf<Extract<MigratedShape, { shape: 'conversation' }>['value']>().toEqualTypeOf<Conversation>();
    expectTypeOf<Extract<MigratedShape, { shape: 'developmentPlan' }>['value']>().toEqualTypeOf<DevelopmentPlan>();
    expectTypeOf<Extract<MigratedShape, { shape: 'conversationEvents' }>['value']>().toEqualTypeOf<readonly ConversationEvent[]>();
    expectTypeOf<MigrateOptions['reminderLocale']>().toEqualTypeOf<'nl' | 'en' | undefined>();
  });
});

/** Samples a host writes and stores, typed by the named types: if one stopped compiling, the contract changed. */
const event: ConversationEventInput = {
  type: 'proposeAgreement',
  at: '2027-03-15T10:35:00+01:00',
  by: 'employee',
  agreement: { id: 'a1', what: 'Twee klantdemo’s geven voor 1 juni 2027', who: 'emp-1', when: '2027-06-01' },
  meta: { device: 'tablet' },
};
const template: ConversationTemplateInput = {
  id: 'quick-check-in',
  kind: 'checkIn',
  phases: [
    { id: 'preparation', activities: ['prepare', 'purpose'] },
    { id: 'progress', activities: ['agenda', 'notes'] },
    { id: 'nextConversation', activities: ['schedule', 'evaluate'], exitGuards: ['nextConversationScheduled'] },
  ],
  meta: { owner: 'hr' },
  unrecognized: { 'phases.1.colour': 'blue' },
};
const question: QuestionInput = {
  id: 'acme-1',
  text: { nl: 'Wat wil je dit jaar leren?', en: 'What do you want to learn this year?' },
  phase: 'employeeNeeds',
  category: 'needs',
  audience: 'employee',
  kinds: ['development', 'career'],
};
const found: Finding = {
  code: 'agenda.budget.over',
  severity: 'warning',
  path: ['minutesAvailable'],
  params: { minutesNeeded: 75, minutesForItems: 50, deferred: 2 },
};

describe('samples of every stored shape are accepted by the named type, the schema and the JSON Schema', () => {
  const ajv = new Ajv2020({ validateFormats: false, strict: false });
  const samples: [StoredSchemaName, z.ZodMiniType, unknown][] = [
    ['conversationEvent', conversationEventSchema, event],
    ['conversationTemplate', conversationTemplateSchema, template],
    ['question', questionSchema, question],
    ['finding', storedFindingSchema, found],
    ['conversation', conversationSchema, fixture('0.2', 'conversation-concluded.json') as Conversation],
    ['conversationEventLog', conversationEventLogSchema, fixture('0.2', 'event-log-development.json') as ConversationEventLog],
    ['developmentPlan', developmentPlanSchema, fixture('0.2', 'plan-approved-in-0.1.json') as DevelopmentPlan],
    ['plannedConversation', plannedConversationSchema, fixture('0.2', 'schedule-next-conversation.json') as PlannedConversation],
    ['reminder', reminderSchema, fixture('0.2', 'reminder.json') as Reminder],
  ];

  it.each(samples)('%s', (name, schema, sample) => {
    expect(z.safeParse(schema, sample).success).toBe(true);
    expect(ajv.validate(storedJsonSchemas[2][name], sample), ajv.errorsText(ajv.errors)).toBe(true);
    // ...and a migration reads it as a shape of this version.
    expect(value(migrate(sample)).shape).toBe(name);
  });
});
