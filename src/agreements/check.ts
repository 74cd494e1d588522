import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import type * as zc from 'zod/v4/core';
import type { CalendarDate, Finding, Money } from '../core/index.js';
import {
  addCalendarMonths,
  calendarDateOf,
  compareCalendarDates,
  daysBetween,
  deepFreeze,
  defaultTimeZone,
  findingsFrom,
  formatMoney,
  hasErrors,
  minorUnitDigits,
  parseWith,
  sortFindings,
} from '../core/index.js';
import { analyzeGoalText } from './analyze.js';
import { evaluativeSignals } from './evaluative.js';
import { lexicons, scopes } from './lexicon/index.js';
import { agreementsMessages } from './messages.js';
import type {
  Agreement,
  AgreementCheckContext,
  AgreementReport,
  CriterionStatus,
  CriterionVerdict,
  EvidenceSpan,
  GoalTextAnalysis,
} from './schema.js';
import { agreementCheckContextSchema, agreementSchema } from './schema.js';

const finding = findingsFrom(agreementsMessages);

type Context = z.output<typeof agreementCheckContextSchema>;

/** The fields of an agreement that can still be judged when others are invalid. */
type Readable = { [K in keyof Agreement]?: Agreement[K] };

/** Below this E = K x A (out of 100) the effect is worth a word: 6 x 6 is the first "sufficient" pair. */
const lowEffect = 36;

/** Acceptance below this (out of 10) means the agreement is not really carried. */
const lowAcceptance = 5;

/** Text findings that a rule of the check already covers, or that structured fields overrule. */
const coveredByRule = new Set([
  'agreement.text.notSpecific',
  'agreement.text.noDeadline',
  'agreement.text.noMeasure',
  'agreement.text.empty',
]);
const timeFindings = new Set(['agreement.text.vagueTime', 'agreement.text.startOnly']);
const measureFindings = new Set(['agreement.text.vagueQuantity']);

function verdict(status: CriterionStatus, evidence: readonly string[]): CriterionVerdict {
  return { status, evidence: [...evidence] };
}

function quoteSpans(field: string, spans: readonly EvidenceSpan[]): string[] {
  const seen: string[] = [];
  for (const span of spans) {
    const entry = `${field}: "${span.text}"`;
    if (!seen.includes(entry)) seen.push(entry);
  }
  return seen;
}

/**
 * Reads what can be read of an invalid agreement, field by field, so that one bad field does not
 * hide the verdicts on the others. Only own, known keys are looked at (never `__proto__`).
 */
function lenientRead(input: unknown): Readable {
  const partial: Record<string, unknown> = {};
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return partial;
  for (const [key, schema] of Object.entries(agreementSchema.shape)) {
    if (!Object.hasOwn(input, key)) continue;
    const parsed = safeParse(schema as zc.$ZodType, (input as Record<string, unknown>)[key]);
    if (parsed.success) partial[key] = parsed.data;
  }
  return partial as Readable;
}

/**
 * Checks an agreement in the context of its conversation: Who does What by When (WWW), and the five
 * SMART criteria, each with a status and the evidence behind it; the effect E = K x A when quality
 * and acceptance are both scored; findings in Dutch and English with advice; and `ok` when no finding
 * is an error. Structured fields win over text: a `when` date makes the agreement time-bound even when
 * the text names no date, a `measure` makes it measurable. Never throws, whatever it is given.
 *
 * @example
 * ```ts
 * import { checkAgreement } from 'ontwikkelgesprek';
 * const context = {
 *   now: '2027-03-15T10:00:00+01:00',
 *   locale: 'nl' as const,
 *   participants: [
 *     { id: 'emp-1', name: 'Sanne', role: 'employee' as const },
 *     { id: 'mgr-1', name: 'Joris', role: 'manager' as const },
 *   ],
 *   remainingBudget: { amount: 70000, currency: 'EUR' },
 * };
 * const vague = checkAgreement({ id: 'a1', what: 'Iets met communicatie doen', who: 'emp-1' }, context);
 * vague.ok; // false: no deadline
 * vague.www.what.status; // 'unmet'
 * const good = checkAgreement(
 *   {
 *     id: 'a2',
 *     what: 'Ik geef in het teamoverleg van juni een presentatie van 20 minuten over het nieuwe CRM',
 *     who: 'emp-1',
 *     when: '2027-06-30',
 *     acceptedBy: { employee: '2027-03-15T10:30:00+01:00', manager: '2027-03-15T10:31:00+01:00' },
 *     quality: 8,
 *     acceptance: 9,
 *     cost: { amount: 0, currency: 'EUR' },
 *   },
 *   context,
 * );
 * good.ok; // true
 * good.effect; // 72
 * ```
 */
