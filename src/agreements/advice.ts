// Advice beside WWW and SMART: appraisal and pay talk belongs elsewhere, a training wants a link to
// the work, a learning offer belongs to a support agreement, and the effect E = Q × A.
import type { Finding } from '../core/index.js';
import { finding } from '../locales/index.js';
import { evaluativeSignals } from './evaluative.js';
import { lexicons, matchable } from './lexicon/index.js';
import type { CheckState } from './state.js';
import { test } from './state.js';

/** Below this E = Q × A (out of 100) the effect is worth a word: 6 × 6 is the first "sufficient" pair. */
const lowEffect = 36;

/**
 * Appraisal and pay talk is for another conversation: one warning, with the words found, what they
 * are about, and where the first of them stands in `what`.
 */
export function evaluativeFindings(what: string, locale: 'nl' | 'en'): Finding[] {
  const signals = evaluativeSignals(what, locale);
  const first = signals[0];
  if (first === undefined) return [];
  const words = [...new Set(signals.map((signal) => signal.text.toLowerCase()))];
  const kinds = [...new Set(signals.map((signal) => signal.kind))].sort();
  return [finding.warning('agreement.text.evaluative', { path: ['what'], params: { words, kinds, start: first.start, end: first.end } })];
}

/** A training without a link to the work: a hint (development agreements only). */
export function practiceFindings(state: CheckState): Finding[] {
  const { agreement, analysis, what, measure } = state;
  if ((agreement.kind ?? 'development') !== 'development' || !analysis) return [];
  const lex = lexicons[analysis.locale];
  // The lexicons' patterns read a matchable text (see `matchable`).
  const all = matchable(`${what} ${measure}`);
  // The course's own name is its topic, not a link to the work: "the customer service course".
  const rest = withoutCourseTopics(withoutCourseTopics(all, lexicons.nl.training), lexicons.en.training);
  if (test(lex.training, all) && !test(lexicons.nl.practice, rest) && !test(lexicons.en.practice, rest)) {
    return [finding.info('agreement.practice.missingLink', { path: ['what'] })];
  }
  return [];
}

/**
 * The employee finds the course, coach or provider (the plan is theirs): a hint when the manager or an
 * HR adviser searches on their behalf.
 */
export function providerFindings(state: CheckState): Finding[] {
  const searcher = state.agreement.providerSearchedBy;
  if (searcher === undefined || searcher === 'employee') return [];
  return [finding.info('agreement.provider.notEmployee', { path: ['providerSearchedBy'], params: { searcher } })];
}

/**
 * The learning offer: it belongs to a support agreement (a warning on a development agreement); while
 * the manager or an HR adviser searches, a hint to name the provider once chosen (the employee
 * searching without one yet is how it should be); and a hint when the offer takes more study hours
 * than the agreement claims as study time.
 */
export function offerFindings(state: CheckState): Finding[] {
  const { offer, kind, providerSearchedBy: searcher, studyTime } = state.agreement;
  if (offer === undefined) return [];
  const findings: Finding[] = [];
  if ((kind ?? 'development') === 'development') {
    findings.push(finding.warning('agreement.offer.notSupport', { path: ['offer'], params: { form: offer.form } }));
  }
  if (!state.open) return findings;
  if (offer.provider === undefined && searcher !== undefined && searcher !== 'employee') {
    findings.push(finding.info('agreement.offer.providerMissing', { path: ['offer', 'provider'], params: { searcher, form: offer.form } }));
  }
  // Study time is kept in whole minutes: the offer's hours are compared as whole minutes too.
  if (offer.hours !== undefined && studyTime !== undefined && studyTime.minutes < Math.round(offer.hours * 60)) {
    const params = { hours: offer.hours, studyHours: studyTime.minutes / 60 };
    findings.push(finding.info('agreement.offer.studyTimeShort', { path: ['studyTime'], params }));
  }
  return findings;
}

/** The effect E = Q × A when quality and acceptance are both scored, with a hint when it is low or half scored. */
export function effectOf(state: CheckState): number | undefined {
  const { quality, acceptance } = state.agreement;
  if (quality !== undefined && acceptance !== undefined) {
    const effect = quality * acceptance;
    if (effect < lowEffect) state.findings.push(finding.info('agreement.effect.low', { params: { quality, acceptance, effect } }));
    return effect;
  }
  if (quality !== undefined) {
    state.findings.push(finding.info('agreement.effect.qualityOnly', { path: ['acceptance'], params: { quality } }));
  } else if (acceptance !== undefined) {
    state.findings.push(finding.info('agreement.effect.acceptanceOnly', { path: ['quality'], params: { acceptance } }));
  }
  return undefined;
}

/** Words that end a course's name: a new clause, or where and for whom it happens. */
const topicBoundary = /^(?:en|and|om|to|in|bij|op|voor|for|at|on|tijdens|during|zodat|so|daarna|then|waarna|after|na)$/iu;

/**
 * Blanks each training word with its topic: up to three words before it ("customer service course")
 * and up to four after it ("cursus omgaan met lastige klanten"), never across punctuation or a
 * boundary word, so "and apply it in my team" still counts as a link.
 */
function withoutCourseTopics(text: string, training: RegExp): string {
  const tokens = [...text.matchAll(/[\p{L}\p{N}'’-]+|[^\p{L}\p{N}'’\s-]+/gu)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const isWord = (token: { word: string }): boolean => /^[\p{L}\p{N}]/u.test(token.word);
  const blank = new Uint8Array(text.length);
  tokens.forEach((token, index) => {
    if (!test(training, token.word) || !isWord(token)) return;
    let from = index;
    for (let at = index - 1; at >= 0 && index - at <= 3; at--) {
      const before = tokens[at] as { word: string };
      if (!isWord(before) || topicBoundary.test(before.word)) break;
      from = at;
    }
    let to = index;
    for (let at = index + 1; at < tokens.length && at - index <= 4; at++) {
      const after = tokens[at] as { word: string };
      if (!isWord(after) || topicBoundary.test(after.word)) break;
      to = at;
    }
    blank.fill(1, (tokens[from] as { start: number }).start, (tokens[to] as { end: number }).end);
  });
  let out = '';
  for (let at = 0; at < text.length; at++) out += blank[at] === 1 ? ' ' : text[at];
  return out;
}
