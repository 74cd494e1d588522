// The WWW and SMART criteria as a host reads a report: does it pass WWW, which SMART criteria fall short.
import type { AgreementReport } from './types.js';

/**
 * Does the report pass Who, What and When? The conversation's guard uses this before it concludes
 * the agreements phase.
 *
 * @example
 * ```ts
 * import { checkAgreement, meetsWww } from 'ontwikkelgesprek';
 * const report = checkAgreement({}, { now: '2027-03-15T10:00:00+01:00', locale: 'en', participants: [] });
 * meetsWww(report); // false
 * ```
 */
export function meetsWww(report: AgreementReport): boolean {
  // A report that cannot be read does not meet anything.
  try {
    return report.www.who.status === 'met' && report.www.what.status === 'met' && report.www.when.status === 'met';
  } catch {
    return false;
  }
}

/**
 * The SMART criteria the report does not meet (unmet or unknown), in S-M-A-R-T order.
 *
 * @example
 * ```ts
 * import { checkAgreement, smartShortfalls } from 'ontwikkelgesprek';
 * const report = checkAgreement(
 *   { id: 'a1', what: 'Improve my communication', who: 'emp-1', when: '2027-06-01' },
 *   { now: '2027-03-15T10:00:00+01:00', locale: 'en', participants: [{ id: 'emp-1', role: 'employee' }] },
 * );
 * smartShortfalls(report); // ['specific', 'measurable', 'acceptable']
 * ```
 */
export function smartShortfalls(report: AgreementReport): readonly SmartCriterion[] {
  return Object.freeze(
    smartCriteria.filter((criterion) => {
      try {
        return report.smart[criterion].status !== 'met';
      } catch {
        return true;
      }
    }),
  );
}

/**
 * The five SMART criteria, in order: Specific, Measurable, Acceptable, Realistic, Time-bound
 * (*Specifiek, Meetbaar, Acceptabel, Realistisch, Tijdgebonden*).
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
