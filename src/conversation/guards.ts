// The guards on leaving a phase, as a registry keyed by GuardId: each says how severe it is under
// each strictness and what it finds. Adding a guard is one entry here (and its finding's messages).
import type { Finding, Ref, Severity } from '../core/index.js';
import type { AgreementReport } from '../agreements/index.js';
import { checkAgreement, meetsWww, smartShortfalls } from '../agreements/index.js';
import { finding } from '../locales/index.js';
import { claimantsOf, claimsOf, overClaims, withinBudgetFinding } from './budget.js';
import { erasedText, isErased } from './texts.js';
import type { Conversation, ConversationAgreement, GuardId, Strictness, TemplatePhase } from './types.js';

/** Which of who, what and when a report does not find, in that order. */
function wwwShortfalls(report: AgreementReport): ('who' | 'what' | 'when')[] {
  return (['who', 'what', 'when'] as const).filter((part) => report.www[part].status !== 'met');
}

/** What a guard may consult besides the state: the moment of the move, and shared agreement checks. */
export interface GuardContext {
  readonly at: string;
  /** The guards being evaluated together (SMART leaves acceptance to the acceptance guard). */
  readonly guards: ReadonlySet<GuardId>;
  /** The agreement check of a live agreement, made once per move and shared by WWW and SMART. */
  report(entry: ConversationAgreement): AgreementReport;
}

/** A guard: its severity per strictness, and what it finds (with that severity). */
export interface Guard {
  readonly severity: { readonly [S in Strictness]: Severity };
  check(conversation: Conversation, severity: Severity, context: GuardContext): Finding[];
}

const soft = { relaxed: 'warning', standard: 'error', strict: 'error' } as const;
const hard = { relaxed: 'error', standard: 'error', strict: 'error' } as const;

/** A reference to an agreement, named by what it says. */
export function agreementRef(entry: { readonly agreement: { readonly id: string; readonly what: string } }, kind = 'agreement'): Ref {
  const what = entry.agreement.what.trim();
  // An erased text is no title: the agreement is named by what it is.
  return what.length > 0 && what !== erasedText ? { kind, id: entry.agreement.id, title: what } : { kind, id: entry.agreement.id };
}

/** Each live agreement of a list, with its index. */
function live(list: readonly ConversationAgreement[]): [ConversationAgreement, number][] {
  const found: [ConversationAgreement, number][] = [];
  list.forEach((entry, index) => {
    if (entry.withdrawn === null) found.push([entry, index]);
  });
  return found;
}

/** Live agreements whose texts can still be judged: an erased one passed its checks when it was written. */
function judged(conversation: Conversation): [ConversationAgreement, number][] {
  const all = live(conversation.agreements);
  return (conversation.erasures ?? []).length === 0
    ? all
    : all.filter(([entry]) => !isErased(conversation, { kind: 'agreement', id: entry.agreement.id }));
}

function accepted(
  list: 'agreements' | 'supportAgreements',
  code: 'conversation.guard.agreementsAccepted' | 'conversation.guard.supportAccepted',
): Guard {
  return {
    severity: hard,
    check: (conversation, severity) =>
      live(conversation[list]).flatMap(([entry, index]) =>
        (['employee', 'manager'] as const)
          .filter((side) => entry.agreement.acceptedBy[side] === undefined)
          .map((side) =>
            finding.of(code, severity, {
              path: [list, index, 'agreement', 'acceptedBy', side],
              params: { agreement: agreementRef(entry, list === 'agreements' ? 'agreement' : 'supportAgreement'), side },
            }),
          ),
      ),
  };
}

/** The whole set of claims against the budget position: one finding per source and unit (a currency, or study time) claimed beyond what is left. */
function withinBudget(conversation: Conversation, severity: Severity): Finding[] {
  const budget = conversation.budget;
  if (budget === undefined) return [];
  const claims = claimsOf(budget, conversation);
  return overClaims(budget, claims).map((over) =>
    withinBudgetFinding(
      over,
      severity,
      ['budget', 'sources', budget.sources.indexOf(over.source), 'remaining'],
      claimantsOf(claims, over, (line) => agreementRef(line, line.list === 'agreements' ? 'agreement' : 'supportAgreement')),
    ),
  );
}

