// Specific, measurable and acceptable: the verdicts the text analysis and the structured fields give.
import { finding } from '../locales/index.js';
import type { CriterionStatus, CriterionVerdict } from './types.js';
import type { CheckState } from './state.js';
import { quoteSpans, verdict } from './state.js';

/** Acceptance below this (out of 10) means the agreement is not really carried. */
const lowAcceptance = 5;

/** Specific: the text analysis of `what`, or what the WWW check of `what` found. */
export function checkSpecific(state: CheckState, what: CriterionVerdict): CriterionVerdict {
  const { analysis } = state;
  return analysis ? verdict(analysis.specific.status, quoteSpans('what', analysis.specific.evidence)) : verdict(what.status, []);
}

/** Measurable: a `measure` is enough; otherwise the text must name a result. */
export function checkMeasurable(state: CheckState): CriterionVerdict {
  const { analysis, measure } = state;
  if (measure.length > 0) {
    return verdict('met', [
      `measure: "${measure.slice(0, 200)}"`,
      ...(analysis?.measurable.status === 'met' ? quoteSpans('what', analysis.measurable.evidence) : []),
    ]);
  }
  if (!analysis) return verdict('unknown', []);
  if (analysis.measurable.status !== 'met')
    state.findings.push(finding.of('agreement.smart.measurable.missing', state.shortfall, { path: ['measure'] }));
  return verdict(analysis.measurable.status, quoteSpans('what', analysis.measurable.evidence));
}

/** Acceptable: both sides accepted, and acceptance not low. */
export function checkAcceptable(state: CheckState): CriterionVerdict {
  const { agreement, open, findings, shortfall } = state;
  const acceptedBy = agreement.acceptedBy;
  const evidence: string[] = [];
  let acceptable: CriterionStatus = 'unknown';
  if (acceptedBy !== undefined || state.parsed) {
    const employee = acceptedBy?.employee;
    const manager = acceptedBy?.manager;
    if (employee !== undefined) evidence.push(`acceptedBy.employee: ${employee}`);
    if (manager !== undefined) evidence.push(`acceptedBy.manager: ${manager}`);
    acceptable = employee !== undefined && manager !== undefined ? 'met' : 'unmet';
    if (open && employee === undefined)
      findings.push(finding.of('agreement.smart.acceptable.employeeMissing', shortfall, { path: ['acceptedBy', 'employee'] }));
    if (open && manager === undefined)
      findings.push(finding.of('agreement.smart.acceptable.managerMissing', shortfall, { path: ['acceptedBy', 'manager'] }));
  }
  if (agreement.acceptance !== undefined) {
    evidence.push(`acceptance: ${agreement.acceptance}`);
    if (agreement.acceptance < lowAcceptance) {
      acceptable = 'unmet';
      findings.push(
        finding.warning('agreement.smart.acceptable.low', { path: ['acceptance'], params: { acceptance: agreement.acceptance } }),
      );
    }
  }
  return verdict(acceptable, evidence);
}
