// Preparation input beyond the answers: each side's competence scan against the function profile,
// and the preparation rebuilt in its key order. Also the check that a need or an agreement names a
// competence the profile has.
import type { Finding, Path } from '../core/index.js';
import { compareCompetenceScans } from '../competences/index.js';
import type { CompetenceEstimate, FunctionProfile } from '../competences/index.js';
import { finding } from '../locales/index.js';
import type { Role } from '../vocabulary/index.js';
import type { Decision, HandledEvent, Handler } from './decision.js';
import { accept, refuse } from './decision.js';
import type { Visibility } from './privacy-types.js';
import { audienceFindings, recordAudience } from './texts.js';
import type { CompetenceScanRecord, CompetenceScans, Conversation, ConversationPreparation, SharedFeedback } from './types.js';
import type { FeedbackRequestRecord } from './preparation-types.js';

/** The profile as a reference: messages name it by its title. */
function profileRef(profile: FunctionProfile) {
  return { kind: 'functionProfile', id: profile.id, title: profile.title };
}

/**
 * Why a need or an agreement cannot name this competence: the conversation has no function profile,
 * or the profile does not have it. None when it names none.
 */
export function competenceFindings(conversation: Conversation, competenceId: string | undefined, path: Path): Finding[] {
  if (competenceId === undefined) return [];
  const profile = conversation.functionProfile;
  if (profile === undefined) return [finding.error('conversation.competence.noProfile', { path })];
  if (profile.competences.some((competence) => competence.id === competenceId)) return [];
  return [finding.error('conversation.competence.unknown', { path, params: { profile: profileRef(profile) } })];
}

/** The preparation with its competence scans, shared feedback or feedback requests replaced, in the state's key order. */
export function preparationWith(
  preparation: ConversationPreparation,
  change: {
    readonly competences?: CompetenceScans;
    readonly feedback?: SharedFeedback;
    readonly feedbackRequests?: readonly FeedbackRequestRecord[];
  },
): ConversationPreparation {
  const competences = change.competences ?? preparation.competences;
  const feedback = change.feedback ?? preparation.feedback;
  const feedbackRequests = change.feedbackRequests ?? preparation.feedbackRequests;
  return {
    employee: preparation.employee,
    manager: preparation.manager,
    ...(competences === undefined ? {} : { competences }),
    ...(feedback === undefined ? {} : { feedback }),
    ...(feedbackRequests === undefined ? {} : { feedbackRequests }),
  };
}

/** May the other side read this side's scan? */
function otherSideReads(conversation: Conversation, side: Role, record: CompetenceScanRecord): boolean {
  const visibility: Visibility = record.visibility ?? 'private';
  const other = side === 'employee' ? conversation.manager.id : conversation.employee.id;
  return visibility !== 'private' || (record.sharedWith ?? []).includes(other);
}

/**
 * The conversation starters where both sides place a competence two levels apart or more: only once
 * both scans are open to both sides, so no hint gives away a scan its writer keeps to themselves.
 */
export function apartHints(conversation: Conversation, scans: CompetenceScans | undefined): Finding[] {
  const profile = conversation.functionProfile;
  const { employee, manager } = scans ?? {};
  if (profile === undefined || employee === undefined || manager === undefined) return [];
  if (!otherSideReads(conversation, 'employee', employee) || !otherSideReads(conversation, 'manager', manager)) return [];
  const compared = compareCompetenceScans({
    profile,
    self: { by: 'employee', estimates: employee.estimates },
    manager: { by: 'manager', estimates: manager.estimates },
  });
  return compared.findings.filter((f) => f.code === 'competence.scan.apart').map((f) => ({ ...f, path: ['preparation', 'competences'] }));
}

/** Estimates of competences the profile does not have, or of levels it does not have: refusals, each at its estimate. */
function estimateProblems(profile: FunctionProfile, side: Role, estimates: readonly CompetenceEstimate[]): Finding[] {
  const scan = { by: side, estimates };
  const checked = compareCompetenceScans(side === 'employee' ? { profile, self: scan } : { profile, manager: scan });
  if (!checked.ok) return [...checked.findings];
  return checked.findings
    .filter((f) => f.severity !== 'info')
    .map((f): Finding => ({ ...f, severity: 'error', path: ['estimates', ...f.path.slice(2)] }));
}

function assessCompetences(conversation: Conversation, event: HandledEvent<'assessCompetences'>): Decision {
  const profile = conversation.functionProfile;
  if (profile === undefined) return refuse(finding.error('conversation.competence.noProfile', { path: ['estimates'] }));
  const side = event.by;
  const problems = [
    ...estimateProblems(profile, side, event.estimates),
    ...audienceFindings(conversation, 'competenceScan', event.visibility, event.sharedWith),
  ];
  if (problems.length > 0) return refuse(...problems);
  // A new scan keeps the readers its writer chose, unless it says otherwise.
  const previous = conversation.preparation.competences?.[side];
  const record: CompetenceScanRecord = {
    estimates: event.estimates.map((estimate) => ({ competenceId: estimate.competenceId, level: estimate.level })),
    at: event.at,
    ...recordAudience('competenceScan', event.visibility ?? previous?.visibility, event.sharedWith ?? previous?.sharedWith),
  };
  const both = { ...conversation.preparation.competences, [side]: record };
  const competences: CompetenceScans = {
    ...(both.employee === undefined ? {} : { employee: both.employee }),
    ...(both.manager === undefined ? {} : { manager: both.manager }),
  };
  return accept(
    (writer) => writer.set(['preparation'], preparationWith(conversation.preparation, { competences })),
    apartHints(conversation, competences),
  );
}

/** The handlers of the preparation input beyond the answers. */
export const competenceHandlers = { assessCompetences } satisfies { [T in 'assessCompetences']: Handler<T> };
