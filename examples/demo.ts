/**
 * The main example: one development conversation between Sanne de Vries (employee) and Ahmed
 * Yilmaz (her manager), told from preparation to the approved POP and the next appointment.
 *
 *   npm run demo          # in Dutch
 *   npm run demo -- --en  # in English
 *
 * Every step goes through the public API; the library itself does no I/O, so this script is
 * where the printing (and reading `process.argv`) happens. Dates are fixed (January 2027), so the
 * output is the same on every run. A tour of the modules one by one is `examples/tour.ts`.
 */
import type {
  AgreementInput,
  AgreementReport,
  Conversation,
  ConversationEventInput,
  Finding,
  BuiltInLocale,
  PhaseId,
  Result,
} from '../src/index.js';
import {
  analyzeGoalText,
  approvePlan,
  budgetStatus,
  checkAgreement,
  createConversation,
  createDevelopmentPlan,
  formatFinding,
  catalogueFor,
  inputBalance,
  isEvaluativeTopic,
  meetsWww,
  phaseQuestions,
  proposeNextConversation,
  remindersFor,
  renderPlanMarkdown,
  replay,
  smartShortfalls,
  toICalendar,
  transition,
} from '../src/index.js';
// The host chooses the question bank; this story uses the built-in one ('ontwikkelgesprek/questions').
import { builtInQuestions } from '../src/questions/entry.js';

const locale: BuiltInLocale = process.argv.includes('--en') ? 'en' : 'nl';
/** Picks the Dutch or the English wording of the story's own text. */
const t = (nl: string, en: string): string => (locale === 'nl' ? nl : en);

const out: string[] = [];
const say = (...lines: string[]): void => void out.push(...lines);
let chapterNumber = 0;
function chapter(nl: string, en: string, intro: [string, string]): void {
  chapterNumber += 1;
  const title = `${chapterNumber}. ${t(nl, en)}`;
  say('', title, '='.repeat(title.length), t(...intro), '');
}
/** A finding as the library words it: severity, code, path and the message in the story's language. */
const finding = (f: Finding): string => formatFinding(f, locale);

/** The story cannot continue without a value: stop loudly, with the library's own findings. */
function must<T>(result: Result<T>, what: string): T {
  if (!result.ok) {
    console.log(out.join('\n'));
    throw new Error(`${what}: ${result.findings.map((f) => formatFinding(f, locale)).join('; ')}`);
  }
  return result.value;
}

// ---------------------------------------------------------------- the cast and the setting

// Ids are what reminders print, so they are readable words here.
const sanne = { id: 'sanne', name: 'Sanne de Vries' };
const ahmed = { id: 'ahmed', name: 'Ahmed Yilmaz' };
/** A Wednesday in winter (UTC+1); the day of the conversation. */
const on = (time: string, date = '2027-01-27'): string => `${date}T${time}:00+01:00`;

const input = {
  id: 'sanne-2027-01',
  kind: 'development' as const,
  templateVersion: 2, // kept with the log, so a replay years later walks the same phases
  employee: sanne,
  manager: ahmed,
  plannedStart: on('10:00'),
  plannedMinutes: 75,
  locale,
  previousPlan: {
    id: 'pop-sanne-2026',
    agreements: [
      {
        id: 'pop-2026-1',
        what: t('Training feedback geven volgen', 'Take the training on giving feedback'),
        who: sanne.id,
        when: '2026-10-01',
        status: 'open' as const,
      },
      {
        id: 'pop-2026-2',
        what: t('Een mentor binnen het team zoeken', 'Find a mentor within the team'),
        who: ahmed.id,
        status: 'open' as const,
      },
      {
        id: 'pop-2026-3',
        what: t('Cursus Excel afronden', 'Finish the Excel course'),
        who: sanne.id,
        when: '2026-06-01',
        status: 'done' as const,
      },
    ],
  },
};

let state: Conversation = must(createConversation(input), 'createConversation');
const log: ConversationEventInput[] = [];
const phaseLabel = (phase: string): string => catalogueFor(locale).labels.phase[phase as PhaseId] ?? phase;
const side = (by: string): string => (by === 'employee' ? 'Sanne' : by === 'manager' ? 'Ahmed' : by);

