import { defineMessages } from '../core/index.js';

/**
 * Messages of the conversation module, by finding code, in Dutch and English.
 *
 * @example
 * ```ts
 * import { conversationMessages } from 'ontwikkelgesprek';
 * conversationMessages['conversation.guard.nextConversationScheduled'].en;
 * ```
 */
export const conversationMessages = defineMessages({
  // templates
  'conversation.template.phaseRepeated': {
    nl: 'De fase {phase} komt meer dan één keer voor; elke fase hoort één plek in het gesprek te hebben.',
    en: 'Phase {phase} appears more than once; each phase has one place in the conversation.',
  },
  'conversation.template.phaseReserved': {
    nl: 'De fase {phase} is geen gespreksfase maar wat er na het gesprek gebeurt; laat hem weg.',
    en: 'Phase {phase} is not a phase of the talk but what happens after it; leave it out.',
  },
  'conversation.template.phaseOfOtherKind': {
    nl: 'De fase {phase} hoort normaal niet bij een {kind}.',
    en: 'Phase {phase} does not normally belong in a {kind}.',
  },
  'conversation.template.preparationFirst': {
    nl: 'Een gesprek begint met de voorbereiding: maak preparation de eerste fase.',
    en: 'A conversation begins with preparation: make preparation the first phase.',
  },
  'conversation.template.noSchedulePhase': {
    nl: 'Er is geen fase waarin het volgende gesprek wordt gepland; zonder vervolgafspraak kan het gesprek niet worden afgerond.',
    en: 'No phase schedules the next conversation; without a follow-up appointment the conversation cannot be concluded.',
  },
  'conversation.template.agreementsAfterNextConversation': {
    nl: 'In fase {phase} worden nog afspraken gemaakt nadat het volgende gesprek al is gepland; maak de afspraken eerst.',
    en: 'Phase {phase} still makes agreements after the next conversation has been scheduled; make the agreements first.',
  },
  'conversation.template.backIntoAgreements': {
    nl: 'Vanuit {phase} mag het gesprek niet terug naar de afspraken: het volgende gesprek staat dan al vast.',
    en: 'From {phase} the conversation may not step back to the agreements: the next conversation is fixed by then.',
  },
  'conversation.template.backIntoPreparation': {
    nl: 'Na de start kan het gesprek niet terug naar de voorbereiding.',
    en: 'Once started, the conversation cannot go back to preparation.',
  },
  'conversation.template.noEvaluation': {
    nl: 'Een ontwikkelgesprek sluit af met een evaluatie van het gesprek; voeg een fase met evaluate toe.',
    en: 'A development conversation ends by evaluating the conversation; add a phase with evaluate.',
  },
  'conversation.template.noAgreements': {
    nl: 'Een ontwikkelgesprek zonder fase voor concrete afspraken levert geen POP op; voeg een fase met agreements toe.',
    en: 'A development conversation without a phase for concrete agreements yields no development plan; add a phase with agreements.',
  },
  'conversation.template.kindMismatch': {
    nl: 'Het sjabloon is bedoeld voor een {templateKind}, maar dit gesprek is een {kind}.',
    en: 'The template is meant for a {templateKind}, but this conversation is a {kind}.',
  },
  'conversation.create.templateMissing': {
    nl: 'Geef een soort gesprek (development, career, checkIn) of een eigen sjabloon op.',
    en: 'Give a kind of conversation (development, career, checkIn) or a template of your own.',
  },
  'conversation.create.sameParticipant': {
    nl: 'Medewerker en leidinggevende hebben hetzelfde id ({id}); een ontwikkelgesprek voer je met z’n tweeën.',
    en: 'Employee and manager have the same id ({id}); a development conversation takes two people.',
  },
  // events in general
  'conversation.event.notNow': {
    nl: 'Gebeurtenis {type} kan nu niet: het gesprek is {status} en zit in de fase {phase}.',
    en: 'Event {type} is not possible now: the conversation is {status} and in phase {phase}.',
  },
  'conversation.event.closed': {
    nl: 'Het gesprek is {status}; er kan niets meer aan worden veranderd.',
    en: 'The conversation is {status}; nothing can be changed any more.',
  },
  'conversation.event.beforeLast': {
    nl: 'Deze gebeurtenis ({at}) ligt vóór de vorige ({last}); gebeurtenissen komen in volgorde van tijd.',
    en: 'This event ({at}) lies before the previous one ({last}); events come in order of time.',
  },
  'conversation.state.invalid': {
    nl: 'Dit is geen geldige gespreksstatus; gebruik wat createConversation of transition teruggaf.',
    en: 'This is not a valid conversation state; use what createConversation or transition returned.',
  },
  // phases and guards
  'conversation.phase.last': {
    nl: 'Dit is de laatste fase; rond het gesprek af in plaats van door te gaan.',
    en: 'This is the last phase; conclude the conversation instead of moving on.',
  },
  'conversation.phase.noBack': {
    nl: 'Vanuit de fase {phase} kan het gesprek niet terug.',
    en: 'The conversation cannot step back from phase {phase}.',
  },
  'conversation.guard.purposeSet': {
    nl: 'Leg eerst het doel van het gesprek vast, zodat beide kanten weten waar het om gaat.',
    en: 'First set the purpose of the conversation, so both sides know what it is about.',
  },
  'conversation.guard.agendaMerged': {
    nl: 'Voeg eerst de agenda’s van beide kanten samen.',
    en: "First merge both sides' agendas.",
  },
  'conversation.guard.agreementsPresent': {
    nl: 'Er is nog geen afspraak; maak minstens één concrete afspraak voordat het gesprek verder gaat.',
    en: 'There is no agreement yet; make at least one concrete agreement before moving on.',
  },
  'conversation.guard.agreementsWww': {
    nl: 'Afspraak {agreementId} zegt nog niet wie wat wanneer doet.',
    en: 'Agreement {agreementId} does not yet say who does what by when.',
  },
  'conversation.guard.agreementsSmart': {
    nl: 'Afspraak {agreementId} is nog niet SMART; niet aangetoond: {criteria}.',
    en: 'Agreement {agreementId} is not yet SMART; not shown: {criteria}.',
  },
  'conversation.guard.agreementsAccepted': {
    nl: 'Afspraak {agreementId} is nog niet geaccepteerd door de {side}; een afspraak geldt pas als beide kanten ermee instemmen.',
    en: 'Agreement {agreementId} has not been accepted by the {side} yet; an agreement counts only when both sides agree.',
  },
  'conversation.guard.supportAccepted': {
    nl: 'Ondersteuningsafspraak {agreementId} is nog niet geaccepteerd door de {side}; hulp is pas toegezegd als beide kanten ermee instemmen.',
    en: 'Support agreement {agreementId} has not been accepted by the {side} yet; help is promised only when both sides agree.',
  },
  'conversation.guard.nextConversationScheduled': {
    nl: 'Plan eerst het volgende gesprek; het gesprek wordt pas afgerond als de vervolgafspraak staat.',
    en: 'Schedule the next conversation first; the conversation is concluded only once the follow-up is fixed.',
  },
  'conversation.guard.evaluationGiven': {
    nl: 'Hoe heeft de medewerker het gesprek ervaren? Vraag om een evaluatie voordat je afrondt.',
    en: 'How did the employee experience the conversation? Ask for an evaluation before concluding.',
  },
  // agenda
  'conversation.agenda.duplicatePoint': {
    nl: 'Er staat al een agendapunt met id {id}.',
    en: 'There is already an agenda point with id {id}.',
  },
  'conversation.agenda.unknownPoint': {
    nl: 'Er is geen agendapunt met id {id} ingebracht.',
    en: 'No agenda point with id {id} was put forward.',
  },
  'conversation.agenda.otherSidesPoint': {
    nl: 'Agendapunt {id} is door de andere kant ingebracht; alleen die kant kan het weer intrekken.',
    en: 'Agenda point {id} was put forward by the other side; only that side can withdraw it.',
  },
  'conversation.agenda.unknownItem': {
    nl: 'Er is geen agendapunt met id {id} op de samengevoegde agenda.',
    en: 'There is no item with id {id} on the merged agenda.',
  },
  'conversation.agenda.alreadyDone': {
    nl: 'Agendapunt {id} is al afgehandeld.',
    en: 'Agenda item {id} has already been dealt with.',
  },
  'conversation.agenda.evaluativeTopic': {
    nl: 'Agendapunt "{title}" gaat over {topic}: dat hoort in een functioneringsgesprek, niet in een ontwikkelgesprek.',
    en: 'Agenda item "{title}" is about {topic}: that belongs in a performance appraisal, not in a development conversation.',
  },
  // needs
  'conversation.need.duplicate': {
    nl: 'Er is al een ontwikkelbehoefte met id {id}.',
    en: 'There is already a development need with id {id}.',
  },
  // agreements
  'conversation.agreement.duplicate': {
    nl: 'Er is al een afspraak met id {id}; gebruik reviseAgreement om hem aan te passen.',
    en: 'There is already an agreement with id {id}; use reviseAgreement to change it.',
  },
  'conversation.agreement.unknown': {
    nl: 'Er is geen afspraak met id {id}.',
    en: 'There is no agreement with id {id}.',
  },
  'conversation.agreement.withdrawn': {
    nl: 'Afspraak {id} is ingetrokken.',
    en: 'Agreement {id} has been withdrawn.',
  },
  'conversation.agreement.alreadyAccepted': {
    nl: 'De {side} heeft afspraak {id} al geaccepteerd.',
    en: 'The {side} has already accepted agreement {id}.',
  },
  'conversation.agreement.notOpen': {
    nl: 'Afspraak {id} heeft de status {status}; in het gesprek is een afspraak nog open. Trek hem in met withdrawAgreement als hij vervalt.',
    en: 'Agreement {id} has the status {status}; in the conversation an agreement is still open. Withdraw it with withdrawAgreement if it lapses.',
  },
  'conversation.agreement.useSupport': {
    nl: 'Afspraak {id} is een ondersteuningsafspraak; stel die voor met proposeSupport.',
    en: 'Agreement {id} is a support agreement; propose it with proposeSupport.',
  },
  'conversation.agreement.draft': {
    nl: 'Afspraak {id} is als concept genoteerd; vul hem aan voordat de fase wordt afgesloten: {detail}',
    en: 'Agreement {id} is noted as a draft; complete it before the phase closes: {detail}',
  },
  'conversation.agreement.proposedByManager': {
    nl: 'De leidinggevende stelt afspraak {id} voor; meestal werkt het beter als de medewerker zelf de oplossing aandraagt.',
    en: 'The manager proposes agreement {id}; it usually works better when the employee proposes the solution.',
  },
  'conversation.agreement.revisionResetsAcceptance': {
    nl: 'Afspraak {id} is gewijzigd; de andere kant moet hem opnieuw accepteren.',
    en: 'Agreement {id} has changed; the other side needs to accept it again.',
  },
  // schedule
  'conversation.schedule.endBeforeStart': {
    nl: 'Het volgende gesprek moet eindigen na het begin: het begint {start} en eindigt {end}.',
    en: 'The next conversation must end after it begins: it begins {start} and ends {end}.',
  },
  'conversation.schedule.notAfterThis': {
    nl: 'Het volgende gesprek ({start}) ligt niet na dit gesprek ({at}).',
    en: 'The next conversation ({start}) is not after this one ({at}).',
  },
  'conversation.schedule.dateMismatch': {
    nl: 'De datum {date} past niet bij het begintijdstip {start} in tijdzone {timeZone}.',
    en: 'The date {date} does not match the start {start} in time zone {timeZone}.',
  },
  // postpone, cancel, conclude
  'conversation.postpone.dateIsKept': {
    nl: 'Een geplande datum blijft staan, behalve in een noodgeval; geef emergency: true op als het echt niet anders kan.',
    en: 'A planned date is kept except in an emergency; pass emergency: true if there really is no other way.',
  },
  'conversation.postpone.newStartNotAfter': {
    nl: 'De nieuwe begintijd ({newStart}) ligt niet na het moment van uitstellen ({at}); kies een later tijdstip.',
    en: 'The new start ({newStart}) is not after the moment of postponing ({at}); choose a later time.',
  },
  'conversation.conclude.evaluativeDrift': {
    nl: 'In dit ontwikkelgesprek kwamen {count} beoordelende onderwerpen op de agenda; houd beoordelen en ontwikkelen gescheiden.',
    en: 'This development conversation put {count} evaluative topics on the agenda; keep appraisal and development apart.',
  },
  // replay
  'conversation.replay.invalidEvent': {
    nl: 'Gebeurtenis {index} ({type}) in het logboek kan niet worden toegepast: {reason}',
    en: 'Event {index} ({type}) in the log cannot be applied: {reason}',
  },
  'conversation.replay.noStart': {
    nl: 'Geef óf de invoer voor createConversation (input) óf een bestaande gespreksstatus (from) op, niet allebei.',
    en: 'Give either the createConversation input (input) or an existing conversation state (from), not both.',
  },
});
