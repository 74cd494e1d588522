import type { Labels, MessageTools } from '../../../src/index.js';
import { defineMessages } from '../../../src/index.js';
import { capital, kind, moment, participant, role } from './grammar.js';
import { fromSource, hours } from './plan.js';

/** What an agreement says for each of who, what and when ("sagt noch nicht, wer sie umsetzt"). */
const wwwPartDe = { who: 'wer sie umsetzt', what: 'was genau geschieht', when: 'bis wann sie erledigt ist' } as const;

/** A reference at the start of a sentence: "Diese Vereinbarung ...", "„Präsentieren“ ...". */
function first(value: unknown, tools: MessageTools): string {
  return capital(tools.ref(value));
}

/**
 * A support agreement as the object of *zustimmen* (dative): "der Unterstützungsvereinbarung
 * „Coaching“", or without a title "dieser Unterstützungsvereinbarung" (the family `thingDative`).
 */
function supportDative(value: unknown, tools: MessageTools): string {
  const title = (value as { title?: unknown } | null)?.title;
  return typeof title === 'string' && title.trim() !== ''
    ? `der Unterstützungsvereinbarung ${tools.ref(value)}`
    : tools.ref(value, 'thingDative');
}

/** „Eine Vereinbarung vorschlagen“: what someone tried to do, quoted. */
function step(type: unknown, tools: MessageTools): string {
  return tools.format.quote(tools.value(type, 'conversationEvent'));
}

