import { describe, expect, it } from 'vitest';
import type { Finding, FindingCode, FindingParamsOf } from '../../src/index.js';
import { conversationEventTypes, findingMessage } from '../../src/index.js';
import { en, nl } from '../../src/locales/index.js';
import type { ConversationFindingParams } from '../../src/locales/codes/conversation.js';

const agreement = { kind: 'agreement', id: 'a1', title: 'Ik geef voor 1 juni 2027 twee klantdemo’s' };
const point = { kind: 'agendaPoint', id: 'e1', title: 'Presenteren voor klanten' };

/** Realistic params for every code of the module, as the library makes them. */
const examples: { [C in keyof ConversationFindingParams]: ConversationFindingParams[C][] } = {
  'conversation.template.phaseRepeated': [{ phase: 'agreements' }],
  'conversation.template.phaseReserved': [{ phase: 'followUp' }],
  'conversation.template.phaseOfOtherKind': [{ phase: 'strengths', kind: 'checkIn' }],
  'conversation.template.preparationFirst': [{}],
  'conversation.template.noSchedulePhase': [{}],
  'conversation.template.agreementsAfterNextConversation': [{ phase: 'whatNext' }],
  'conversation.template.backIntoAgreements': [{ phase: 'nextConversation' }],
  'conversation.template.backIntoPreparation': [{}],
  'conversation.template.noEvaluation': [{}],
  'conversation.template.noAgreements': [{}],
  'conversation.template.kindMismatch': [{ templateKind: 'checkIn', kind: 'development' }],
  'conversation.template.unknownVersion': [
    { kind: 'development', version: 3, latest: 2 },
    { kind: 'checkIn', version: 2, latest: 1 },
  ],
  'conversation.template.versionWithOwnTemplate': [{}],
  'conversation.create.templateMissing': [{}],
  'conversation.create.sameParticipant': [
    {
      employee: { kind: 'participant', id: 'p1', title: 'Sanne de Vries' },
      manager: { kind: 'participant', id: 'p1', title: 'Sanne de Vries' },
    },
  ],
  'conversation.event.notNow': conversationEventTypes.map((type) => ({ type, status: 'inProgress' as const, phase: 'setStatus' as const })),
  'conversation.event.closed': [{ status: 'concluded' }, { status: 'cancelled' }],
  'conversation.event.nothingOpen': conversationEventTypes.map((type) => ({ type })),
  'conversation.event.beforeLast': [{ at: '2027-03-15T10:00:00+01:00', last: '2027-03-15T10:05:00+01:00' }],
  'conversation.state.invalid': [{}],
  'conversation.limit.reached': (
    ['preparation', 'agendaPoints', 'agendaItems', 'goalIds', 'notes', 'needs', 'agreements', 'supportAgreements', 'phaseHistory'] as const
  ).map((list) => ({ list, maximum: 10_000 })),
  'conversation.phase.last': [{ phase: 'evaluation' }],
  'conversation.phase.noBack': [{ phase: 'setStatus' }],
  'conversation.guard.purposeSet': [{}],
  'conversation.guard.agendaMerged': [{}],
  'conversation.guard.agreementsPresent': [{}],
  'conversation.guard.agreementsWww': [{ agreement }, { agreement: { kind: 'agreement', id: 'a2' } }],
  'conversation.guard.agreementsSmart': [{ agreement, criteria: ['measurable', 'timeBound'] }],
  'conversation.guard.agreementsAccepted': [{ agreement, side: 'manager' }],
  'conversation.guard.supportAccepted': [{ agreement: { kind: 'supportAgreement', id: 's1', title: 'Coaching' }, side: 'employee' }],
  'conversation.guard.nextConversationScheduled': [{}],
  'conversation.guard.evaluationGiven': [{}],
  'conversation.guard.withinBudget': [
    {
      source: { kind: 'fundingSource', id: 'pob', title: 'Persoonlijk ontwikkelbudget' },
      sourceKind: 'personalBudget',
      claimed: { amount: 120_000, currency: 'EUR' },
      remaining: { amount: 70_000, currency: 'EUR' },
      agreements: [{ kind: 'supportAgreement', id: 's1', title: 'Congres Klantgericht Adviseren' }],
    },
    {
      source: { kind: 'fundingSource', id: 'pob' },
      sourceKind: 'learningAccount',
      claimed: { amount: 90_000, currency: 'EUR' },
      remaining: { amount: 0, currency: 'EUR' },
      agreements: [agreement, { kind: 'supportAgreement', id: 's1', title: 'Coaching' }],
    },
  ],
  'conversation.guard.withinStudyTime': [
    {
      source: { kind: 'fundingSource', id: 'pob', title: 'Studie-uren' },
      sourceKind: 'personalBudget',
      claimed: 1_530,
      remaining: 960,
      agreements: [{ kind: 'supportAgreement', id: 's1', title: 'Leergang Klantgericht Adviseren' }],
    },
    { source: { kind: 'fundingSource', id: 'pob' }, sourceKind: 'learningAccount', claimed: 45, remaining: 0, agreements: [agreement] },
  ],
  'conversation.budget.overClaimedStudyTime': [
    {
      agreement: { kind: 'supportAgreement', id: 's1', title: 'Leergang Klantgericht Adviseren' },
      source: { kind: 'fundingSource', id: 'pob' },
      sourceKind: 'personalBudget',
      claimed: 1_530,
      remaining: 960,
    },
  ],
  'conversation.budget.noStudyTime': [
    { agreement, source: { kind: 'fundingSource', id: 'oo', title: 'O&O-fonds Metaal' }, sourceKind: 'sectorFund', minutes: 480 },
  ],
  'conversation.budget.overClaimed': [
    {
      agreement: { kind: 'supportAgreement', id: 's1', title: 'Congres Klantgericht Adviseren' },
      source: { kind: 'fundingSource', id: 'pob' },
      sourceKind: 'personalBudget',
      claimed: { amount: 120_000, currency: 'EUR' },
      remaining: { amount: 70_000, currency: 'EUR' },
    },
  ],
  'conversation.budget.unknownSource': [{ agreement }],
  'conversation.budget.otherCurrency': [
    {
      agreement,
      source: { kind: 'fundingSource', id: 'oo', title: 'O&O-fonds Metaal' },
      sourceKind: 'sectorFund',
      cost: { amount: 50_000, currency: 'USD' },
    },
  ],
  'conversation.budget.duplicateSource': [{}],
  'conversation.agenda.duplicatePoint': [{ point }],
  'conversation.agenda.unknownPoint': [{ point: { kind: 'agendaPoint', id: 'x9' } }],
  'conversation.agenda.otherSidesPoint': [{ point, side: 'manager' }],
  'conversation.agenda.unknownItem': [{ item: { kind: 'agendaPoint', id: 'x9' } }],
  'conversation.agenda.alreadyDone': [{ item: point }],
  'conversation.agenda.evaluativeTopic': [
    { item: { kind: 'agendaPoint', id: 'o9', title: 'Beoordeling over 2026' }, topic: 'performanceRating' },
  ],
  'conversation.text.evaluative': [
    { item: { kind: 'need', id: 'n1', title: 'Mijn beoordeling van vorig jaar' }, evidence: ['beoordeling'] },
    { item: { kind: 'agendaPoint', id: 'e1', title: 'Salarisverhoging bespreken' }, evidence: ['Salarisverhoging'] },
    { item: { kind: 'note', id: 'note-1' }, evidence: ['periodiek', 'schaal 10'] },
  ],
  'conversation.need.deficit': [{ need: { kind: 'need', id: 'n1', title: 'Minder fouten maken' }, words: ['Minder fouten'] }],
  'conversation.purpose.deficit': [{ words: ['niet meer te laat'] }],
  'conversation.need.duplicate': [{ need: { kind: 'need', id: 'n1', title: 'Beter presenteren' } }],
  'conversation.agreement.duplicate': [{ agreement }],
  'conversation.agreement.unknown': [{ agreement: { kind: 'agreement', id: 'a9' } }],
  'conversation.agreement.withdrawn': [{ agreement }],
  'conversation.agreement.alreadyAccepted': [{ agreement, side: 'employee' }],
  'conversation.agreement.notOpen': [
    { agreement, status: 'done' },
    { agreement, status: 'dropped' },
  ],
  'conversation.agreement.useSupport': [{ agreement }],
  'conversation.agreement.draft': [{ agreement }],
  'conversation.agreement.proposedByManager': [{ agreement }],
  'conversation.agreement.ownSolution': [{ agreement }],
  'conversation.agreement.lowAcceptance': [{ agreement, acceptance: 3 }],
  'conversation.agreement.providerNotEmployee': [
    { agreement, searcher: 'manager' },
    { agreement, searcher: 'hrAdviser' },
  ],
  'conversation.agreement.revisionResetsAcceptance': [{ agreement, side: 'manager' }],
  'conversation.schedule.endBeforeStart': [{ start: '2027-06-14T10:00:00+02:00', end: '2027-06-14T09:30:00+02:00' }],
  'conversation.schedule.notAfterThis': [{ start: '2027-03-15T09:00:00+01:00', at: '2027-03-15T10:49:00+01:00' }],
  'conversation.schedule.dateMismatch': [{ date: '2027-06-15', start: '2027-06-14T10:00:00+02:00', timeZone: 'Europe/Amsterdam' }],
  'conversation.postpone.dateIsKept': [{}],
  'conversation.postpone.newStartNotAfter': [{ newStart: '2027-03-15T07:00:00+01:00', at: '2027-03-15T08:00:00+01:00' }],
  'conversation.evaluation.scoreMissing': [{}],
  'conversation.conclude.evaluativeDrift': [{ count: 1 }, { count: 2 }],
  'conversation.conclude.oneSideEvaluated': [{ missing: 'employee' }, { missing: 'manager' }],
  'conversation.replay.invalidEvent': [{ index: 5, type: 'start' }, { index: 0 }],
  'conversation.replay.noStart': [{}],
  'conversation.replay.templateVersionMissing': [{ kind: 'development', version: 2 }],
  'conversation.replay.templateVersionAmbiguous': [{ kind: 'development', version: 2 }],
  'conversation.replay.stoppedAt': [{ index: 3, total: 12 }],
  'conversation.replay.duplicateEvent': [{ index: 8 }],
  'conversation.participant.duplicate': [{ participant: { kind: 'participant', id: 'hr-7', title: 'Fatima el Amrani' } }],
  'conversation.participant.missing': (['hrAdviser', 'mentor', 'skipLevelManager'] as const).map((role) => ({ role })),
  'conversation.participant.unknown': (['employee', 'manager', 'hrAdviser', 'mentor', 'skipLevelManager'] as const).map((role) => ({
    role,
  })),
  'conversation.participant.ambiguous': [{ role: 'mentor', count: 2 }],
  'conversation.permission.denied': [
    { type: 'proposeAgreement', role: 'mentor' },
    { type: 'addNote', role: 'skipLevelManager' },
    { type: 'nextPhase', role: 'hrAdviser' },
  ],
  'conversation.permission.onBehalfDenied': [{ type: 'answerPreparation', role: 'mentor', onBehalfOf: 'employee' }],
  'conversation.permission.consentOnBehalf': [
    { type: 'acceptAgreement', onBehalfOf: 'employee' },
    { type: 'acceptSupport', onBehalfOf: 'manager' },
  ],
  'conversation.permissions.consentFixed': [{ type: 'acceptAgreement' }],
  'conversation.permissions.sideEvent': [{ type: 'addNeed', role: 'hrAdviser' }],
  'conversation.permissions.employeeVoice': [{ type: 'proposeAgreement' }, { type: 'shareText' }],
  'conversation.visibility.unknownText': (['preparationAnswer', 'note', 'need', 'agreement', 'evaluation'] as const).map((text) => ({
    text,
  })),
  'conversation.visibility.notAuthor': [{ text: 'note' }, { text: 'preparationAnswer' }],
  'conversation.visibility.tooNarrow': [
    { text: 'agreement', visibility: 'private' },
    { text: 'need', visibility: 'private' },
  ],
  'conversation.visibility.unknownParticipant': [{}],
  'conversation.note.duplicate': [{ note: { kind: 'note', id: 'note-2' } }],
  'conversation.competence.noProfile': [{}],
  'conversation.competence.unknown': [
    { profile: { kind: 'functionProfile', id: 'adviseur-klantcontact', title: 'Adviseur klantcontact' } },
  ],
  'conversation.feedback.employeeShares': [{ side: 'manager' }],
  'conversation.feedback.notEmployeeView': [{}],
  'conversation.feedback.employeeReceives': [{ side: 'manager' }],
  'conversation.feedback.requestExists': [{}],
  'conversation.feedback.employeeAsked': [{}],
  'conversation.feedback.unknownRequest': [{}],
  'conversation.feedback.notAsked': [{}],
  'conversation.feedback.unknownQuestion': [{}],
  'conversation.feedback.summaryOrRequest': [{}],
  'conversation.feedback.noAnswers': [{}],
  'conversation.feedback.afterDue': [{ due: '2027-03-05' }],
};

