// The events of agreements and support agreements: proposing, changing, accepting, withdrawing.
import type { Finding } from '../core/index.js';
import { hasErrors, prefixPaths } from '../core/index.js';
import type { Agreement } from '../agreements/index.js';
import { checkAgreement } from '../agreements/index.js';
import { finding } from '../locales/index.js';
import type { Decision, HandledEvent, Handler } from './decision.js';
import { accept, other, refuse, unlessOpen } from './decision.js';
import { findingKey } from './agenda-findings.js';
import { budgetFindingsFor } from './budget.js';
import { acceptIn } from './handlers-accept.js';
import { agreementRef, checkContext } from './guards.js';
import { competenceFindings } from './handlers-competences.js';
import { audienceFindings, recordAudience } from './texts.js';
import type { Conversation, ConversationAgreement } from './types.js';

type List = 'agreements' | 'supportAgreements';
type Role = 'employee' | 'manager';

function refOf(list: List, agreement: { readonly id: string; readonly what: string }) {
  return agreementRef({ agreement }, list === 'agreements' ? 'agreement' : 'supportAgreement');
}

function find(conversation: Conversation, id: string): { list: List; index: number; entry: ConversationAgreement } | undefined {
  for (const list of ['agreements', 'supportAgreements'] as const) {
    const index = conversation[list].findIndex((entry) => entry.agreement.id === id);
    const entry = conversation[list][index];
    if (entry !== undefined) return { list, index, entry };
  }
  return undefined;
}

/** `acceptedBy` in the state's key order: the employee's consent first. */
function consent(employee: string | undefined, manager: string | undefined): Agreement['acceptedBy'] {
  return { ...(employee !== undefined ? { employee } : {}), ...(manager !== undefined ? { manager } : {}) };
}

/** Acceptance is the conversation's own flow (the other side's event follows): the check need not ask for it. */
const acceptanceCodes = new Set(['agreement.smart.acceptable.employeeMissing', 'agreement.smart.acceptable.managerMissing']);

/** The agreement check's advice on a learning offer: given as it is, not folded into the draft. */
const isOfferAdvice = (found: Finding): boolean => found.code.startsWith('agreement.offer.');

/**
 * A proposal may be a draft: what the agreement check finds wrong becomes one composite warning whose
 * details are the check's own findings; the guards decide when the phase closes. The check's advice
 * on a learning offer comes beside it with its own codes, under `agreement`: a warning each time, a
 * hint when it is new (on a revision: not said about the version before).
 */
function draftWarnings(
  conversation: Conversation,
  list: List,
  agreement: Agreement,
  at: string,
  erased: boolean,
  before?: Agreement,
): Finding[] {
  // An erased text was checked when it was written; `[…]` says nothing about it.
  if (erased) return [];
  const context = checkContext(conversation, at);
  const report = checkAgreement(agreement, context);
  const problems = report.findings.filter((f) => f.severity !== 'info' && !acceptanceCodes.has(f.code) && !isOfferAdvice(f));
  const said = new Set(
    before === undefined || before.offer === undefined
      ? []
      : checkAgreement(before, context).findings.filter(isOfferAdvice).map(findingKey),
  );
  const offer = prefixPaths(
    report.findings.filter((f) => isOfferAdvice(f) && (f.severity !== 'info' || !said.has(findingKey(f)))),
    ['agreement'],
  );
  if (problems.length === 0) return offer;
  return [
    finding.warning('conversation.agreement.draft', {
      path: ['agreement'],
      params: { agreement: refOf(list, agreement) },
      details: problems,
    }),
    ...offer,
  ];
}

/** The agreement as the conversation keeps it: of the list's kind, open, agreed by its author only. */
function stored(list: List, agreement: Agreement, by: Role, at: string): Agreement {
  return {
    ...agreement,
    kind: list === 'supportAgreements' ? 'support' : 'development',
    acceptedBy: consent(by === 'employee' ? at : undefined, by === 'manager' ? at : undefined),
  };
}

/**
 * An agreement made in the conversation is open: whether it was done is the follow-up's to say, and
 * dropping it is a withdrawal (with a reason), not a status slipped into a proposal or revision.
 */
