import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

/** "15 March 2027 at 10:00": an instant as people write it (its own wall-clock time). */
function moment(instant: string, tools: MessageTools): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/u.test(instant)) return instant;
  return `${tools.format.date(instant.slice(0, 10))} at ${instant.slice(11, 16)}`;
}

/** A reference at the start of a sentence: "This agreement ...", "“Presenting” ...". */
function first(value: unknown, tools: MessageTools): string {
  const text = tools.ref(value);
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}

/** What an agreement says for each of who, what and when ("does not yet say who does it"). */
const wwwPartEn = { who: 'who does it', what: 'what exactly happens', when: 'by when it is done' } as const;

/** A funding source by its title, else by what it is ("the personal development budget"). */
function fundingSource(ref: unknown, kind: keyof Labels['fundingSource'], tools: MessageTools): string {
  const title = (ref as { title?: unknown } | null)?.title;
  if (typeof title === 'string' && title.trim() !== '') return tools.ref(ref);
  return tools.labels.fundingSource[kind];
}

function capitalFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}

/** The one advice wherever appraisal or pay comes up: where each belongs, and what this conversation is for. */
/** Study time as people say it: "16 hours", "7 hours and 30 minutes". */
function hours(minutes: number, tools: MessageTools): string {
  const whole = Math.trunc(minutes / 60);
  const rest = Math.abs(minutes % 60);
  const unit = (n: number, one: string, other: string): string => `${tools.format.number(n)} ${Math.abs(n) === 1 ? one : other}`;
  if (rest === 0) return unit(whole, 'hour', 'hours');
  if (whole === 0) return unit(minutes, 'minute', 'minutes');
  return `${unit(whole, 'hour', 'hours')} and ${unit(rest, 'minute', 'minutes')}`;
}

const apart =
  'Rating and pay belong in the appraisal conversation, how the work is going in the performance conversation; this conversation looks ahead.';

/** An agenda point, need or note named as what it is: "Development need “…”", "This note". */
function named(item: unknown, tools: MessageTools): string {
  const kind = (item as { kind?: unknown }).kind;
  const title = (item as { title?: unknown }).title;
  const what = kind === 'agendaPoint' ? 'Agenda point' : kind === 'need' ? 'Development need' : undefined;
  return what !== undefined && typeof title === 'string' && title.trim() !== '' ? `${what} ${tools.ref(item)}` : first(item, tools);
}

