import type { AgreementCheckContext, AgreementReport } from './schema.js';

/**
 * Checks an agreement: Who does What by When, and SMART. Never throws.
 *
 * @example
 * ```ts
 * import { checkAgreement } from 'ontwikkelgesprek';
 * const report = checkAgreement(
 *   { id: 'a1', what: 'Iets met communicatie', who: 'emp-1' },
 *   { now: '2027-03-15T10:00:00+01:00', locale: 'nl', participants: [{ id: 'emp-1', role: 'employee' }] },
 * );
 * report.ok; // false: no deadline
 * ```
 */
export function checkAgreement(agreement: unknown, context: AgreementCheckContext): AgreementReport {
  void agreement;
  void context;
  const none = { status: 'unknown' as const, evidence: [] };
  return {
    www: { who: none, what: none, when: none },
    smart: { specific: none, measurable: none, acceptable: none, realistic: none, timeBound: none },
    findings: [],
    ok: false,
  };
}

/**
 * Does the report pass Who, What and When? The conversation guard uses this.
 *
 * @example
 * ```ts
 * import { checkAgreement, meetsWww } from 'ontwikkelgesprek';
 * const report = checkAgreement({}, { now: '2027-03-15T10:00:00+01:00', locale: 'en', participants: [] });
 * meetsWww(report); // false
 * ```
 */
export function meetsWww(report: AgreementReport): boolean {
  return report.www.who.status === 'met' && report.www.what.status === 'met' && report.www.when.status === 'met';
}

/**
 * The SMART criteria the report does not meet (unmet or unknown), in S-M-A-R-T order.
 *
 * @example
 * ```ts
 * import { checkAgreement, smartShortfalls } from 'ontwikkelgesprek';
 * const report = checkAgreement({}, { now: '2027-03-15T10:00:00+01:00', locale: 'en', participants: [] });
 * smartShortfalls(report).length > 0; // true
 * ```
 */
export function smartShortfalls(report: AgreementReport): SmartCriterion[] {
  return smartCriteria.filter((criterion) => report.smart[criterion].status !== 'met');
}

/**
 * The five SMART criteria, in order.
 *
 * @example
 * ```ts
 * import { smartCriteria } from 'ontwikkelgesprek';
 * smartCriteria[0]; // 'specific'
 * ```
 */
export const smartCriteria = Object.freeze(['specific', 'measurable', 'acceptable', 'realistic', 'timeBound'] as const);

/**
 * One of the five SMART criteria.
 *
 * @example
 * ```ts
 * import type { SmartCriterion } from 'ontwikkelgesprek';
 * const criterion: SmartCriterion = 'realistic';
 * ```
 */
export type SmartCriterion = (typeof smartCriteria)[number];