/**
 * Sends one event and prints what happened: refused (with why), or accepted (with the phase it moved
 * to and any new warning). `quiet` leaves out the line for an accepted event that stays in its phase.
 */
function send(event: ConversationEventInput, options: { quiet?: boolean } = {}): boolean {
  const result = transition(state, event);
  if (!result.ok) {
    say(`  ✗ ${event.type} (${side(event.by)}) ${t('geweigerd', 'refused')}:`);
    result.findings.forEach((f) => {
      say(`      ${finding(f)}`);
    });
    return false;
  }
  const moved = result.value.conversation.phase !== state.phase;
  state = result.value.conversation;
  log.push(event);
  const note = event.type === 'addNote' ? `: "${event.text}"` : '';
  if (options.quiet !== true || moved) say(`  ✓ ${event.type} (${side(event.by)})${moved ? ` → ${phaseLabel(state.phase)}` : note}`);
  // transition reports each finding once, on the event that caused it; the story leaves out hints.
  for (const f of result.findings) {
    if (f.severity === 'info') continue;
    say(`      ${finding(f)}`);
  }
  return true;
}

// ---------------------------------------------------------------- 1. preparation

chapter('Voorbereiding', 'Preparation', [
  'Een week voor het gesprek bereiden Sanne en Ahmed zich allebei voor. Eerst: wat staat er nog open uit de vorige POP?',
  'A week before the conversation, Sanne and Ahmed both prepare. First: what is still open from the previous PDP?',
]);
say(
  t(
    'Open afspraken uit de POP van 2026 (de afgeronde Excel-cursus valt weg):',
    'Open agreements from the 2026 PDP (the finished Excel course drops out):',
  ),
);
for (const agreement of state.previousOpenAgreements) {
  say(
    `  - ${agreement.what} (${agreement.who === sanne.id ? 'Sanne' : 'Ahmed'}${agreement.when ? `, ${t('was voor', 'was due')} ${agreement.when}` : ''})`,
  );
}

const prepared = { employee: t('18 januari', '18 January'), manager: t('18 januari', '18 January') };
for (const [by, name, role] of [
  ['employee', 'Sanne', t('medewerker', 'employee')],
  ['manager', 'Ahmed', t('leidinggevende', 'manager')],
] as const) {
  const questions = must(phaseQuestions(state, builtInQuestions, { audience: by, count: 3, seed: 'sanne-2027' }), 'phaseQuestions');
  say(
    '',
    t(
      `Voorbereidingsvragen voor ${name} (${role}), uit de ingebouwde vragenbank:`,
      `Preparation questions for ${name} (${role}), from the built-in question bank:`,
    ),
  );
  questions.forEach((question) => {
    say(`  ? ${question.text[locale]}`);
  });
  const first = questions[0];
  if (first !== undefined) {
    const answer =
      by === 'employee'
        ? t(
            'De migratie naar het nieuwe systeem ging goed. Ik wil meer direct met klanten werken.',
            'The migration to the new system went well. I want to work with clients more directly.',
          )
        : t(
            'Sanne wordt door klanten vaak gevraagd; komend jaar draait alles om het nieuwe planningssysteem.',
            'Clients often ask for Sanne; next year is all about the new planning system.',
          );
    say(`  ${t('Antwoord', 'Answer')} (${prepared[by]}): "${answer}"`);
    send(
      {
        type: 'answerPreparation',
        at: on(by === 'employee' ? '15:00' : '17:00', '2027-01-18'),
        by,
        questionId: first.id,
        question: first.text[locale],
        answer,
      },
      { quiet: true },
    );
  }
}