/** German messages of the conversation module. */
export const conversationMessagesDe = defineMessages({
  // templates
  'conversation.template.phaseRepeated':
    'Die Phase „{phase:phase}“ kommt mehr als einmal vor; jede Phase hat genau einen Platz im Gespräch.',
  'conversation.template.phaseReserved':
    'Die Phase „{phase:phase}“ gehört nicht zum Gespräch selbst, sondern zu dem, was danach kommt; lassen Sie sie in der Vorlage weg.',
  'conversation.template.phaseOfOtherKind': ({ phase, kind: conversation }, tools) =>
    `Die Phase ${tools.format.quote(tools.value(phase, 'phase'))} gehört normalerweise nicht in ${kind(conversation, 'acc')}.`,
  'conversation.template.preparationFirst': 'Ein Gespräch beginnt mit der Vorbereitung: Machen Sie die Vorbereitung zur ersten Phase.',
  'conversation.template.noSchedulePhase':
    'Keine Phase plant das nächste Gespräch; ohne Folgetermin lässt sich das Gespräch nicht abschließen.',
  'conversation.template.agreementsAfterNextConversation':
    'In der Phase „{phase:phase}“ werden noch Vereinbarungen getroffen, obwohl das nächste Gespräch schon geplant ist; treffen Sie die Vereinbarungen zuerst.',
  'conversation.template.backIntoAgreements':
    'Aus der Phase „{phase:phase}“ kann das Gespräch nicht zu den Vereinbarungen zurückkehren: Das nächste Gespräch steht dann schon fest.',
  'conversation.template.backIntoPreparation': 'Hat das Gespräch begonnen, führt kein Weg zurück in die Vorbereitung.',
  'conversation.template.noEvaluation':
    'Ein Entwicklungsgespräch endet mit einem Rückblick auf das Gespräch; fügen Sie eine Phase hinzu, in der das Gespräch ausgewertet wird.',
  'conversation.template.noAgreements':
    'Ein Entwicklungsgespräch ohne Phase für konkrete Vereinbarungen ergibt keinen Entwicklungsplan; fügen Sie eine Phase für Vereinbarungen hinzu.',
  'conversation.template.kindMismatch': ({ templateKind, kind: conversation }) =>
    `Die Vorlage ist für ${kind(templateKind, 'acc')} gedacht, dieses Gespräch ist aber ${kind(conversation, 'nom')}.`,
  'conversation.template.unknownVersion': ({ kind: conversation, version, latest }) =>
    `Die mitgelieferte Vorlage für ${kind(conversation, 'acc')} hat keine Version ${version}; die neueste ist Version ${latest}.`,
  'conversation.template.versionWithOwnTemplate':
    'Eine Version der mitgelieferten Vorlage passt nicht zu einer eigenen Vorlage: Geben Sie das eine oder das andere an.',
  // creating
  'conversation.create.templateMissing': 'Wählen Sie eine Gesprächsart oder geben Sie eine eigene Vorlage an.',
  'conversation.create.sameParticipant':
    'Mitarbeiter {employee} und Führungskraft {manager} sind dieselbe Person; zu einem Entwicklungsgespräch gehören zwei.',
  // events in general
  'conversation.event.notNow':
    '„{type:conversationEvent}“ ist jetzt nicht möglich: Das Gespräch ist {status:conversationStatus} und in der Phase „{phase:phase}“.',
  'conversation.event.closed': 'Das Gespräch ist {status:conversationStatus}; es lässt sich nichts mehr ändern.',
  'conversation.event.nothingOpen': '„{type:conversationEvent}“ ist jetzt nicht möglich: Es ist nichts offen, womit das ginge.',
  'conversation.event.beforeLast': ({ at, last }, tools) =>
    `Dieser Schritt (${moment(at, tools)}) liegt vor dem vorigen (${moment(last, tools)}); die Schritte folgen zeitlich aufeinander.`,
  'conversation.state.invalid':
    'Das sind keine gültigen Gesprächsdaten; geben Sie das Gespräch so weiter, wie die Bibliothek es zurückgegeben hat.',
  'conversation.limit.reached':
    'Das Gespräch hat die Höchstzahl von {maximum} {list:conversationList} erreicht; weitere können nicht hinzukommen.',
  // phases and guards
  'conversation.phase.last': 'Die Phase „{phase:phase}“ ist die letzte; schließen Sie das Gespräch ab, statt weiterzugehen.',
  'conversation.phase.noBack': 'Aus der Phase „{phase:phase}“ kann das Gespräch nicht zurückgehen.',
  'conversation.guard.purposeSet': 'Legen Sie zuerst das Ziel des Gesprächs fest, damit beide Seiten wissen, worum es geht.',
  'conversation.guard.agendaMerged': 'Führen Sie zuerst die Agendapunkte beider Seiten zu einer Agenda zusammen.',
  'conversation.guard.agreementsPresent':
    'Es gibt noch keine Vereinbarung; treffen Sie mindestens eine konkrete Vereinbarung, bevor es weitergeht.',
  'conversation.guard.agreementsWww': ({ agreement, missing }, tools) =>
    missing === undefined || missing.length === 0
      ? `${first(agreement, tools)} sagt noch nicht, wer was bis wann tut.`
      : `${first(agreement, tools)} sagt noch nicht, ${tools.format.list(missing.map((part) => wwwPartDe[part]))}.`,
  'conversation.guard.agreementsSmart': ({ agreement, criteria }, tools) =>
    `${first(agreement, tools)} ist noch nicht SMART: noch nicht ${tools.value(criteria, 'conversationSmart')}.`,
  'conversation.guard.agreementsAccepted': ({ agreement, side }, tools) =>
    `${capital(role(side, 'nom'))} hat ${tools.ref(agreement, 'thingDative')} noch nicht zugestimmt; eine Vereinbarung gilt erst, wenn beide Seiten zustimmen.`,
  'conversation.guard.supportAccepted': ({ agreement, side }, tools) =>
    `${capital(role(side, 'nom'))} hat ${supportDative(agreement, tools)} noch nicht zugestimmt; Unterstützung ist erst zugesagt, wenn beide Seiten zustimmen.`,
  'conversation.guard.nextConversationScheduled':
    'Planen Sie zuerst das nächste Gespräch; abgeschlossen ist das Gespräch erst, wenn der Folgetermin feststeht.',
  'conversation.guard.evaluationGiven':
    'Wie hat der Mitarbeiter das Gespräch erlebt? Bitten Sie um einen Rückblick, bevor Sie das Gespräch abschließen.',
  'conversation.guard.withinBudget': (p, tools) =>
    `Die Vereinbarungen aus ${fromSource(p.source, p.sourceKind, tools)} (${tools.format.list(p.agreements.map((a) => tools.ref(a)))}) kosten zusammen ${tools.value(p.claimed)}, es sind dort aber nur noch ${tools.value(p.remaining)} übrig. Wählen Sie gemeinsam eine andere Quelle, vereinbaren Sie weniger oder teilen Sie die Kosten, bevor Sie weitergehen.`,
  // budget
  'conversation.guard.withinStudyTime': (p, tools) =>
    `Die Vereinbarungen aus ${fromSource(p.source, p.sourceKind, tools)} (${tools.format.list(p.agreements.map((a) => tools.ref(a)))}) brauchen zusammen ${hours(p.claimed, tools)} Lernzeit, es sind dort aber nur noch ${hours(p.remaining, tools)} übrig. Vereinbaren Sie gemeinsam weniger Lernzeit, wählen Sie eine andere Quelle oder verteilen Sie sie auf den nächsten Zeitraum, bevor Sie weitergehen.`,
  'conversation.budget.overClaimedStudyTime': (p, tools) =>
    `Mit ${tools.ref(p.agreement)} brauchen die Vereinbarungen aus ${fromSource(p.source, p.sourceKind, tools)} ${hours(p.claimed, tools)} Lernzeit, es sind dort aber nur noch ${hours(p.remaining, tools)} übrig.`,
  'conversation.budget.noStudyTime': (p, tools) =>
    `${first(p.agreement, tools)} braucht ${hours(p.minutes, tools)} Lernzeit, aber bei ${fromSource(p.source, p.sourceKind, tools)} stehen keine Lernstunden in der Budgetübersicht; diese Zeit ist deshalb nicht mitgezählt.`,
  'conversation.budget.overClaimed': (p, tools) =>
    `Mit ${tools.ref(p.agreement)} kommen die Vereinbarungen aus ${fromSource(p.source, p.sourceKind, tools)} auf ${tools.value(p.claimed)}, es sind dort aber nur noch ${tools.value(p.remaining)} übrig.`,
  'conversation.budget.unknownSource': (p, tools) =>
    `${first(p.agreement, tools)} wird aus einem Budget bezahlt, das in der Budgetübersicht des Mitarbeiters fehlt; die Kosten sind deshalb nicht mitgezählt.`,
  'conversation.budget.otherCurrency': (p, tools) =>
    `Die Kosten von ${tools.ref(p.agreement)} (${tools.value(p.cost)}) lauten auf eine andere Währung als ${fromSource(p.source, p.sourceKind, tools)}; ohne Umrechnung sind sie nicht mitgezählt.`,
  'conversation.budget.duplicateSource': 'Jedes Budget steht nur einmal in der Budgetübersicht des Mitarbeiters.',
  // agenda
  'conversation.agenda.duplicatePoint': 'Der Agendapunkt {point} steht schon auf der Liste.',
  'conversation.agenda.unknownPoint': ({ point }, tools) => `${first(point, tools)} wurde nicht von dieser Seite eingebracht.`,
  'conversation.agenda.otherSidesPoint': ({ point, side }, tools) =>
    `Der Agendapunkt ${tools.ref(point)} wurde von ${role(side, 'dat')} eingebracht; nur ${side === 'manager' ? 'sie' : 'er'} kann ihn zurückziehen.`,
  'conversation.agenda.unknownItem': ({ item }, tools) => `${first(item, tools)} steht nicht auf der gemeinsamen Agenda.`,
  'conversation.agenda.alreadyDone': 'Der Agendapunkt {item} ist bereits besprochen.',
  'conversation.agenda.evaluativeTopic': ({ item, topic }, tools) =>
    `Beim Agendapunkt ${tools.ref(item)} geht es um das Thema ${tools.format.quote(tools.value(topic, 'topic'))}. Beurteilung und Gehalt gehören ins Beurteilungsgespräch; ein Entwicklungsgespräch blickt nach vorn.`,
  // needs
  'conversation.need.duplicate': 'Der Entwicklungsbedarf {need} ist bereits festgehalten.',
  'conversation.text.evaluative': ({ item, evidence }, tools) =>
    `${first(item, tools)} handelt von Beurteilung oder Gehalt (${tools.value(evidence, 'quote')}). Beurteilung und Gehalt gehören ins Beurteilungsgespräch, wie die Arbeit läuft ins Mitarbeitergespräch; dieses Gespräch blickt nach vorn.`,
  'conversation.need.deficit':
    'Der Entwicklungsbedarf {need} sagt vor allem, was wegfallen soll ({words:quote}). Bauen Sie lieber auf dem auf, was gut läuft: Welche Stärke möchte der Mitarbeiter weiterentwickeln? Zum Beispiel „sorgfältig arbeiten“ statt „weniger Fehler machen“.',
  'conversation.purpose.deficit':
    'Das übergeordnete Ziel sagt vor allem, was wegfallen soll ({words:quote}). Formulieren Sie es als Stärke, die wachsen soll, zum Beispiel „jeden Tag vorbereitet und pünktlich anfangen“ statt „nicht mehr zu spät kommen“.',
  'conversation.agreement.ownSolution':
    'Die Vereinbarung {agreement} hat die Führungskraft vorgeschlagen. In diesem Gespräch bringt der Mitarbeiter die Lösung ein: Überarbeiten Sie die Vereinbarung zuerst in eigenen Worten und stimmen Sie dann zu.',
  'conversation.agreement.lowAcceptance':
    'Die Akzeptanz der Vereinbarung {agreement} liegt bei {acceptance} von 10. Wie gut sie auch ist: Ohne echten Rückhalt bewirkt eine Vereinbarung wenig (E = Q × A). Fragen Sie, was der Mitarbeiter stattdessen vorschlagen würde.',
  'conversation.evaluation.scoreMissing': 'Geben Sie dem Gespräch eine Note von 1 bis 10 (oder eine Bewertung von 1 bis 5).',
  // agreements
  'conversation.agreement.duplicate':
    'Die Vereinbarung {agreement} gibt es schon; ändern Sie diese Vereinbarung, statt eine neue vorzuschlagen.',
  'conversation.agreement.unknown': ({ agreement }, tools) => `${first(agreement, tools)} gibt es in diesem Gespräch nicht.`,
  'conversation.agreement.withdrawn': ({ agreement }, tools) => `${first(agreement, tools)} wurde zurückgezogen.`,
  'conversation.agreement.alreadyAccepted': ({ agreement, side }, tools) =>
    `${capital(role(side, 'nom'))} hat ${tools.ref(agreement, 'thingDative')} bereits zugestimmt.`,
  'conversation.agreement.notOpen':
    'Die Vereinbarung {agreement} ist als „{status:conversationAgreementStatus}“ markiert, im Gespräch ist eine Vereinbarung aber noch offen. Ziehen Sie die Vereinbarung zurück, wenn sie entfällt.',
  'conversation.agreement.useSupport':
    'Die Vereinbarung {agreement} ist eine Unterstützungsvereinbarung; schlagen Sie sie in der Phase für Unterstützung vor.',
  'conversation.agreement.draft': ({ agreement }, tools) =>
    `${first(agreement, tools)} ist als Entwurf festgehalten; vervollständigen Sie die Vereinbarung, bevor diese Phase endet.`,
  'conversation.agreement.proposedByManager':
    'Die Führungskraft schlägt die Vereinbarung {agreement} vor; meist wirkt es besser, wenn der Mitarbeiter die Lösung selbst vorschlägt.',
  'conversation.agreement.providerNotEmployee': ({ agreement, searcher }, tools) =>
    `Bei der Vereinbarung ${tools.ref(agreement)} sucht ${participant(searcher, 'nom')} den Anbieter. Meist wirkt es besser, wenn der Mitarbeiter selbst sucht und wählt: Dann ist die Lösung wirklich seine.`,
  'conversation.agreement.revisionResetsAcceptance': ({ agreement, side }, tools) =>
    `Die Vereinbarung ${tools.ref(agreement)} hat sich geändert; ${role(side, 'nom')} muss ihr erneut zustimmen.`,
  // schedule
  'conversation.schedule.endBeforeStart': ({ start, end }, tools) =>
    `Das nächste Gespräch muss nach seinem Beginn enden: Es beginnt am ${moment(start, tools)} und endet am ${moment(end, tools)}.`,
  'conversation.schedule.notAfterThis': ({ start, at }, tools) =>
    `Das nächste Gespräch (${moment(start, tools)}) liegt nicht nach diesem (${moment(at, tools)}).`,
  'conversation.schedule.dateMismatch': ({ date, start, timeZone }, tools) =>
    `Das Datum ${tools.format.date(date)} passt nicht zum Beginn des Gesprächs (${moment(start, tools)}, Zeitzone ${timeZone}).`,
  // postpone, conclude
  'conversation.postpone.dateIsKept':
    'Ein geplanter Termin wird nur im Notfall verschoben; geben Sie an, dass es ein Notfall ist, wenn es wirklich nicht anders geht.',
  'conversation.postpone.newStartNotAfter': ({ newStart, at }, tools) =>
    `Der neue Beginn (${moment(newStart, tools)}) liegt nicht nach dem Zeitpunkt des Verschiebens (${moment(at, tools)}); wählen Sie einen späteren Zeitpunkt.`,
  'conversation.conclude.evaluativeDrift':
    'In diesem Entwicklungsgespräch {count|stand|standen} {count} {count|Thema|Themen} der Beurteilung auf der Agenda; halten Sie Beurteilung und Entwicklung auseinander.',
  'conversation.conclude.oneSideEvaluated': ({ missing }) =>
    `${capital(role(missing, 'nom'))} hat das Gespräch noch nicht bewertet; fragen Sie auch nach dieser Sicht, damit beide Seiten wissen, was sie beim nächsten Mal anders machen.`,
  // replay
  'conversation.replay.invalidEvent': ({ index, type }, tools) =>
    `Schritt ${tools.format.number(index + 1)} des Protokolls${type === undefined ? '' : ` (${step(type, tools)})`} lässt sich nicht anwenden; die Einzelheiten nennen den Grund.`,
  'conversation.replay.stoppedAt': ({ index, total }, tools) =>
    `Das Protokoll wurde nur teilweise wiederhergestellt: Die ersten ${tools.format.number(index)} von ${tools.format.number(total)} Schritten wurden angewendet. Schritt ${tools.format.number(index + 1)} lässt sich nicht anwenden; die Einzelheiten nennen den Grund. Alles danach fehlt in diesem Stand.`,
  'conversation.replay.duplicateEvent': ({ index }, tools) =>
    `Schritt ${tools.format.number(index + 1)} des Protokolls ist genau derselbe wie der Schritt davor (gleiche Art, Zeit, Absender und Inhalt): vermutlich doppelt gespeichert. Er wurde erneut angewendet; prüfen Sie, ob das so gemeint war.`,
  'conversation.replay.noStart':
    'Geben Sie entweder die Angaben für ein neues Gespräch oder ein gespeichertes Gespräch zum Fortsetzen an, nicht beides.',
  'conversation.replay.templateVersionAmbiguous': ({ kind: conversation, version }) =>
    `Bei den gespeicherten Anfangsangaben dieses Protokolls steht keine Version der mitgelieferten Vorlage für ${kind(conversation, 'acc')}. Es passt zu Version 1 und zu Version ${version}, deren Phasen nach der aktuellen Situation abweichen; es wurde als Version 1 gelesen, wie ein Protokoll aus der Zeit vor den Versionen. Wurde das Gespräch mit Version ${version} angelegt, ergänzen Sie diese Version bei den Anfangsangaben.`,
  'conversation.replay.templateVersionMissing': ({ kind: conversation, version }) =>
    `Dieses Protokoll gehört zu Version ${version} der mitgelieferten Vorlage für ${kind(conversation, 'acc')}, aber bei den gespeicherten Anfangsangaben steht keine Version, und ohne Version gilt Version 1, zu der das Protokoll nicht passt. Ergänzen Sie Version ${version} bei den Anfangsangaben und speichern Sie sie so; die Einzelheiten nennen, was mit Version 1 schiefgeht.`,
  // participants and who may do what
  'conversation.participant.duplicate':
    'Die teilnehmende Person {participant} steht mehrfach in der Liste oder ist zugleich Mitarbeiter oder Führungskraft; jede Person nimmt einmal teil, in einer Rolle.',
  'conversation.participant.missing': ({ role: missing }, tools) =>
    `An diesem Gespräch nimmt niemand in der Rolle ${tools.format.quote(tools.value(missing, 'participantRole'))} teil.`,
  'conversation.participant.unknown': ({ role: given }, tools) =>
    `Diese Person nimmt an diesem Gespräch nicht in der Rolle ${tools.format.quote(tools.value(given, 'participantRole'))} teil.`,
  'conversation.participant.ambiguous': ({ role: given, count }, tools) =>
    `${tools.format.number(count)} Personen nehmen in der Rolle ${tools.format.quote(tools.value(given, 'participantRole'))} teil; geben Sie an, wer von ihnen diesen Schritt tut.`,
  'conversation.permission.denied': ({ role: who, type }, tools) =>
    `In diesem Gespräch darf ${participant(who, 'nom')} das nicht: ${step(type, tools)}.`,
  'conversation.permission.onBehalfDenied': ({ role: who, onBehalfOf, type }, tools) =>
    `${capital(participant(who, 'nom'))} darf das nicht im Namen ${role(onBehalfOf, 'gen')} tun: ${step(type, tools)}.`,
  'conversation.permission.consentOnBehalf': ({ onBehalfOf, type }, tools) =>
    `${capital(role(onBehalfOf, 'nom'))} stimmt persönlich zu (${step(type, tools)}); niemand kann das stellvertretend tun.`,
  'conversation.permissions.consentFixed': ({ type }, tools) =>
    `Nur Mitarbeiter und Führungskraft stimmen Vereinbarungen zu (${step(type, tools)}); das lässt sich nicht anders einstellen.`,
  'conversation.permissions.sideEvent': ({ role: who, type }, tools) =>
    `${step(type, tools)} ist ein eigener Beitrag des Mitarbeiters oder der Führungskraft; ${participant(who, 'nom')} kann das nur im Namen einer der beiden tun.`,
  'conversation.permissions.employeeVoice': ({ type }, tools) =>
    `Das muss dem Mitarbeiter immer erlaubt sein: ${step(type, tools)}. Es ist seine eigene Stimme im Gespräch.`,
  // who may read a text
  'conversation.visibility.unknownText': 'Diesen Text ({text:textKind}) gibt es in diesem Gespräch nicht.',
  'conversation.visibility.notAuthor': 'Nur wer den Text verfasst hat, entscheidet, wer ihn lesen darf ({text:textKind}).',
  'conversation.visibility.tooNarrow': ({ text, visibility }, tools) =>
    `Ein Text dieser Art (${tools.value(text, 'textKind')}) gehört beiden Seiten des Gesprächs; die Sichtbarkeit ${tools.format.quote(tools.value(visibility, 'visibility'))} ist dafür nicht möglich.`,
  'conversation.visibility.unknownParticipant':
    'Der Text wurde mit jemandem geteilt, der nicht an diesem Gespräch teilnimmt; teilen Sie Texte nur mit Teilnehmenden.',
  'conversation.note.duplicate': ({ note }, tools) => `${first(note, tools)} gibt es schon; jede Notiz braucht eine eigene Referenz.`,
  'conversation.competence.noProfile':
    'Dieses Gespräch hat kein Funktionsprofil, es gibt also keine Kompetenz, auf die verwiesen werden kann. Geben Sie beim Anlegen des Gesprächs das Funktionsprofil der Stelle mit.',
  'conversation.competence.unknown': 'Diese Kompetenz steht nicht im Funktionsprofil {profile}; wählen Sie eine Kompetenz aus dem Profil.',
  'conversation.feedback.employeeShares':
    'Nur der Mitarbeiter teilt das Feedback von Kollegen: Es wurde für ihn eingeholt, er sieht die Antworten zuerst und entscheidet selbst, was er teilt. Hier hat es die Seite {side:role} versucht.',
  'conversation.feedback.notEmployeeView':
    'Diese Zusammenfassung wurde für die Führungskraft erstellt. Teilen Sie die Zusammenfassung, die der Mitarbeiter selbst gesehen hat: Er entscheidet, was in die Vorbereitung kommt.',
  'conversation.feedback.employeeReceives':
    'Antworten von Kollegen gehen zuerst an den Mitarbeiter; hier hat die Seite {side:role} versucht, eine zu erfassen.',
  'conversation.feedback.requestExists':
    'In der Vorbereitung gibt es bereits eine Feedbackanfrage mit diesem Kennzeichen. Geben Sie einer neuen Anfrage ein eigenes Kennzeichen.',
  'conversation.feedback.employeeAsked':
    'Der Mitarbeiter steht unter den angefragten Kollegen. Feedback holt man bei anderen ein; seine eigene Sicht gehört in die Vorbereitung.',
  'conversation.feedback.unknownRequest': 'Diese Feedbackanfrage gibt es in der Vorbereitung dieses Gesprächs nicht.',
  'conversation.feedback.notAsked':
    'Diese Antwort stammt von jemandem, der nicht um Feedback gebeten wurde. Es zählen nur Antworten der angefragten Kollegen.',
  'conversation.feedback.unknownQuestion': 'Diese Antwort gehört zu einer Frage, die nicht in der Feedbackanfrage steht.',
  'conversation.feedback.summaryOrRequest':
    'Teilen Sie entweder eine Zusammenfassung des Feedbacks oder die Anfrage, deren Antworten gesammelt wurden: eines von beiden.',
  'conversation.feedback.noAnswers': 'Auf diese Feedbackanfrage hat noch kein Kollege geantwortet, es gibt also noch nichts zu teilen.',
  'conversation.feedback.afterDue': 'Diese Antwort kam nach dem erbetenen Datum ({due:date}). Sie zählt trotzdem mit.',
});

