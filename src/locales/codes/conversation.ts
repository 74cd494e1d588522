import type { Money, Ref } from '../../core/index.js';
import type { ConversationKind, FundingSourceKind, PhaseId, Role, TopicId } from '../../vocabulary/index.js';

/** The status of a conversation (the conversation module's `ConversationStatus`). */
export type ConversationStatusLabel = 'planned' | 'inProgress' | 'concluded' | 'postponed' | 'cancelled';

/** The type of a conversation event (the conversation module's `ConversationEventType`). */
export type ConversationEventLabel =
  | 'answerPreparation'
  | 'addAgendaPoint'
  | 'withdrawAgendaPoint'
  | 'mergeAgenda'
  | 'setPurpose'
  | 'start'
  | 'nextPhase'
  | 'previousPhase'
  | 'addNote'
  | 'markAgendaItemDone'
  | 'addNeed'
  | 'proposeAgreement'
  | 'reviseAgreement'
  | 'acceptAgreement'
  | 'withdrawAgreement'
  | 'proposeSupport'
  | 'acceptSupport'
  | 'scheduleNextConversation'
  | 'evaluate'
  | 'conclude'
  | 'postpone'
  | 'cancel'
  | 'shareText'
  | 'assessCompetences'
  | 'requestFeedback'
  | 'receiveFeedbackAnswer'
  | 'shareFeedback';

/** A role in a conversation (the conversation module's `ParticipantRole`). */
export type ParticipantRoleLabel = 'employee' | 'manager' | 'hrAdviser' | 'mentor' | 'skipLevelManager';

/** Who may read a text (the conversation module's `Visibility`). */
export type VisibilityLabel = 'private' | 'shared' | 'hr';

/** A kind of free text a finding names (the privacy module's text references). */
export type TextKindLabel =
  | 'preparationAnswer'
  | 'note'
  | 'need'
  | 'agreement'
  | 'evaluation'
  | 'purpose'
  | 'postponement'
  | 'cancellation'
  | 'competenceScan'
  | 'feedback'
  | 'feedbackRequest'
  | 'feedbackAnswers'
  | 'ambition'
  | 'goal'
  | 'zienswijze'
  | 'nextConversation'
  | 'previousNextTime';

/** Why a text was erased (the conversation module's `ErasureReason`). */
export type ErasureReasonLabel = 'erasureRequest' | 'retention' | 'correction' | 'sensitiveData' | 'other';

/** A SMART criterion as a guard names it (the agreements module's `SmartCriterion`). */
export type ConversationSmartLabel = 'specific' | 'measurable' | 'acceptable' | 'realistic' | 'timeBound';

/** The status of an agreement (the agreements module's `status`). */
export type ConversationAgreementStatusLabel = 'open' | 'done' | 'dropped';

/** A list of the conversation state that has a limit (see `conversation.limit.reached`). */
export type ConversationListLabel =
  | 'preparation'
  | 'agendaPoints'
  | 'agendaItems'
  | 'goalIds'
  | 'notes'
  | 'needs'
  | 'agreements'
  | 'supportAgreements'
  | 'phaseHistory';

/**
 * The findings of the conversation module, with their params. Instants (`at`, `start`, ...) are
 * ISO 8601 with an offset; references name agreements, agenda points and needs by their titles.
 */
