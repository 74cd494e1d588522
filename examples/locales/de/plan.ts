import type { Labels, MessageTools } from '../../../src/index.js';
import { defineMessages } from '../../../src/index.js';
import { capital, moment, role } from './grammar.js';

type SourceKind = keyof Labels['fundingSource'];

/** A funding source in a sentence: its own title when it has one, else what it is ("der Branchenfonds"). */
function source(ref: unknown, kind: SourceKind, tools: MessageTools): string {
  const title = (ref as { title?: unknown } | null)?.title;
  if (typeof title === 'string' && title.trim() !== '') return tools.ref(ref);
  // A finding stored by 0.1 has no source: throwing lets findingMessage show the text it was stored with.
  if (!Object.hasOwn(tools.labels.fundingSource, kind)) throw new TypeError('not a funding source');
  return tools.labels.fundingSource[kind];
}

/** The sources without a title in the accusative and dative: the labels are in the nominative. */
const sourceCase: Readonly<Record<'acc' | 'dat', Readonly<Record<SourceKind, string>>>> = {
  acc: {
    personalBudget: 'das persönliche Weiterbildungsbudget',
    requiredTraining: 'die vom Arbeitgeber vorgeschriebene Fortbildung',
    sectorFund: 'den Branchenfonds für Weiterbildung',
    learningAccount: 'das Lernkonto',
    ownMoney: 'die eigenen Mittel des Mitarbeiters',
  },
  dat: {
    personalBudget: 'dem persönlichen Weiterbildungsbudget',
    requiredTraining: 'der vom Arbeitgeber vorgeschriebenen Fortbildung',
    sectorFund: 'dem Branchenfonds für Weiterbildung',
    learningAccount: 'dem Lernkonto',
    ownMoney: 'den eigenen Mitteln des Mitarbeiters',
  },
};

/** A source in a case ("aus dem persönlichen Weiterbildungsbudget"), or by its title. */
function sourceIn(casus: 'acc' | 'dat', ref: unknown, kind: SourceKind, tools: MessageTools): string {
  const title = (ref as { title?: unknown } | null)?.title;
  if (typeof title === 'string' && title.trim() !== '') return tools.ref(ref);
  if (!Object.hasOwn(sourceCase[casus], kind)) throw new TypeError('not a funding source');
  return sourceCase[casus][kind];
}

/** A source after "aus": the dative. */
export function fromSource(ref: unknown, kind: SourceKind, tools: MessageTools): string {
  return sourceIn('dat', ref, kind, tools);
}

function sources(refs: readonly unknown[], kinds: readonly SourceKind[], tools: MessageTools): string {
  return tools.format.list(refs.map((ref, index) => fromSource(ref, kinds[index] ?? 'personalBudget', tools)));
}

/** "im Budgetjahr 2027" for a calendar year, else "im Budgetzeitraum vom 1. August 2027 bis zum 31. Juli 2028". */
function period(start: string, end: string, tools: MessageTools): string {
  if (typeof start !== 'string' || typeof end !== 'string') throw new TypeError('not a budget period');
  const year = start.slice(0, 4);
  if (start === `${year}-01-01` && end === `${year}-12-31`) return `im Budgetjahr ${year}`;
  return `im Budgetzeitraum vom ${tools.format.date(start)} bis zum ${tools.format.date(end)}`;
}

/** Study time as people say it: "16 Stunden", "7 Stunden und 30 Minuten". */
export function hours(minutes: number, tools: MessageTools): string {
  const whole = Math.trunc(minutes / 60);
  const rest = Math.abs(minutes % 60);
  const unit = (n: number, one: string, other: string): string => `${tools.format.number(n)} ${Math.abs(n) === 1 ? one : other}`;
  if (rest === 0) return unit(whole, 'Stunde', 'Stunden');
  if (whole === 0) return unit(minutes, 'Minute', 'Minuten');
  return `${unit(whole, 'Stunde', 'Stunden')} und ${unit(rest, 'Minute', 'Minuten')}`;
}

/** An amount of a budget: money in German notation, study time in hours, or study points. */
function figure(value: unknown, unit: string, tools: MessageTools): string {
  if (typeof value !== 'number') return tools.value(value);
  if (unit === 'minutes') return hours(value, tools);
  return `${tools.format.number(value)} ${Math.abs(value) === 1 ? 'Studienpunkt' : 'Studienpunkte'}`;
}