/** German labels of the conversation module. */
export const conversationLabelsDe = {
  participantRole: {
    employee: 'Mitarbeiter',
    manager: 'Führungskraft',
    hrAdviser: 'HR-Beratung',
    mentor: 'Mentor oder Coach',
    skipLevelManager: 'Nächsthöhere Führungskraft',
  },
  visibility: {
    private: 'nur für die Person, die ihn verfasst hat',
    shared: 'für Mitarbeiter und Führungskraft',
    hr: 'auch für die HR-Beratung',
  },
  textKind: {
    preparationAnswer: 'Antwort zur Vorbereitung',
    note: 'Notiz',
    need: 'Entwicklungsbedarf',
    agreement: 'Vereinbarung',
    evaluation: 'Rückblick auf das Gespräch',
    purpose: 'Ziel des Gesprächs',
    postponement: 'Grund für das Verschieben',
    cancellation: 'Grund für die Absage',
    competenceScan: 'Kompetenzeinschätzung',
    feedback: 'Feedback von Kollegen',
    feedbackRequest: 'Feedbackanfrage',
    feedbackAnswers: 'Antworten von Kollegen',
    ambition: 'Ambition',
    goal: 'Entwicklungsziel',
    zienswijze: 'Stellungnahme des Mitarbeiters',
    nextConversation: 'Notiz zum nächsten Gespräch',
    previousNextTime: 'Wunsch aus der letzten Auswertung',
  },
  erasureReason: {
    erasureRequest: 'auf Wunsch der betroffenen Person',
    retention: 'weil die Aufbewahrungsfrist abgelaufen ist',
    correction: 'als Berichtigung',
    sensitiveData: 'weil er besondere Kategorien personenbezogener Daten enthielt',
    other: 'aus einem anderen Grund',
  },
  conversationStatus: {
    planned: 'geplant',
    inProgress: 'im Gange',
    concluded: 'abgeschlossen',
    postponed: 'verschoben',
    cancelled: 'abgesagt',
  },
  conversationEvent: {
    answerPreparation: 'Eine Vorbereitungsfrage beantworten',
    addAgendaPoint: 'Einen Agendapunkt hinzufügen',
    withdrawAgendaPoint: 'Einen Agendapunkt zurückziehen',
    mergeAgenda: 'Die Agenda zusammenführen',
    setPurpose: 'Das Ziel des Gesprächs vereinbaren',
    start: 'Das Gespräch beginnen',
    nextPhase: 'Zur nächsten Phase gehen',
    previousPhase: 'Zur vorigen Phase zurückgehen',
    addNote: 'Eine Notiz machen',
    markAgendaItemDone: 'Einen Agendapunkt abhaken',
    addNeed: 'Einen Entwicklungsbedarf festhalten',
    proposeAgreement: 'Eine Vereinbarung vorschlagen',
    reviseAgreement: 'Eine Vereinbarung ändern',
    acceptAgreement: 'Einer Vereinbarung zustimmen',
    withdrawAgreement: 'Eine Vereinbarung zurückziehen',
    proposeSupport: 'Unterstützung vorschlagen',
    acceptSupport: 'Der Unterstützung zustimmen',
    scheduleNextConversation: 'Das nächste Gespräch planen',
    evaluate: 'Auf das Gespräch zurückblicken',
    conclude: 'Das Gespräch abschließen',
    postpone: 'Das Gespräch verschieben',
    cancel: 'Das Gespräch absagen',
    shareText: 'Einen Text teilen',
    assessCompetences: 'Kompetenzen einschätzen',
    requestFeedback: 'Kollegen um Feedback bitten',
    receiveFeedbackAnswer: 'Antwort eines Kollegen erfassen',
    shareFeedback: 'Feedback von Kollegen teilen',
  },
  conversationGuard: {
    purposeSet: 'Ziel festgelegt',
    agendaMerged: 'Tagesordnung zusammengeführt',
    agreementsPresent: 'mindestens eine Vereinbarung',
    agreementsWww: 'jede Vereinbarung sagt, wer was bis wann tut',
    agreementsSmart: 'Vereinbarungen SMART',
    agreementsAccepted: 'beide Seiten stimmen den Vereinbarungen zu',
    supportAccepted: 'beide Seiten stimmen der Unterstützung zu',
    nextConversationScheduled: 'nächstes Gespräch geplant',
    evaluationGiven: 'Gespräch ausgewertet',
    withinBudget: 'die Vereinbarungen passen ins Budget',
  },
  conversationSmart: {
    specific: 'spezifisch',
    measurable: 'messbar',
    acceptable: 'akzeptiert',
    realistic: 'realistisch',
    timeBound: 'terminiert',
  },
  conversationAgreementStatus: { open: 'offen', done: 'erledigt', dropped: 'entfallen' },
  conversationList: {
    preparation: 'Antworten zur Vorbereitung',
    agendaPoints: 'Agendapunkten',
    agendaItems: 'Punkten auf der Agenda',
    goalIds: 'verknüpften Zielen',
    notes: 'Notizen',
    needs: 'Einträgen zum Entwicklungsbedarf',
    agreements: 'Vereinbarungen',
    supportAgreements: 'Unterstützungsvereinbarungen',
    phaseHistory: 'Phasenwechseln',
    feedbackRequests: 'Feedbackanfragen',
  },
} satisfies Partial<Labels>;
