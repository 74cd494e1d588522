import type { ConversationEventInput, CreateConversationInput } from '../../src/index.js';

/**
 * A development conversation as the domain describes it, from preparation to conclusion, on the first
 * version of the built-in template (as stored logs have it); the strengths phase of version 2 is
 * walked in `strengths.test.ts`.
 */
export const developmentInput: CreateConversationInput = {
  id: 'c-2027-sanne',
  kind: 'development',
  templateVersion: 1,
  employee: { id: 'emp-1', name: 'Sanne de Vries' },
  manager: { id: 'mgr-1', name: 'Ahmed Yilmaz' },
  plannedStart: '2027-03-15T10:00:00+01:00',
  plannedMinutes: 60,
  locale: 'nl',
  timeZone: 'Europe/Amsterdam',
};

const t = (minute: number): string => {
  const base = Date.parse('2027-03-15T09:00:00Z') + minute * 60_000;
  const local = new Date(base + 3_600_000).toISOString().slice(0, 19);
  return `${local}+01:00`;
};

/** The whole log; minute 0 = 10:00 local on the day (preparation events lie before). */
export const developmentEvents: ConversationEventInput[] = [
  {
    type: 'answerPreparation',
    at: t(-2880),
    by: 'employee',
    questionId: 'prep-1',
    answer: 'De migratie naar het nieuwe planningssysteem ging goed; ik wil meer met klanten werken.',
  },
  {
    type: 'addAgendaPoint',
    at: t(-2870),
    by: 'employee',
    point: { id: 'e1', title: 'Presenteren voor klanten', topic: 'competences', priority: 'must', minutes: 15 },
  },
  {
    type: 'addAgendaPoint',
    at: t(-2860),
    by: 'employee',
    point: { id: 'e2', title: 'Werkdruk in het team', topic: 'workloadCapacity', priority: 'should', minutes: 10 },
  },
  {
    type: 'answerPreparation',
    at: t(-1440),
    by: 'manager',
    questionId: 'prep-m1',
    answer: 'Sterke bijdrage aan de migratie; collega’s noemen haar geduldig en helder.',
  },
  {
    type: 'addAgendaPoint',
    at: t(-1430),
    by: 'manager',
    point: { id: 'o1', title: 'Presenteren voor klanten', topic: 'competences', priority: 'should', minutes: 10 },
  },
  {
    type: 'setPurpose',
    at: t(-1420),
    by: 'employee',
    purpose: 'Mijn volgende stap richting klantcontact bepalen',
    overarchingGoal: 'Over een jaar zelfstandig klantdemo’s geven',
    minutes: 60,
  },
  { type: 'mergeAgenda', at: t(-1410), by: 'manager' },
  { type: 'start', at: t(0), by: 'manager' },
  { type: 'addNote', at: t(3), by: 'manager', text: 'Doel en agenda samen doorgenomen.' },
  { type: 'nextPhase', at: t(5), by: 'manager' },
  { type: 'addNote', at: t(8), by: 'employee', text: 'Reisverslag: migratie afgerond, twee collega’s ingewerkt.' },
  { type: 'nextPhase', at: t(14), by: 'employee' },
  {
    type: 'addNeed',
    at: t(16),
    by: 'employee',
    need: { id: 'n1', text: 'Beter presenteren voor klanten', focus: 'skills', goalIds: ['g-klant'] },
  },
  { type: 'nextPhase', at: t(25), by: 'manager' },
  {
    type: 'addNeed',
    at: t(27),
    by: 'manager',
    need: { id: 'n2', text: 'Kennis van het nieuwe product', focus: 'knowledge', goalIds: ['g-product'] },
  },
  { type: 'markAgendaItemDone', at: t(30), by: 'manager', itemId: 'e1' },
  { type: 'nextPhase', at: t(33), by: 'manager' },
  {
    type: 'proposeAgreement',
    at: t(35),
    by: 'employee',
    agreement: {
      id: 'a1',
      what: 'Ik geef voor 1 juni 2027 twee klantdemo’s van het planningssysteem, samen met Ahmed voorbereid',
      who: 'emp-1',
      when: '2027-06-01',
      measure: 'Twee demo’s gegeven, feedback van de klant gevraagd',
      linkedNeedIds: ['n1'],
    },
  },
  { type: 'acceptAgreement', at: t(38), by: 'manager', agreementId: 'a1' },
  { type: 'nextPhase', at: t(42), by: 'employee' },
  {
    type: 'proposeSupport',
    at: t(44),
    by: 'employee',
    agreement: {
      id: 's1',
      what: 'Ahmed plant twee keer een uur coaching voor de demo’s voor 15 april 2027',
      who: 'mgr-1',
      when: '2027-04-15',
    },
  },
  { type: 'acceptSupport', at: t(45), by: 'manager', agreementId: 's1' },
  { type: 'nextPhase', at: t(47), by: 'manager' },
  {
    type: 'scheduleNextConversation',
    at: t(49),
    by: 'manager',
    date: '2027-06-14',
    start: '2027-06-14T10:00:00+02:00',
    end: '2027-06-14T10:30:00+02:00',
    kind: 'checkIn',
  },
  { type: 'nextPhase', at: t(51), by: 'manager' },
  { type: 'evaluate', at: t(54), by: 'employee', rating: 4, feedback: 'Fijn dat ik zelf de oplossing mocht voorstellen.' },
  { type: 'conclude', at: t(58), by: 'manager' },
];

