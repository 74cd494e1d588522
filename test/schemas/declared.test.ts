import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod/mini';
import type { AgendaItem, AgendaItemInput } from '../../src/agenda/index.js';
import type {
  ConversationEvent,
  ConversationEventInput,
  ConversationEventLog,
  ConversationTemplate,
  ConversationTemplateInput,
} from '../../src/conversation/index.js';
import type { PlanFunding } from '../../src/plan/index.js';
import type { Question, QuestionInput } from '../../src/questions/index.js';
import type { Reminder } from '../../src/schedule/index.js';
import {
  agendaItemSchema,
  type conversationEventLogSchema,
  type conversationEventSchema,
  type conversationTemplateSchema,
  type planFundingSchema,
  type questionSchema,
  reminderSchema,
  type ObjectSchema,
  type Schema,
} from '../../src/schemas/index.js';

// The schemas entry declares each schema with the library's named types (so that its declaration
// file names them instead of spelling out zod types): what a host reads off the schema is the type.
describe('schemas entry: declared with the named types', () => {
  it('gives z.output and z.input as the named types', () => {
    expectTypeOf<z.output<typeof agendaItemSchema>>().toEqualTypeOf<AgendaItem>();
    expectTypeOf<z.input<typeof agendaItemSchema>>().toEqualTypeOf<AgendaItemInput>();
    expectTypeOf<z.output<typeof conversationEventSchema>>().toEqualTypeOf<ConversationEvent>();
    expectTypeOf<z.input<typeof conversationEventSchema>>().toEqualTypeOf<ConversationEventInput>();
    expectTypeOf<z.output<typeof conversationTemplateSchema>>().toEqualTypeOf<ConversationTemplate>();
    expectTypeOf<z.input<typeof conversationTemplateSchema>>().toEqualTypeOf<ConversationTemplateInput>();
    expectTypeOf<z.output<typeof conversationEventLogSchema>>().toEqualTypeOf<ConversationEventLog>();
    expectTypeOf<z.output<typeof questionSchema>>().toEqualTypeOf<Question>();
    expectTypeOf<z.input<typeof questionSchema>>().toEqualTypeOf<QuestionInput>();
    expectTypeOf<z.output<typeof planFundingSchema>>().toEqualTypeOf<PlanFunding>();
    expectTypeOf<z.output<typeof reminderSchema>>().toEqualTypeOf<Reminder>();
    expectTypeOf(agendaItemSchema).toEqualTypeOf<ObjectSchema<AgendaItem, AgendaItemInput>>();
  });

  it('stays a zod schema: safeParse, parse and toJSONSchema work on it', () => {
    expectTypeOf(reminderSchema).toExtend<Schema<Reminder>>();
    const item = { id: 'a1', title: 'Werkdruk in het team', source: 'employee', priority: 'must' };
    const parsed = agendaItemSchema.safeParse(item);
    expectTypeOf(parsed.data).toEqualTypeOf<AgendaItem | undefined>();
    expect(parsed.success).toBe(true);
    expect(agendaItemSchema.safeParse({ ...item, unknown: 1 }).success).toBe(false);
    expect(() => agendaItemSchema.parse({})).toThrow();
    expect(z.toJSONSchema(agendaItemSchema, { io: 'input' })).toMatchObject({ type: 'object', additionalProperties: false });
  });
});