/** The registry: every guard the model knows. */
export const guards: { readonly [G in GuardId]: Guard } = Object.freeze({
  purposeSet: {
    severity: soft,
    check: (conversation, severity) =>
      conversation.purpose === null ? [finding.of('conversation.guard.purposeSet', severity, { path: ['purpose'] })] : [],
  },
  agendaMerged: {
    severity: soft,
    check: (conversation, severity) =>
      conversation.agenda === null ? [finding.of('conversation.guard.agendaMerged', severity, { path: ['agenda'] })] : [],
  },
  agreementsPresent: {
    severity: soft,
    check: (conversation, severity) =>
      live(conversation.agreements).length === 0
        ? [finding.of('conversation.guard.agreementsPresent', severity, { path: ['agreements'] })]
        : [],
  },
  agreementsWww: {
    severity: soft,
    check: (conversation, severity, context) =>
      judged(conversation)
        .filter(([entry]) => !meetsWww(context.report(entry)))
        .map(([entry, index]) =>
          finding.of('conversation.guard.agreementsWww', severity, {
            path: ['agreements', index, 'agreement'],
            params: { agreement: agreementRef(entry), missing: wwwShortfalls(context.report(entry)) },
          }),
        ),
  },
  agreementsSmart: {
    severity: { relaxed: 'warning', standard: 'warning', strict: 'error' },
    check: (conversation, severity, context) =>
      judged(conversation).flatMap(([entry, index]) => {
        // Missing acceptance is the acceptance guard's to say; SMART would only repeat it.
        const waiting = entry.agreement.acceptedBy.employee === undefined || entry.agreement.acceptedBy.manager === undefined;
        const criteria = smartShortfalls(context.report(entry)).filter(
          (criterion) => !(criterion === 'acceptable' && waiting && context.guards.has('agreementsAccepted')),
        );
        if (criteria.length === 0) return [];
        return [
          finding.of('conversation.guard.agreementsSmart', severity, {
            path: ['agreements', index, 'agreement'],
            params: { agreement: agreementRef(entry), criteria },
          }),
        ];
      }),
  },
  agreementsAccepted: accepted('agreements', 'conversation.guard.agreementsAccepted'),
  supportAccepted: accepted('supportAgreements', 'conversation.guard.supportAccepted'),
  nextConversationScheduled: {
    severity: hard,
    check: (conversation, severity) =>
      conversation.nextConversation === null
        ? [finding.of('conversation.guard.nextConversationScheduled', severity, { path: ['nextConversation'] })]
        : [],
  },
  withinBudget: {
    severity: soft,
    check: withinBudget,
  },
  evaluationGiven: {
    severity: { relaxed: 'info', standard: 'warning', strict: 'error' },
    check: (conversation, severity) =>
      conversation.evaluation === null ? [finding.of('conversation.guard.evaluationGiven', severity, { path: ['evaluation'] })] : [],
  },
});

/** The context the agreement check runs in: the conversation's participants, language and strictness. */
export function checkContext(conversation: Conversation, now: string) {
  return {
    now,
    locale: conversation.locale,
    timeZone: conversation.timeZone,
    participants: [
      { id: conversation.employee.id, name: conversation.employee.name, role: 'employee' as const },
      { id: conversation.manager.id, name: conversation.manager.name, role: 'manager' as const },
    ],
    strict: conversation.strictness === 'strict',
  };
}

/**
 * The guards of leaving a phase: the template's own, plus those the model always asks for whatever a
 * host's template says (a template can add guards, never drop one): agreements need both sides'
 * acceptance and WWW (SMART is checked too), support needs both sides' acceptance, and a development
 * conversation leaves its agreements with at least one; with a budget position, the costs must fit it.
 */
export function exitGuardsOf(conversation: Pick<Conversation, 'kind' | 'budget'>, phase: TemplatePhase): GuardId[] {
  const found: GuardId[] = [...phase.exitGuards];
  if (phase.activities.includes('agreements')) {
    if (conversation.kind === 'development') found.push('agreementsPresent');
    found.push('agreementsWww', 'agreementsSmart', 'agreementsAccepted');
  }
  if (phase.activities.includes('support')) found.push('supportAccepted');
  if (conversation.budget !== undefined && (phase.activities.includes('agreements') || phase.activities.includes('support'))) {
    found.push('withinBudget');
  }
  return found;
}

/** Evaluates guards against a state at the moment `at` of the move, each once, in a stable order. */
export function evaluateGuards(conversation: Conversation, ids: readonly GuardId[], at: string): Finding[] {
  const unique = new Set(ids);
  const reports = new Map<ConversationAgreement, AgreementReport>();
  const context: GuardContext = {
    at,
    guards: unique,
    report: (entry) => {
      let report = reports.get(entry);
      if (report === undefined) {
        report = checkAgreement(entry.agreement, checkContext(conversation, at));
        reports.set(entry, report);
      }
      return report;
    },
  };
  const findings: Finding[] = [];
  for (const id of unique) {
    const guard = guards[id];
    findings.push(...guard.check(conversation, guard.severity[conversation.strictness], context));
  }
  return findings;
}
