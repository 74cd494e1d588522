import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

type SourceKind = keyof Labels['fundingSource'];

/** A funding source in a sentence: its own title when it has one, else what it is ("het O&O-fonds"). */
function source(ref: unknown, kind: SourceKind, tools: MessageTools): string {
  const title = (ref as { title?: unknown } | null)?.title;
  if (typeof title === 'string' && title.trim() !== '') return tools.ref(ref);
  // A finding stored by 0.1 has no source: throwing lets findingMessage show the text it was stored with.
  if (!Object.hasOwn(tools.labels.fundingSource, kind)) throw new TypeError('not a funding source');
  return tools.labels.fundingSource[kind];
}

function sources(refs: readonly unknown[], kinds: readonly SourceKind[], tools: MessageTools): string {
  return tools.format.list(refs.map((ref, index) => source(ref, kinds[index] ?? 'personalBudget', tools)));
}

/** "budgetjaar 2027" for a calendar year, else "de budgetperiode van 1 augustus 2027 t/m 31 juli 2028". */
function period(start: string, end: string, tools: MessageTools): string {
  if (typeof start !== 'string' || typeof end !== 'string') throw new TypeError('not a budget period');
  const year = start.slice(0, 4);
  if (start === `${year}-01-01` && end === `${year}-12-31`) return `budgetjaar ${year}`;
  return `de budgetperiode van ${tools.format.date(start)} t/m ${tools.format.date(end)}`;
}

/** Study time as people say it: "16 uur", "7 uur en 30 minuten". */
function hours(minutes: number, tools: MessageTools): string {
  const whole = Math.trunc(minutes / 60);
  const rest = Math.abs(minutes % 60);
  if (rest === 0) return `${tools.format.number(whole)} uur`;
  if (whole === 0) return `${tools.format.number(minutes)} ${Math.abs(minutes) === 1 ? 'minuut' : 'minuten'}`;
  return `${tools.format.number(whole)} uur en ${rest} ${rest === 1 ? 'minuut' : 'minuten'}`;
}

/** An amount of a budget: money in Dutch notation, study time in hours, or study points. */
function figure(value: unknown, unit: string, tools: MessageTools): string {
  if (typeof value !== 'number') return tools.value(value);
  if (unit === 'minutes') return hours(value, tools);
  return `${tools.format.number(value)} ${Math.abs(value) === 1 ? 'studiepunt' : 'studiepunten'}`;
}

