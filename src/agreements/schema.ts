import * as z from 'zod/mini';
import type { Finding } from '../core/index.js';
import {
  calendarDateSchema,
  idSchema,
  instantSchema,
  localeSchema,
  longTextSchema,
  moneySchema,
  shortTextSchema,
  timeZoneSchema,
} from '../core/index.js';
import { focusAreaSchema, roleSchema } from '../vocabulary/schema.js';

/** Free text of an agreement field: may be empty (a draft), so that emptiness becomes a finding with advice. */
const agreementTextSchema = z.string().check(z.trim(), z.maxLength(2_000));

/** A score from 1 to 10, for quality (K) and acceptance (A). */
const scoreSchema = z.int().check(z.minimum(1), z.maximum(10));

/**
 * Schema of an agreement (*afspraak*): Who does What by When, with the fields the SMART check and
 * the development plan need. A strict object: unknown keys (also `__proto__`) are rejected.
 * `when` is optional so that a draft without a deadline can still be checked and told why it is not
 * time-bound; `what` and `who` may be empty for the same reason.
 *
 * @example
 * ```ts
 * import { agreementSchema } from 'ontwikkelgesprek';
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
  /** Knowledge, skills or competences. */
  focus: z.optional(focusAreaSchema),
  /** When each side accepted the agreement. */
  acceptedBy: z._default(z.strictObject({ employee: z.optional(instantSchema), manager: z.optional(instantSchema) }), {}),
  /** Quality (K) of the agreement, 1 to 10. */
  quality: z.optional(scoreSchema),
  /** Acceptance (A) of the agreement, 1 to 10. */
  acceptance: z.optional(scoreSchema),
  /** What it costs, against the development budget. */
  cost: z.optional(moneySchema),
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
 * An agreement after validation, with defaults filled in (`kind`, `acceptedBy`, links, `status`).
 *
 * @example
 * ```ts
 * import type { Agreement } from 'ontwikkelgesprek';
 * const agreement: Agreement = {
 *   id: 'a1',
 *   what: 'Run the monthly team retrospective three times',
 *   who: 'emp-1',
 *   when: '2027-06-30',
 *   kind: 'development',
 *   acceptedBy: {},
 *   linkedNeedIds: [],
 *   linkedGoalIds: [],
 *   status: 'open',
 * };
 * ```
 */
export type Agreement = z.output<typeof agreementSchema>;

/**
 * An agreement as a caller may write it: defaulted fields may be left out.
 *
 * @example
 * ```ts
 * import type { AgreementInput } from 'ontwikkelgesprek';
 * const draft: AgreementInput = { id: 'a1', what: 'Iets met communicatie', who: 'emp-1' };
 * ```
 */
export type AgreementInput = z.input<typeof agreementSchema>;

/**
 * Schema of a participant of the conversation, as the agreement check needs it.
 *
 * @example
 * ```ts
 * import { agreementParticipantSchema } from 'ontwikkelgesprek';
 * agreementParticipantSchema.parse({ id: 'emp-1', name: 'Sanne', role: 'employee' });
 * ```
 */
export const agreementParticipantSchema = z.strictObject({
  id: idSchema,
  name: z.optional(shortTextSchema),
  role: roleSchema,
});

/**
 * A participant of the conversation: id, optional name, role.
 *
 * @example
 * ```ts
 * import type { AgreementParticipant } from 'ontwikkelgesprek';
 * const manager: AgreementParticipant = { id: 'mgr-1', role: 'manager' };
 * ```
 */
export type AgreementParticipant = z.output<typeof agreementParticipantSchema>;

/**
 * Schema of the context {@link checkAgreement} judges an agreement in.
 *
 * @example
 * ```ts
 * import { agreementCheckContextSchema } from 'ontwikkelgesprek';
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

/**
 * The context of an agreement check, as a caller writes it.
 *
 * @example
 * ```ts
 * import type { AgreementCheckContext } from 'ontwikkelgesprek';
 * const context: AgreementCheckContext = {
 *   now: '2027-03-15T10:00:00+01:00',
 *   locale: 'en',
 *   participants: [
 *     { id: 'emp-1', name: 'Sam', role: 'employee' },
 *     { id: 'mgr-1', name: 'Alex', role: 'manager' },
 *   ],
 *   remainingBudget: { amount: 70000, currency: 'EUR' },
 * };
 * ```
 */