export interface ConversationFindingParams {
  // templates
  'conversation.template.phaseRepeated': { phase: PhaseId };
  'conversation.template.phaseReserved': { phase: PhaseId };
  'conversation.template.phaseOfOtherKind': { phase: PhaseId; kind: ConversationKind };
  'conversation.template.preparationFirst': Record<never, never>;
  'conversation.template.noSchedulePhase': Record<never, never>;
  'conversation.template.agreementsAfterNextConversation': { phase: PhaseId };
  'conversation.template.backIntoAgreements': { phase: PhaseId };
  'conversation.template.backIntoPreparation': Record<never, never>;
  'conversation.template.noEvaluation': Record<never, never>;
  'conversation.template.noAgreements': Record<never, never>;
  'conversation.template.kindMismatch': { templateKind: ConversationKind; kind: ConversationKind };
  'conversation.template.unknownVersion': { kind: ConversationKind; version: number; latest: number };
  'conversation.template.versionWithOwnTemplate': Record<never, never>;
  // creating
  /** No longer made (a conversation without kind or template is a development conversation); kept so stored findings render. */
  'conversation.create.templateMissing': Record<never, never>;
  'conversation.create.sameParticipant': { employee: Ref; manager: Ref };
  // events in general
  'conversation.event.notNow': {
    type: ConversationEventLabel;
    status: 'planned' | 'inProgress' | 'concluded' | 'postponed' | 'cancelled';
    phase: PhaseId;
  };
  'conversation.event.closed': { status: 'planned' | 'inProgress' | 'concluded' | 'postponed' | 'cancelled' };
  'conversation.event.nothingOpen': {
    type: ConversationEventLabel;
  };
  'conversation.event.beforeLast': { at: string; last: string };
  'conversation.state.invalid': Record<never, never>;
  'conversation.limit.reached': {
    list:
      | 'preparation'
      | 'agendaPoints'
      | 'agendaItems'
      | 'goalIds'
      | 'notes'
      | 'needs'
      | 'agreements'
      | 'supportAgreements'
      | 'phaseHistory'
      | 'feedbackRequests';
    maximum: number;
  };
  // phases and guards
  'conversation.phase.last': { phase: PhaseId };
  'conversation.phase.noBack': { phase: PhaseId };
  'conversation.guard.purposeSet': Record<never, never>;
  'conversation.guard.agendaMerged': Record<never, never>;
  'conversation.guard.agreementsPresent': Record<never, never>;
  /** `missing`: which of who, what and when is not said (absent on older stored findings). */
  'conversation.guard.agreementsWww': { agreement: Ref; missing?: readonly ('who' | 'what' | 'when')[] };
  'conversation.guard.agreementsSmart': {
    agreement: Ref;
    criteria: readonly ('specific' | 'measurable' | 'acceptable' | 'realistic' | 'timeBound')[];
  };
  'conversation.guard.agreementsAccepted': { agreement: Ref; side: Role };
  'conversation.guard.supportAccepted': { agreement: Ref; side: Role };
  'conversation.guard.nextConversationScheduled': Record<never, never>;
  'conversation.guard.evaluationGiven': Record<never, never>;
  'conversation.guard.withinBudget': {
    source: Ref;
    sourceKind: FundingSourceKind;
    claimed: Money;
    remaining: Money;
    agreements: readonly Ref[];
  };
  /** Study time (minutes) claimed from a source beyond what is left in it. */
  'conversation.guard.withinStudyTime': {
    source: Ref;
    sourceKind: FundingSourceKind;
    claimed: number;
    remaining: number;
    agreements: readonly Ref[];
  };
  // budget
  'conversation.budget.overClaimedStudyTime': {
    agreement: Ref;
    source: Ref;
    sourceKind: FundingSourceKind;
    claimed: number;
    remaining: number;
  };
  'conversation.budget.noStudyTime': { agreement: Ref; source: Ref; sourceKind: FundingSourceKind; minutes: number };
  'conversation.budget.overClaimed': { agreement: Ref; source: Ref; sourceKind: FundingSourceKind; claimed: Money; remaining: Money };
  'conversation.budget.unknownSource': { agreement: Ref };
  'conversation.budget.otherCurrency': { agreement: Ref; source: Ref; sourceKind: FundingSourceKind; cost: Money };
  'conversation.budget.duplicateSource': Record<never, never>;
  // agenda
  'conversation.agenda.duplicatePoint': { point: Ref };
  'conversation.agenda.unknownPoint': { point: Ref };
  'conversation.agenda.otherSidesPoint': { point: Ref; side: Role };
  'conversation.agenda.unknownItem': { item: Ref };
  'conversation.agenda.alreadyDone': { item: Ref };
  'conversation.agenda.evaluativeTopic': { item: Ref; topic: TopicId };
  /** An agenda title, need or note that talks rating or pay; `evidence` quotes the words. */
  'conversation.text.evaluative': { item: Ref; evidence: readonly string[] };
  // needs
  /** A need phrased as a deficit ("minder fouten maken"); `words` quotes the phrase. */
  'conversation.need.deficit': { need: Ref; words: readonly string[] };
  /** The overarching goal phrased as a deficit. */
  'conversation.purpose.deficit': { words: readonly string[] };
  'conversation.need.duplicate': { need: Ref };
  // agreements
  'conversation.agreement.duplicate': { agreement: Ref };
  'conversation.agreement.unknown': { agreement: Ref };
  'conversation.agreement.withdrawn': { agreement: Ref };
  'conversation.agreement.alreadyAccepted': { agreement: Ref; side: Role };
  'conversation.agreement.notOpen': { agreement: Ref; status: 'open' | 'done' | 'dropped' };
  'conversation.agreement.useSupport': { agreement: Ref };
  /** Composite: its `details` are the agreement check's own findings. */
  'conversation.agreement.draft': { agreement: Ref };
  'conversation.agreement.proposedByManager': { agreement: Ref };
  /** Strict mode: the employee accepts a manager's proposal only after making it their own by revising it. */
  'conversation.agreement.ownSolution': { agreement: Ref };
  /** Acceptance (A of E = Q × A) below 5 out of 10. */
  'conversation.agreement.lowAcceptance': { agreement: Ref; acceptance: number };
  /** A support agreement whose provider the manager or an HR adviser searches for, not the employee. */
  'conversation.agreement.providerNotEmployee': { agreement: Ref; searcher: 'manager' | 'hrAdviser' };
  'conversation.agreement.revisionResetsAcceptance': { agreement: Ref; side: Role };
  // schedule
  'conversation.schedule.endBeforeStart': { start: string; end: string };
  'conversation.schedule.notAfterThis': { start: string; at: string };
  'conversation.schedule.dateMismatch': { date: string; start: string; timeZone: string };
  // postpone, conclude
  'conversation.postpone.dateIsKept': Record<never, never>;
  'conversation.postpone.newStartNotAfter': { newStart: string; at: string };
  /** An evaluation without a rating and without a grade. */
  'conversation.evaluation.scoreMissing': Record<never, never>;
  'conversation.conclude.evaluativeDrift': { count: number };
  /** Concluded with an evaluation from one side only: `missing` is the side that gave none. */
  'conversation.conclude.oneSideEvaluated': { missing: Role };
  // replay
  /** Composite: its `details` say why the event was refused. `type` is absent when the event had no known type. */
  'conversation.replay.invalidEvent': {
    index: number;
    type?: ConversationEventLabel;
  };
  'conversation.replay.noStart': Record<never, never>;
  /** Composite: a log whose input names no template version is refused on version 1 (its `details`) and replays on `version`. */
  'conversation.replay.templateVersionMissing': { kind: ConversationKind; version: number };
  'conversation.replay.templateVersionAmbiguous': { kind: ConversationKind; version: number };
  /** Composite: a damaged log was rebuilt up to step `index` (of `total`); its `details` say why that step was refused. */
  'conversation.replay.stoppedAt': { index: number; total: number };
  /** Step `index` of a log is the same event as the step before it: same type, time, sender and content. */
  'conversation.replay.duplicateEvent': { index: number };
  // participants and who may do what
  'conversation.participant.duplicate': { participant: Ref };
  'conversation.participant.missing': { role: ParticipantRoleLabel };
  'conversation.participant.unknown': { role: ParticipantRoleLabel };
  'conversation.participant.ambiguous': { role: ParticipantRoleLabel; count: number };
  'conversation.permission.denied': { type: ConversationEventLabel; role: ParticipantRoleLabel };
  'conversation.permission.onBehalfDenied': { type: ConversationEventLabel; role: ParticipantRoleLabel; onBehalfOf: Role };
  'conversation.permission.consentOnBehalf': { type: ConversationEventLabel; onBehalfOf: Role };
  'conversation.permissions.consentFixed': { type: ConversationEventLabel };
  'conversation.permissions.sideEvent': { type: ConversationEventLabel; role: ParticipantRoleLabel };
  'conversation.permissions.employeeVoice': { type: ConversationEventLabel };
  // who may read a text
  'conversation.visibility.unknownText': { text: TextKindLabel };
  'conversation.visibility.notAuthor': { text: TextKindLabel };
  'conversation.visibility.tooNarrow': { text: TextKindLabel; visibility: VisibilityLabel };
  'conversation.visibility.unknownParticipant': Record<never, never>;
  'conversation.note.duplicate': { note: Ref };
  // competences and colleague feedback
  /** A need, agreement or scan names a competence while the conversation has no function profile. */
  'conversation.competence.noProfile': Record<never, never>;
  /** A need or agreement names a competence that `profile` does not have. */
  'conversation.competence.unknown': { profile: Ref };
  /** Colleague feedback is shared by the employee only: `side` tried. */
  'conversation.feedback.employeeShares': { side: Role };
  /** The summary shared was made for the manager's view, not the employee's. */
  'conversation.feedback.notEmployeeView': Record<never, never>;
  /** Colleague answers are recorded for the employee only: `side` tried. */
  'conversation.feedback.employeeReceives': { side: Role };
  /** A request for colleague feedback with this id is already in the preparation. */
  'conversation.feedback.requestExists': Record<never, never>;
  /** The employee is among the colleagues asked. */
  'conversation.feedback.employeeAsked': Record<never, never>;
  /** An answer or a share names a request the preparation does not have. */
  'conversation.feedback.unknownRequest': Record<never, never>;
  /** An answer from someone the request did not ask. */
  'conversation.feedback.notAsked': Record<never, never>;
  /** An answer to a question the request did not ask. */
  'conversation.feedback.unknownQuestion': Record<never, never>;
  /** A share brings a summary and a request both, or neither. */
  'conversation.feedback.summaryOrRequest': Record<never, never>;
  /** A share of a request that no colleague has answered yet. */
  'conversation.feedback.noAnswers': Record<never, never>;
  /** An answer that came in after the request's `due` moment (it counts all the same). */
  'conversation.feedback.afterDue': { due: string };
}

