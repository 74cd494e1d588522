// Validation of the agenda module's input. The named types in types.ts are the contract; these
// schemas check data against them (test/agenda/types.test.ts keeps the two equal).
import * as z from 'zod/mini';
import { calendarDateSchema, idSchema, longTextSchema, shortTextSchema } from '../core/index.js';
import { conversationKindSchema, topicIdSchema } from '../vocabulary/schema.js';

const maxItems = 100_000;
const maxLinks = 1_000;
const maxMinutes = 24 * 60;

const minutesSchema = z.int().check(z.minimum(1), z.maximum(maxMinutes));

/**
 * Schema of the side that brought an agenda point.
 *
 * @example
 * ```ts
 * import { agendaSourceSchema } from 'ontwikkelgesprek/schemas';
 * agendaSourceSchema.options; // ['employee', 'organisation']
 * ```
 */
export const agendaSourceSchema = z.enum(['employee', 'organisation']);

/**
 * Schema of where a merged agenda point came from.
 *
 * @example
 * ```ts
 * import { mergedSourceSchema } from 'ontwikkelgesprek/schemas';
 * mergedSourceSchema.options; // ['followUp', 'employee', 'organisation']
 * ```
 */
export const mergedSourceSchema = z.enum(['followUp', 'employee', 'organisation']);

/**
 * Schema of the priority of an agenda point.
 *
 * @example
 * ```ts
 * import { agendaPrioritySchema } from 'ontwikkelgesprek/schemas';
 * agendaPrioritySchema.options; // ['must', 'should', 'could']
 * ```
 */
export const agendaPrioritySchema = z.enum(['must', 'should', 'could']);

/**
 * Schema of one agenda point as a side brings it (see `AgendaItemInput`).
 *
 * @example
 * ```ts
 * import { agendaItemSchema } from 'ontwikkelgesprek/schemas';
 * agendaItemSchema.parse({ id: 'e1', source: 'employee', title: 'Werkdruk', priority: 'must' }).goalIds; // []
 * ```
 */
export const agendaItemSchema = z.strictObject({
  id: idSchema,
  source: agendaSourceSchema,
  title: shortTextSchema,
  topic: z.optional(topicIdSchema),
  priority: agendaPrioritySchema,
  minutes: z.optional(minutesSchema),
  goalIds: z._default(z.array(idSchema).check(z.maxLength(maxLinks)), []),
  notes: z.optional(longTextSchema),
  links: z.optional(z.array(idSchema).check(z.maxLength(maxLinks))),
});

/**
 * Schema of an agreement of the previous plan as the agenda reads it; other keys are stripped, so a
 * whole stored agreement passes.
 *
 * @example
 * ```ts
 * import { previousAgreementSchema } from 'ontwikkelgesprek/schemas';
 * previousAgreementSchema.parse({ id: 'a1', what: 'Mentor zoeken', acceptedBy: {} }); // { id: 'a1', what: 'Mentor zoeken' }
 * ```
 */
export const previousAgreementSchema = z.object({
  id: idSchema,
  // As long and as empty as an agreement itself may be.
  what: z.string().check(z.trim(), z.maxLength(2_000)),
  who: z.optional(z.unknown()),
  when: z.optional(z.unknown()),
  status: z.optional(z.string().check(z.maxLength(100))),
});

const followUpOfSchema = z.strictObject({
  agreementId: idSchema,
  who: z.optional(z.string().check(z.maxLength(200))),
  when: z.optional(z.string().check(z.maxLength(100))),
});

/**
 * Schema of one point of a merged agenda (as `carriedOver` takes it back).
 *
 * @example
 * ```ts
 * import { mergedAgendaItemSchema } from 'ontwikkelgesprek/schemas';
 * mergedAgendaItemSchema.safeParse({ id: 'x', itemIds: ['y'], sources: ['employee'], title: 'T', priority: 'must', minutes: 5, joint: false, goalIds: [] }).success; // false: id not among itemIds
 * ```
 */
export const mergedAgendaItemSchema = z
  .strictObject({
    id: idSchema,
    itemIds: z.array(idSchema).check(z.minLength(1), z.maxLength(maxItems)),
    sources: z.array(mergedSourceSchema).check(z.minLength(1), z.maxLength(3)),
    title: shortTextSchema,
    topic: z.optional(topicIdSchema),
    priority: agendaPrioritySchema,
    minutes: minutesSchema,
    joint: z.boolean(),
    goalIds: z.array(idSchema).check(z.maxLength(maxItems)),
    notes: z.optional(longTextSchema),
    followUp: z.optional(followUpOfSchema),
  })
  .check(
    z.refine((item) => item.itemIds.includes(item.id), {
      path: ['id'],
      params: { code: 'agenda.carried.idNotInItemIds' },
      message: 'id must be one of itemIds',
    }),
  );

/**
 * Schema of the employee's age as a host may give it (see `EmployeeAge`): a band, or a birth year
 * with the date the age is counted on.
 *
 * @example
 * ```ts
 * import { employeeAgeSchema } from 'ontwikkelgesprek/schemas';
 * employeeAgeSchema.safeParse({ band: '45to54' }).success; // true
 * employeeAgeSchema.safeParse({ birthYear: 1975 }).success; // false: the date to count on is missing
 * ```
 */
export const employeeAgeSchema = z.union([
  z.strictObject({ band: z.enum(['under45', '45to54', '55plus']) }),
  z.strictObject({ birthYear: z.int().check(z.minimum(1900), z.maximum(2200)), on: calendarDateSchema }),
]);

/**
 * Schema of the input of `mergeAgendas`.
 *
 * @example
 * ```ts
 * import { mergeAgendasInputSchema } from 'ontwikkelgesprek/schemas';
 * mergeAgendasInputSchema.safeParse({ employeeItems: [], organisationItems: [], minutesAvailable: 0 }).success; // false
 * ```
 */
export const mergeAgendasInputSchema = z.strictObject({
  employeeItems: z.array(agendaItemSchema).check(z.maxLength(maxItems)),
  organisationItems: z.array(agendaItemSchema).check(z.maxLength(maxItems)),
  previousAgreements: z.optional(z.array(previousAgreementSchema).check(z.maxLength(maxItems))),
  carriedOver: z.optional(z.array(mergedAgendaItemSchema).check(z.maxLength(maxItems))),
  minutesAvailable: minutesSchema,
  reservedMinutes: z.optional(z.int().check(z.minimum(0), z.maximum(maxMinutes))),
  kind: z.optional(conversationKindSchema),
  locale: z.optional(z.string().check(z.maxLength(35))),
  defaultMinutes: z.optional(minutesSchema),
  followUpMinutes: z.optional(minutesSchema),
  employeeAge: z.optional(employeeAgeSchema),
});