say('', t('Beide kanten zetten punten op de agenda:', 'Both sides put points on the agenda:'));
const points = [
  {
    by: 'employee',
    at: on('09:00', '2027-01-19'),
    point: {
      id: 'sanne-1',
      title: t('Presenteren voor klanten', 'Presenting to clients'),
      topic: 'competences',
      priority: 'must',
      minutes: 15,
    },
  },
  {
    by: 'employee',
    at: on('09:05', '2027-01-19'),
    point: {
      id: 'sanne-2',
      title: t('Werkdruk in het voorjaar', 'Workload in the spring'),
      topic: 'workloadCapacity',
      priority: 'should',
      minutes: 10,
    },
  },
  {
    by: 'employee',
    at: on('09:10', '2027-01-19'),
    point: {
      id: 'sanne-3',
      title: t('Doorgroeien naar senior adviseur', 'Growing into a senior adviser role'),
      topic: 'careerAmbitions',
      priority: 'could',
      minutes: 15,
    },
  },
  {
    by: 'manager',
    at: on('16:30', '2027-01-19'),
    point: {
      id: 'ahmed-1',
      title: t('klanten: presenteren', 'clients: presenting'),
      topic: 'competences',
      priority: 'should',
      minutes: 10,
      goalIds: ['goal-klantgericht'],
    },
  },
  {
    by: 'manager',
    at: on('16:35', '2027-01-19'),
    point: {
      id: 'ahmed-2',
      title: t('Invoering nieuw planningssysteem', 'Roll-out of the new planning system'),
      topic: 'organisationDirection',
      priority: 'should',
      minutes: 10,
      goalIds: ['goal-digitaal'],
    },
  },
  {
    by: 'manager',
    at: on('16:40', '2027-01-19'),
    point: {
      id: 'ahmed-3',
      title: t('Beoordeling afgelopen jaar', 'Rating of the past year'),
      topic: 'performanceRating',
      priority: 'could',
      minutes: 10,
    },
  },
] as const;
for (const { by, at, point } of points) {
  const topic = catalogueFor(locale).labels.topic[point.topic] ?? point.topic;
  const evaluative = isEvaluativeTopic(point.topic) ? t('  ← beoordelend onderwerp', '  ← an evaluative topic') : '';
  say(`  ${side(by)}: ${point.title} (${topic}, ${point.priority}, ${point.minutes} min)${evaluative}`);
  send({ type: 'addAgendaPoint', at, by, point: { ...point, goalIds: 'goalIds' in point ? [...point.goalIds] : [] } }, { quiet: true });
}

// ---------------------------------------------------------------- 2. the joint agenda

chapter('De gezamenlijke agenda', 'The joint agenda', [
  'Ahmed voegt de twee lijstjes samen: eerst de opvolging van de vorige POP, dan de punten, binnen vijf kwartier.',
  'Ahmed merges the two lists: follow-up of the previous PDP first, then the points, within an hour and a quarter.',
]);
send({ type: 'mergeAgenda', at: on('09:00', '2027-01-20'), by: 'manager' });
const agenda = state.agenda;
if (agenda !== null) {
  const from = (sources: readonly string[], joint: boolean): string =>
    joint
      ? t('gezamenlijk', 'joint')
      : sources
          .map((source) => ({ followUp: t('opvolging', 'follow-up'), employee: 'Sanne', organisation: 'Ahmed' })[source] ?? source)
          .join(' + ');
  say(
    '',
    t(
      `Op de agenda (${agenda.minutesPlanned} van ${agenda.minutesForItems} minuten voor punten):`,
      `On the agenda (${agenda.minutesPlanned} of ${agenda.minutesForItems} minutes for points):`,
    ),
  );
  // A follow-up point keeps the agreement's own words; the host says what kind of point it is.
  const titleOf = (item: (typeof agenda.items)[number]): string =>
    item.followUp === undefined ? item.title : `${t('Opvolging', 'Follow-up')}: ${item.title}`;
  agenda.items.forEach((item, index) => {
    say(`  ${index + 1}. ${titleOf(item)}  (${item.minutes} min, ${from(item.sources, item.joint)})`);
  });
  say(t('Doorgeschoven naar het volgende gesprek (geen tijd meer):', 'Deferred to the next conversation (no time left):'));
  agenda.deferred.forEach((item) => {
    say(`  - ${titleOf(item)}  (${item.minutes} min, ${from(item.sources, item.joint)})`);
  });
  if (agenda.deferred.length === 0) say(t('  (niets)', '  (nothing)'));
}
say(
  '',
  t(
    'Presenteren voor klanten staat bij allebei op het lijstje en is één gezamenlijk punt geworden.',
    'Presenting to clients is on both lists and became one joint point.',
  ),
  t(
    'De waarschuwing over de beoordeling klopt: die hoort in het beoordelingsgesprek. Ahmed trekt zijn punt in:',
    'The warning about the rating is right: that belongs in the appraisal conversation. Ahmed withdraws his point:',
  ),
);
send({
  type: 'withdrawAgendaPoint',
  at: on('09:30', '2027-01-20'),
  by: 'manager',
  pointId: 'ahmed-3',
  reason: t('Bespreken we in het beoordelingsgesprek in mei.', 'We will discuss it in the appraisal conversation in May.'),
});
say(
  t(
    `De agenda is opnieuw samengevoegd: ${state.agenda?.items.length ?? 0} punten, geen beoordelend onderwerp meer.`,
    `The agenda was merged again: ${state.agenda?.items.length ?? 0} points, no evaluative topic left.`,
  ),
);

