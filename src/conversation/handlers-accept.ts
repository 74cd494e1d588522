// Accepting an agreement: each side's consent, the scores of E = Q × A given with it, and the
// employee's own solution (in strict mode the employee does not accept the manager's words as they
// stand: they revise them first).
import type { Finding } from '../core/index.js';
import { hasErrors } from '../core/index.js';
import { agreementSchema } from '../agreements/schema.js';
import type { Agreement } from '../agreements/index.js';
import { finding } from '../locales/index.js';
import type { Decision, HandledEvent } from './decision.js';
import { accept, refuse } from './decision.js';
import { budgetFindingsFor } from './budget.js';
import { agreementRef } from './guards.js';
import type { Conversation, ConversationAgreement } from './types.js';

type List = 'agreements' | 'supportAgreements';

/** Acceptance below this (out of 10) carries an agreement too weakly, whatever its quality. */
export const lowAcceptance = 5;

function consent(employee: string | undefined, manager: string | undefined): Agreement['acceptedBy'] {
  return { ...(employee !== undefined ? { employee } : {}), ...(manager !== undefined ? { manager } : {}) };
}

/** Has the employee made the manager's proposal their own (by revising it)? Always, for their own. */
export function employeeOwns(entry: ConversationAgreement): boolean {
  return entry.proposedBy === 'employee' || entry.revisedBy === 'employee';
}

/** The agreement with its consent and the scores given, in the agreement's own key order. */
function scored(agreement: Agreement, acceptedBy: Agreement['acceptedBy'], event: HandledEvent<'acceptAgreement'>): Agreement {
  const next = {
    ...agreement,
    acceptedBy,
    ...(event.quality === undefined ? {} : { quality: event.quality }),
    ...(event.acceptance === undefined ? {} : { acceptance: event.acceptance }),
  };
  if (event.quality === undefined && event.acceptance === undefined) return next;
  // A score added to an agreement that had none goes where the schema puts it, so equal data is equal JSON.
  return agreementSchema.parse(next) as Agreement;
}

function lowAcceptanceFinding(list: List, agreement: Agreement): Finding[] {
  if (agreement.acceptance === undefined || agreement.acceptance >= lowAcceptance) return [];
  const ref = agreementRef({ agreement }, list === 'agreements' ? 'agreement' : 'supportAgreement');
  return [
    finding.warning('conversation.agreement.lowAcceptance', {
      path: ['acceptance'],
      params: { agreement: ref, acceptance: agreement.acceptance },
    }),
  ];
}

/** Accepts an agreement or support agreement, with the scores of E = Q × A if given. */
export function acceptIn(
  conversation: Conversation,
  event: HandledEvent<'acceptAgreement'> | HandledEvent<'acceptSupport'>,
  list: List,
): Decision {
  const id = event.agreementId;
  const index = conversation[list].findIndex((entry) => entry.agreement.id === id);
  const entry = conversation[list][index];
  const kind = list === 'agreements' ? 'agreement' : 'supportAgreement';
  if (entry === undefined)
    return refuse(finding.error('conversation.agreement.unknown', { path: ['agreementId'], params: { agreement: { kind, id } } }));
  const ref = agreementRef(entry, kind);
  if (entry.withdrawn !== null)
    return refuse(finding.error('conversation.agreement.withdrawn', { path: ['agreementId'], params: { agreement: ref } }));
  if (entry.agreement.acceptedBy[event.by] !== undefined) {
    return refuse(
      finding.error('conversation.agreement.alreadyAccepted', { path: ['agreementId'], params: { agreement: ref, side: event.by } }),
    );
  }
  if (conversation.strictness === 'strict' && list === 'agreements' && event.by === 'employee' && !employeeOwns(entry)) {
    return refuse(finding.error('conversation.agreement.ownSolution', { path: ['agreementId'], params: { agreement: ref } }));
  }
  const given = entry.agreement.acceptedBy;
  const acceptedBy = consent(event.by === 'employee' ? event.at : given.employee, event.by === 'manager' ? event.at : given.manager);
  const agreement = scored(entry.agreement, acceptedBy, event as HandledEvent<'acceptAgreement'>);
  // The budget as the lists stand: accepting changes no cost, but an over-claim is refused in strict mode.
  const budget = budgetFindingsFor(conversation.budget, conversation.strictness, conversation, id, ['agreementId'], (line) =>
    agreementRef({ agreement: line.agreement }, line.list === 'agreements' ? 'agreement' : 'supportAgreement'),
  );
  if (hasErrors(budget)) return refuse(...budget);
  const findings = [...lowAcceptanceFinding(list, agreement), ...budget];
  if (agreement.quality === entry.agreement.quality && agreement.acceptance === entry.agreement.acceptance) {
    return accept((writer) => writer.set([list, index, 'agreement', 'acceptedBy'], acceptedBy), findings);
  }
  return accept((writer) => writer.set([list, index, 'agreement'], agreement), findings);
}