export type AgreementCheckContext = z.input<typeof agreementCheckContextSchema>;

/**
 * The verdict on one criterion: met, unmet, or unknown (not enough information to say).
 *
 * @example
 * ```ts
 * import type { CriterionStatus } from 'ontwikkelgesprek';
 * const status: CriterionStatus = 'unknown';
 * ```
 */
export type CriterionStatus = 'met' | 'unmet' | 'unknown';

/**
 * One criterion of the report: its status and the evidence that decided it (quoted words,
 * or a field and its value).
 *
 * @example
 * ```ts
 * import type { CriterionVerdict } from 'ontwikkelgesprek';
 * const verdict: CriterionVerdict = { status: 'met', evidence: ['when: 2027-06-01'] };
 * ```
 */
export interface CriterionVerdict {
  readonly status: CriterionStatus;
  readonly evidence: readonly string[];
}

/**
 * The report of {@link checkAgreement}: WWW and SMART verdicts with evidence, the effect
 * E = K x A when both scores are given, the findings, and `ok` (no error among the findings).
 *
 * @example
 * ```ts
 * import type { AgreementReport } from 'ontwikkelgesprek';
 * function summary(report: AgreementReport): string {
 *   return `${report.ok ? 'ok' : 'not ok'}, timeBound: ${report.smart.timeBound.status}`;
 * }
 * ```
 */
export interface AgreementReport {
  readonly www: {
    readonly who: CriterionVerdict;
    readonly what: CriterionVerdict;
    readonly when: CriterionVerdict;
  };
  readonly smart: {
    readonly specific: CriterionVerdict;
    readonly measurable: CriterionVerdict;
    readonly acceptable: CriterionVerdict;
    readonly realistic: CriterionVerdict;
    readonly timeBound: CriterionVerdict;
  };
  /** Quality x acceptance (1 to 100), when both are given. */
  readonly effect?: number;
  readonly findings: readonly Finding[];
  readonly ok: boolean;
}

/**
 * A span of the analysed text that decided a verdict: the words, where they are, and the rule.
 *
 * @example
 * ```ts
 * import type { EvidenceSpan } from 'ontwikkelgesprek';
 * const span: EvidenceSpan = { text: 'voor 1 juni', start: 24, end: 35, rule: 'date' };
 * ```
 */
export interface EvidenceSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

/**
 * The verdict of the text analysis on one criterion, with the spans that decided it.
 *
 * @example
 * ```ts
 * import type { TextCriterionVerdict } from 'ontwikkelgesprek';
 * const verdict: TextCriterionVerdict = { status: 'unmet', evidence: [] };
 * ```
 */
export interface TextCriterionVerdict {
  readonly status: CriterionStatus;
  readonly evidence: readonly EvidenceSpan[];
}

/**
 * Options of {@link analyzeGoalText}.
 *
 * @example
 * ```ts
 * import type { GoalTextOptions } from 'ontwikkelgesprek';
 * const options: GoalTextOptions = { locale: 'auto' };
 * ```
 */
export interface GoalTextOptions {
  /** The language of the text, or `'auto'` to detect it. */
  readonly locale: 'nl' | 'en' | 'auto';
}

/**
 * What {@link analyzeGoalText} reads in a goal: the language, the verdicts on specific, measurable
 * and time-bound with evidence spans, how many goals the text packs together, and findings with
 * suggestions.
 *
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * import type { GoalTextAnalysis } from 'ontwikkelgesprek';
 * const analysis: GoalTextAnalysis = analyzeGoalText('Beter communiceren', { locale: 'auto' });
 * analysis.measurable.status; // 'unmet'
 * ```
 */
export interface GoalTextAnalysis {
  readonly locale: 'nl' | 'en';
  readonly specific: TextCriterionVerdict;
  readonly measurable: TextCriterionVerdict;
  readonly timeBound: TextCriterionVerdict;
  /** How many goals the text packs together (0 for an empty text). */
  readonly goals: number;
  readonly findings: readonly Finding[];
}
