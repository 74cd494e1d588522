import * as z from 'zod/mini';
import {
  calendarDateSchema,
  idSchema,
  instantSchema,
  localeSchema,
  longTextSchema,
  moneySchema,
  shortTextSchema,
  studyTimeSchema,
  timeZoneSchema,
} from '../core/index.js';
import { focusAreaSchema, roleSchema } from '../vocabulary/schema.js';

/** Free text of an agreement field: may be empty (a draft), so that emptiness becomes a finding with advice. */
const agreementTextSchema = z.string().check(z.trim(), z.maxLength(2_000));

/** A score from 1 to 10, for quality (K) and acceptance (A). */
const scoreSchema = z.int().check(z.minimum(1), z.maximum(10));

/** The most study hours an offer may state: a year of full-time study (60 EC of 28 hours is 1,680). */
const maxOfferHours = 2_000;

/** An http or https address with a host, without spaces or characters that would break a Markdown link. */
const webAddress = /^https?:\/\/[^\s/?#<>"`{}|\\^]+(?:[/?#][^\s<>"`{}|\\^]*)?$/iu;

function isWebAddress(text: string): boolean {
  if (!webAddress.test(text)) return false;
  try {
    return new URL(text).hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Schema of the form of a learning offer: course, e-learning, coaching, assessment, job rotation or
 * mentoring.
 *
 * @example
 * ```ts
 * import { learningFormSchema } from 'ontwikkelgesprek/schemas';
 * learningFormSchema.safeParse('jobRotation').success; // true
 * learningFormSchema.safeParse('webinar').success; // false
 * ```
 */
export const learningFormSchema = z.enum(['course', 'eLearning', 'coaching', 'assessment', 'jobRotation', 'mentoring']);

/**
 * Schema of the learning offer a support agreement points to. A strict object: the form is required;
 * the provider (trimmed, 1 to 200 characters), the link (http or https, finding
 * `agreement.offer.url` otherwise) and the study hours (more than 0, finding `agreement.offer.hours`
 * otherwise; at most 2,000) are given as far as known.
 *
 * @example
 * ```ts
 * import { learningOfferSchema, parseWith } from 'ontwikkelgesprek/schemas';
 * learningOfferSchema.parse({ provider: '  GoodHabitz ', form: 'eLearning', hours: 4.5 }).provider; // 'GoodHabitz'
 * const bad = parseWith(learningOfferSchema, { url: 'ftp://example.nl/cursus', hours: 0, form: 'course' });
 * bad.findings.map((f) => f.code); // ['agreement.offer.url', 'agreement.offer.hours']
 * ```
 */
export const learningOfferSchema = z.strictObject({
  /** Who offers it: an institute, a coach, a department. */
  provider: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  /** Where the offer is described. */
  url: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(2_000),
        z.refine(isWebAddress, { params: { code: 'agreement.offer.url' }, message: 'An http or https address' }),
      ),
  ),
  /** The study hours it takes. */
  hours: z.optional(
    z.number().check(
      z.refine((hours) => hours > 0, { params: { code: 'agreement.offer.hours' }, message: 'More than 0' }),
      z.maximum(maxOfferHours),
    ),
  ),
  /** What kind of intervention it is. */
  form: learningFormSchema,
});

/**
 * Schema of an agreement (*afspraak*): Who does What by When, with the fields the SMART check and
 * the development plan need. A strict object: unknown keys (also `__proto__`) are rejected.
 * `when` is optional so that a draft without a deadline can still be checked and told why it is not
 * time-bound; `what` and `who` may be empty for the same reason.
 *
 * @example
 * ```ts
 * import { agreementSchema } from 'ontwikkelgesprek/schemas';
 * const parsed = agreementSchema.parse({
 *   id: 'a1',
 *   what: 'Ik geef voor 1 juni een presentatie over het nieuwe planningssysteem aan mijn team',
 *   who: 'emp-1',
 *   when: '2027-06-01',
 *   linkedNeedIds: ['need-1'],
 * });
 * parsed.kind; // 'development'
 * parsed.status; // 'open'
 * ```
 */
export const agreementSchema = z.strictObject({
  /** Caller-supplied id. */
  id: idSchema,
  /** The action, in the employee's own words. */
  what: agreementTextSchema,
  /** The participant id (or name) who does it. */
  who: z.string().check(z.trim(), z.maxLength(200)),
  /** The deadline, an ISO calendar date. */
  when: z.optional(calendarDateSchema),
  /** How success is observed. */
  measure: z.optional(agreementTextSchema),
  /** A development agreement, or a support agreement (*ondersteuningsafspraak*). */
  kind: z._default(z.enum(['development', 'support']), 'development'),
  /** Who searches for the course, coach or provider; the employee when left out. */
  providerSearchedBy: z.optional(z.enum(['employee', 'manager', 'hrAdviser'])),
  /** The learning offer a support agreement points to. */
  offer: z.optional(learningOfferSchema),
  /** Knowledge, skills or competences. */
  focus: z.optional(focusAreaSchema),
  /** The competence of the function profile it works on (its id). */
  competenceId: z.optional(idSchema),
  /** When each side accepted the agreement. */
  acceptedBy: z._default(z.strictObject({ employee: z.optional(instantSchema), manager: z.optional(instantSchema) }), {}),
  /** Quality (K) of the agreement, 1 to 10. */
  quality: z.optional(scoreSchema),
  /** Acceptance (A) of the agreement, 1 to 10. */
  acceptance: z.optional(scoreSchema),
  /** What it costs, against the development budget. */
  cost: z.optional(moneySchema),
  /** The study time it claims, in whole minutes, against the budget's time allowance (from the same source as the cost). */
  studyTime: z.optional(studyTimeSchema),
  /** The funding source (its id) the cost is claimed from; without one, the personal development budget. */
  fundingSource: z.optional(idSchema),
  /** Development needs this agreement answers. */
  linkedNeedIds: z._default(z.array(idSchema).check(z.maxLength(1_000)), []),
  /** Organisation goals this agreement serves. */
  linkedGoalIds: z._default(z.array(idSchema).check(z.maxLength(1_000)), []),
  /** Where the agreement stands. */
  status: z._default(z.enum(['open', 'done', 'dropped']), 'open'),
  /** The latest word on progress. */
  progressNote: z.optional(longTextSchema),
});

/**
 * Schema of a participant of the conversation, as the agreement check needs it.
 *
 * @example
 * ```ts
 * import { agreementParticipantSchema } from 'ontwikkelgesprek/schemas';
 * agreementParticipantSchema.parse({ id: 'emp-1', name: 'Sanne', role: 'employee' });
 * ```
 */
export const agreementParticipantSchema = z.strictObject({
  id: idSchema,
  name: z.optional(shortTextSchema),
  role: roleSchema,
});

/**
 * Schema of the context `checkAgreement` judges an agreement in.
 *
 * @example
 * ```ts
 * import { agreementCheckContextSchema } from 'ontwikkelgesprek/schemas';
 * const context = agreementCheckContextSchema.parse({
 *   now: '2027-03-15T10:00:00+01:00',
 *   locale: 'nl',
 *   participants: [{ id: 'emp-1', role: 'employee' }],
 * });
 * context.horizonMonths; // 18
 * ```
 */
export const agreementCheckContextSchema = z.strictObject({
  /** The moment of the check. */
  now: instantSchema,
  /** The language of the conversation; used when the text's language is unclear. */
  locale: localeSchema,
  /** IANA time zone for "today"; default `Europe/Amsterdam`. */
  timeZone: z.optional(timeZoneSchema),
  /** The conversation's participants. */
  participants: z.array(agreementParticipantSchema).check(z.maxLength(100)),
  /** What is left of the development budget. */
  remainingBudget: z.optional(moneySchema),
  /** Open agreements to weigh the owner's load by; those of other people are not counted. */
  openAgreements: z.optional(z.array(agreementSchema).check(z.maxLength(1_000))),
  /** How far ahead a deadline may lie, in months; default 18. */
  horizonMonths: z._default(z.int().check(z.minimum(1), z.maximum(120)), 18),
  /** From how many other open agreements the owner counts as overloaded; default 5. */
  maxOpenAgreements: z._default(z.int().check(z.minimum(1), z.maximum(100)), 5),
  /** Treat SMART shortfalls (normally warnings) as errors. */
  strict: z._default(z.boolean(), false),
});