// ---------------------------------------------------------------- 3. the conversation

chapter('Het gesprek, fase voor fase', 'The conversation, phase by phase', [
  'Woensdag 27 januari 2027, 10:00. Het gesprek loopt door acht fasen; de bibliotheek bewaakt de volgorde.',
  'Wednesday 27 January 2027, 10:00. The conversation runs through eight phases; the library guards the order.',
]);
say(
  t(
    'Ahmed wil meteen beginnen, maar het doel van het gesprek is nog niet vastgesteld:',
    'Ahmed wants to start right away, but the purpose of the conversation has not been set:',
  ),
);
send({ type: 'start', at: on('09:58'), by: 'manager' });
say(
  t(
    'Dus formuleert Sanne eerst zelf het doel; daarna kan het gesprek beginnen:',
    'So Sanne first states the purpose in her own words; then the conversation can start:',
  ),
);
send({
  type: 'setPurpose',
  at: on('10:00'),
  by: 'employee',
  purpose: t('Mijn volgende stap richting klantcontact bepalen', 'Decide my next step towards working with clients'),
  overarchingGoal: t('Over een jaar zelfstandig klantdemo’s geven', 'In a year, give client demos on my own'),
});
send({ type: 'start', at: on('10:01'), by: 'manager' });
send({
  type: 'addNote',
  at: on('10:03'),
  by: 'manager',
  text: t('Afgesproken: 75 minuten, Sanne leidt de punten.', 'Agreed: 75 minutes, Sanne leads the points.'),
});
send({ type: 'nextPhase', at: on('10:05'), by: 'employee' });
send({
  type: 'addNote',
  at: on('10:08'),
  by: 'employee',
  text: t(
    'Reisverslag: migratie afgerond, twee collega’s ingewerkt, training feedback geven nog niet gedaan.',
    'Travel report: migration finished, two colleagues onboarded, feedback training not done yet.',
  ),
});
send({ type: 'markAgendaItemDone', at: on('10:12'), by: 'manager', itemId: 'pop-2026-1' }, { quiet: true });
send({ type: 'markAgendaItemDone', at: on('10:13'), by: 'manager', itemId: 'pop-2026-2' }, { quiet: true });
send({
  type: 'addNote',
  at: on('10:20'),
  by: 'employee',
  text: t(
    'Werkdruk: het voorjaar is druk, maar te doen als de migratie niet uitloopt.',
    'Workload: spring is busy, but doable if the migration does not overrun.',
  ),
});
send({ type: 'markAgendaItemDone', at: on('10:21'), by: 'employee', itemId: 'sanne-2' }, { quiet: true });
send({ type: 'nextPhase', at: on('10:22'), by: 'employee' });
// The strengths phase: what goes well, before what Sanne wants to learn.
send({
  type: 'addNote',
  at: on('10:22'),
  by: 'manager',
  text: t(
    'Sterk: Sanne legt geduldig en helder uit; collega’s vragen haar om uitleg van het nieuwe systeem.',
    'Strength: Sanne explains patiently and clearly; colleagues ask her to explain the new system.',
  ),
});
send({ type: 'nextPhase', at: on('10:23'), by: 'employee' });
// Strengths first: a need phrased as a repair gets a hint; Sanne says it again as a strength to build on.
const deficitText = t('Minder fouten maken in klantpresentaties', 'Make fewer mistakes in client presentations');
const tried = transition(state, {
  type: 'addNeed',
  at: on('10:23'),
  by: 'employee',
  need: { id: 'need-present', text: deficitText, focus: 'skills' },
});
say(t(`  Sanne begint met "${deficitText}". De bibliotheek zegt:`, `  Sanne starts with "${deficitText}". The library says:`));
for (const f of tried.findings.filter((entry) => entry.code === 'conversation.need.deficit')) say(`      ${finding(f)}`);
const needSanne = {
  id: 'need-present',
  text: t('Zelfverzekerd presenteren voor klanten', 'Present to clients with confidence'),
  why: t('Ik wil onze adviezen zelf bij de klant toelichten.', 'I want to explain our advice to clients myself.'),
  ideas: t(
    'Meelopen bij twee klantdemo’s van Ahmed en daarna zelf demo’s geven.',
    'Sit in on two of Ahmed’s client demos, then give demos myself.',
  ),
  when: t('voor de zomer', 'before the summer'),
  expectedCost: { amount: 45_000, currency: 'EUR' },
  organisationLink: t('Past bij het doel om klanten meer zelf te woord te staan.', 'Fits the goal of serving clients more directly.'),
  focus: 'skills' as const,
  goalIds: ['goal-klantgericht'],
};
send({ type: 'addNeed', at: on('10:24'), by: 'employee', need: needSanne });
say(`      ${t('behoefte van Sanne', "Sanne's need")}: ${needSanne.text} (${t('vaardigheden', 'skills')})`);
say(`      ${t('haar eigen idee', 'her own idea')}: ${needSanne.ideas} (${needSanne.when})`);
send({ type: 'markAgendaItemDone', at: on('10:30'), by: 'employee', itemId: 'sanne-1' }, { quiet: true });
send({ type: 'nextPhase', at: on('10:31'), by: 'manager' });
const needAhmed = {
  id: 'need-planning',
  text: t('Kennis van het nieuwe planningssysteem', 'Knowledge of the new planning system'),
  focus: 'knowledge' as const,
  goalIds: ['goal-digitaal'],
};
send({ type: 'addNeed', at: on('10:33'), by: 'manager', need: needAhmed });
say(`      ${t('behoefte van de organisatie', "the organisation's need")}: ${needAhmed.text} (${t('kennis', 'knowledge')})`);
send({ type: 'markAgendaItemDone', at: on('10:40'), by: 'manager', itemId: 'ahmed-2' }, { quiet: true });
send({ type: 'nextPhase', at: on('10:41'), by: 'manager' });

