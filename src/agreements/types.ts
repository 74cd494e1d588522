// The public shapes of the agreements module, as named types: what a caller writes (plain
// properties, readonly arrays) and what the library hands back (readonly everywhere). The schemas in
// schema.ts check data against them; test/agreements/types.test.ts holds the two equal.
import type { CalendarDate, Finding, Instant, Locale, Money, StudyTime } from '../core/index.js';
import type { FocusArea, Role } from '../vocabulary/index.js';

/**
 * Who searches for the course, the coach or the provider of an agreement: the employee (the method's
 * default: the plan is theirs), the manager or an HR adviser on the employee's behalf.
 *
 * @example
 * ```ts
 * import { checkAgreement, findingMessage, type ProviderSearcher } from 'ontwikkelgesprek';
 * const searcher: ProviderSearcher = 'hrAdviser';
 * const report = checkAgreement(
 *   { id: 's1', kind: 'support', what: 'Ik volg voor 1 juli vijf sessies loopbaancoaching', who: 'emp-1', when: '2027-07-01', providerSearchedBy: searcher },
 *   { now: '2027-03-15T10:00:00+01:00', locale: 'nl', participants: [{ id: 'emp-1', role: 'employee' }] },
 * );
 * const hint = report.findings.find((f) => f.code === 'agreement.provider.notEmployee');
 * hint?.severity; // 'info'
 * ```
 */
export type ProviderSearcher = 'employee' | 'manager' | 'hrAdviser';

/**
 * The form of a learning offer, one of the usual interventions: a course (*cursus*, also a training),
 * an e-learning, coaching, an assessment, job rotation (*jobrotatie*) or mentoring (*mentoraat*).
 *
 * @example
 * ```ts
 * import { en, nl, type LearningForm } from 'ontwikkelgesprek';
 * const form: LearningForm = 'jobRotation';
 * nl.labels.learningForm[form]; // 'jobrotatie'
 * en.labels.learningForm[form]; // 'job rotation'
 * ```
 */
export type LearningForm = 'course' | 'eLearning' | 'coaching' | 'assessment' | 'jobRotation' | 'mentoring';

/**
 * The learning offer a support agreement points to: its form, and as far as known the provider, a
 * link to the offer (http or https) and the study hours it takes (more than 0, at most 2,000: a year
 * of full-time study). The provider may stay open while the employee is still searching.
 *
 * @example
 * ```ts
 * import { checkAgreement, type LearningOffer } from 'ontwikkelgesprek';
 * const offer: LearningOffer = {
 *   provider: 'Schouten & Nelissen',
 *   url: 'https://www.example.nl/presenteren-met-impact',
 *   hours: 16,
 *   form: 'course',
 * };
 * const report = checkAgreement(
 *   { id: 's1', kind: 'support', what: 'De organisatie betaalt de training Presenteren met impact', who: 'mgr-1', when: '2027-06-30', offer },
 *   { now: '2027-03-15T10:00:00+01:00', locale: 'nl', participants: [{ id: 'mgr-1', role: 'manager' }] },
 * );
 * report.findings.some((f) => f.code.startsWith('agreement.offer.')); // false
 * ```
 */
export interface LearningOffer {
  /** Who offers it: a training institute, a coach, a department (for job rotation); trimmed, 1 to 200 characters. */
  readonly provider?: string | undefined;
  /** Where the offer is described: an http or https address. */
  readonly url?: string | undefined;
  /** The study hours it takes, as the provider states them: more than 0, at most 2,000. */
  readonly hours?: number | undefined;
  /** What kind of intervention it is. */
  readonly form: LearningForm;
}

/**
 * An agreement as a caller may write it: defaulted fields may be left out.
 *
 * @example
 * ```ts
 * import type { AgreementInput } from 'ontwikkelgesprek';
 * const draft: AgreementInput = { id: 'a1', what: 'Iets met communicatie', who: 'emp-1' };
 * ```
 */