/** A cost line or expense by what it is and its title ("kostenpost ‘Boek’"), or "deze uitgave" without one. */
function line(ref: unknown, tools: MessageTools): string {
  const { kind, title } = (ref ?? {}) as { kind?: unknown; title?: unknown };
  if (typeof title !== 'string' || title.trim() === '') return tools.ref(ref);
  return `${kind === 'expense' ? 'uitgave' : 'kostenpost'} ${tools.ref(ref)}`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A moment as people write it: "16 maart 2027 om 09:00" (in the time zone the moment was given in). */
function moment(instant: string, tools: MessageTools): string {
  return `${tools.format.date(instant.slice(0, 10))} om ${instant.slice(11, 16)}`;
}

/** The number in a budget figure: the minor units of money, or the minutes or study points. */
function size(value: unknown): unknown {
  return typeof value === 'number' ? value : (value as { amount?: unknown } | null)?.amount;
}

/** Dutch messages of the plan module. */
export const planMessagesNl = defineMessages({
  // ------------------------------------------------------------ shape and integrity
  'plan.period.reversed': 'De periode eindigt voordat ze begint.',
  'plan.hash.mismatch': () =>
    'De inhoud van het plan past niet meer bij de vastgelegde controlecode: het plan is buiten het systeem om gewijzigd.',
  'plan.history.inconsistent':
    'De versiegeschiedenis klopt niet met versie {version}: elke versie hoort precies één regel te hebben, oplopend vanaf 1.',
  'plan.id.duplicate': 'Het id "{id}" komt meer dan eens voor bij {section:planList}.',
  'plan.approval.recordInvalid':
    'Een vastgelegde goedkeuring van de {by:role} hoort niet bij deze versie van het plan, of komt dubbel voor.',
  'plan.cost.unknownAgreement': 'Kostenpost {cost} hoort bij afspraak "{agreementId}", maar die afspraak staat niet in het plan.',
  'plan.cost.unknownSource':
    'Kostenpost {cost} wordt betaald uit "{source}", maar die financieringsbron staat niet bij de financiering van het plan.',

  // ------------------------------------------------------------ approval
  'plan.approval.staleVersion':
    'Deze goedkeuring is voor versie {given}, maar het plan staat op versie {current}. Lees de huidige versie en keur die goed.',
  'plan.approval.hashMismatch': () =>
    'De goedgekeurde tekst is niet de huidige tekst van het plan. Lees de huidige versie en keur die goed.',
  'plan.approval.beforeVersion': ({ at, version, since }, tools) =>
    `De goedkeuring is gedateerd op ${moment(at, tools)}, maar versie ${version} bestaat pas sinds ${moment(since, tools)}.`,
  'plan.approval.repeated': 'De {by:role} had deze versie al goedgekeurd; de eerste goedkeuring blijft staan.',
  'plan.approval.complete': 'Medewerker en leidinggevende hebben versie {version} allebei goedgekeurd.',
  'plan.approval.waiting': 'Versie {version} wacht nog op de goedkeuring van de {role:role}.',
  'plan.approval.overBudget': ({ sources: refs, sourceKinds, units }, tools) => {
    if (units === undefined || units.every((unit) => unit === 'money')) {
      return `De kosten in dit plan passen niet binnen ${sources(refs, sourceKinds, tools)}. Pas de kosten of de financiering aan voordat jullie het plan goedkeuren.`;
    }
    const what = units.map((unit) => ({ money: 'de kosten', minutes: 'de studietijd', studyPoints: 'de studiepunten' })[unit]);
    const named = tools.format.list(what);
    return `${named.charAt(0).toUpperCase()}${named.slice(1)} in dit plan ${units.length === 1 ? 'past' : 'passen'} niet binnen ${sources(refs, sourceKinds, tools)}. Pas de afspraken of de financiering aan voordat jullie het plan goedkeuren.`;
  },

  // ------------------------------------------------------------ amendment
  'plan.amend.noChange':
    'Deze wijziging verandert niets aan de inhoud, dus er komt geen nieuwe versie. Voortgang op een afspraak leg je vast als voortgang, niet als wijziging van het plan.',
  'plan.amend.beforeVersion': ({ at, version, since }, tools) =>
    `De wijziging is gedateerd op ${moment(at, tools)}, maar versie ${version} bestaat pas sinds ${moment(since, tools)}.`,
  'plan.amend.progressKept':
    'Afspraak {agreement} houdt de voortgang die al is vastgelegd (status: {status:progressStatus}). Voortgang leg je apart vast, niet met een wijziging van het plan.',
  'plan.amend.approvalsCleared':
    'Er is nu een nieuwe versie {version}: {count} eerdere {count|goedkeuring vervalt|goedkeuringen vervallen} en beide kanten keuren opnieuw goed.',

  // ------------------------------------------------------------ progress
  'plan.progress.empty': 'Geef bij voortgang een nieuwe status of een toelichting.',
  'plan.progress.unknownAgreement': 'Er staat geen afspraak met id "{agreementId}" in het plan.',
  'plan.progress.beforePlan': ({ at, since }, tools) =>
    `De voortgang is gedateerd op ${moment(at, tools)}, maar het plan bestaat pas sinds ${moment(since, tools)}.`,
  'plan.progress.unchanged': 'Afspraak {agreement} had al de status {status:progressStatus}; er is niets vastgelegd.',
  'plan.progress.dropWithoutNote':
    'Afspraak {agreement} vervalt zonder toelichting. Schrijf op waarom, dan kan het volgende gesprek erop terugkomen.',

  // ------------------------------------------------------------ creation from a conversation
  'plan.conversation.notConcluded': ({ status, phase }, tools) => {
    if (status === 'cancelled') return 'Het gesprek is geannuleerd. Een POP volgt uit een afgerond gesprek.';
    if (status === 'postponed') return 'Het gesprek is uitgesteld. Een POP volgt uit een afgerond gesprek.';
    if (status === 'planned') return 'Het gesprek is nog niet begonnen. Een POP volgt uit een afgerond gesprek.';
    return `Het gesprek is nog niet afgerond (het is bij de fase ${tools.format.quote(tools.labels.phase[phase])}). Een POP volgt uit een afgerond gesprek.`;
  },
  'plan.goals.missing': 'Het plan heeft geen ontwikkeldoelen: er zijn geen ontwikkelbehoeften vastgelegd.',
  'plan.goal.withoutAgreement': 'Ontwikkeldoel {goal} heeft nog geen afspraak; spreek af wie wat wanneer doet.',
  'plan.goal.noOrganisationLink': 'Ontwikkeldoel {goal} is nog niet gekoppeld aan een doel van de organisatie.',
  'plan.agreements.missing': 'Het plan heeft nog geen afspraken.',
  'plan.agreement.withoutGoal': 'Afspraak {agreement} hoort bij geen van de ontwikkeldoelen van dit plan.',
  'plan.agreement.notAccepted': 'Afspraak {agreement} is nog niet door beide kanten geaccepteerd.',
  'plan.agreement.noDeadline': 'Bij afspraak {agreement} staat geen datum: wanneer is het klaar?',
  'plan.nextConversation.missing': 'Er is nog geen volgend gesprek gepland.',
  'plan.cost.negative': 'Afspraak {agreement} heeft negatieve kosten ({amount}); die zijn niet als kostenpost opgenomen.',
  'plan.evaluation.missing': 'Het gesprek is niet geëvalueerd; vraag de medewerker hoe het gesprek was.',
  'plan.evaluation.private': 'De evaluatie van het gesprek was alleen voor de schrijver bedoeld en staat daarom niet in het POP.',
  'plan.zienswijze.empty': 'Een zienswijze zegt iets over het POP of over het verslag van het gesprek; vul ten minste een van beide in.',
  'plan.zienswijze.notEmployee': ({ by }) =>
    `De zienswijze is de eigen inbreng van de medewerker; alleen de medewerker schrijft of wijzigt die, niet ${by === 'manager' ? 'de leidinggevende' : 'het gesprek'}.`,
  'plan.erasure.invalid':
    'Een aantekening over een gewiste tekst klopt niet met het POP: op die plek staat geen gewiste tekst. Het POP is buiten de bibliotheek gewijzigd.',

  // ------------------------------------------------------------ budget: claims against sources
  'budget.overCommitted': (p, tools) =>
    `De afspraken en uitgaven ten laste van ${source(p.source, p.sourceKind, tools)} in ${period(p.start, p.end, tools)} (${figure(p.claimed, p.unit, tools)}) gaan ${figure(p.over, p.unit, tools)} over het budget van ${figure(p.budget, p.unit, tools)} heen.`,
  'budget.overspent': (p, tools) => {
    const spent = figure(p.spent, p.unit, tools);
    const used =
      p.unit === 'money' ? `is al ${spent} uitgegeven` : p.unit === 'minutes' ? `is al ${spent} besteed` : `zijn al ${spent} gebruikt`;
    return `Er ${used} ten laste van ${source(p.source, p.sourceKind, tools)} in ${period(p.start, p.end, tools)}, ${figure(p.over, p.unit, tools)} meer dan het budget van ${figure(p.budget, p.unit, tools)}.`;
  },
  'budget.currency.mismatch': (p, tools) =>
    `${capital(line(p.line, tools))} is in ${p.currency}, maar ${source(p.source, p.sourceKind, tools)} rekent in ${p.budgetCurrency}; dat bedrag telt niet mee.`,
  'budget.unit.mismatch': (p, tools) =>
    `${capital(line(p.line, tools))} is in ${tools.labels.budgetUnit[p.unit]}, maar ${source(p.source, p.sourceKind, tools)} rekent in ${tools.labels.budgetUnit[p.budgetUnit]}; die post telt niet mee.`,
  'budget.expense.otherYear': ({ expense, date, year }, tools) =>
    `${capital(line(expense, tools))} van ${tools.format.date(date)} valt buiten budgetjaar ${String(year)} en telt niet mee.`,
  'budget.line.outsidePeriods': (p, tools) => {
    const from = p.from === undefined ? '' : `van ${tools.format.date(p.from)}`;
    const until = p.until === undefined ? '' : `t/m ${tools.format.date(p.until)}`;
    const span =
      p.until === undefined ? `vanaf ${tools.format.date(p.from ?? p.date)}` : [from, until].filter((part) => part !== '').join(' ');
    return `${capital(line(p.line, tools))} van ${tools.format.date(p.date)} valt buiten de looptijd van ${source(p.source, p.sourceKind, tools)} (${span}) en telt niet mee.`;
  },
  'budget.expense.unknownAgreement': ({ expense, agreementId }, tools) =>
    `${capital(line(expense, tools))} hoort bij afspraak "${agreementId}", maar daar staat geen kostenpost voor; ze telt als losse uitgave.`,
  'budget.expense.unknownCostLine': ({ expense, costLineId }, tools) =>
    `${capital(line(expense, tools))} hoort bij kostenpost "${costLineId}", maar die kostenpost bestaat niet of telt niet mee; ze telt als losse uitgave.`,
  'budget.id.duplicate': 'Kostenpost of uitgave "{id}" komt twee keer voor en zou dan dubbel meetellen. Geef elke post één keer op.',
  'budget.amount.overflow': 'De bedragen samen zijn te groot om exact mee te rekenen.',
  'budget.sources.missing':
    'Er is geen budget om mee te rekenen: geef de financieringsbronnen op, een plan met financiering, of een ontwikkelbudget.',
  'budget.setup.ambiguous': 'Geef óf een ontwikkelbudget óf financieringsbronnen op, niet allebei.',
  'budget.employee.missing': 'Zeg voor welke medewerker het budget is: geef de medewerker, een plan of een ontwikkelbudget op.',
  'budget.source.unknown': ({ source: id, line: lineRef }, tools) =>
    lineRef === undefined
      ? `De terugbetaalregeling noemt financieringsbron "${id}", maar die staat niet bij de financiering van het plan.`
      : `${capital(line(lineRef, tools))} wordt betaald uit "${id}", maar die financieringsbron is niet opgegeven; de post telt niet mee.`,
  'budget.required.chargedToEmployee': ({ agreement, sources: refs, sourceKinds }, tools) =>
    `Afspraak ${tools.ref(agreement)} is scholing die de werkgever verplicht stelt. Die is kosteloos voor de medewerker en valt in werktijd (art. 7:611a BW), dus ze komt niet ten laste van ${sources(refs, sourceKinds, tools)}.`,
  'budget.required.capped': 'Verplichte scholing heeft geen plafond: de werkgever betaalt die, wat ze ook kost (art. 7:611a BW).',
  'budget.allowance.duplicateUnit': 'Geef per munteenheid, voor studietijd en voor studiepunten hoogstens één bedrag op.',
  'budget.carryOver.noStart': 'Sparen over budgetperiodes heen vraagt een begindatum: geef aan wanneer de eerste budgetperiode begint.',

  // ------------------------------------------------------------ budget: the nudge and the end of a period
  'budget.unused.lateInYear': (p, tools) => {
    const unused = figure(p.unused, p.unit, tools);
    const days = `${tools.format.number(p.daysLeft)} ${p.daysLeft === 1 ? 'dag' : 'dagen'}`;
    const lapse =
      size(p.expiring) === 0
        ? 'Wat over is, mag mee naar de volgende periode; gebruikt is het daarmee nog niet.'
        : size(p.expiring) === size(p.unused)
          ? 'Wat dan over is, vervalt.'
          : `Daarvan vervalt dan ${figure(p.expiring, p.unit, tools)}; de rest mag mee naar de volgende periode.`;
    const peers =
      p.shareFrom === 'organisation'
        ? `In onze organisatie laat ${p.shareUnused}% van de medewerkers dit budget liggen`
        : `Ongeveer ${p.shareUnused}% van de medewerkers laat het budget liggen`;
    return `Van ${source(p.source, p.sourceKind, tools)} is nog ${unused} (${p.percent}%) niet gebruikt of toegezegd, en over ${days} (${tools.format.date(p.end)}) loopt de periode af. ${lapse} ${peers}: bespreek nu wat je ermee wilt.`;
  },
  'budget.year.ended': (p, tools) => {
    const what = period(p.start, p.end, tools);
    const expired = size(p.expired) === 0 ? '' : ` Daarvan is ${figure(p.expired, p.unit, tools)} vervallen.`;
    return `${what.charAt(0).toUpperCase()}${what.slice(1)} van ${source(p.source, p.sourceKind, tools)} is voorbij; ${figure(p.unused, p.unit, tools)} is onbenut gebleven.${expired}`;
  },

  // ------------------------------------------------------------ payback (studiekostenbeding)
  'budget.payback.scheduleInvalid':
    'Een terugbetaalregeling loopt af: elke stap geldt voor een langere termijn dan de vorige, met een gelijk of lager percentage tussen 0 en 100.',
  'budget.payback.sourceNotAllowed': (p, tools) =>
    p.sourceKind === 'requiredTraining'
      ? `Voor ${source(p.source, p.sourceKind, tools)} kan geen terugbetaling gelden: verplichte scholing is kosteloos voor de medewerker (art. 7:611a BW).`
      : `Voor ${source(p.source, p.sourceKind, tools)} kan geen terugbetaling gelden: dat geld is niet van de werkgever.`,
  'budget.payback.noClause':
    'Het plan bevat geen terugbetaalregeling (studiekostenbeding), dus bij vertrek hoeft er niets te worden terugbetaald.',
  'budget.payback.notApproved':
    'De terugbetaalregeling is nog niet door beide kanten goedgekeurd. Een studiekostenbeding geldt alleen als de medewerker er vooraf schriftelijk mee heeft ingestemd.',
});

/** Dutch labels of the plan module. */
export const planLabelsNl = {
  goalSource: { employee: 'de medewerker', organisation: 'de organisatie', joint: 'de medewerker én de organisatie' },
  progressStatus: { open: 'open', done: 'afgerond', dropped: 'vervallen' },
  planSection: {
    plan: 'plan',
    employee: 'medewerker',
    manager: 'leidinggevende',
    period: 'periode',
    ambitions: 'ambitie',
    goals: 'ontwikkeldoel',
    agreements: 'afspraak',
    costs: 'kostenpost',
    funding: 'financiering',
    nextConversation: 'volgend gesprek',
    evaluation: 'evaluatie',
    zienswijze: 'zienswijze',
  },
  planList: {
    ambitions: 'de ambities',
    goals: 'de ontwikkeldoelen',
    agreements: 'de afspraken',
    costs: 'de kostenposten',
    fundingSources: 'de financieringsbronnen',
  },
  planChange: { created: 'aangemaakt', added: 'toegevoegd', changed: 'gewijzigd', removed: 'verwijderd' },
  planActor: { employee: 'medewerker', manager: 'leidinggevende', conversation: 'gesprek' },
  fundingSourceKind: {
    personalBudget: 'Persoonlijk ontwikkelbudget',
    requiredTraining: 'Verplichte scholing (werkgever)',
    sectorFund: 'O&O-fonds',
    learningAccount: 'Leerrekening',
    ownMoney: 'Eigen geld',
  },
  fundingSource: {
    personalBudget: 'het persoonlijk ontwikkelbudget',
    requiredTraining: 'de verplichte scholing van de werkgever',
    sectorFund: 'het O&O-fonds',
    learningAccount: 'de leerrekening',
    ownMoney: 'het eigen geld van de medewerker',
  },
  budgetUnit: { money: 'geld', minutes: 'studie-uren', studyPoints: 'studiepunten' },
  planText: {
    title: 'POP',
    subtitle: 'Persoonlijk ontwikkelplan',
    version: 'versie',
    employee: 'Medewerker',
    manager: 'Leidinggevende',
    period: 'Periode',
    through: 't/m',
    kind: 'Soort gesprek',
    status: 'Status',
    hash: 'Controlecode',
    approved: 'goedgekeurd door medewerker en leidinggevende',
    waitingFor: 'wacht op goedkeuring van',
    draft: 'nog door niemand goedgekeurd',
    ambitions: 'Ambities',
    goals: 'Ontwikkeldoelen',
    focus: 'Focus',
    source: 'Vanuit',
    organisationGoals: 'Organisatiedoelen',
    why: 'Waarom',
    grade: 'Rapportcijfer',
    nextTime: 'Volgende keer anders',
    effect: 'Effect (E = K × A)',
    effectOutOf: 'van 100',
    ideas: 'Eigen ideeën voor de aanpak',
    needWhen: 'Wanneer',
    expectedCost: 'Verwachte kosten',
    organisationLink: 'Aansluiting bij de organisatie',
    agreementsFor: 'Afspraken',
    noAgreement: 'nog geen afspraak',
    none: 'geen',
    agreements: 'Afspraken',
    supportAgreements: 'Ondersteuningsafspraken',
    who: 'wie',
    when: 'wanneer',
    noDate: 'geen datum',
    measure: 'Meetbaar',
    providerSearchedBy: 'Zoekt de aanbieder',
    competence: 'Werkt aan competentie',
    competences: 'Competenties waaraan dit plan werkt',
    competencesNone: 'nog geen afspraak',
    offer: 'Leeraanbod',
    offerAt: 'bij',
    studyHourOne: 'studie-uur',
    studyHourOther: 'studie-uren',
    cost: 'Kosten',
    state: 'Status',
    progressNote: 'Voortgang',
    costs: 'Kosten',
    description: 'Omschrijving',
    amount: 'Bedrag',
    fundedBy: 'Betaald uit',
    total: 'Totaal',
    funding: 'Financiering',
    fundingName: 'Bron',
    fundingKind: 'Soort',
    perPeriod: 'Per periode',
    periodLength: 'Periode',
    calendarYear: 'kalenderjaar',
    months: 'maanden',
    from: 'vanaf',
    until: 't/m',
    saving: 'Sparen',
    noSaving: 'nee',
    savingPeriods: 'periodes',
    savingMaximum: 'hoogstens',
    noCap: 'geen plafond',
    payback: 'Terugbetaalregeling (studiekostenbeding)',
    paybackIntro: 'Geldt voor vrijwillige opleidingen van meer dan',
    paybackWithin: 'Vertrek binnen',
    paybackShare: 'Terug te betalen',
    afterCompletion: 'na afronding',
    paybackSources: 'betaald uit',
    hourOne: 'uur',
    hourOther: 'uur',
    studyPointOne: 'studiepunt',
    studyPointOther: 'studiepunten',
    nextConversation: 'Volgend gesprek',
    notPlanned: 'Nog niet gepland.',
    minutes: 'minuten',
    evaluation: 'Evaluatie van het gesprek',
    notEvaluated: 'Niet geëvalueerd.',
    rating: 'Cijfer',
    feedback: 'Feedback',
    progress: 'Voortgang op afspraken',
    progressIntro: 'Voortgang verandert de goedgekeurde tekst niet en vraagt geen nieuwe goedkeuring.',
    agreement: 'afspraak',
    approval: 'Goedkeuring',
    approvedOn: 'goedgekeurd op',
    notApproved: 'nog niet goedgekeurd',
    history: 'Versiegeschiedenis',
    versionHeading: 'Versie',
    changedAt: 'Wanneer',
    by: 'Door',
    changes: 'Wijzigingen',
    reason: 'Reden',
    clearedOne: 'goedkeuring vervallen',
    clearedOther: 'goedkeuringen vervallen',
    zienswijze: 'Zienswijze van de medewerker',
    zienswijzePlan: 'Over het POP',
    zienswijzeReport: 'Over het verslag',
    readers: 'Inzage',
    readersHr: 'medewerker, leidinggevende en HR-adviseur',
    readersOthers: 'en door de medewerker aangewezen deelnemers',
  },
} satisfies Partial<Labels>;
