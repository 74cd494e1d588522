import type { CalendarDate, Money, Ref } from '../../core/index.js';

/** What a goal text was when it was not text (the `received` of `agreement.text.invalid`). */
export type AgreementValueKind = 'number' | 'bigint' | 'boolean' | 'null' | 'undefined' | 'array' | 'object' | 'symbol' | 'function';

/** What a deadline must leave room for, by what the agreement names (`agreement.smart.realistic.tooClose`). */
export type AgreementScope = 'degree' | 'language' | 'certificate' | 'course' | 'deliverable';

/**
 * The findings of the agreements module, with their params. Words quoted from the goal text are
 * lists of the words as written (lower case, each once, in text order); an agreement is named by
 * what it says (a {@link Ref} of kind `agreement`); dates are ISO calendar dates; money is
 * {@link Money}.
 */
export interface AgreementsFindingParams {
  'agreement.text.invalid': { received: AgreementValueKind };
  'agreement.text.empty': Record<never, never>;
  'agreement.text.truncated': { limit: number };
  'agreement.text.vagueVerb': { words: readonly string[] };
  'agreement.text.hedge': { words: readonly string[] };
  'agreement.text.vagueQuantity': { words: readonly string[] };
  'agreement.text.vagueTime': { words: readonly string[] };
  'agreement.text.notSpecific': Record<never, never>;
  'agreement.text.noMeasure': Record<never, never>;
  'agreement.text.noDeadline': Record<never, never>;
  'agreement.text.startOnly': { words: readonly string[] };
  'agreement.text.multipleGoals': { count: number };
  /** One goal of a text with several falls short of a criterion the text as a whole seems to meet. */
  'agreement.text.goalFallsShort': { criterion: 'specific' | 'measurable' | 'timeBound'; goal: string };
  'agreement.text.attendanceOnly': { words: readonly string[] };
  'agreement.text.unnamed': { words: readonly string[] };
  'agreement.text.indicatorOnly': Record<never, never>;
  'agreement.text.deficit': { words: readonly string[] };
  /**
   * Appraisal or pay talk in `what`: the words found, what they are about, and where the first of
   * them stands in the text (`start`, `end`: offsets into `what`).
   */
  'agreement.text.evaluative': {
    words: readonly string[];
    kinds: readonly ('appraisal' | 'pay')[];
    start: number;
    end: number;
  };
  /** `locale` is the value the caller gave, as text (or what kind of value it was). */
  'agreement.options.invalid': { locale: string };
  'agreement.www.who.empty': Record<never, never>;
  /** `who` is the text the caller wrote: a name or an id that matches no participant. */
  'agreement.www.who.notParticipant': { who: string };
  /** The participants who share the name `who`, each named by that name. */
  'agreement.www.who.ambiguous': { who: string; participants: readonly Ref[] };
  'agreement.www.what.empty': Record<never, never>;
  'agreement.www.what.vague': Record<never, never>;
  'agreement.www.when.missing': Record<never, never>;
  'agreement.www.when.past': { when: CalendarDate; today: CalendarDate };
  'agreement.www.when.beyondHorizon': { when: CalendarDate; months: number };
  'agreement.smart.measurable.missing': Record<never, never>;
  'agreement.smart.acceptable.employeeMissing': Record<never, never>;
  'agreement.smart.acceptable.managerMissing': Record<never, never>;
  'agreement.smart.acceptable.low': { acceptance: number };
  'agreement.smart.realistic.overBudget': { cost: Money; remaining: Money };
  'agreement.smart.realistic.currencyMismatch': { cost: Money; budget: Money };
  /** `open` other open agreements of the same owner (`agreements`, by what they say), against a guideline of fewer than `max`. */
  'agreement.smart.realistic.overloaded': { open: number; max: number; agreements: readonly Ref[] };
  'agreement.smart.realistic.tooClose': { days: number; minimumDays: number; scope: AgreementScope };
  'agreement.practice.missingLink': Record<never, never>;
  'agreement.effect.low': { quality: number; acceptance: number; effect: number };
  'agreement.effect.qualityOnly': { quality: number };
  'agreement.effect.acceptanceOnly': { acceptance: number };
  /** `detail` is the technical reason, for logs; the message does not show it. */
  'agreement.check.unreadable': { detail: string };
  'agreement.status.closed': { status: 'done' | 'dropped' };
  /** Someone other than the employee searches for the course, coach or provider. */
  'agreement.provider.notEmployee': { searcher: 'manager' | 'hrAdviser' };
  /** The offer's link is no http or https address: `value` is the text as written (at most 100 characters). */
  'agreement.offer.url': { value: string };
  /** The offer's study hours are 0 or fewer: `value` is the number given. */
  'agreement.offer.hours': { value: number };
  /** A learning offer on a development agreement: offers belong to support agreements. */
  'agreement.offer.notSupport': { form: 'course' | 'eLearning' | 'coaching' | 'assessment' | 'jobRotation' | 'mentoring' };
  /** Someone other than the employee searches, and the offer names no provider yet. */
  'agreement.offer.providerMissing': {
    searcher: 'manager' | 'hrAdviser';
    form: 'course' | 'eLearning' | 'coaching' | 'assessment' | 'jobRotation' | 'mentoring';
  };
  /** The offer takes `hours` study hours, the agreement claims only `studyHours` hours of study time. */
  'agreement.offer.studyTimeShort': { hours: number; studyHours: number };
}

/** The label families of the agreements module. */
export interface AgreementsLabelFamilies {
  /** The three WWW questions as headings: "Wie", "Wat", "Wanneer". */
  wwwCriterion: 'who' | 'what' | 'when';
  /** What each WWW question asks: "Wie voert de afspraak uit?". */
  wwwCriterionQuestion: 'who' | 'what' | 'when';
  /** What each SMART criterion asks (the names are the family `smartCriterion`). */
  smartCriterionDescription: 'specific' | 'measurable' | 'acceptable' | 'realistic' | 'timeBound';
  /** A criterion as an adjective inside a sentence: "meetbaar", "time-bound". */
  smartCriterionAdjective: 'specific' | 'measurable' | 'timeBound';
  /** The verdict on a criterion: "in orde", "niet in orde", "onbekend". */
  criterionStatus: 'met' | 'unmet' | 'unknown';
  /** What a deadline must leave room for, inside a sentence: "een certificaat of examen". */
  agreementScope: AgreementScope;
  /** What a value was instead of text, inside a sentence: "een getal", "a list". */
  agreementValueKind: AgreementValueKind;
  /** Who searches for the provider, as a noun: "leidinggevende", "HR adviser". */
  providerSearcher: 'employee' | 'manager' | 'hrAdviser';
  /** The form of a learning offer (the agreements module's `LearningForm`), as a noun: "cursus", "job rotation". */
  learningForm: 'course' | 'eLearning' | 'coaching' | 'assessment' | 'jobRotation' | 'mentoring';
}
