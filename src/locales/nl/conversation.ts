import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

/** "15 maart 2027 om 10:00": an instant as people write it (its own wall-clock time). */
function moment(instant: string, tools: MessageTools): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/u.test(instant)) return instant;
  return `${tools.format.date(instant.slice(0, 10))} om ${instant.slice(11, 16)}`;
}

/** A reference at the start of a sentence: "Deze afspraak ...", "‘Presenteren’ ...". */
function first(value: unknown, tools: MessageTools): string {
  const text = tools.ref(value);
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}

/** What an agreement says for each of who, what and when ("zegt nog niet wie het doet"). */
const wwwPartNl = { who: 'wie het doet', what: 'wat er precies gebeurt', when: 'wanneer het klaar is' } as const;

/** A funding source by its title, else by what it is ("het persoonlijk ontwikkelbudget"). */
function fundingSource(ref: unknown, kind: keyof Labels['fundingSource'], tools: MessageTools): string {
  const title = (ref as { title?: unknown } | null)?.title;
  if (typeof title === 'string' && title.trim() !== '') return tools.ref(ref);
  return tools.labels.fundingSource[kind];
}

/** The one advice wherever appraisal or pay comes up: where each belongs, and what this conversation is for. */
/** Study time as people say it: "16 uur", "7 uur en 30 minuten". */
function hours(minutes: number, tools: MessageTools): string {
  const whole = Math.trunc(minutes / 60);
  const rest = Math.abs(minutes % 60);
  const few = (n: number): string => `${tools.format.number(n)} ${Math.abs(n) === 1 ? 'minuut' : 'minuten'}`;
  if (rest === 0) return `${tools.format.number(whole)} uur`;
  if (whole === 0) return few(minutes);
  return `${tools.format.number(whole)} uur en ${few(rest)}`;
}

const apart =
  'Beoordeling en beloning horen in het beoordelingsgesprek, hoe het werk gaat in het functioneringsgesprek; dit gesprek kijkt vooruit.';

/** An agenda point, need or note named as what it is: "Ontwikkelbehoefte ‘…’", "Deze notitie". */
function named(item: unknown, tools: MessageTools): string {
  const kind = (item as { kind?: unknown }).kind;
  const title = (item as { title?: unknown }).title;
  const what = kind === 'agendaPoint' ? 'Agendapunt' : kind === 'need' ? 'Ontwikkelbehoefte' : undefined;
  return what !== undefined && typeof title === 'string' && title.trim() !== '' ? `${what} ${tools.ref(item)}` : first(item, tools);
}

