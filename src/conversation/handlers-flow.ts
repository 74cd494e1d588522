// The moves of the conversation itself: starting, moving between phases, concluding, postponing and
// cancelling.
import type { Finding } from '../core/index.js';
import { compareInstants } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { PhaseId } from '../vocabulary/index.js';
import type { Decision, Handler } from './decision.js';
import { accept, notNowFinding, refuse } from './decision.js';
import type { Writer } from './draft.js';
import type { ConversationEventOf } from './event-types.js';
import { evaluationsOf } from './evaluations.js';
import { evaluateGuards, exitGuardsOf } from './guards.js';
import { phaseIndex } from './rules.js';
import type { Conversation, ParticipantRole, PhaseVisit, TemplatePhase } from './types.js';
import { evaluativeItems } from './drift.js';

/** A visit in the state's key order. */
function visit(phase: PhaseId, enteredAt: string, by: ParticipantRole, leftAt?: string): PhaseVisit {
  return { phase, enteredAt, ...(leftAt !== undefined ? { leftAt } : {}), by };
}

/** Closes the running visit (if any) at `at`. */
function leave(conversation: Conversation, writer: Writer, at: string): void {
  const index = conversation.phaseHistory.length - 1;
  const last = conversation.phaseHistory[index];
  if (last !== undefined && last.leftAt === undefined) writer.set(['phaseHistory', index], visit(last.phase, last.enteredAt, last.by, at));
}

/** Moves into a phase: the running visit ends, a new one begins. */
function enter(conversation: Conversation, writer: Writer, phase: PhaseId, at: string, by: ParticipantRole): void {
  leave(conversation, writer, at);
  writer.set(['phase'], phase);
  writer.push(['phaseHistory'], visit(phase, at, by));
}

function start(conversation: Conversation, event: ConversationEventOf<'start'>): Decision {
  if (phaseIndex(conversation) > 0) {
    // Resuming a postponed conversation where it stopped: its guards were passed already. A new visit
    // of the phase starts now, so the time it lay still does not count as time talked.
    return accept((writer) => {
      writer.set(['status'], 'inProgress');
      enter(conversation, writer, conversation.phase, event.at, event.by);
    });
  }
  const first = conversation.template.phases[0] as TemplatePhase;
  const next = conversation.template.phases[1] as TemplatePhase;
  // No start without a purpose and a merged agenda, even if a host's template forgot to say so.
  const findings = evaluateGuards(conversation, [...exitGuardsOf(conversation, first), 'purposeSet', 'agendaMerged'], event.at);
  return accept((writer) => {
    writer.set(['status'], 'inProgress');
    if (conversation.startedAt === null) writer.set(['startedAt'], event.at);
    if (conversation.phaseHistory.length === 0) {
      // Preparation counts from the last event before the start (it has no talk time of its own).
      writer.push(['phaseHistory'], visit(first.id, conversation.updatedAt ?? event.at, event.by, event.at));
      writer.set(['phase'], next.id);
      writer.push(['phaseHistory'], visit(next.id, event.at, event.by));
    } else {
      enter(conversation, writer, next.id, event.at, event.by);
    }
  }, findings);
}

function nextPhase(conversation: Conversation, event: ConversationEventOf<'nextPhase'>): Decision {
  const index = phaseIndex(conversation);
  const phase = conversation.template.phases[index];
  const next = conversation.template.phases[index + 1];
  if (phase === undefined) return refuse(notNowFinding(conversation, event.type));
  if (next === undefined) return refuse(finding.error('conversation.phase.last', { path: ['type'], params: { phase: phase.id } }));
  const findings = evaluateGuards(conversation, exitGuardsOf(conversation, phase), event.at);
  return accept((writer) => enter(conversation, writer, next.id, event.at, event.by), findings);
}

function previousPhase(conversation: Conversation, event: ConversationEventOf<'previousPhase'>): Decision {
  const index = phaseIndex(conversation);
  const phase = conversation.template.phases[index];
  const previous = conversation.template.phases[index - 1];
  if (phase === undefined || previous === undefined || index - 1 < 1 || !phase.allowBack) {
    return refuse(finding.error('conversation.phase.noBack', { path: ['type'], params: { phase: conversation.phase } }));
  }
  return accept((writer) => enter(conversation, writer, previous.id, event.at, event.by));
}

function conclude(conversation: Conversation, event: ConversationEventOf<'conclude'>): Decision {
  const last = conversation.template.phases[conversation.template.phases.length - 1] as TemplatePhase;
  if (conversation.phase !== last.id) return refuse(notNowFinding(conversation, event.type));
  const findings = evaluateGuards(conversation, [...exitGuardsOf(conversation, last), 'nextConversationScheduled'], event.at);
  const drift = conversation.kind === 'development' ? evaluativeItems(conversation).length : 0;
  if (drift > 0) findings.push(finding.warning('conversation.conclude.evaluativeDrift', { path: ['agenda'], params: { count: drift } }));
  // An evaluation from one side only: the other side's view of the conversation is worth asking for.
  const { employee, manager } = evaluationsOf(conversation);
  if ((employee === undefined) !== (manager === undefined)) {
    const missing = employee === undefined ? 'employee' : 'manager';
    findings.push(finding.info('conversation.conclude.oneSideEvaluated', { path: ['evaluations', missing], params: { missing } }));
  }
  return accept((writer) => {
    writer.set(['status'], 'concluded');
    writer.set(['concludedAt'], event.at);
    leave(conversation, writer, event.at);
    writer.set(['phase'], 'concluded');
    writer.push(['phaseHistory'], visit('concluded', event.at, event.by, event.at));
  }, findings);
}

function postpone(conversation: Conversation, event: ConversationEventOf<'postpone'>): Decision {
  const findings: Finding[] = [];
  if (event.newStart !== undefined && compareInstants(event.newStart, event.at) <= 0) {
    findings.push(
      finding.error('conversation.postpone.newStartNotAfter', { path: ['newStart'], params: { newStart: event.newStart, at: event.at } }),
    );
  }
  if (!event.emergency) {
    findings.push(
      finding.of('conversation.postpone.dateIsKept', conversation.strictness === 'relaxed' ? 'warning' : 'error', { path: ['emergency'] }),
    );
  }
  const postponement = {
    reason: event.reason,
    emergency: event.emergency,
    at: event.at,
    by: event.by,
    ...(event.newStart !== undefined ? { newStart: event.newStart } : {}),
  };
  return accept((writer) => {
    // The clock of the current phase stops: the time until the conversation resumes is not talk time.
    if (conversation.status === 'inProgress') leave(conversation, writer, event.at);
    writer.set(['status'], 'postponed');
    writer.set(['postponement'], postponement);
    if (event.newStart !== undefined) writer.set(['plannedStart'], event.newStart);
  }, findings);
}

function cancel(_conversation: Conversation, event: ConversationEventOf<'cancel'>): Decision {
  return accept((writer) => {
    writer.set(['status'], 'cancelled');
    writer.set(['cancellation'], { reason: event.reason, at: event.at, by: event.by });
  });
}

/** The handlers of the conversation's own moves. */
export const flowHandlers = { start, nextPhase, previousPhase, conclude, postpone, cancel } satisfies {
  [T in 'start' | 'nextPhase' | 'previousPhase' | 'conclude' | 'postpone' | 'cancel']: Handler<T>;
};