function notOpen(list: List, agreement: Agreement): Decision {
  return refuse(
    finding.error('conversation.agreement.notOpen', {
      path: ['agreement', 'status'],
      params: { agreement: refOf(list, agreement), status: agreement.status },
    }),
  );
}

function propose(conversation: Conversation, event: HandledEvent<'proposeAgreement' | 'proposeSupport'>, list: List): Decision {
  const { agreement, by } = event;
  const existing = find(conversation, agreement.id);
  if (existing !== undefined) {
    // Named by what the agreement already there says: that is the one to change.
    const params = { agreement: refOf(existing.list, existing.entry.agreement) };
    return refuse(finding.error('conversation.agreement.duplicate', { path: ['agreement', 'id'], params }));
  }
  if (agreement.status !== 'open') return notOpen(list, agreement);
  if (list === 'agreements' && agreement.kind === 'support') {
    return refuse(
      finding.error('conversation.agreement.useSupport', { path: ['agreement', 'kind'], params: { agreement: refOf(list, agreement) } }),
    );
  }
  if (agreement.acceptedBy[other(by)] !== undefined) {
    // Acceptance is the other side's own event; a proposal cannot carry it.
    return refuse(
      finding.error('conversation.guard.agreementsAccepted', {
        path: ['agreement', 'acceptedBy', other(by)],
        params: { agreement: refOf(list, agreement), side: other(by) },
      }),
    );
  }
  const problems = [
    ...competenceFindings(conversation, agreement.competenceId, ['agreement', 'competenceId']),
    ...audienceFindings(conversation, 'agreement', event.visibility, event.sharedWith),
  ];
  if (problems.length > 0) return refuse(...problems);
  const kept = stored(list, agreement, by, event.at);
  const findings = draftWarnings(conversation, list, kept, event.at, event.erased !== undefined);
  if (list === 'agreements' && by === 'manager') {
    // The employee proposes the solution: a hint in relaxed mode, a warning otherwise (strict mode
    // asks the employee to revise it before accepting, see acceptIn).
    const severity = conversation.strictness === 'relaxed' ? 'info' : 'warning';
    findings.push(
      finding.of('conversation.agreement.proposedByManager', severity, { path: ['by'], params: { agreement: refOf(list, kept) } }),
    );
  }
  findings.push(...providerFindings(conversation, list, kept, undefined));
  const entry: ConversationAgreement = {
    agreement: kept,
    proposedBy: by,
    proposedAt: event.at,
    revision: 0,
    withdrawn: null,
    ...recordAudience('agreement', event.visibility, event.sharedWith),
  };
  const budget = budgetCheck(conversation, withEntry(conversation, list, conversation[list].length, entry), kept.id, ['agreement', 'cost']);
  if (hasErrors(budget)) return refuse(...budget);
  findings.push(...budget);
  return accept((writer) => writer.push([list], entry), findings);
}

function revise(conversation: Conversation, event: HandledEvent<'reviseAgreement'>): Decision {
  const { agreement, by } = event;
  const found = find(conversation, agreement.id);
  const blocked = unlessOpen(conversation, event.type, found?.list === 'supportAgreements' ? 'support' : 'agreements');
  if (blocked !== undefined) return blocked;
  if (found === undefined)
    return refuse(
      finding.error('conversation.agreement.unknown', { path: ['agreement', 'id'], params: { agreement: refOf('agreements', agreement) } }),
    );
  const ref = refOf(found.list, found.entry.agreement);
  if (found.entry.withdrawn !== null)
    return refuse(finding.error('conversation.agreement.withdrawn', { path: ['agreement', 'id'], params: { agreement: ref } }));
  if (agreement.status !== 'open') return notOpen(found.list, agreement);
  const problems = [
    ...competenceFindings(conversation, agreement.competenceId, ['agreement', 'competenceId']),
    ...audienceFindings(conversation, 'agreement', event.visibility, event.sharedWith),
  ];
  if (problems.length > 0) return refuse(...problems);
  const kept = stored(found.list, agreement, by, event.at);
  const findings = draftWarnings(conversation, found.list, kept, event.at, event.erased !== undefined, found.entry.agreement);
  if (found.entry.agreement.acceptedBy[other(by)] !== undefined) {
    findings.push(
      finding.warning('conversation.agreement.revisionResetsAcceptance', {
        path: ['agreement'],
        params: { agreement: refOf(found.list, kept), side: other(by) },
      }),
    );
  }
  findings.push(...providerFindings(conversation, found.list, kept, found.entry.agreement.providerSearchedBy));
  // The entry is written whole, so its keys keep their order (who revised it last included).
  const entry: ConversationAgreement = {
    agreement: kept,
    proposedBy: found.entry.proposedBy,
    proposedAt: found.entry.proposedAt,
    revision: found.entry.revision + 1,
    revisedBy: by,
    withdrawn: found.entry.withdrawn,
    ...recordAudience('agreement', event.visibility ?? found.entry.visibility, event.sharedWith ?? found.entry.sharedWith),
  };
  const budget = budgetCheck(conversation, withEntry(conversation, found.list, found.index, entry), kept.id, ['agreement', 'cost']);
  if (hasErrors(budget)) return refuse(...budget);
  findings.push(...budget);
  return accept((writer) => writer.set([found.list, found.index], entry), findings);
}