/** English messages of the conversation module. */
export const conversationMessagesEn = defineMessages({
  // templates
  'conversation.template.phaseRepeated': 'The phase “{phase:phase}” appears more than once; each phase has one place in the conversation.',
  'conversation.template.phaseReserved':
    'The phase “{phase:phase}” is not part of the conversation itself but what comes after it; leave it out of the template.',
  'conversation.template.phaseOfOtherKind': 'The phase “{phase:phase}” does not normally belong in a {kind:conversationKind}.',
  'conversation.template.preparationFirst': 'A conversation begins with preparation: make preparation the first phase.',
  'conversation.template.noSchedulePhase':
    'No phase plans the next conversation; without a follow-up appointment the conversation cannot be concluded.',
  'conversation.template.agreementsAfterNextConversation':
    'The phase “{phase:phase}” still makes agreements after the next conversation has been planned; make the agreements first.',
  'conversation.template.backIntoAgreements':
    'From the phase “{phase:phase}” the conversation cannot go back to the agreements: the next conversation is fixed by then.',
  'conversation.template.backIntoPreparation': 'Once the conversation has started, it cannot go back to preparation.',
  'conversation.template.noEvaluation':
    'A development conversation ends with an evaluation of the conversation; add a phase in which it is evaluated.',
  'conversation.template.noAgreements':
    'A development conversation without a phase for concrete agreements produces no PDP; add a phase for agreements.',
  'conversation.template.kindMismatch':
    'The template is meant for a {templateKind:conversationKind}, but this conversation is a {kind:conversationKind}.',
  'conversation.template.unknownVersion':
    'The built-in template for a {kind:conversationKind} has no version {version}; the latest is version {latest}.',
  'conversation.template.versionWithOwnTemplate':
    'A version of the built-in template does not go with a template of your own: give one or the other.',
  // creating
  'conversation.create.templateMissing': 'Choose a kind of conversation or give a template of your own.',
  'conversation.create.sameParticipant':
    'Employee {employee} and manager {manager} are the same person; a development conversation takes two people.',
  // events in general
  'conversation.event.notNow':
    '“{type:conversationEvent}” is not possible now: the conversation is {status:conversationStatus} and in the phase “{phase:phase}”.',
  'conversation.event.closed': 'The conversation is {status:conversationStatus}; nothing can be changed any more.',
  'conversation.event.nothingOpen': '“{type:conversationEvent}” is not possible now: there is nothing open to do it with.',
  'conversation.event.beforeLast': ({ at, last }, tools) =>
    `This step (${moment(at, tools)}) comes before the previous one (${moment(last, tools)}); steps follow each other in time.`,
  'conversation.state.invalid': 'This is not valid conversation data; pass the conversation on as the library returned it.',
  'conversation.limit.reached': 'The conversation has reached the maximum of {maximum} {list:conversationList}; no more can be added.',
  // phases and guards
  'conversation.phase.last': 'The phase “{phase:phase}” is the last one; conclude the conversation instead of moving on.',
  'conversation.phase.noBack': 'The conversation cannot go back from the phase “{phase:phase}”.',
  'conversation.guard.purposeSet': 'First set the purpose of the conversation, so both sides know what it is about.',
  'conversation.guard.agendaMerged': "First merge both sides' agenda points into one agenda.",
  'conversation.guard.agreementsPresent': 'There is no agreement yet; make at least one concrete agreement before moving on.',
  'conversation.guard.agreementsWww': ({ agreement, missing }, tools) =>
    missing === undefined || missing.length === 0
      ? `${first(agreement, tools)} does not yet say who does what by when.`
      : `${first(agreement, tools)} does not yet say ${tools.format.list(missing.map((part) => wwwPartEn[part]))}.`,
  'conversation.guard.agreementsSmart': ({ agreement, criteria }, tools) =>
    `${first(agreement, tools)} is not SMART yet: not yet ${tools.value(criteria, 'conversationSmart')}.`,
  'conversation.guard.agreementsAccepted': ({ agreement, side }, tools) =>
    `The ${tools.labels.role[side]} has not yet agreed to ${tools.ref(agreement)}; an agreement counts only once both sides agree.`,
  'conversation.guard.supportAccepted': ({ agreement, side }, tools) =>
    `The ${tools.labels.role[side]} has not yet agreed to the support agreement ${tools.ref(agreement)}; help is promised only once both sides agree.`,
  'conversation.guard.nextConversationScheduled':
    'Plan the next conversation first; the conversation is concluded only once the follow-up appointment is fixed.',
  'conversation.guard.evaluationGiven': 'How did the employee experience the conversation? Ask for an evaluation before concluding it.',
  // agenda
  'conversation.guard.withinBudget': (p, tools) =>
    `The agreements charged to ${fundingSource(p.source, p.sourceKind, tools)} (${tools.format.list(p.agreements.map((a) => tools.ref(a)))}) cost ${tools.value(p.claimed)} together, but only ${tools.value(p.remaining)} is left in it. Choose another source together, agree on less or share the cost before you move on.`,
  'conversation.guard.withinStudyTime': (p, tools) =>
    `The agreements charged to ${fundingSource(p.source, p.sourceKind, tools)} (${tools.format.list(p.agreements.map((a) => tools.ref(a)))}) take ${hours(p.claimed, tools)} of study time together, but only ${hours(p.remaining, tools)} is left. Agree on less study time, choose another source or spread it into the next period before you move on.`,
  'conversation.budget.overClaimedStudyTime': (p, tools) =>
    `With ${tools.ref(p.agreement)}, the agreements charged to ${fundingSource(p.source, p.sourceKind, tools)} take ${hours(p.claimed, tools)} of study time, while only ${hours(p.remaining, tools)} is left.`,
  'conversation.budget.noStudyTime': (p, tools) =>
    `${capitalFirst(tools.ref(p.agreement))} takes ${hours(p.minutes, tools)} of study time, but the employee’s budget overview holds no study hours for ${fundingSource(p.source, p.sourceKind, tools)}, so that time has not been counted.`,
  'conversation.budget.overClaimed': (p, tools) =>
    `With ${tools.ref(p.agreement)}, the agreements charged to ${fundingSource(p.source, p.sourceKind, tools)} come to ${tools.value(p.claimed)}, while only ${tools.value(p.remaining)} is left in it.`,
  'conversation.budget.unknownSource': (p, tools) =>
    `${capitalFirst(tools.ref(p.agreement))} is charged to a budget that is not in the employee’s budget overview, so its cost has not been counted.`,
  'conversation.budget.otherCurrency': (p, tools) =>
    `The cost of ${tools.ref(p.agreement)} (${tools.value(p.cost)}) is in another currency than ${fundingSource(p.source, p.sourceKind, tools)}; without a conversion it has not been counted.`,
  'conversation.budget.duplicateSource': 'Each budget appears once in the employee’s budget overview.',
  'conversation.agenda.duplicatePoint': 'Agenda point {point} is already on the list.',
  'conversation.agenda.unknownPoint': ({ point }, tools) => `${first(point, tools)} was not put forward by this side.`,
  'conversation.agenda.otherSidesPoint': 'Agenda point {point} was put forward by the {side:role}; only they can withdraw it.',
  'conversation.agenda.unknownItem': ({ item }, tools) => `${first(item, tools)} is not on the merged agenda.`,
  'conversation.agenda.alreadyDone': 'Agenda point {item} has already been discussed.',
  'conversation.agenda.evaluativeTopic': `Agenda point {item} is about {topic:topic.lower}. ${apart}` as const,
  'conversation.text.evaluative': ({ item, evidence }, tools) =>
    `${named(item, tools)} is about rating or pay (${tools.value(evidence, 'quote')}). ${apart}`,
  // needs
  'conversation.need.deficit':
    'Development need {need} mainly says what has to go ({words:quote}). Build on what goes well instead: which strength does the employee want to develop further? For example “work carefully” rather than “make fewer mistakes”.',
  'conversation.purpose.deficit':
    'The overarching goal mainly says what has to go ({words:quote}). Phrase it as a strength to develop, for example “start every day prepared and on time” rather than “stop being late”.',
  'conversation.need.duplicate': 'Development need {need} has already been noted.',
  // agreements
  'conversation.agreement.duplicate': 'Agreement {agreement} already exists; change that agreement instead of proposing a new one.',
  'conversation.agreement.unknown': ({ agreement }, tools) => `${first(agreement, tools)} does not exist in this conversation.`,
  'conversation.agreement.withdrawn': ({ agreement }, tools) => `${first(agreement, tools)} has been withdrawn.`,
  'conversation.agreement.alreadyAccepted': 'The {side:role} has already agreed to {agreement}.',
  'conversation.agreement.notOpen':
    'Agreement {agreement} is marked “{status:conversationAgreementStatus}”, but in the conversation an agreement is still open. Withdraw the agreement if it lapses.',
  'conversation.agreement.useSupport': 'Agreement {agreement} is a support agreement; propose it in the phase for support.',
  'conversation.agreement.draft': ({ agreement }, tools) =>
    `${first(agreement, tools)} has been noted as a draft; complete it before this phase closes.`,
  'conversation.agreement.proposedByManager':
    'The manager proposes agreement {agreement}; it usually works better when the employee proposes the solution.',
  'conversation.agreement.ownSolution':
    'Agreement {agreement} was proposed by the manager. In this conversation the employee puts forward the solution: first revise the agreement in your own words, then accept it.',
  'conversation.agreement.lowAcceptance':
    'Agreement {agreement} scores {acceptance} out of 10 for acceptance. However good it is, an agreement without real support has little effect (E = Q × A); ask what the employee would propose instead.',
  'conversation.agreement.providerNotEmployee':
    'For agreement {agreement} the {searcher:providerSearcher} looks for the provider. It usually works better when the employee searches and chooses: then the solution is truly theirs.',
  'conversation.agreement.revisionResetsAcceptance': 'Agreement {agreement} has changed; the {side:role} needs to agree to it again.',
  // schedule
  'conversation.schedule.endBeforeStart': ({ start, end }, tools) =>
    `The next conversation must end after it begins: it begins ${moment(start, tools)} and ends ${moment(end, tools)}.`,
  'conversation.schedule.notAfterThis': ({ start, at }, tools) =>
    `The next conversation (${moment(start, tools)}) is not after this one (${moment(at, tools)}).`,
  'conversation.schedule.dateMismatch': ({ date, start, timeZone }, tools) =>
    `The date ${tools.format.date(date)} does not match the start of the conversation (${moment(start, tools)}, time zone ${timeZone}).`,
  // postpone, conclude
  'conversation.postpone.dateIsKept':
    'A planned date is kept except in an emergency; say that it is an emergency if there really is no other way.',
  'conversation.postpone.newStartNotAfter': ({ newStart, at }, tools) =>
    `The new start (${moment(newStart, tools)}) is not after the moment of postponing (${moment(at, tools)}); choose a later time.`,
  'conversation.evaluation.scoreMissing': 'Give the conversation a grade from 1 to 10 (or a rating from 1 to 5).',
  'conversation.conclude.evaluativeDrift':
    `This development conversation put {count} {count|point|points} about rating or pay on the agenda. ${apart}` as const,
  'conversation.conclude.oneSideEvaluated':
    'The {missing:role} has not evaluated the conversation yet; ask how they experienced it too, so that both sides know what to do differently next time.',
  // replay
  'conversation.replay.invalidEvent': ({ index, type }, tools) =>
    `Step ${tools.format.number(index + 1)} of the log${type === undefined ? '' : ` (“${tools.labels.conversationEvent[type]}”)`} cannot be applied; the details say why.`,
  'conversation.replay.stoppedAt': ({ index, total }, tools) =>
    `The log was only partly restored: the first ${tools.format.number(index)} of ${tools.format.number(total)} steps were applied. Step ${tools.format.number(index + 1)} cannot be applied; the details say why. Everything after it is missing from this state.`,
  'conversation.replay.duplicateEvent': ({ index }, tools) =>
    `Step ${tools.format.number(index + 1)} of the log is exactly the same as the step before it (same kind, time, sender and content): probably written twice. It was applied again; check whether that was meant.`,
  'conversation.replay.noStart': 'Give either the details to create a new conversation or a stored conversation to continue, not both.',
  'conversation.replay.templateVersionAmbiguous':
    'The details this log starts from name no version of the standard template for a {kind:conversationKind}. It fits version 1 and version {version}, whose phases differ after the current situation, and was read as version 1. If the conversation was made with version {version}, add that version to the stored details.',
  'conversation.replay.templateVersionMissing':
    'This log fits version {version} of the standard template for a {kind:conversationKind}, but the details it starts from name no version, and then version 1 applies (the details say what goes wrong on it). Add version {version} to the stored details.',
  // participants and who may do what
  'conversation.participant.duplicate':
    'Participant {participant} is listed more than once, or is also the employee or the manager; everyone takes part once, in one role.',
  'conversation.participant.missing': 'No {role:participantRole} takes part in this conversation.',
  'conversation.participant.unknown': 'This person does not take part in this conversation as {role:participantRole}.',
  'conversation.participant.ambiguous': '{count} people take part as {role:participantRole}; say which of them takes this step.',
  'conversation.permission.denied': 'In this conversation the {role:participantRole} may not do this: “{type:conversationEvent}”.',
  'conversation.permission.onBehalfDenied':
    'The {role:participantRole} may not do this on behalf of the {onBehalfOf:role}: “{type:conversationEvent}”.',
  'conversation.permission.consentOnBehalf':
    'The {onBehalfOf:role} gives consent in person (“{type:conversationEvent}”); nobody can give it on their behalf.',
  'conversation.permissions.consentFixed':
    'Only the employee and the manager consent to agreements (“{type:conversationEvent}”); this cannot be set otherwise.',
  'conversation.permissions.sideEvent':
    '“{type:conversationEvent}” is the employee’s or the manager’s own input; the {role:participantRole} can only do it on behalf of one of them.',
  'conversation.permissions.employeeVoice':
    'The employee must always be allowed this: “{type:conversationEvent}”. It is their own say in the conversation.',
  // who may read a text
  'conversation.visibility.unknownText': 'That text ({text:textKind}) does not exist in this conversation.',
  'conversation.visibility.notAuthor': 'Only the person who wrote it decides who may read it ({text:textKind}).',
  'conversation.visibility.tooNarrow':
    'Every {text:textKind} belongs to both sides of the conversation and cannot be {visibility:visibility}.',
  'conversation.visibility.unknownParticipant':
    'Shared with someone who does not take part in this conversation; share only with participants.',
  'conversation.note.duplicate': ({ note }, tools) => `${first(note, tools)} already exists; every note needs a reference of its own.`,
  'conversation.competence.noProfile':
    'This conversation has no function profile, so there is no competence to refer to. Give the function profile of the role when the conversation is created.',
  'conversation.competence.unknown': 'This competence is not in the function profile {profile}; choose a competence from the profile.',
  'conversation.feedback.employeeShares':
    'Only the employee shares feedback from colleagues: it was asked for the employee, who sees the answers first and decides what to share. Here the {side:role} tried to.',
  'conversation.feedback.notEmployeeView':
    'This summary was made for the manager. Share the summary the employee has seen: the employee decides what goes into the preparation.',
  'conversation.feedback.employeeReceives': 'Answers from colleagues reach the employee first; here the {side:role} tried to record one.',
  'conversation.feedback.requestExists':
    'The preparation already has a feedback request with this reference. Give a new request a reference of its own.',
  'conversation.feedback.employeeAsked':
    'The employee is among the colleagues asked. Feedback is asked of others; the employee’s own view belongs in the preparation.',
  'conversation.feedback.unknownRequest': 'This feedback request is not in the preparation of this conversation.',
  'conversation.feedback.notAsked':
    'This answer comes from someone who was not asked for feedback. Only answers from the colleagues asked count.',
  'conversation.feedback.unknownQuestion': 'This answer is to a question that is not in the feedback request.',
  'conversation.feedback.summaryOrRequest':
    'Share either a summary of the feedback or the request whose answers were collected: one of the two.',
  'conversation.feedback.noAnswers': 'No colleague has answered this feedback request yet, so there is nothing to share.',
  'conversation.feedback.afterDue': 'This answer came in after the date asked for ({due:date}). It counts all the same.',
});

