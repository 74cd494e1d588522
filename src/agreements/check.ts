import { safeParse } from 'zod/mini';
import type * as zc from 'zod/v4/core';
import type { CalendarDate, Finding } from '../core/index.js';
import { calendarDateOf, deepFreeze, defaultTimeZone, hasErrors, orderFindings, parseWith } from '../core/index.js';
import { finding } from '../locales/index.js';
import { effectOf, offerFindings, practiceFindings, providerFindings } from './advice.js';
import { analyzeGoalText } from './analyze.js';
import { checkRealistic } from './realistic.js';
import type { AgreementCheckContext, AgreementReport } from './types.js';
import { agreementCheckContextSchema, agreementSchema } from './schema.js';
import { checkAcceptable, checkMeasurable, checkSpecific } from './smart.js';
import type { CheckState, Context, Readable } from './state.js';
import { memo, todayCache, verdict } from './state.js';
import { checkWhat, checkWhen, checkWho } from './www.js';

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
 * SMART criteria, each with a status and the evidence behind it; the effect E = Q × A when quality
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

/** Validates the input and the context, and gathers what every rule of the check reads. */
function stateOf(input: unknown, rawContext: unknown): CheckState {
  const findings: Finding[] = [];
  const parsedContext = parseWith(agreementCheckContextSchema, rawContext, { path: ['context'] });
  const context: Context | undefined = parsedContext.ok ? parsedContext.value : undefined;
  findings.push(...parsedContext.findings);

  const parsed = parseWith(agreementSchema, input);
  findings.push(...parsed.findings);
  const agreement: Readable = parsed.ok ? parsed.value : lenientRead(input);

  const timeZone = context?.timeZone ?? defaultTimeZone;
  const today: CalendarDate | undefined = context
    ? memo(todayCache, `${context.now} ${timeZone}`, () => calendarDateOf(context.now, timeZone))
    : undefined;
  const what = agreement.what ?? '';
  return {
    input,
    agreement,
    parsed: parsed.ok,
    context,
    today,
    open: (agreement.status ?? 'open') === 'open',
    shortfall: (context?.strict ?? false) ? 'error' : 'warning',
    what,
    measure: agreement.measure?.trim() ?? '',
    // The text analysis behind specific, measurable and a text deadline.
    analysis: what.length === 0 ? undefined : analyzeGoalText(what, { locale: 'auto' }),
    findings,
  };
}

function check(input: unknown, rawContext: unknown): AgreementReport {
  const state = stateOf(input, rawContext);
  const { agreement, findings } = state;
  if (!state.open && agreement.status !== undefined) {
    findings.push(
      finding.info('agreement.status.closed', { path: ['status'], params: { status: agreement.status as 'done' | 'dropped' } }),
    );
  }
  const what = checkWhat(state);
  const who = checkWho(state);
  const { when, timeBound } = checkWhen(state);
  const specific = checkSpecific(state, what);
  const measurable = checkMeasurable(state);
  const acceptable = checkAcceptable(state);
  const realistic = checkRealistic(state);
  findings.push(...practiceFindings(state), ...providerFindings(state), ...offerFindings(state));
  const effect = effectOf(state);

  const sorted = orderFindings(findings);
  return {
    www: { who, what, when },
    smart: { specific, measurable, acceptable, realistic, timeBound },
    ...(effect === undefined ? {} : { effect }),
    findings: sorted,
    ok: !hasErrors(sorted),
  };
}
