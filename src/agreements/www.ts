// Who does What by When: each a verdict with its evidence, and findings with advice.
import { addCalendarMonths, compareCalendarDates, compareText } from '../core/index.js';
import { finding } from '../locales/index.js';
import { evaluativeFindings } from './advice.js';
import type { CriterionVerdict } from './types.js';
import type { CheckState } from './state.js';
import { horizonCache, isObject, memo, quoteSpans, verdict } from './state.js';

/** Text findings that a rule of the check already covers, or that structured fields overrule. */
const coveredByRule = new Set([
  'agreement.text.notSpecific',
  'agreement.text.noDeadline',
  'agreement.text.noMeasure',
  'agreement.text.empty',
]);
const timeFindings = new Set(['agreement.text.vagueTime', 'agreement.text.startOnly']);
const measureFindings = new Set(['agreement.text.vagueQuantity']);

/** What: empty is an error; otherwise the text analysis decides, and its own findings follow. */
export function checkWhat(state: CheckState): CriterionVerdict {
  const { agreement, analysis, findings, measure } = state;
  if (analysis === undefined) {
    if (agreement.what !== undefined || state.parsed) findings.push(finding.error('agreement.www.what.empty', { path: ['what'] }));
    return verdict(agreement.what === undefined && !state.parsed ? 'unknown' : 'unmet', []);
  }
  const evidence = quoteSpans('what', analysis.specific.evidence);
  if (analysis.specific.status !== 'met') findings.push(finding.of('agreement.www.what.vague', state.shortfall, { path: ['what'] }));
  for (const item of analysis.findings) {
    if (coveredByRule.has(item.code)) continue;
    if (agreement.when !== undefined && timeFindings.has(item.code)) continue;
    if (measure.length > 0 && measureFindings.has(item.code)) continue;
    findings.push({ ...item, path: ['what', ...item.path] });
  }
  findings.push(...evaluativeFindings(state.what, analysis.locale));
  return verdict(analysis.specific.status, evidence);
}

/** Who: a participant, by id or by a name only one of them has. */
export function checkWho(state: CheckState): CriterionVerdict {
  const { agreement, context, findings } = state;
  const who = agreement.who ?? '';
  if (who.length === 0) {
    if (agreement.who !== undefined || state.parsed) findings.push(finding.error('agreement.www.who.empty', { path: ['who'] }));
    return verdict(agreement.who === undefined && !state.parsed ? 'unknown' : 'unmet', []);
  }
  if (context === undefined) return verdict('unknown', [`who: ${who}`]);
  const wanted = who.toLocaleLowerCase('nl');
  // An id match wins over a name match, so the order of the participants does not matter.
  const byId = context.participants.find((participant) => participant.id.toLocaleLowerCase('nl') === wanted);
  const byName = context.participants.filter((participant) => participant.name?.toLocaleLowerCase('nl') === wanted);
  const match = byId ?? (byName.length === 1 ? byName[0] : undefined);
  if (byId === undefined && byName.length > 1) {
    // Two people share the name: picking the first would depend on the order of the participants.
    const namesakes = [...byName].sort((a, b) => compareText(a.id, b.id));
    const ids = namesakes.map((participant) => participant.id);
    const participants = namesakes.map((participant) => ({ kind: 'participant', id: participant.id, title: participant.name ?? who }));
    findings.push(finding.warning('agreement.www.who.ambiguous', { path: ['who'], params: { who, participants } }));
    return verdict('unknown', [`who: ${who} (${ids.join(', ')})`]);
  }
  if (match) {
    return verdict('met', [`who: ${who} (${match.role}${match.name !== undefined && match.name !== who ? `, ${match.name}` : ''})`]);
  }
  findings.push(finding.error('agreement.www.who.notParticipant', { path: ['who'], params: { who } }));
  return verdict('unmet', [`who: ${who}`]);
}

/** When, and time-bound with it: a date not past and within the horizon, or a deadline in the text. */
export function checkWhen(state: CheckState): { when: CriterionVerdict; timeBound: CriterionVerdict } {
  const { agreement, analysis, context, today, open, findings } = state;
  const when = agreement.when;
  const textTime = analysis?.timeBound.status === 'met' ? quoteSpans('what', analysis.timeBound.evidence) : [];
  if (when === undefined) {
    const input = state.input;
    const invalidWhen = !state.parsed && (!isObject(input) || Object.hasOwn(input, 'when'));
    if (!invalidWhen) findings.push(finding.of('agreement.www.when.missing', open ? 'error' : 'info', { path: ['when'] }));
    return {
      when: verdict(invalidWhen ? 'unknown' : 'unmet', []),
      timeBound: verdict(textTime.length > 0 ? 'met' : analysis ? 'unmet' : 'unknown', textTime),
    };
  }
  if (today === undefined || context === undefined) {
    return { when: verdict('met', [`when: ${when}`]), timeBound: verdict('met', [`when: ${when}`, ...textTime]) };
  }
  if (compareCalendarDates(when, today) < 0 && open) {
    findings.push(finding.error('agreement.www.when.past', { path: ['when'], params: { when, today } }));
    return {
      when: verdict('unmet', [`when: ${when}`, `today: ${today}`]),
      timeBound: verdict('unmet', [`when: ${when}`, `today: ${today}`]),
    };
  }
  const horizon = memo(horizonCache, `${today} ${context.horizonMonths}`, () => addCalendarMonths(today, context.horizonMonths));
  const timeBound = verdict('met', [`when: ${when}`, ...textTime]);
  if (compareCalendarDates(when, horizon) > 0 && open) {
    findings.push(finding.warning('agreement.www.when.beyondHorizon', { path: ['when'], params: { when, months: context.horizonMonths } }));
    return { when: verdict('unmet', [`when: ${when}`, `horizon: ${horizon}`]), timeBound };
  }
  return { when: verdict('met', [`when: ${when}`]), timeBound };
}