/**
 * A fuller development conversation of 46 events, for the benchmarks: both sides answer more
 * preparation questions and bring two points each, notes are taken in every phase, needs of both
 * sides, agenda points ticked off, one agreement and one support agreement, the next conversation,
 * the evaluation.
 */
export const developmentEvents46: ConversationEventInput[] = (() => {
  const note = (minute: number, by: 'employee' | 'manager', text: string): ConversationEventInput => ({
    type: 'addNote',
    at: t(minute),
    by,
    text,
  });
  const answer = (minute: number, by: 'employee' | 'manager', questionId: string, text: string): ConversationEventInput => ({
    type: 'answerPreparation',
    at: t(minute),
    by,
    questionId,
    answer: text,
  });
  const [
    prep1,
    e1,
    e2,
    prepM1,
    o1,
    purpose,
    merge,
    start,
    note1,
    next1,
    note2,
    next2,
    need1,
    next3,
    need2,
    done1,
    next4,
    propose,
    accept,
    next5,
    support,
    acceptSupport,
    next6,
    schedule,
    next7,
    evaluate,
    conclude,
  ] = developmentEvents as [ConversationEventInput, ...ConversationEventInput[]];
  return [
    prep1,
    answer(-2875, 'employee', 'prep-2', 'Ik krijg energie van klantgesprekken en wil daar meer in doen.'),
    answer(-2874, 'employee', 'prep-3', 'Hulp bij het voorbereiden van een demo zou me verder helpen.'),
    e1,
    e2,
    prepM1,
    answer(-1435, 'manager', 'prep-m2', 'Het team gaat volgend jaar meer demo’s geven bij klanten.'),
    answer(-1434, 'manager', 'prep-m3', 'Feedback van collega’s: geduldig, helder, soms te bescheiden.'),
    o1,
    {
      type: 'addAgendaPoint',
      at: t(-1425),
      by: 'manager',
      point: { id: 'o2', title: 'Kennis van het nieuwe product', topic: 'capacityGrowth', priority: 'could', minutes: 5 },
    },
    purpose,
    merge,
    start,
    note1,
    note(4, 'employee', 'Werkdruk blijft een aandachtspunt.'),
    next1,
    note2,
    note(10, 'manager', 'Compliment voor het inwerken van nieuwe collega’s.'),
    note(12, 'employee', 'Wil graag meer zichtbaar zijn bij klanten.'),
    next2,
    need1,
    note(20, 'employee', 'Oefenen in een veilige omgeving eerst.'),
    {
      type: 'addNeed',
      at: t(21),
      by: 'employee',
      need: { id: 'n3', text: 'Zelfvertrouwen bij presenteren', why: 'Ik ben soms te bescheiden', focus: 'competences', goalIds: [] },
    },
    { type: 'markAgendaItemDone', at: t(22), by: 'employee', itemId: 'e2' },
    next3,
    need2,
    note(29, 'manager', 'Productkennis sluit aan op de koers van de organisatie.'),
    done1,
    { type: 'markAgendaItemDone', at: t(31), by: 'manager', itemId: 'o2' },
    note(32, 'manager', 'Productkennis komt in de afspraken terug.'),
    next4,
    propose,
    accept,
    note(40, 'manager', 'Eerste demo in mei, tweede in juni.'),
    next5,
    support,
    acceptSupport,
    note(46, 'employee', 'Coaching door Ahmed, twee keer een uur.'),
    next6,
    schedule,
    note(50, 'manager', 'Voortgangsgesprek half juni.'),
    next7,
    evaluate,
    note(56, 'employee', 'Prettig dat er tijd was voor mijn punten.'),
    note(57, 'manager', 'Afspraken gaan vandaag nog naar het POP.'),
    conclude,
  ].filter((event): event is ConversationEventInput => event !== undefined);
})();