/** A cost line or expense by what it is and its title ("Kostenposten „Buch“"), or "diese Ausgabe" without one. */
function line(ref: unknown, tools: MessageTools): string {
  const { kind, title } = (ref ?? {}) as { kind?: unknown; title?: unknown };
  if (typeof title !== 'string' || title.trim() === '') return tools.ref(ref);
  return `${kind === 'expense' ? 'die Ausgabe' : 'der Kostenposten'} ${tools.ref(ref)}`;
}

/** The number in a budget figure: the minor units of money, or the minutes or study points. */
function size(value: unknown): unknown {
  return typeof value === 'number' ? value : (value as { amount?: unknown } | null)?.amount;
}

const notConcludedEnd = 'Ein Entwicklungsplan entsteht aus einem abgeschlossenen Gespräch.';

/** German messages of the plan module. */
export const planMessagesDe = defineMessages({
  // ------------------------------------------------------------ shape and integrity
  'plan.period.reversed': 'Der Zeitraum endet, bevor er beginnt.',
  'plan.hash.mismatch': () =>
    'Der Inhalt des Plans passt nicht mehr zu seinem festgehaltenen Prüfcode: Der Plan wurde außerhalb des Systems geändert.',
  'plan.history.inconsistent':
    'Der Versionsverlauf passt nicht zu Version {version}: Jede Version braucht genau einen Eintrag, fortlaufend ab 1 gezählt.',
  'plan.id.duplicate': 'Die Kennung „{id}“ kommt unter {section:planList} mehrfach vor.',
  'plan.approval.recordInvalid': ({ by }) =>
    `Eine festgehaltene Freigabe durch ${role(by, 'acc')} gehört nicht zu dieser Version des Plans oder kommt doppelt vor.`,
  'plan.cost.unknownAgreement':
    'Der Kostenposten {cost} gehört zur Vereinbarung „{agreementId}“, aber diese Vereinbarung steht nicht im Plan.',
  'plan.cost.unknownSource':
    'Der Kostenposten {cost} wird aus „{source}“ bezahlt, aber die Finanzierung des Plans kennt keine solche Quelle.',

  // ------------------------------------------------------------ approval
  'plan.approval.staleVersion':
    'Diese Freigabe gilt Version {given}, der Plan ist aber bei Version {current}. Lesen Sie die aktuelle Version und geben Sie diese frei.',
  'plan.approval.hashMismatch': () =>
    'Der freigegebene Text ist nicht der aktuelle Text des Plans. Lesen Sie die aktuelle Version und geben Sie diese frei.',
  'plan.approval.beforeVersion': ({ at, version, since }, tools) =>
    `Die Freigabe ist auf den ${moment(at, tools)} datiert, Version ${version} gibt es aber erst seit dem ${moment(since, tools)}.`,
  'plan.approval.repeated': ({ by }) =>
    `${capital(role(by, 'nom'))} hatte diese Version bereits freigegeben; die erste Freigabe bleibt bestehen.`,
  'plan.approval.complete': 'Mitarbeiter und Führungskraft haben Version {version} beide freigegeben.',
  'plan.approval.waiting': ({ version, role: side }, tools) =>
    `Version ${tools.format.number(version)} wartet noch auf die Freigabe durch ${role(side, 'acc')}.`,
  'plan.approval.overBudget': ({ sources: refs, sourceKinds, units }, tools) => {
    if (units === undefined || units.every((unit) => unit === 'money')) {
      return `Die Kosten in diesem Plan lassen sich nicht aus ${sources(refs, sourceKinds, tools)} decken. Passen Sie Kosten oder Finanzierung an, bevor Sie den Plan freigeben.`;
    }
    const what = units.map((unit) => ({ money: 'die Kosten', minutes: 'die Lernzeit', studyPoints: 'die Studienpunkte' })[unit]);
    const named = tools.format.list(what);
    return `${named.charAt(0).toUpperCase()}${named.slice(1)} in diesem Plan ${units.length === 1 ? 'lässt' : 'lassen'} sich nicht aus ${sources(refs, sourceKinds, tools)} decken. Passen Sie die Vereinbarungen oder die Finanzierung an, bevor Sie den Plan freigeben.`;
  },

  // ------------------------------------------------------------ amendment
  'plan.amend.noChange':
    'Diese Änderung ändert nichts am Inhalt, daher gibt es keine neue Version. Halten Sie Fortschritte bei einer Vereinbarung als Fortschritt fest, nicht als Änderung des Plans.',
  'plan.amend.beforeVersion': ({ at, version, since }, tools) =>
    `Die Änderung ist auf den ${moment(at, tools)} datiert, Version ${version} gibt es aber erst seit dem ${moment(since, tools)}.`,
  'plan.amend.progressKept':
    'Die Vereinbarung {agreement} behält den bereits festgehaltenen Fortschritt (Stand: {status:progressStatus}). Fortschritt wird gesondert festgehalten, nicht durch eine Änderung des Plans.',
  'plan.amend.approvalsCleared':
    'Es gibt jetzt eine neue Version {version}: {count} frühere {count|Freigabe entfällt|Freigaben entfallen}, und beide Seiten geben erneut frei.',

  // ------------------------------------------------------------ progress
  'plan.progress.empty': 'Ein Fortschritt braucht einen neuen Stand oder eine Notiz.',
  'plan.progress.unknownAgreement': 'Der Plan enthält keine Vereinbarung mit der Kennung „{agreementId}“.',
  'plan.progress.beforePlan': ({ at, since }, tools) =>
    `Der Fortschritt ist auf den ${moment(at, tools)} datiert, den Plan gibt es aber erst seit dem ${moment(since, tools)}.`,
  'plan.progress.unchanged':
    'Die Vereinbarung {agreement} hatte bereits den Stand „{status:progressStatus}“; es wurde nichts festgehalten.',
  'plan.progress.dropWithoutNote':
    'Die Vereinbarung {agreement} entfällt ohne Notiz. Halten Sie fest, warum, damit das nächste Gespräch darauf zurückkommen kann.',

  // ------------------------------------------------------------ creation from a conversation
  'plan.conversation.notConcluded': ({ status, phase }, tools) => {
    if (status === 'cancelled') return `Das Gespräch wurde abgesagt. ${notConcludedEnd}`;
    if (status === 'postponed') return `Das Gespräch wurde verschoben. ${notConcludedEnd}`;
    if (status === 'planned') return `Das Gespräch hat noch nicht begonnen. ${notConcludedEnd}`;
    return `Das Gespräch ist noch nicht abgeschlossen (es ist in der Phase ${tools.format.quote(tools.labels.phase[phase])}). ${notConcludedEnd}`;
  },
  'plan.goals.missing': 'Der Plan hat keine Entwicklungsziele: Es wurde kein Entwicklungsbedarf festgehalten.',
  'plan.goal.withoutAgreement': 'Zum Entwicklungsziel {goal} gibt es noch keine Vereinbarung; vereinbaren Sie, wer was bis wann tut.',
  'plan.goal.noOrganisationLink': 'Das Entwicklungsziel {goal} ist noch mit keinem Ziel der Organisation verknüpft.',
  'plan.agreements.missing': 'Der Plan enthält noch keine Vereinbarungen.',
  'plan.agreement.withoutGoal': 'Die Vereinbarung {agreement} gehört zu keinem der Entwicklungsziele dieses Plans.',
  'plan.agreement.notAccepted': 'Der Vereinbarung {agreement} haben noch nicht beide Seiten zugestimmt.',
  'plan.agreement.noDeadline': 'Die Vereinbarung {agreement} hat kein Datum: Wann ist sie erledigt?',
  'plan.nextConversation.missing': 'Das nächste Gespräch ist noch nicht geplant.',
  'plan.cost.negative': 'Die Vereinbarung {agreement} hat negative Kosten ({amount}); sie wurden nicht als Kostenposten übernommen.',
  'plan.evaluation.missing': 'Das Gespräch wurde nicht ausgewertet; fragen Sie den Mitarbeiter, wie er es erlebt hat.',
  'plan.evaluation.private':
    'Der Rückblick auf das Gespräch war nur für die Person bestimmt, die ihn verfasst hat; er steht daher nicht im Entwicklungsplan.',
  'plan.zienswijze.empty':
    'Die Stellungnahme des Mitarbeiters sagt etwas zum Entwicklungsplan oder zum Gesprächsbericht; füllen Sie mindestens eines davon aus.',
  'plan.zienswijze.notEmployee': ({ by }) =>
    `Die Stellungnahme ist die eigene Stimme des Mitarbeiters; nur er schreibt oder ändert sie, nicht ${by === 'manager' ? 'die Führungskraft' : 'das Gespräch'}.`,
  'plan.erasure.invalid':
    'Ein Vermerk über einen geschwärzten Text passt nicht zum Entwicklungsplan: An dieser Stelle steht kein geschwärzter Text. Der Entwicklungsplan wurde außerhalb der Bibliothek geändert.',

  // ------------------------------------------------------------ budget: claims against sources
  'budget.overCommitted': (p, tools) =>
    `Die Vereinbarungen und Ausgaben zulasten ${genitive(p.source, p.sourceKind, tools)} ${period(p.start, p.end, tools)} (${figure(p.claimed, p.unit, tools)}) überschreiten das Budget von ${figure(p.budget, p.unit, tools)} um ${figure(p.over, p.unit, tools)}.`,
  'budget.overspent': (p, tools) => {
    const verb = p.unit === 'money' ? 'wurden bereits ausgegeben' : 'wurden bereits genutzt';
    return `Aus ${fromSource(p.source, p.sourceKind, tools)} ${verb}: ${figure(p.spent, p.unit, tools)} ${period(p.start, p.end, tools)}, ${figure(p.over, p.unit, tools)} mehr als das Budget von ${figure(p.budget, p.unit, tools)}.`;
  },
  'budget.currency.mismatch': (p, tools) =>
    `${capital(line(p.line, tools))} lautet auf ${p.currency}, ${source(p.source, p.sourceKind, tools)} wird aber in ${p.budgetCurrency} geführt; der Posten wurde daher nicht mitgezählt.`,
  'budget.unit.mismatch': (p, tools) =>
    `${capital(line(p.line, tools))} ist in ${tools.labels.budgetUnit[p.unit]} angegeben, ${source(p.source, p.sourceKind, tools)} wird aber in ${tools.labels.budgetUnit[p.budgetUnit]} geführt; der Posten wurde daher nicht mitgezählt.`,
  'budget.expense.otherYear': ({ expense, date, year }, tools) =>
    `${capital(line(expense, tools))} vom ${tools.format.date(date)} liegt außerhalb des Budgetjahrs ${String(year)} und wurde nicht mitgezählt.`,
  'budget.line.outsidePeriods': (p, tools) => {
    const from = p.from === undefined ? '' : `vom ${tools.format.date(p.from)}`;
    const until = p.until === undefined ? '' : `${p.from === undefined ? 'bis zum' : 'bis zum'} ${tools.format.date(p.until)}`;
    const span = [from, until].filter((part) => part !== '').join(' ');
    return `${capital(line(p.line, tools))} vom ${tools.format.date(p.date)} liegt außerhalb der Laufzeit ${genitive(p.source, p.sourceKind, tools)} (${span}) und wurde nicht mitgezählt.`;
  },
  'budget.expense.unknownAgreement': ({ expense, agreementId }, tools) =>
    `${capital(line(expense, tools))} gehört zur Vereinbarung „${agreementId}“, die keinen Kostenposten hat; sie zählt als eigene Ausgabe.`,
  'budget.expense.unknownCostLine': ({ expense, costLineId }, tools) =>
    `${capital(line(expense, tools))} gehört zum Kostenposten „${costLineId}“, den es nicht gibt oder der nicht mitzählt; sie zählt als eigene Ausgabe.`,
  'budget.id.duplicate':
    'Der Kostenposten oder die Ausgabe „{id}“ kommt zweimal vor und würde doppelt gezählt. Geben Sie jeden Posten nur einmal an.',
  'budget.amount.overflow': 'Die Beträge sind zusammen zu groß, um sie genau zu berechnen.',
  'budget.sources.missing':
    'Es gibt kein Budget, gegen das gerechnet werden kann: Geben Sie die Finanzierungsquellen, einen Plan mit Finanzierung oder ein Weiterbildungsbudget an.',
  'budget.setup.ambiguous': 'Geben Sie entweder ein Weiterbildungsbudget oder Finanzierungsquellen an, nicht beides.',
  'budget.employee.missing': 'Geben Sie an, wessen Budget das ist: den Mitarbeiter, einen Plan oder ein Weiterbildungsbudget.',
  'budget.source.unknown': ({ source: id, line: lineRef }, tools) =>
    lineRef === undefined
      ? `Die Rückzahlungsklausel nennt die Finanzierungsquelle „${id}“, die nicht zur Finanzierung des Plans gehört.`
      : `${capital(line(lineRef, tools))} wird aus „${id}“ bezahlt, eine solche Finanzierungsquelle wurde aber nicht angegeben; der Posten wurde daher nicht mitgezählt.`,
  'budget.required.chargedToEmployee': ({ agreement, sources: refs, sourceKinds }, tools) =>
    `Die Vereinbarung ${tools.ref(agreement)} ist eine vom Arbeitgeber vorgeschriebene Fortbildung. Sie ist für den Mitarbeiter kostenlos und findet in der Arbeitszeit statt (Art. 7:611a des niederländischen Bürgerlichen Gesetzbuchs); sie kann daher nicht aus ${sources(refs, sourceKinds, tools)} bezahlt werden.`,
  'budget.required.capped':
    'Vorgeschriebene Fortbildung hat keine Obergrenze: Der Arbeitgeber trägt die Kosten, wie hoch sie auch sind (Art. 7:611a des niederländischen Bürgerlichen Gesetzbuchs).',
  'budget.allowance.duplicateUnit': 'Geben Sie höchstens einen Betrag je Währung an, einen für Lernzeit und einen für Studienpunkte.',
  'budget.carryOver.noStart':
    'Um über Budgetzeiträume hinweg anzusparen, braucht es ein Anfangsdatum: Geben Sie an, wann der erste Budgetzeitraum beginnt.',

  // ------------------------------------------------------------ budget: the nudge and the end of a period
  'budget.unused.lateInYear': (p, tools) => {
    const unused = figure(p.unused, p.unit, tools);
    const days = `${tools.format.number(p.daysLeft)} ${p.daysLeft === 1 ? 'Tag' : 'Tagen'}`;
    const lapse =
      size(p.expiring) === 0
        ? 'Was übrig bleibt, darf in den nächsten Zeitraum übertragen werden, aber damit ist es noch nicht genutzt.'
        : size(p.expiring) === size(p.unused)
          ? 'Was dann übrig ist, verfällt.'
          : `Davon verfallen dann ${figure(p.expiring, p.unit, tools)}; der Rest darf in den nächsten Zeitraum übertragen werden.`;
    const peers =
      p.shareFrom === 'organisation'
        ? `In unserer Organisation lassen ${tools.format.number(p.shareUnused)} % der Beschäftigten dieses Budget ungenutzt`
        : `Etwa ${tools.format.number(p.shareUnused)} % der Beschäftigten lassen ihr Budget ungenutzt`;
    return `${capital(unused)} (${tools.format.number(p.percent)} %) ${genitive(p.source, p.sourceKind, tools)} sind noch weder genutzt noch verplant, und der Zeitraum endet in ${days} (${tools.format.date(p.end)}). ${lapse} ${peers}: Sprechen Sie jetzt darüber, was Sie damit vorhaben.`;
  },
  'budget.year.ended': (p, tools) => {
    const what = period(p.start, p.end, tools).replace(/^im /u, 'Das ');
    const expired = size(p.expired) === 0 ? '' : ` Davon sind ${figure(p.expired, p.unit, tools)} verfallen.`;
    return `${what} ${genitive(p.source, p.sourceKind, tools)} ist vorbei; ${figure(p.unused, p.unit, tools)} blieben ungenutzt.${expired}`;
  },

  // ------------------------------------------------------------ payback (studiekostenbeding)
  'budget.payback.scheduleInvalid':
    'Eine Rückzahlungsklausel läuft stufenweise aus: Jede Stufe deckt einen längeren Zeitraum als die vorige, mit einem gleichen oder niedrigeren Prozentsatz zwischen 0 und 100.',
  'budget.payback.sourceNotAllowed': (p, tools) =>
    p.sourceKind === 'requiredTraining'
      ? `Für ${sourceIn('acc', p.source, p.sourceKind, tools)} kann keine Rückzahlung gelten: Vorgeschriebene Fortbildung ist für den Mitarbeiter kostenlos (Art. 7:611a des niederländischen Bürgerlichen Gesetzbuchs).`
      : `Für ${sourceIn('acc', p.source, p.sourceKind, tools)} kann keine Rückzahlung gelten: Dieses Geld stammt nicht vom Arbeitgeber.`,
  'budget.payback.noClause': 'Der Plan enthält keine Rückzahlungsklausel; beim Ausscheiden muss nichts zurückgezahlt werden.',
  'budget.payback.notApproved':
    'Die Rückzahlungsklausel ist noch nicht von beiden Seiten freigegeben. Eine Rückzahlungsklausel gilt nur, wenn der Mitarbeiter ihr vorher schriftlich zugestimmt hat.',
});