// ---------------------------------------------------------------- 4. agreements

chapter('Afspraken: wie doet wat wanneer', 'Agreements: who does what by when', [
  'Sanne stelt zelf de oplossing voor. Een afspraak moet WWW zijn (wie, wat, wanneer) en SMART.',
  'Sanne proposes the solution herself. An agreement must be WWW (who, what, when) and SMART.',
]);
const context = {
  now: on('10:45'),
  locale,
  participants: [
    { ...sanne, role: 'employee' as const },
    { ...ahmed, role: 'manager' as const },
  ],
  remainingBudget: { amount: 70_000, currency: 'EUR' },
};
const smartLabel: Record<string, [string, string]> = {
  specific: ['specifiek', 'specific'],
  measurable: ['meetbaar', 'measurable'],
  acceptable: ['acceptabel', 'acceptable'],
  realistic: ['realistisch', 'realistic'],
  timeBound: ['tijdgebonden', 'time-bound'],
};
const statusLabel = { met: t('ja', 'yes'), unmet: t('nee', 'no'), unknown: t('onbekend', 'unknown') };
/** Prints the verdict of the agreement check: WWW, the SMART criteria not met, and why. */
function verdict(report: AgreementReport): void {
  const shortfalls = smartShortfalls(report).map((criterion) => t(...(smartLabel[criterion] ?? [criterion, criterion])));
  say(
    `    WWW ${meetsWww(report) ? t('compleet', 'complete') : t('onvolledig', 'incomplete')}; SMART: ${shortfalls.length === 0 ? t('alles in orde', 'all met') : `${t('nog niet', 'not yet')} ${shortfalls.join(', ')}`}`,
  );
  // Acceptance by both sides is the conversation's next step, not a flaw of the text: left out here.
  report.findings
    .filter((f) => f.severity !== 'info' && !f.code.startsWith('agreement.smart.acceptable.'))
    .forEach((f) => {
      say(`    ${finding(f)}`);
    });
}