function withdraw(conversation: Conversation, event: HandledEvent<'withdrawAgreement'>): Decision {
  const id = event.agreementId;
  const found = find(conversation, id);
  const blocked = unlessOpen(conversation, event.type, found?.list === 'supportAgreements' ? 'support' : 'agreements');
  if (blocked !== undefined) return blocked;
  if (found === undefined)
    return refuse(
      finding.error('conversation.agreement.unknown', { path: ['agreementId'], params: { agreement: { kind: 'agreement', id } } }),
    );
  if (found.entry.withdrawn !== null) {
    return refuse(
      finding.error('conversation.agreement.withdrawn', {
        path: ['agreementId'],
        params: { agreement: refOf(found.list, found.entry.agreement) },
      }),
    );
  }
  return accept((writer) => {
    writer.set([found.list, found.index, 'withdrawn'], { at: event.at, by: event.by, reason: event.reason });
    writer.set([found.list, found.index, 'agreement', 'status'], 'dropped');
  });
}

/**
 * The employee finds the provider, as they propose the solution: when the manager or an HR adviser is
 * to search instead, a hint in relaxed mode and a warning otherwise; said when it is set or changed.
 */
function providerFindings(
  conversation: Conversation,
  list: List,
  agreement: Agreement,
  before: Agreement['providerSearchedBy'],
): Finding[] {
  const searcher = agreement.providerSearchedBy;
  if (searcher === undefined || searcher === 'employee' || searcher === before) return [];
  const severity = conversation.strictness === 'relaxed' ? 'info' : 'warning';
  const params = { agreement: refOf(list, agreement), searcher };
  return [finding.of('conversation.agreement.providerNotEmployee', severity, { path: ['agreement', 'providerSearchedBy'], params })];
}

/** The lists as they would stand with `entry` at `index` of `list` (appended when `index` is the length). */
function withEntry(conversation: Conversation, list: List, index: number, entry: ConversationAgreement) {
  const changed = [...conversation[list]];
  changed[index] = entry;
  return { agreements: conversation.agreements, supportAgreements: conversation.supportAgreements, [list]: changed };
}

/** The budget's word on an agreement as the lists would stand; an error refuses the event, state untouched. */
function budgetCheck(
  conversation: Conversation,
  lists: Parameters<typeof budgetFindingsFor>[2],
  id: string,
  path: readonly (string | number)[],
) {
  return budgetFindingsFor(conversation.budget, conversation.strictness, lists, id, path, (line) => refOf(line.list, line.agreement));
}

/** The handlers of agreements. */
export const agreementHandlers = {
  proposeAgreement: (conversation, event) => propose(conversation, event, 'agreements'),
  proposeSupport: (conversation, event) => propose(conversation, event, 'supportAgreements'),
  reviseAgreement: revise,
  acceptAgreement: (conversation, event) => acceptIn(conversation, event, 'agreements'),
  acceptSupport: (conversation, event) => acceptIn(conversation, event, 'supportAgreements'),
  withdrawAgreement: withdraw,
} satisfies {
  [T in 'proposeAgreement' | 'proposeSupport' | 'reviseAgreement' | 'acceptAgreement' | 'acceptSupport' | 'withdrawAgreement']: Handler<T>;
};