/** The label families of the conversation module. */
export interface ConversationLabelFamilies {
  /** A role in a conversation, as a name: "HR-adviseur", "Mentor or coach". */
  participantRole: ParticipantRoleLabel;
  /** Who may read a text: "alleen de schrijver", "the employee and the manager". */
  visibility: VisibilityLabel;
  /** A kind of free text, inside a sentence: "notitie", "preparation answer". */
  textKind: TextKindLabel;
  /** Why a text was erased, inside a sentence: "op verzoek van de betrokkene", "at the person's request". */
  erasureReason: ErasureReasonLabel;
  /** The status of a conversation, inside a sentence: "gepland", "in progress". */
  conversationStatus: 'planned' | 'inProgress' | 'concluded' | 'postponed' | 'cancelled';
  /** What an event does, as a button says it: "Agendapunt toevoegen", "Add an agenda point". */
  conversationEvent: ConversationEventLabel;
  /** A guard on a move, as a condition that holds: "doel vastgelegd", "purpose set". */
  conversationGuard:
    | 'purposeSet'
    | 'agendaMerged'
    | 'agreementsPresent'
    | 'agreementsWww'
    | 'agreementsSmart'
    | 'agreementsAccepted'
    | 'supportAccepted'
    | 'nextConversationScheduled'
    | 'evaluationGiven'
    | 'withinBudget';
  /** A SMART criterion, inside a sentence: "meetbaar", "measurable". */
  conversationSmart: 'specific' | 'measurable' | 'acceptable' | 'realistic' | 'timeBound';
  /** The status of an agreement, inside a sentence: "afgerond", "done". */
  conversationAgreementStatus: 'open' | 'done' | 'dropped';
  /** A list of the conversation that has a limit: "voorbereidingsantwoorden", "notes". */
  conversationList:
    | 'preparation'
    | 'agendaPoints'
    | 'agendaItems'
    | 'goalIds'
    | 'notes'
    | 'needs'
    | 'agreements'
    | 'supportAgreements'
    | 'phaseHistory'
    | 'feedbackRequests';
}