/** The source in the genitive ("des persönlichen Weiterbildungsbudgets"), or by its title ("von „O&O-Fonds“"). */
function genitive(ref: unknown, kind: SourceKind, tools: MessageTools): string {
  const title = (ref as { title?: unknown } | null)?.title;
  if (typeof title === 'string' && title.trim() !== '') return `von ${tools.ref(ref)}`;
  if (!Object.hasOwn(sourceGenitive, kind)) throw new TypeError('not a funding source');
  return sourceGenitive[kind];
}

const sourceGenitive: Readonly<Record<SourceKind, string>> = {
  personalBudget: 'des persönlichen Weiterbildungsbudgets',
  requiredTraining: 'der vom Arbeitgeber vorgeschriebenen Fortbildung',
  sectorFund: 'des Branchenfonds für Weiterbildung',
  learningAccount: 'des Lernkontos',
  ownMoney: 'der eigenen Mittel des Mitarbeiters',
};

/** German labels of the plan module. */
export const planLabelsDe = {
  goalSource: { employee: 'der Mitarbeiter', organisation: 'die Organisation', joint: 'Mitarbeiter und Organisation gemeinsam' },
  progressStatus: { open: 'offen', done: 'erledigt', dropped: 'entfallen' },
  planSection: {
    plan: 'Plan',
    employee: 'Mitarbeiter',
    manager: 'Führungskraft',
    period: 'Zeitraum',
    ambitions: 'Ambition',
    goals: 'Entwicklungsziel',
    agreements: 'Vereinbarung',
    costs: 'Kostenposten',
    funding: 'Finanzierung',
    nextConversation: 'Nächstes Gespräch',
    evaluation: 'Rückblick',
    zienswijze: 'Stellungnahme des Mitarbeiters',
  },
  planList: {
    ambitions: 'den Ambitionen',
    goals: 'den Entwicklungszielen',
    agreements: 'den Vereinbarungen',
    costs: 'den Kostenposten',
    fundingSources: 'den Finanzierungsquellen',
  },
  planChange: { created: 'angelegt', added: 'hinzugefügt', changed: 'geändert', removed: 'entfernt' },
  planActor: { employee: 'Mitarbeiter', manager: 'Führungskraft', conversation: 'Gespräch' },
  fundingSourceKind: {
    personalBudget: 'Persönliches Weiterbildungsbudget',
    requiredTraining: 'Vorgeschriebene Fortbildung (Arbeitgeber)',
    sectorFund: 'Branchenfonds für Weiterbildung',
    learningAccount: 'Lernkonto',
    ownMoney: 'Eigene Mittel',
  },
  fundingSource: {
    personalBudget: 'das persönliche Weiterbildungsbudget',
    requiredTraining: 'die vom Arbeitgeber vorgeschriebene Fortbildung',
    sectorFund: 'der Branchenfonds für Weiterbildung',
    learningAccount: 'das Lernkonto',
    ownMoney: 'die eigenen Mittel des Mitarbeiters',
  },
  budgetUnit: { money: 'Geld', minutes: 'Lernstunden', studyPoints: 'Studienpunkten' },
  planText: {
    title: 'Entwicklungsplan',
    subtitle: 'Persönlicher Entwicklungsplan',
    version: 'Version',
    employee: 'Mitarbeiter',
    manager: 'Führungskraft',
    period: 'Zeitraum',
    through: 'bis',
    kind: 'Gesprächsart',
    status: 'Stand',
    hash: 'Prüfcode des Inhalts',
    approved: 'freigegeben von Mitarbeiter und Führungskraft',
    waitingFor: 'wartet auf Freigabe durch',
    draft: 'noch von niemandem freigegeben',
    ambitions: 'Ambitionen',
    goals: 'Entwicklungsziele',
    focus: 'Schwerpunkt',
    source: 'Von',
    organisationGoals: 'Ziele der Organisation',
    why: 'Warum',
    agreementsFor: 'Vereinbarungen',
    noAgreement: 'noch keine Vereinbarung',
    none: 'keine',
    agreements: 'Vereinbarungen',
    supportAgreements: 'Vereinbarungen zur Unterstützung',
    who: 'wer',
    when: 'bis wann',
    noDate: 'kein Datum',
    measure: 'Woran erkennbar',
    providerSearchedBy: 'Sucht den Anbieter',
    competence: 'Arbeitet an der Kompetenz',
    competences: 'Kompetenzen, an denen dieser Plan arbeitet',
    competencesNone: 'noch keine Vereinbarung',
    offer: 'Lernangebot',
    offerAt: 'bei',
    studyHourOne: 'Lernstunde',
    studyHourOther: 'Lernstunden',
    cost: 'Kosten',
    state: 'Stand',
    progressNote: 'Fortschritt',
    costs: 'Kosten',
    description: 'Beschreibung',
    amount: 'Betrag',
    fundedBy: 'Bezahlt aus',
    total: 'Gesamt',
    funding: 'Finanzierung',
    fundingName: 'Quelle',
    fundingKind: 'Art',
    perPeriod: 'Je Zeitraum',
    periodLength: 'Zeitraum',
    calendarYear: 'Kalenderjahr',
    months: 'Monate',
    from: 'ab',
    until: 'bis',
    saving: 'Ansparen',
    noSaving: 'nein',
    savingPeriods: 'Zeiträume',
    savingMaximum: 'höchstens',
    noCap: 'keine Obergrenze',
    payback: 'Rückzahlungsklausel',
    paybackIntro: 'Gilt für freiwillige Fortbildungen, die mehr kosten als',
    paybackWithin: 'Ausscheiden innerhalb von',
    paybackShare: 'Zurückzuzahlen',
    afterCompletion: 'nach Abschluss',
    paybackSources: 'bezahlt aus',
    hourOne: 'Stunde',
    hourOther: 'Stunden',
    studyPointOne: 'Studienpunkt',
    studyPointOther: 'Studienpunkte',
    nextConversation: 'Nächstes Gespräch',
    notPlanned: 'Noch nicht geplant.',
    minutes: 'Minuten',
    evaluation: 'Rückblick auf das Gespräch',
    notEvaluated: 'Nicht ausgewertet.',
    rating: 'Bewertung des Gesprächs',
    feedback: 'Rückmeldung',
    progress: 'Stand der Vereinbarungen',
    progressIntro: 'Fortschritte ändern den freigegebenen Text nicht und brauchen keine neue Freigabe.',
    agreement: 'Vereinbarung',
    approval: 'Freigabe',
    approvedOn: 'freigegeben am',
    notApproved: 'noch nicht freigegeben',
    history: 'Versionsverlauf',
    versionHeading: 'Version',
    changedAt: 'Wann',
    by: 'Durch',
    changes: 'Änderungen',
    reason: 'Grund',
    clearedOne: 'Freigabe entfallen',
    clearedOther: 'Freigaben entfallen',

    zienswijze: 'Stellungnahme des Mitarbeiters',
    zienswijzePlan: 'Zum Entwicklungsplan',
    zienswijzeReport: 'Zum Gesprächsbericht',
    readers: 'Wer sie lesen darf',
    readersHr: 'Mitarbeiter, Führungskraft und HR-Beratung',
    readersOthers: 'und vom Mitarbeiter benannte Teilnehmende',
    grade: 'Note',
    nextTime: 'Beim nächsten Mal anders',
    effect: 'Wirkung (E = Q × A)',
    effectOutOf: 'von 100',
    ideas: 'Eigene Ideen zum Wie',
    needWhen: 'Wann',
    expectedCost: 'Erwartete Kosten',
    organisationLink: 'Bezug zur Organisation',
  },
} satisfies Partial<Labels>;