/** Dutch messages of the conversation module. */
export const conversationMessagesNl = defineMessages({
  // templates
  'conversation.template.phaseRepeated': 'De fase ‘{phase:phase}’ komt meer dan één keer voor; elke fase heeft één plek in het gesprek.',
  'conversation.template.phaseReserved':
    'De fase ‘{phase:phase}’ is geen deel van het gesprek zelf maar wat erna komt; laat die weg uit het gespreksmodel.',
  'conversation.template.phaseOfOtherKind': 'De fase ‘{phase:phase}’ hoort normaal niet bij een {kind:conversationKind}.',
  'conversation.template.preparationFirst': 'Een gesprek begint met de voorbereiding: maak de voorbereiding de eerste fase.',
  'conversation.template.noSchedulePhase':
    'Geen enkele fase plant het volgende gesprek; zonder vervolgafspraak kan het gesprek niet worden afgerond.',
  'conversation.template.agreementsAfterNextConversation':
    'In de fase ‘{phase:phase}’ worden nog afspraken gemaakt terwijl het volgende gesprek al gepland is; maak de afspraken eerst.',
  'conversation.template.backIntoAgreements':
    'Vanuit de fase ‘{phase:phase}’ kan het gesprek niet terug naar de afspraken: het volgende gesprek staat dan al vast.',
  'conversation.template.backIntoPreparation': 'Als het gesprek eenmaal begonnen is, kan het niet terug naar de voorbereiding.',
  'conversation.template.noEvaluation':
    'Een ontwikkelgesprek sluit af met een evaluatie van het gesprek; voeg een fase toe waarin het gesprek wordt geëvalueerd.',
  'conversation.template.noAgreements':
    'Een ontwikkelgesprek zonder fase voor concrete afspraken levert geen POP op; voeg een fase voor afspraken toe.',
  'conversation.template.kindMismatch':
    'Het gespreksmodel is bedoeld voor een {templateKind:conversationKind}, maar dit gesprek is een {kind:conversationKind}.',
  'conversation.template.unknownVersion':
    'Het standaard gespreksmodel voor een {kind:conversationKind} kent geen versie {version}; de nieuwste is versie {latest}.',
  'conversation.template.versionWithOwnTemplate':
    'Een versie van het standaard gespreksmodel gaat niet samen met een eigen gespreksmodel: geef het een of het ander.',
  // creating
  'conversation.create.templateMissing': 'Kies een soort gesprek of geef een eigen gespreksmodel op.',
  'conversation.create.sameParticipant':
    'Medewerker {employee} en leidinggevende {manager} zijn dezelfde persoon; een ontwikkelgesprek voer je met z’n tweeën.',
  // events in general
  'conversation.event.notNow':
    '‘{type:conversationEvent}’ kan nu niet: het gesprek is {status:conversationStatus} en zit in de fase ‘{phase:phase}’.',
  'conversation.event.closed': 'Het gesprek is {status:conversationStatus}; er valt niets meer aan te veranderen.',
  'conversation.event.nothingOpen': '‘{type:conversationEvent}’ kan nu niet: er staat niets open om dit mee te doen.',
  'conversation.event.beforeLast': ({ at, last }, tools) =>
    `Deze stap (${moment(at, tools)}) ligt vóór de vorige (${moment(last, tools)}); stappen volgen elkaar op in de tijd.`,
  'conversation.state.invalid':
    'Dit zijn geen geldige gegevens van een gesprek; geef het gesprek door zoals de bibliotheek het eerder teruggaf.',
  'conversation.limit.reached': 'Het gesprek heeft het maximum van {maximum} {list:conversationList} bereikt; er kan er geen meer bij.',
  // phases and guards
  'conversation.phase.last': 'De fase ‘{phase:phase}’ is de laatste; rond het gesprek af in plaats van verder te gaan.',
  'conversation.phase.noBack': 'Vanuit de fase ‘{phase:phase}’ kan het gesprek niet terug.',
  'conversation.guard.purposeSet': 'Leg eerst het doel van het gesprek vast, zodat beide kanten weten waar het om gaat.',
  'conversation.guard.agendaMerged': 'Voeg eerst de agendapunten van beide kanten samen tot één agenda.',
  'conversation.guard.agreementsPresent': 'Er is nog geen afspraak; maak minstens één concrete afspraak voordat het gesprek verder gaat.',
  'conversation.guard.agreementsWww': ({ agreement, missing }, tools) =>
    missing === undefined || missing.length === 0
      ? `${first(agreement, tools)} zegt nog niet wie wat wanneer doet.`
      : `${first(agreement, tools)} zegt nog niet ${tools.format.list(missing.map((part) => wwwPartNl[part]))}.`,
  'conversation.guard.agreementsSmart': ({ agreement, criteria }, tools) =>
    `${first(agreement, tools)} is nog niet SMART: nog niet ${tools.value(criteria, 'conversationSmart')}.`,
  'conversation.guard.agreementsAccepted': ({ agreement, side }, tools) =>
    `${first(agreement, tools)} is nog niet geaccepteerd door de ${tools.labels.role[side]}; een afspraak geldt pas als beide kanten ermee instemmen.`,
  'conversation.guard.supportAccepted': ({ agreement, side }, tools) =>
    `Ondersteuningsafspraak ${tools.ref(agreement)} is nog niet geaccepteerd door de ${tools.labels.role[side]}; hulp is pas toegezegd als beide kanten ermee instemmen.`,
  'conversation.guard.nextConversationScheduled':
    'Plan eerst het volgende gesprek; het gesprek wordt pas afgerond als de vervolgafspraak staat.',
  'conversation.guard.evaluationGiven':
    'Hoe heeft de medewerker het gesprek ervaren? Vraag om een evaluatie voordat je het gesprek afrondt.',
  // agenda
  'conversation.guard.withinBudget': (p, tools) =>
    `De afspraken ten laste van ${fundingSource(p.source, p.sourceKind, tools)} (${tools.format.list(p.agreements.map((a) => tools.ref(a)))}) kosten samen ${tools.value(p.claimed)}, maar daarin is nog ${tools.value(p.remaining)} over. Kies samen een andere bron, spreek minder af of verdeel de kosten, voordat jullie verdergaan.`,
  'conversation.guard.withinStudyTime': (p, tools) =>
    `De afspraken ten laste van ${fundingSource(p.source, p.sourceKind, tools)} (${tools.format.list(p.agreements.map((a) => tools.ref(a)))}) vragen samen ${hours(p.claimed, tools)} studietijd, maar daarvan is nog ${hours(p.remaining, tools)} over. Spreek samen minder studietijd af, kies een andere bron of spreid het over de volgende periode, voordat jullie verdergaan.`,
  'conversation.budget.overClaimedStudyTime': (p, tools) =>
    `Met ${tools.ref(p.agreement)} vragen de afspraken ten laste van ${fundingSource(p.source, p.sourceKind, tools)} ${hours(p.claimed, tools)} studietijd, terwijl daarvan nog ${hours(p.remaining, tools)} over is.`,
  'conversation.budget.noStudyTime': (p, tools) =>
    `${first(p.agreement, tools)} vraagt ${hours(p.minutes, tools)} studietijd, maar bij ${fundingSource(p.source, p.sourceKind, tools)} staan geen studie-uren in het budgetoverzicht; die tijd is daarom niet meegeteld.`,
  'conversation.budget.overClaimed': (p, tools) =>
    `Met ${tools.ref(p.agreement)} komen de afspraken ten laste van ${fundingSource(p.source, p.sourceKind, tools)} op ${tools.value(p.claimed)}, terwijl daarin nog ${tools.value(p.remaining)} over is.`,
  'conversation.budget.unknownSource': (p, tools) =>
    `${first(p.agreement, tools)} komt ten laste van een budget dat niet in het budgetoverzicht van de medewerker staat; de kosten zijn daarom niet meegeteld.`,
  'conversation.budget.otherCurrency': (p, tools) =>
    `De kosten van ${tools.ref(p.agreement)} (${tools.value(p.cost)}) staan in een andere munteenheid dan ${fundingSource(p.source, p.sourceKind, tools)}; zonder omrekening zijn ze niet meegeteld.`,
  'conversation.budget.duplicateSource': 'Elk budget staat één keer in het budgetoverzicht van de medewerker.',
  'conversation.agenda.duplicatePoint': 'Agendapunt {point} staat al op de lijst.',
  'conversation.agenda.unknownPoint': ({ point }, tools) => `${first(point, tools)} is niet door deze kant ingebracht.`,
  'conversation.agenda.otherSidesPoint': 'Agendapunt {point} is ingebracht door de {side:role}; alleen die kan het weer intrekken.',
  'conversation.agenda.unknownItem': ({ item }, tools) => `${first(item, tools)} staat niet op de samengevoegde agenda.`,
  'conversation.agenda.alreadyDone': 'Agendapunt {item} is al besproken.',
  'conversation.agenda.evaluativeTopic': `Agendapunt {item} gaat over {topic:topic.lower}. ${apart}` as const,
  'conversation.text.evaluative': ({ item, evidence }, tools) =>
    `${named(item, tools)} gaat over beoordelen of belonen (${tools.value(evidence, 'quote')}). ${apart}`,
  // needs
  'conversation.need.deficit':
    'Ontwikkelbehoefte {need} zegt vooral wat er weg moet ({words:quote}). Bouw liever voort op wat goed gaat: welke sterke kant wil de medewerker verder ontwikkelen? Bijvoorbeeld ‘zorgvuldig werken’ in plaats van ‘minder fouten maken’.',
  'conversation.purpose.deficit':
    'Het overkoepelende doel zegt vooral wat er weg moet ({words:quote}). Formuleer het als een sterke kant om verder te ontwikkelen, bijvoorbeeld ‘elke dag goed voorbereid en op tijd beginnen’ in plaats van ‘niet meer te laat komen’.',
  'conversation.need.duplicate': 'Ontwikkelbehoefte {need} is al genoteerd.',
  // agreements
  'conversation.agreement.duplicate': 'Afspraak {agreement} bestaat al; pas die afspraak aan in plaats van een nieuwe voor te stellen.',
  'conversation.agreement.unknown': ({ agreement }, tools) => `${first(agreement, tools)} bestaat niet in dit gesprek.`,
  'conversation.agreement.withdrawn': ({ agreement }, tools) => `${first(agreement, tools)} is ingetrokken.`,
  'conversation.agreement.alreadyAccepted': 'De {side:role} heeft al ingestemd met {agreement}.',
  'conversation.agreement.notOpen':
    'Afspraak {agreement} staat op ‘{status:conversationAgreementStatus}’, maar in het gesprek is een afspraak nog open. Trek de afspraak in als die vervalt.',
  'conversation.agreement.useSupport': 'Afspraak {agreement} is een ondersteuningsafspraak; stel die voor in de fase voor ondersteuning.',
  'conversation.agreement.draft': ({ agreement }, tools) =>
    `${first(agreement, tools)} is als concept genoteerd; werk de afspraak bij voordat deze fase wordt afgesloten.`,
  'conversation.agreement.proposedByManager':
    'De leidinggevende stelt afspraak {agreement} voor; meestal werkt het beter als de medewerker zelf de oplossing aandraagt.',
  'conversation.agreement.ownSolution':
    'Afspraak {agreement} is voorgesteld door de leidinggevende. In dit gesprek draagt de medewerker zelf de oplossing aan: pas de afspraak eerst aan in je eigen woorden en stem er dan mee in.',
  'conversation.agreement.lowAcceptance':
    'Afspraak {agreement} scoort een {acceptance} op acceptatie. Hoe goed de afspraak ook is, zonder draagvlak heeft die weinig effect (E = K × A); vraag wat de medewerker zelf zou voorstellen.',
  'conversation.agreement.providerNotEmployee':
    'Bij afspraak {agreement} zoekt de {searcher:providerSearcher} de aanbieder. Meestal werkt het beter als de medewerker zelf zoekt en kiest: dan is de oplossing echt van de medewerker.',
  'conversation.agreement.revisionResetsAcceptance': 'Afspraak {agreement} is gewijzigd; de {side:role} moet opnieuw instemmen.',
  // schedule
  'conversation.schedule.endBeforeStart': ({ start, end }, tools) =>
    `Het volgende gesprek moet eindigen na het begin: het begint ${moment(start, tools)} en eindigt ${moment(end, tools)}.`,
  'conversation.schedule.notAfterThis': ({ start, at }, tools) =>
    `Het volgende gesprek (${moment(start, tools)}) ligt niet na dit gesprek (${moment(at, tools)}).`,
  'conversation.schedule.dateMismatch': ({ date, start, timeZone }, tools) =>
    `De datum ${tools.format.date(date)} past niet bij het begin van het gesprek (${moment(start, tools)}, tijdzone ${timeZone}).`,
  // postpone, conclude
  'conversation.postpone.dateIsKept':
    'Een geplande datum blijft staan, behalve in een noodgeval; geef aan dat het om een noodgeval gaat als het echt niet anders kan.',
  'conversation.postpone.newStartNotAfter': ({ newStart, at }, tools) =>
    `Het nieuwe begin (${moment(newStart, tools)}) ligt niet na het moment van uitstellen (${moment(at, tools)}); kies een later tijdstip.`,
  'conversation.evaluation.scoreMissing': 'Geef het gesprek een cijfer van 1 tot 10 (of een waardering van 1 tot 5).',
  'conversation.conclude.evaluativeDrift':
    `In dit ontwikkelgesprek {count|kwam|kwamen} {count} {count|punt|punten} over beoordelen of belonen op de agenda. ${apart}` as const,
  'conversation.conclude.oneSideEvaluated':
    'De {missing:role} heeft het gesprek nog niet geëvalueerd; vraag ook hoe die het gesprek heeft ervaren, zodat beide kanten weten wat er volgende keer anders kan.',
  // replay
  'conversation.replay.invalidEvent': ({ index, type }, tools) =>
    `Stap ${tools.format.number(index + 1)} in het logboek${type === undefined ? '' : ` (‘${tools.labels.conversationEvent[type]}’)`} kan niet worden toegepast; de details zeggen waarom.`,
  'conversation.replay.stoppedAt': ({ index, total }, tools) =>
    `Het logboek is maar ten dele hersteld: de eerste ${tools.format.number(index)} van de ${tools.format.number(total)} stappen zijn toegepast. Stap ${tools.format.number(index + 1)} kan niet worden toegepast; de details zeggen waarom. Wat daarna komt, ontbreekt in deze stand.`,
  'conversation.replay.duplicateEvent': ({ index }, tools) =>
    `Stap ${tools.format.number(index + 1)} in het logboek is precies dezelfde als de stap ervoor (zelfde soort, tijd, afzender en inhoud): waarschijnlijk twee keer weggeschreven. Hij is opnieuw toegepast; kijk na of dat de bedoeling was.`,
  'conversation.replay.noStart':
    'Geef óf de gegevens om een nieuw gesprek te maken óf een opgeslagen gesprek op om mee verder te gaan, niet allebei.',
  'conversation.replay.templateVersionAmbiguous':
    'Bij de begingegevens van dit logboek staat geen versie van het standaard gespreksmodel voor een {kind:conversationKind}. Het past op versie 1 en op versie {version}, die na de huidige situatie andere fasen heeft, en is gelezen als versie 1. Is het gesprek met versie {version} gemaakt, zet die versie dan bij de begingegevens.',
  'conversation.replay.templateVersionMissing':
    'Dit logboek past op versie {version} van het standaard gespreksmodel voor een {kind:conversationKind}, maar bij de begingegevens staat geen versie, en dan geldt versie 1 (de details zeggen wat daarop misgaat). Zet versie {version} bij de begingegevens.',
  // participants and who may do what
  'conversation.participant.duplicate':
    'Deelnemer {participant} staat meer dan eens op de lijst of is ook medewerker of leidinggevende; iedereen neemt één keer deel, in één rol.',
  'conversation.participant.missing': 'Aan dit gesprek neemt geen {role:participantRole} deel.',
  'conversation.participant.unknown': 'Deze persoon neemt niet als {role:participantRole} deel aan dit gesprek.',
  'conversation.participant.ambiguous': 'Er nemen {count} mensen als {role:participantRole} deel; zeg wie van hen deze stap zet.',
  'conversation.permission.denied': 'In dit gesprek mag de {role:participantRole} dit niet: ‘{type:conversationEvent}’.',
  'conversation.permission.onBehalfDenied':
    'De {role:participantRole} mag dit niet namens de {onBehalfOf:role} doen: ‘{type:conversationEvent}’.',
  'conversation.permission.consentOnBehalf':
    'Instemmen doet de {onBehalfOf:role} zelf (‘{type:conversationEvent}’); niemand kan dat namens een ander doen.',
  'conversation.permissions.consentFixed':
    'Alleen de medewerker en de leidinggevende stemmen in met afspraken (‘{type:conversationEvent}’); dat is niet anders in te stellen.',
  'conversation.permissions.sideEvent':
    '‘{type:conversationEvent}’ is de eigen inbreng van de medewerker of de leidinggevende; een {role:participantRole} kan dat alleen namens een van hen.',
  'conversation.permissions.employeeVoice':
    'De medewerker moet dit altijd zelf mogen: ‘{type:conversationEvent}’. Het is de eigen inbreng van de medewerker in het gesprek.',
  // who may read a text
  'conversation.visibility.unknownText': 'Die tekst ({text:textKind}) bestaat niet in dit gesprek.',
  'conversation.visibility.notAuthor': 'Alleen wie de tekst schreef, bepaalt wie die mag lezen ({text:textKind}).',
  'conversation.visibility.tooNarrow': 'Een {text:textKind} is van beide kanten van het gesprek en kan niet {visibility:visibility} zijn.',
  'conversation.visibility.unknownParticipant':
    'Er wordt gedeeld met iemand die niet aan dit gesprek deelneemt; deel alleen met deelnemers.',
  'conversation.note.duplicate': ({ note }, tools) => `${first(note, tools)} bestaat al; elke notitie krijgt een eigen kenmerk.`,
  'conversation.competence.noProfile':
    'Dit gesprek heeft geen functieprofiel, dus er is geen competentie om naar te verwijzen. Geef bij het aanmaken van het gesprek het functieprofiel van de functie mee.',
  'conversation.competence.unknown': 'Deze competentie staat niet in het functieprofiel {profile}; kies een competentie uit het profiel.',
  'conversation.feedback.employeeShares':
    'Alleen de medewerker deelt de feedback van collega’s: die is gevraagd voor de medewerker, die de antwoorden eerst ziet en zelf beslist wat gedeeld wordt. Hier probeerde de {side:role} dat.',
  'conversation.feedback.notEmployeeView':
    'Deze samenvatting is gemaakt voor de leidinggevende. Deel de samenvatting die de medewerker zelf heeft gezien: de medewerker bepaalt wat in de voorbereiding komt.',
  'conversation.feedback.employeeReceives':
    'Antwoorden van collega’s komen eerst bij de medewerker binnen; hier probeerde de {side:role} er een vast te leggen.',
  'conversation.feedback.requestExists':
    'Er staat al een feedbackverzoek met dit kenmerk in de voorbereiding. Geef een nieuw verzoek een eigen kenmerk.',
  'conversation.feedback.employeeAsked':
    'De medewerker staat tussen de gevraagde collega’s. Feedback vraag je aan anderen; de eigen kijk van de medewerker hoort in de voorbereiding.',
  'conversation.feedback.unknownRequest': 'Dit feedbackverzoek staat niet in de voorbereiding van dit gesprek.',
  'conversation.feedback.notAsked':
    'Dit antwoord komt van iemand aan wie geen feedback is gevraagd. Alleen antwoorden van de gevraagde collega’s tellen mee.',
  'conversation.feedback.unknownQuestion': 'Dit antwoord hoort bij een vraag die niet in het feedbackverzoek staat.',
  'conversation.feedback.summaryOrRequest':
    'Deel óf een samenvatting van de feedback, óf het verzoek waarvan de antwoorden zijn verzameld: een van de twee.',
  'conversation.feedback.noAnswers': 'Op dit feedbackverzoek is nog geen antwoord binnen, dus er is nog niets te delen.',
  'conversation.feedback.afterDue': 'Dit antwoord kwam binnen na de gevraagde datum ({due:date}). Het telt gewoon mee.',
});