/** English labels of the conversation module. */
export const conversationLabelsEn = {
  participantRole: {
    employee: 'employee',
    manager: 'manager',
    hrAdviser: 'HR adviser',
    mentor: 'mentor or coach',
    skipLevelManager: 'skip-level manager',
  },
  visibility: {
    private: 'for the writer only',
    shared: 'for the employee and the manager',
    hr: 'for the HR adviser too',
  },
  textKind: {
    preparationAnswer: 'preparation answer',
    note: 'note',
    need: 'development need',
    agreement: 'agreement',
    evaluation: 'evaluation',
    purpose: 'purpose of the conversation',
    postponement: 'reason for postponing',
    cancellation: 'reason for cancelling',
    competenceScan: 'competence scan',
    feedback: 'feedback from colleagues',
    feedbackRequest: 'feedback request',
    feedbackAnswers: 'answers from colleagues',
    ambition: 'ambition',
    goal: 'development goal',
    zienswijze: 'employee’s view',
    nextConversation: 'note on the next conversation',
    previousNextTime: 'wish from the last evaluation',
  },
  erasureReason: {
    erasureRequest: 'at the request of the person concerned',
    retention: 'because the retention period ended',
    correction: 'as a correction',
    sensitiveData: 'because it held special-category data',
    other: 'for another reason',
  },
  conversationStatus: {
    planned: 'planned',
    inProgress: 'in progress',
    concluded: 'concluded',
    postponed: 'postponed',
    cancelled: 'cancelled',
  },
  conversationEvent: {
    answerPreparation: 'Answer a preparation question',
    addAgendaPoint: 'Add an agenda point',
    withdrawAgendaPoint: 'Withdraw an agenda point',
    mergeAgenda: 'Merge the agenda',
    setPurpose: 'Agree on the purpose',
    start: 'Start the conversation',
    nextPhase: 'Go to the next phase',
    previousPhase: 'Go back to the previous phase',
    addNote: 'Take a note',
    markAgendaItemDone: 'Tick off an agenda point',
    addNeed: 'Note a development need',
    proposeAgreement: 'Propose an agreement',
    reviseAgreement: 'Change an agreement',
    acceptAgreement: 'Agree to an agreement',
    withdrawAgreement: 'Withdraw an agreement',
    proposeSupport: 'Propose support',
    acceptSupport: 'Agree to support',
    scheduleNextConversation: 'Plan the next conversation',
    evaluate: 'Evaluate the conversation',
    conclude: 'Conclude the conversation',
    postpone: 'Postpone the conversation',
    cancel: 'Cancel the conversation',
    shareText: 'Share a text',
    assessCompetences: 'Assess competences',
    requestFeedback: 'Ask colleagues for feedback',
    receiveFeedbackAnswer: 'Record a colleague’s answer',
    shareFeedback: 'Share feedback from colleagues',
  },
  conversationGuard: {
    purposeSet: 'purpose set',
    agendaMerged: 'agenda merged',
    agreementsPresent: 'at least one agreement',
    agreementsWww: 'every agreement says who does what by when',
    agreementsSmart: 'agreements SMART',
    agreementsAccepted: 'both sides agree to the agreements',
    supportAccepted: 'both sides agree to the support',
    nextConversationScheduled: 'next conversation scheduled',
    evaluationGiven: 'conversation evaluated',
    withinBudget: 'the agreements fit the budget',
  },
  conversationSmart: {
    specific: 'specific',
    measurable: 'measurable',
    acceptable: 'acceptable',
    realistic: 'realistic',
    timeBound: 'time-bound',
  },
  conversationAgreementStatus: { open: 'open', done: 'done', dropped: 'dropped' },
  conversationList: {
    preparation: 'preparation answers',
    agendaPoints: 'agenda points',
    agendaItems: 'points on the agenda',
    goalIds: 'linked goals',
    notes: 'notes',
    needs: 'development needs',
    agreements: 'agreements',
    supportAgreements: 'support agreements',
    phaseHistory: 'phase changes',
    feedbackRequests: 'feedback requests',
  },
} satisfies Partial<Labels>;