const vagueText = t('Iets met presenteren doen, misschien een cursus', 'Do something with presenting, maybe a course');
const vague: AgreementInput = { id: 'a-present', what: vagueText, who: sanne.id, linkedNeedIds: [needSanne.id] };
say(t(`Eerste voorstel van Sanne: "${vagueText}"`, `Sanne's first proposal: "${vagueText}"`));
send({ type: 'proposeAgreement', at: on('10:45'), by: 'employee', agreement: vague });
say(t('  Waarom is de afspraak nog niet SMART?', '  Why is the agreement not SMART yet?'));
verdict(checkAgreement(vague, context));
const analysis = analyzeGoalText(vagueText, { locale });
say(
  `    ${t('alleen de tekst gelezen', 'reading the text alone')}: ${t('specifiek', 'specific')} ${statusLabel[analysis.specific.status]}, ${t('meetbaar', 'measurable')} ${statusLabel[analysis.measurable.status]}, ${t('tijdgebonden', 'time-bound')} ${statusLabel[analysis.timeBound.status]}`,
);
say(
  t(
    'Ahmed accepteert nog niet en vraagt door. Sanne maakt het concreet:',
    'Ahmed does not accept yet and asks further. Sanne makes it concrete:',
  ),
);
const good: AgreementInput = {
  id: 'a-present',
  what: t(
    'Ik geef voor 1 juni 2027 twee klantdemo’s van 20 minuten over het nieuwe planningssysteem',
    'I will give two 20-minute client demos of the new planning system by 1 June 2027',
  ),
  who: sanne.id,
  when: '2027-06-01',
  measure: t('Twee demo’s gegeven en van beide klanten feedback gevraagd', 'Two demos given and feedback asked from both clients'),
  focus: 'skills',
  linkedNeedIds: [needSanne.id, needAhmed.id],
  linkedGoalIds: ['goal-klantgericht', 'goal-digitaal'],
};
say(`  "${good.what}"`);
send({ type: 'reviseAgreement', at: on('10:50'), by: 'employee', agreement: good });
// E = K × A: Ahmed scores the quality (K) and how much the agreement is carried (A) as he accepts.
send({ type: 'acceptAgreement', at: on('10:51'), by: 'manager', agreementId: 'a-present', quality: 7, acceptance: 9 });
const accepted = state.agreements.find((entry) => entry.agreement.id === 'a-present');
if (accepted !== undefined) {
  say(
    t(
      `  Revisie ${accepted.revision}, door beide kanten geaccepteerd. Opnieuw gecontroleerd:`,
      `  Revision ${accepted.revision}, accepted by both sides. Checked again:`,
    ),
  );
  verdict(checkAgreement(accepted.agreement, { ...context, now: on('10:51') }));
  const { quality = 0, acceptance = 0 } = accepted.agreement;
  say(
    t(
      `  Effect: E = K × A = ${quality} × ${acceptance} = ${quality * acceptance} van 100. Het is Sannes eigen oplossing; daarom weegt de acceptatie zo zwaar.`,
      `  Effect: E = Q × A = ${quality} × ${acceptance} = ${quality * acceptance} out of 100. It is Sanne's own solution, which is why acceptance weighs so much.`,
    ),
  );
}
say(t('Door naar de ondersteuning:', 'On to the support:'));
send({ type: 'nextPhase', at: on('10:52'), by: 'employee' });
const trainingCost = { amount: 45_000, currency: 'EUR' };
const support: AgreementInput = {
  id: 's-training',
  what: t(
    'Ahmed boekt voor 15 februari 2027 de training Presenteren met impact voor Sanne',
    'Ahmed books the Presenting with impact training for Sanne by 15 February 2027',
  ),
  who: ahmed.id,
  when: '2027-02-15',
  kind: 'support',
  cost: trainingCost,
  linkedNeedIds: [needSanne.id],
};
say(
  t(
    'Sanne vraagt om steun; de kosten gaan van haar ontwikkelbudget:',
    'Sanne asks for support; the cost comes from her development budget:',
  ),
);
say(`  "${support.what}" (${catalogueFor(locale).format.money(trainingCost)})`);
send({ type: 'proposeSupport', at: on('10:54'), by: 'employee', agreement: support });
send({ type: 'acceptSupport', at: on('10:55'), by: 'manager', agreementId: 's-training' });

// ---------------------------------------------------------------- 5. next conversation, evaluation, conclusion