function rendered(locale: 'nl' | 'en'): string[] {
  return Object.entries(examples).flatMap(([code, list]) =>
    (list as FindingParamsOf<FindingCode>[]).map((params) =>
      findingMessage({ code, severity: 'error', path: [], params } as Finding, locale),
    ),
  );
}

/** Ids of the module that must never show in a text: event types, statuses, activities, guards. */
const identifiers = [
  ...conversationEventTypes,
  'inProgress',
  'setStatus',
  'currentSituation',
  'employeeNeeds',
  'organisationNeeds',
  'supportAgreements',
  'nextConversation',
  'purposeSet',
  'agendaMerged',
  'agreementsWww',
  'timeBound',
  'checkIn',
  'emergency',
  'hrAdviser',
  'skipLevelManager',
  'preparationAnswer',
  'onBehalfOf',
  'sharedWith',
];

describe('the texts of the conversation module', () => {
  it('has a message for every code in both languages, and no Dutch or English text shows an identifier', () => {
    for (const locale of ['nl', 'en'] as const) {
      for (const text of rendered(locale)) {
        expect(text).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/u); // camelCase
        expect(text).not.toMatch(/\b[a-z]+\.[a-z]+[A-Za-z.]*\b/u); // dotted code
        expect(text).not.toMatch(/\{[A-Za-z]/u); // a placeholder left over
        // Single-word ids ("start", "cancel") are ordinary English words; in Dutch none may show.
        const shown = identifiers.filter((id) => (locale === 'nl' || /[A-Z]/u.test(id)) && new RegExp(`\\b${id}\\b`, 'u').test(text));
        expect([text, shown]).toEqual([text, []]);
      }
    }
  });

  it('names every label of the module in both catalogues, in words', () => {
    for (const catalogue of [nl, en]) {
      const families = [
        catalogue.labels.conversationStatus,
        catalogue.labels.conversationEvent,
        catalogue.labels.conversationSmart,
        catalogue.labels.conversationAgreementStatus,
        catalogue.labels.conversationList,
        catalogue.labels.participantRole,
        catalogue.labels.visibility,
        catalogue.labels.textKind,
        catalogue.labels.erasureReason,
      ];
      for (const label of families.flatMap((family) => Object.values(family) as string[])) {
        expect(label).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b|\./u);
      }
      for (const type of conversationEventTypes) expect(catalogue.labels.conversationEvent[type].length).toBeGreaterThan(0);
      expect(Object.keys(catalogue.labels.conversationStatus)).toHaveLength(5);
    }
  });

  it('writes dates, times and counts as people do', () => {
    const late = findingMessage(
      { code: 'conversation.event.beforeLast', severity: 'error', path: [], params: examples['conversation.event.beforeLast'][0] as never },
      'nl',
    );
    expect(late).toBe(
      'Deze stap (15 maart 2027 om 10:00) ligt vóór de vorige (15 maart 2027 om 10:05); stappen volgen elkaar op in de tijd.',
    );
    const drift = (count: number, locale: 'nl' | 'en') =>
      findingMessage({ code: 'conversation.conclude.evaluativeDrift', severity: 'warning', path: [], params: { count } }, locale);
    expect(drift(1, 'nl')).toBe(
      'In dit ontwikkelgesprek kwam 1 punt over beoordelen of belonen op de agenda. Beoordeling en beloning horen in het beoordelingsgesprek, hoe het werk gaat in het functioneringsgesprek; dit gesprek kijkt vooruit.',
    );
    expect(drift(2, 'nl')).toBe(
      'In dit ontwikkelgesprek kwamen 2 punten over beoordelen of belonen op de agenda. Beoordeling en beloning horen in het beoordelingsgesprek, hoe het werk gaat in het functioneringsgesprek; dit gesprek kijkt vooruit.',
    );
    expect(drift(1, 'en')).toBe(
      'This development conversation put 1 point about rating or pay on the agenda. Rating and pay belong in the appraisal conversation, how the work is going in the performance conversation; this conversation looks ahead.',
    );
    const text = (params: Record<string, unknown>, locale: 'nl' | 'en') =>
      findingMessage({ code: 'conversation.text.evaluative', severity: 'warning', path: [], params: params as never }, locale);
    const [need, point, note] = examples['conversation.text.evaluative'] as Record<string, unknown>[];
    expect(text(need as Record<string, unknown>, 'nl')).toBe(
      'Ontwikkelbehoefte ‘Mijn beoordeling van vorig jaar’ gaat over beoordelen of belonen (‘beoordeling’). Beoordeling en beloning horen in het beoordelingsgesprek, hoe het werk gaat in het functioneringsgesprek; dit gesprek kijkt vooruit.',
    );
    expect(text(point as Record<string, unknown>, 'en')).toBe(
      'Agenda point “Salarisverhoging bespreken” is about rating or pay (“Salarisverhoging”). Rating and pay belong in the appraisal conversation, how the work is going in the performance conversation; this conversation looks ahead.',
    );
    expect(text(note as Record<string, unknown>, 'nl')).toMatch(
      /^Deze notitie gaat over beoordelen of belonen \(‘periodiek’ en ‘schaal 10’\)\. /u,
    );
    const smart = findingMessage(
      {
        code: 'conversation.guard.agreementsSmart',
        severity: 'warning',
        path: [],
        params: examples['conversation.guard.agreementsSmart'][0] as never,
      },
      'nl',
    );
    expect(smart).toBe('‘Ik geef voor 1 juni 2027 twee klantdemo’s’ is nog niet SMART: nog niet meetbaar en tijdgebonden.');
  });
});