export interface AgreementInput {
  /** Caller-supplied id. */
  id: string;
  /** The action, in the employee's own words (may be empty in a draft). */
  what: string;
  /** The participant id (or name) who does it (may be empty in a draft). */
  who: string;
  /** The deadline, an ISO calendar date. */
  when?: CalendarDate | undefined;
  /** How success is observed. */
  measure?: string | undefined;
  /** Default `development`. */
  kind?: 'development' | 'support' | undefined;
  /** Who searches for the course, coach or provider; the employee when left out (the plan is theirs). */
  providerSearchedBy?: ProviderSearcher | undefined;
  /** The learning offer a support agreement points to; left out when there is none. */
  offer?: LearningOffer | undefined;
  /** Knowledge, skills or competences. */
  focus?: FocusArea | undefined;
  /** The competence of the conversation's function profile it works on (its id); left out when none. */
  competenceId?: string | undefined;
  /** When each side accepted the agreement; default none. */
  acceptedBy?: { employee?: Instant | undefined; manager?: Instant | undefined } | undefined;
  /** Quality (K) of the agreement, 1 to 10. */
  quality?: number | undefined;
  /** Acceptance (A) of the agreement, 1 to 10. */
  acceptance?: number | undefined;
  /** What it costs, against the development budget. */
  cost?: Money | undefined;
  /**
   * The study time it takes, in whole minutes (`{ minutes: 16 * 60 }` for 16 study hours), claimed
   * against the time allowance of the same funding source as the cost. Minutes, as the budget keeps
   * study time, so half hours and a 7.5-hour study day stay exact. Required training (art. 7:611a BW)
   * happens in working time and never takes the employee's personal study hours.
   */
  studyTime?: StudyTime | undefined;
  /** The funding source the cost is charged to (its id in the budget position); the personal budget when left out. */
  fundingSource?: string | undefined;
  /** Development needs this agreement answers; default none. */
  linkedNeedIds?: readonly string[] | undefined;
  /** Organisation goals this agreement serves; default none. */
  linkedGoalIds?: readonly string[] | undefined;
  /** Default `open`. */
  status?: 'open' | 'done' | 'dropped' | undefined;
  /** The latest word on progress. */
  progressNote?: string | undefined;
}

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
export interface Agreement {
  readonly id: string;
  readonly what: string;
  readonly who: string;
  readonly when?: CalendarDate | undefined;
  readonly measure?: string | undefined;
  readonly kind: 'development' | 'support';
  /** Who searches for the course, coach or provider; the employee when left out. */
  readonly providerSearchedBy?: ProviderSearcher | undefined;
  /** The learning offer a support agreement points to; absent when there is none. */
  readonly offer?: LearningOffer | undefined;
  readonly focus?: FocusArea | undefined;
  /** The competence of the function profile it works on; absent when none. */
  readonly competenceId?: string | undefined;
  readonly acceptedBy: { readonly employee?: Instant | undefined; readonly manager?: Instant | undefined };
  readonly quality?: number | undefined;
  readonly acceptance?: number | undefined;
  readonly cost?: Money | undefined;
  /** The study time it takes, in whole minutes, claimed like the cost (see `AgreementInput`). */
  readonly studyTime?: StudyTime | undefined;
  /** The funding source the cost is charged to; the personal budget when left out. */
  readonly fundingSource?: string | undefined;
  readonly linkedNeedIds: readonly string[];
  readonly linkedGoalIds: readonly string[];
  readonly status: 'open' | 'done' | 'dropped';
  readonly progressNote?: string | undefined;
}

/**
 * A participant of the conversation: id, optional name, role.
 *
 * @example
 * ```ts
 * import type { AgreementParticipant } from 'ontwikkelgesprek';
 * const manager: AgreementParticipant = { id: 'mgr-1', role: 'manager' };
 * ```
 */
export interface AgreementParticipant {
  id: string;
  name?: string | undefined;
  role: Role;
}

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
export interface AgreementCheckContext {
  /** The moment of the check. */
  now: Instant;
  /** The language of the conversation; used when the text's language is unclear. */
  locale: Locale;
  /** IANA time zone for "today"; default `Europe/Amsterdam`. */
  timeZone?: string | undefined;
  /** The conversation's participants. */
  participants: readonly AgreementParticipant[];
  /** What is left of the development budget. */
  remainingBudget?: Money | undefined;
  /** Open agreements to weigh the owner's load by; those of other people are not counted. */
  openAgreements?: readonly AgreementInput[] | undefined;
  /** How far ahead a deadline may lie, in months; default 18. */
  horizonMonths?: number | undefined;
  /** From how many other open agreements the owner counts as overloaded; default 5. */
  maxOpenAgreements?: number | undefined;
  /** Treat SMART shortfalls (normally warnings) as errors; default false. */
  strict?: boolean | undefined;
}

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
 * E = Q × A when both scores are given, the findings, and `ok` (no error among the findings).
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