chapter('Het volgende gesprek, evaluatie en afronding', 'The next conversation, evaluation and conclusion', [
  'Het volgende gesprek wordt gepland voordat dit eindigt. Sanne wil over drie maanden weer praten.',
  'The next conversation is planned before this one ends. Sanne wants to talk again in three months.',
]);
send({ type: 'nextPhase', at: on('10:57'), by: 'manager' });
const proposal = proposeNextConversation(state, {
  at: on('10:59'),
  by: 'employee',
  kind: 'checkIn',
  employeeWishMonths: 3,
  preferredTime: '10:00',
});
const next = must(proposal, 'proposeNextConversation');
say(
  t(
    `Voorstel: ${next.date}, ${next.start} tot ${next.end} (voortgangsgesprek)`,
    `Proposal: ${next.date}, ${next.start} to ${next.end} (check-in)`,
  ),
);
proposal.findings.forEach((f) => {
  say(`    ${finding(f)}`);
});
send(next);

const agreementsToTrack = [...state.agreements, ...state.supportAgreements].map(({ agreement }) => ({
  id: agreement.id,
  what: agreement.what,
  who: agreement.who,
  status: agreement.status,
  ...(agreement.when !== undefined ? { when: agreement.when } : {}),
}));
const reminders = must(
  remindersFor({
    employeeId: sanne.id,
    employeeName: 'Sanne',
    managerId: ahmed.id,
    conversation: { id: 'sanne-2027-04', kind: 'checkIn', start: next.start },
    agreements: agreementsToTrack,
    now: on('11:00'),
    locale,
  }),
  'remindersFor',
);
say('', t('Herinneringen voor het volgende gesprek:', 'Reminders for the next conversation:'));
reminders
  .filter((reminder) => reminder.type === 'preparation' || reminder.type === 'conversation')
  .forEach((reminder) => {
    say(`  ${reminder.date}  ${side(reminder.role).padEnd(5)}  ${reminder.message}`);
  });
say(
  t(
    'En bij de deadlines van de afspraken (daarna een seintje als het niet af is):',
    "And at the agreements' deadlines (then a nudge if it is not done):",
  ),
);
for (const { agreement } of [...state.agreements, ...state.supportAgreements]) {
  const steps = reminders.filter((reminder) => reminder.subjectId === agreement.id);
  const before = steps.filter((reminder) => reminder.type === 'agreementDeadline').map((reminder) => reminder.date);
  const after = steps
    .filter((reminder) => reminder.type === 'agreementEscalation')
    .map((reminder) => `${reminder.date} (${side(reminder.role)})`);
  say(`  ${agreement.id} (${t('deadline', 'due')} ${agreement.when}): ${before.join(', ')}; ${t('daarna', 'then')} ${after.join(', ')}`);
}

const ics = must(
  toICalendar(
    [
      {
        uid: 'sanne-2027-04@ontwikkelgesprek.example',
        start: next.start,
        end: next.end,
        summary: t('Voortgangsgesprek Sanne & Ahmed', 'Check-in Sanne & Ahmed'),
        description: t(
          'Eerst de afspraken uit de POP: de klantdemo’s en de training.',
          'First the PDP agreements: the client demos and the training.',
        ),
        location: t('Kamer 2.14', 'Room 2.14'),
        alarms: [{ minutesBefore: 30, description: t('Over een half uur: voortgangsgesprek', 'In half an hour: check-in') }],
      },
    ],
    { dtstamp: on('11:00'), timeZone: state.timeZone, name: t('Ontwikkelgesprekken', 'Development conversations') },
  ),
  'toICalendar',
);
say(
  '',
  t('De afspraak als .ics-bestand, voor beide agenda’s:', 'The appointment as an .ics file, for both calendars:'),
  ...ics
    .trimEnd()
    .split('\r\n')
    .map((line) => `  ${line}`),
);

say(
  '',
  t(
    'Tot slot vertelt Sanne hoe ze het gesprek vond, en Ahmed rondt af:',
    'Finally Sanne says how she experienced the conversation, and Ahmed concludes:',
  ),
);
send({ type: 'nextPhase', at: on('11:02'), by: 'manager' });
send({
  type: 'evaluate',
  at: on('11:05'),
  by: 'employee',
  grade: 8,
  feedback: t('Fijn dat ik zelf de oplossing mocht voorstellen.', 'Good that I could propose the solution myself.'),
  nextTime: t(
    'De agenda een week eerder delen, dan kan ik me beter voorbereiden.',
    'Share the agenda a week earlier, so I can prepare better.',
  ),
});
send({ type: 'conclude', at: on('11:10'), by: 'manager' });