export function checkAgreement(agreement: unknown, context: AgreementCheckContext): AgreementReport {
  try {
    return deepFreeze(check(agreement, context));
  } catch (error) {
    // A last line of defence (a hostile Proxy, a getter that throws): a report, never an exception.
    const unknown = verdict('unknown', []);
    return deepFreeze({
      www: { who: unknown, what: unknown, when: unknown },
      smart: { specific: unknown, measurable: unknown, acceptable: unknown, realistic: unknown, timeBound: unknown },
      findings: [finding.error('agreement.check.unreadable', { params: { detail: describe(error) } })],
      ok: false,
    });
  }
}

function describe(error: unknown): string {
  try {
    return (error instanceof Error ? error.message : String(error)).slice(0, 200);
  } catch {
    return 'unknown';
  }
}

function check(input: unknown, rawContext: unknown): AgreementReport {
  const findings: Finding[] = [];
  const parsedContext = parseWith(agreementCheckContextSchema, rawContext, { path: ['context'] });
  const context: Context | undefined = parsedContext.ok ? parsedContext.value : undefined;
  findings.push(...parsedContext.findings);

  const parsed = parseWith(agreementSchema, input, { messages: agreementsMessages });
  findings.push(...parsed.findings);
  const agreement: Readable = parsed.ok ? parsed.value : lenientRead(input);

  const strict = context?.strict ?? false;
  const shortfall = strict ? 'error' : 'warning';
  const open = (agreement.status ?? 'open') === 'open';
  const timeZone = context?.timeZone ?? defaultTimeZone;
  const today: CalendarDate | undefined = context
    ? memo(todayCache, `${context.now} ${timeZone}`, () => calendarDateOf(context.now, timeZone))
    : undefined;
  if (!open && agreement.status !== undefined) {
    findings.push(finding.info('agreement.status.closed', { path: ['status'], params: { status: agreement.status } }));
  }

  // ---- What (and the text analysis behind specific, measurable and a text deadline)
  const what = agreement.what ?? '';
  const measure = agreement.measure?.trim() ?? '';
  let analysis: GoalTextAnalysis | undefined;
  let whatVerdict: CriterionVerdict;
  if (what.length === 0) {
    whatVerdict = verdict(agreement.what === undefined && !parsed.ok ? 'unknown' : 'unmet', []);
    if (agreement.what !== undefined || parsed.ok) findings.push(finding.error('agreement.www.what.empty', { path: ['what'] }));
  } else {
    analysis = analyzeGoalText(what, { locale: 'auto' });
    const evidence = quoteSpans('what', analysis.specific.evidence);
    whatVerdict = verdict(analysis.specific.status, evidence);
    if (analysis.specific.status !== 'met') findings.push(finding.of('agreement.www.what.vague', shortfall, { path: ['what'] }));
    for (const item of analysis.findings) {
      if (coveredByRule.has(item.code)) continue;
      if (agreement.when !== undefined && timeFindings.has(item.code)) continue;
      if (measure.length > 0 && measureFindings.has(item.code)) continue;
      findings.push({ ...item, path: ['what', ...item.path] });
    }
    // Appraisal and pay talk is for another conversation; the words found go into the finding.
    const signals = evaluativeSignals(what, analysis.locale);
    if (signals.length > 0) {
      const words = [...new Set(signals.map((signal) => signal.text.toLowerCase()))].join('", "');
      findings.push(finding.warning('agreement.text.evaluative', { path: ['what'], params: { words } }));
    }
  }

  // ---- Who
  let whoVerdict: CriterionVerdict;
  const who = agreement.who ?? '';
  if (who.length === 0) {
    whoVerdict = verdict(agreement.who === undefined && !parsed.ok ? 'unknown' : 'unmet', []);
    if (agreement.who !== undefined || parsed.ok) findings.push(finding.error('agreement.www.who.empty', { path: ['who'] }));
  } else if (context === undefined) {
    whoVerdict = verdict('unknown', [`who: ${who}`]);
  } else {
    const wanted = who.toLocaleLowerCase('nl');
    // An id match wins over a name match, so the order of the participants does not matter.
    const byId = context.participants.find((participant) => participant.id.toLocaleLowerCase('nl') === wanted);
    const byName = context.participants.filter((participant) => participant.name?.toLocaleLowerCase('nl') === wanted);
    const match = byId ?? (byName.length === 1 ? byName[0] : undefined);
    if (byId === undefined && byName.length > 1) {
      // Two people share the name: picking the first would depend on the order of the participants.
      const ids = byName.map((participant) => participant.id).sort();
      whoVerdict = verdict('unknown', [`who: ${who} (${ids.join(', ')})`]);
      findings.push(finding.warning('agreement.www.who.ambiguous', { path: ['who'], params: { who, ids: ids.join(', ') } }));
    } else if (match) {
      whoVerdict = verdict('met', [
        `who: ${who} (${match.role}${match.name !== undefined && match.name !== who ? `, ${match.name}` : ''})`,
      ]);
    } else {
      whoVerdict = verdict('unmet', [`who: ${who}`]);
      findings.push(finding.error('agreement.www.who.notParticipant', { path: ['who'], params: { who } }));
    }
  }

  // ---- When and time-bound
  let whenVerdict: CriterionVerdict;
  let timeBound: CriterionVerdict;
  const when = agreement.when;
  const textTime = analysis?.timeBound.status === 'met' ? quoteSpans('what', analysis.timeBound.evidence) : [];
  if (when === undefined) {
    const invalidWhen = !parsed.ok && (!isObject(input) || Object.hasOwn(input, 'when'));
    whenVerdict = verdict(invalidWhen ? 'unknown' : 'unmet', []);
    if (!invalidWhen) findings.push(finding.of('agreement.www.when.missing', open ? 'error' : 'info', { path: ['when'] }));
    timeBound = verdict(textTime.length > 0 ? 'met' : analysis ? 'unmet' : 'unknown', textTime);
  } else if (today === undefined || context === undefined) {
    whenVerdict = verdict('met', [`when: ${when}`]);
    timeBound = verdict('met', [`when: ${when}`, ...textTime]);
  } else if (compareCalendarDates(when, today) < 0 && open) {
    whenVerdict = verdict('unmet', [`when: ${when}`, `today: ${today}`]);
    timeBound = verdict('unmet', [`when: ${when}`, `today: ${today}`]);
    findings.push(finding.error('agreement.www.when.past', { path: ['when'], params: { when, today } }));
  } else {
    const horizon = memo(horizonCache, `${today} ${context.horizonMonths}`, () => addCalendarMonths(today, context.horizonMonths));
    timeBound = verdict('met', [`when: ${when}`, ...textTime]);
    if (compareCalendarDates(when, horizon) > 0 && open) {
      whenVerdict = verdict('unmet', [`when: ${when}`, `horizon: ${horizon}`]);
      findings.push(
        finding.warning('agreement.www.when.beyondHorizon', { path: ['when'], params: { when, months: context.horizonMonths } }),
      );
    } else {
      whenVerdict = verdict('met', [`when: ${when}`]);
    }
  }

  // ---- Specific and measurable
  const specific = analysis
    ? verdict(analysis.specific.status, quoteSpans('what', analysis.specific.evidence))
    : verdict(whatVerdict.status, []);
  let measurable: CriterionVerdict;
  if (measure.length > 0) {
    measurable = verdict('met', [
      `measure: "${measure.slice(0, 200)}"`,
      ...(analysis?.measurable.status === 'met' ? quoteSpans('what', analysis.measurable.evidence) : []),
    ]);
  } else if (analysis) {
    measurable = verdict(analysis.measurable.status, quoteSpans('what', analysis.measurable.evidence));
    if (analysis.measurable.status !== 'met')
      findings.push(finding.of('agreement.smart.measurable.missing', shortfall, { path: ['measure'] }));
  } else {
    measurable = verdict('unknown', []);
  }

  // ---- Acceptable: both sides accepted, and acceptance not low
  const acceptedBy = agreement.acceptedBy;
  const acceptableEvidence: string[] = [];
  let acceptable: CriterionStatus = 'unknown';
  if (acceptedBy !== undefined || parsed.ok) {
    const employee = acceptedBy?.employee;
    const manager = acceptedBy?.manager;
    if (employee !== undefined) acceptableEvidence.push(`acceptedBy.employee: ${employee}`);
    if (manager !== undefined) acceptableEvidence.push(`acceptedBy.manager: ${manager}`);
    acceptable = employee !== undefined && manager !== undefined ? 'met' : 'unmet';
    if (open && employee === undefined)
      findings.push(finding.of('agreement.smart.acceptable.employeeMissing', shortfall, { path: ['acceptedBy', 'employee'] }));
    if (open && manager === undefined)
      findings.push(finding.of('agreement.smart.acceptable.managerMissing', shortfall, { path: ['acceptedBy', 'manager'] }));
  }
  if (agreement.acceptance !== undefined) {
    acceptableEvidence.push(`acceptance: ${agreement.acceptance}`);
    if (agreement.acceptance < lowAcceptance) {
      acceptable = 'unmet';
      findings.push(
        finding.warning('agreement.smart.acceptable.low', { path: ['acceptance'], params: { acceptance: agreement.acceptance } }),
      );
    }
  }

  // ---- Realistic: budget, load, lead time for the scope the text names
  const realistic = checkRealistic(agreement, context, today, what, measure, findings);

  // ---- Practice link (a hint) and effect
  if ((agreement.kind ?? 'development') === 'development' && analysis) {
    const lex = lexicons[analysis.locale];
    const all = `${what} ${measure}`;
    // The course's own name is its topic, not a link to the work: "the customer service course".
    const rest = withoutCourseTopics(withoutCourseTopics(all, lexicons.nl.training), lexicons.en.training);
    if (test(lex.training, all) && !test(lexicons.nl.practice, rest) && !test(lexicons.en.practice, rest)) {
      findings.push(finding.info('agreement.practice.missingLink', { path: ['what'] }));
    }
  }
  let effect: number | undefined;
  const { quality, acceptance } = agreement;
  if (quality !== undefined && acceptance !== undefined) {
    effect = quality * acceptance;
    if (effect < lowEffect) findings.push(finding.info('agreement.effect.low', { params: { quality, acceptance, effect } }));
  } else if (quality !== undefined) {
    findings.push(finding.info('agreement.effect.qualityOnly', { path: ['acceptance'], params: { quality } }));
  } else if (acceptance !== undefined) {
    findings.push(finding.info('agreement.effect.acceptanceOnly', { path: ['quality'], params: { acceptance } }));
  }

  const sorted = sortFindings(findings);
  return {
    www: { who: whoVerdict, what: whatVerdict, when: whenVerdict },
    smart: { specific, measurable, acceptable: verdict(acceptable, acceptableEvidence), realistic, timeBound },
    ...(effect === undefined ? {} : { effect }),
    findings: sorted,
    ok: !hasErrors(sorted),
  };
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

function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

function money(value: Money, locale: 'nl' | 'en'): string {
  return formatMoney(value, locale);
}

/**
 * Small memo for the calendar helpers and Intl look-ups a check repeats with the same arguments
 * (a plan checks many agreements at one `now`); pure functions, so caching cannot change answers.
 */
function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (cache.size >= 256) cache.clear();
  cache.set(key, value);
  return value;
}
const todayCache = new Map<string, CalendarDate>();
const horizonCache = new Map<string, CalendarDate>();
const digitsCache = new Map<string, number>();