/** Dutch labels of the conversation module. */
export const conversationLabelsNl = {
  participantRole: {
    employee: 'medewerker',
    manager: 'leidinggevende',
    hrAdviser: 'HR-adviseur',
    mentor: 'mentor of coach',
    skipLevelManager: 'tweede leidinggevende',
  },
  visibility: {
    private: 'alleen voor de schrijver',
    shared: 'voor medewerker en leidinggevende',
    hr: 'ook voor de HR-adviseur',
  },
  textKind: {
    preparationAnswer: 'voorbereidingsantwoord',
    note: 'notitie',
    need: 'ontwikkelbehoefte',
    agreement: 'afspraak',
    evaluation: 'evaluatie',
    purpose: 'doel van het gesprek',
    postponement: 'reden van uitstel',
    cancellation: 'reden van annulering',
    competenceScan: 'competentie-inschatting',
    feedback: 'feedback van collega’s',
    feedbackRequest: 'feedbackverzoek',
    feedbackAnswers: 'antwoorden van collega’s',
    ambition: 'ambitie',
    goal: 'ontwikkeldoel',
    zienswijze: 'zienswijze',
    nextConversation: 'notitie bij het volgende gesprek',
    previousNextTime: 'wens uit de vorige evaluatie',
  },
  erasureReason: {
    erasureRequest: 'op verzoek van de betrokkene',
    retention: 'omdat de bewaartermijn om is',
    correction: 'ter correctie',
    sensitiveData: 'omdat er bijzondere persoonsgegevens in stonden',
    other: 'om een andere reden',
  },
  conversationStatus: {
    planned: 'gepland',
    inProgress: 'bezig',
    concluded: 'afgerond',
    postponed: 'uitgesteld',
    cancelled: 'geannuleerd',
  },
  conversationEvent: {
    answerPreparation: 'Voorbereidingsvraag beantwoorden',
    addAgendaPoint: 'Agendapunt toevoegen',
    withdrawAgendaPoint: 'Agendapunt intrekken',
    mergeAgenda: 'Agenda samenvoegen',
    setPurpose: 'Doel van het gesprek vastleggen',
    start: 'Gesprek beginnen',
    nextPhase: 'Naar de volgende fase',
    previousPhase: 'Terug naar de vorige fase',
    addNote: 'Notitie maken',
    markAgendaItemDone: 'Agendapunt afvinken',
    addNeed: 'Ontwikkelbehoefte noteren',
    proposeAgreement: 'Afspraak voorstellen',
    reviseAgreement: 'Afspraak aanpassen',
    acceptAgreement: 'Instemmen met een afspraak',
    withdrawAgreement: 'Afspraak intrekken',
    proposeSupport: 'Ondersteuning voorstellen',
    acceptSupport: 'Instemmen met ondersteuning',
    scheduleNextConversation: 'Volgend gesprek plannen',
    evaluate: 'Gesprek evalueren',
    conclude: 'Gesprek afronden',
    postpone: 'Gesprek uitstellen',
    cancel: 'Gesprek annuleren',
    shareText: 'Tekst delen',
    assessCompetences: 'Competenties inschatten',
    requestFeedback: 'Collega’s om feedback vragen',
    receiveFeedbackAnswer: 'Antwoord van een collega vastleggen',
    shareFeedback: 'Feedback van collega’s delen',
  },
  conversationGuard: {
    purposeSet: 'doel vastgelegd',
    agendaMerged: 'agenda samengevoegd',
    agreementsPresent: 'minstens één afspraak',
    agreementsWww: 'elke afspraak zegt wie wat wanneer doet',
    agreementsSmart: 'afspraken SMART',
    agreementsAccepted: 'beide kanten stemmen in met de afspraken',
    supportAccepted: 'beide kanten stemmen in met de ondersteuning',
    nextConversationScheduled: 'volgend gesprek gepland',
    evaluationGiven: 'gesprek geëvalueerd',
    withinBudget: 'de afspraken passen in het budget',
  },
  conversationSmart: {
    specific: 'specifiek',
    measurable: 'meetbaar',
    acceptable: 'acceptabel',
    realistic: 'realistisch',
    timeBound: 'tijdgebonden',
  },
  conversationAgreementStatus: { open: 'open', done: 'afgerond', dropped: 'vervallen' },
  conversationList: {
    preparation: 'voorbereidingsantwoorden',
    agendaPoints: 'agendapunten',
    agendaItems: 'punten op de agenda',
    goalIds: 'gekoppelde doelen',
    notes: 'notities',
    needs: 'ontwikkelbehoeften',
    agreements: 'afspraken',
    supportAgreements: 'ondersteuningsafspraken',
    phaseHistory: 'fasewisselingen',
    feedbackRequests: 'feedbackverzoeken',
  },
} satisfies Partial<Labels>;