const replayed = replay(log, { input });
const same = replayed.ok && JSON.stringify(replayed.value) === JSON.stringify(state);
say(
  '',
  t(
    `Het logboek telt ${log.length} gebeurtenissen; opnieuw afgespeeld geeft het dezelfde toestand: ${same ? 'ja' : 'nee'}.`,
    `The log holds ${log.length} events; replayed, it gives the same state: ${same ? 'yes' : 'no'}.`,
  ),
);
const balance = must(inputBalance(state), 'inputBalance');
say(
  t(
    `Inbreng: Sanne ${balance.employee.total}, Ahmed ${balance.manager.total} (aandeel Sanne ${Math.round(balance.employeeShare * 100)}%); Sanne stelde de afspraken voor: ${balance.employeeLeadsAgreements ? 'ja' : 'nee'}.`,
    `Input: Sanne ${balance.employee.total}, Ahmed ${balance.manager.total} (Sanne's share ${Math.round(balance.employeeShare * 100)}%); Sanne proposed the agreements: ${balance.employeeLeadsAgreements ? 'yes' : 'no'}.`,
  ),
);

// ---------------------------------------------------------------- 6. the POP

chapter('De POP', 'The PDP', [
  'Uit dit gesprek ontstaat het persoonlijk ontwikkelplan. Het geldt pas als Sanne en Ahmed het allebei goedkeuren.',
  'This conversation becomes the personal development plan. It counts once Sanne and Ahmed have both approved it.',
]);
const created = createDevelopmentPlan(state);
let plan = must(created, 'createDevelopmentPlan');
say(
  t(
    `Versie ${plan.version}: ${plan.goals.length} doel(en), ${plan.agreements.length} afspraken.`,
    `Version ${plan.version}: ${plan.goals.length} goal(s), ${plan.agreements.length} agreements.`,
  ),
);
created.findings
  .filter((f) => f.severity !== 'info')
  .forEach((f) => {
    say(`  ${finding(f)}`);
  });
for (const [by, at] of [
  ['employee', on('09:00', '2027-01-28')],
  ['manager', on('11:00', '2027-01-28')],
] as const) {
  plan = must(approvePlan(plan, { by, at, version: plan.version, hash: plan.hash }), 'approvePlan');
  say(`  ✓ ${t('goedgekeurd door', 'approved by')} ${side(by)} (${at})`);
}

const budget = budgetStatus({
  budget: { employeeId: sanne.id, year: 2027, amount: { amount: 70_000, currency: 'EUR' } },
  plan,
  expenses: [
    {
      id: 'inv-2027-014',
      date: '2027-02-10',
      amount: { amount: 45_000, currency: 'EUR' },
      agreementId: 's-training',
      description: t('Training Presenteren met impact', 'Presenting with impact training'),
    },
  ],
  now: on('09:00', '2027-02-15'),
});
const status = must(budget, 'budgetStatus');
const money = (q: typeof status.spent): string =>
  'currency' in q
    ? catalogueFor(locale).format.money(q)
    : 'minutes' in q
      ? `${q.minutes / 60} ${t('uur', 'hours')}`
      : `${q.studyPoints} SP`;
say(
  '',
  t(
    `Ontwikkelbudget 2027: ${money(status.budget)}; toegezegd ${money(status.committed)}, betaald ${money(status.spent)} (factuur van 10 februari), over ${money(status.remaining)}.`,
    `Development budget 2027: ${money(status.budget)}; committed ${money(status.committed)}, spent ${money(status.spent)} (invoice of 10 February), left ${money(status.remaining)}.`,
  ),
);
budget.findings
  .filter((f) => f.severity !== 'info')
  .forEach((f) => {
    say(`  ${finding(f)}`);
  });

say('', t('Het plan zoals Sanne en Ahmed het bewaren:', 'The plan as Sanne and Ahmed keep it:'), '');
say(must(renderPlanMarkdown(plan, { locale }), 'renderPlanMarkdown'));

console.log(out.join('\n').replace(/^\n/, ''));