/** Plain evidence notation (`450.00 EUR`): cheap, and the same in both languages. */
function plainMoney(value: Money): string {
  const digits = memo(digitsCache, value.currency, () => minorUnitDigits(value.currency));
  return `${(value.amount / 10 ** digits).toFixed(digits)} ${value.currency}`;
}

function checkRealistic(
  agreement: Readable,
  context: Context | undefined,
  today: CalendarDate | undefined,
  what: string,
  measure: string,
  findings: Finding[],
): CriterionVerdict {
  if (context === undefined) return verdict('unknown', []);
  const evidence: string[] = [];
  let unmet = false;
  let unknown = false;

  const cost = agreement.cost;
  const budget = context.remainingBudget;
  if (cost !== undefined && budget !== undefined) {
    if (cost.currency !== budget.currency) {
      unknown = true;
      findings.push(
        finding.warning('agreement.smart.realistic.currencyMismatch', {
          path: ['cost', 'currency'],
          params: { cost: cost.currency, budget: budget.currency },
        }),
      );
    } else if (cost.amount > budget.amount) {
      unmet = true;
      evidence.push(`cost: ${plainMoney(cost)} > remainingBudget: ${plainMoney(budget)}`);
      findings.push(
        finding.error('agreement.smart.realistic.overBudget', {
          path: ['cost'],
          params: { cost: money(cost, context.locale), remaining: money(budget, context.locale) },
        }),
      );
    } else {
      evidence.push(`cost: ${plainMoney(cost)} <= remainingBudget: ${plainMoney(budget)}`);
    }
  } else if (cost !== undefined && cost.amount > 0) {
    unknown = true;
    evidence.push(`cost: ${plainMoney(cost)}, no budget given`);
  }

  if (context.openAgreements !== undefined) {
    // Only the owner's own load counts (a host may pass the whole plan), and by id: the same
    // agreement listed twice is one agreement. Owners are compared as participants, so an id and
    // the same person's name meet.
    const ownerKey = (who: string | undefined): string => {
      const wanted = (who ?? '').trim().toLocaleLowerCase('nl');
      const byId = context.participants.find((participant) => participant.id.toLocaleLowerCase('nl') === wanted);
      const byName = context.participants.filter((participant) => participant.name?.toLocaleLowerCase('nl') === wanted);
      const participant = byId ?? (byName.length === 1 ? byName[0] : undefined);
      return participant !== undefined ? `participant:${participant.id}` : `text:${wanted}`;
    };
    const owner = ownerKey(agreement.who);
    const others = new Set(
      context.openAgreements
        .filter((other) => other.status === 'open' && other.id !== agreement.id && ownerKey(other.who) === owner)
        .map((other) => other.id),
    ).size;
    evidence.push(`other open agreements: ${others}`);
    if (others >= context.maxOpenAgreements) {
      unmet = true;
      findings.push(
        finding.warning('agreement.smart.realistic.overloaded', { path: [], params: { open: others, max: context.maxOpenAgreements } }),
      );
    }
  }

  const when = agreement.when;
  if (when !== undefined && today !== undefined && compareCalendarDates(when, today) >= 0) {
    const days = daysBetween(today, when);
    const text = `${what} ${measure}`;
    const scope = scopes.find((candidate) => test(candidate.pattern, text));
    if (scope !== undefined) {
      evidence.push(`${days} days for ${scope.label.en} (at least ${scope.minimumDays})`);
      if (days < scope.minimumDays) {
        unmet = true;
        findings.push(
          finding.warning('agreement.smart.realistic.tooClose', {
            path: ['when'],
            params: { days, minimumDays: scope.minimumDays, scope: scope.label[context.locale] },
          }),
        );
      }
    }
  }
  return verdict(unmet ? 'unmet' : unknown ? 'unknown' : 'met', evidence);
}

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
export function smartShortfalls(report: AgreementReport): SmartCriterion[] {
  return smartCriteria.filter((criterion) => {
    try {
      return report.smart[criterion].status !== 'met';
    } catch {
      return true;
    }
  });
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
