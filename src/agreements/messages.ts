import { defineMessages } from '../core/index.js';

/**
 * Messages of the agreements module, by finding code, in Dutch and English.
 *
 * @example
 * ```ts
 * import { agreementsMessages } from 'ontwikkelgesprek';
 * agreementsMessages['agreement.www.when.missing'].nl; // 'Er staat geen datum bij: ...'
 * ```
 */
export const agreementsMessages = defineMessages({
  // ---- goal text
  'agreement.text.invalid': {
    nl: 'Hier hoort tekst te staan (gekregen: {received}).',
    en: 'This should be text (received: {received}).',
  },
  'agreement.text.empty': {
    nl: 'Er staat nog niets: beschrijf in eigen woorden wat je gaat doen.',
    en: 'Nothing written yet: describe in your own words what you will do.',
  },
  'agreement.text.truncated': {
    nl: 'De tekst is erg lang; alleen de eerste {limit} tekens zijn gelezen. Een afspraak past meestal in één of twee zinnen.',
    en: 'The text is very long; only the first {limit} characters were read. An agreement usually fits in a sentence or two.',
  },
  'agreement.text.vagueVerb': {
    nl: '"{words}" zegt niet wat je concreet gaat doen. Noem de handeling: bijvoorbeeld een cursus afronden, een presentatie geven, een rapport opleveren.',
    en: '"{words}" does not say what you will actually do. Name the action: finish a course, give a presentation, deliver a report.',
  },
  'agreement.text.hedge': {
    nl: '"{words}" maakt de afspraak vrijblijvend. Schrijf op wat je wél gaat doen.',
    en: '"{words}" makes the agreement non-committal. Write down what you will do.',
  },
  'agreement.text.vagueQuantity': {
    nl: '"{words}" is geen maat. Hoeveel precies, of waaraan zie je dat het gelukt is?',
    en: '"{words}" is not a measure. How many exactly, or how will you see that it worked?',
  },
  'agreement.text.vagueTime': {
    nl: '"{words}" is geen termijn. Noem een datum of een periode, zoals "voor 1 juni" of "binnen drie maanden".',
    en: '"{words}" is not a deadline. Give a date or a period, such as "by 1 June" or "within three months".',
  },
  'agreement.text.notSpecific': {
    nl: 'Het is niet duidelijk wat er precies gebeurt. Wat ga je doen, waarmee, en wat levert het op?',
    en: 'It is not clear what exactly will happen. What will you do, with what, and what comes out of it?',
  },
  'agreement.text.noMeasure': {
    nl: 'Er staat niet in waaraan je ziet dat het gelukt is: een aantal, een percentage, een certificaat of een ander resultaat.',
    en: 'Nothing says how you will see that it worked: a number, a percentage, a certificate or another result.',
  },
  'agreement.text.noDeadline': {
    nl: 'Er staat geen termijn in de tekst. Wanneer is het klaar?',
    en: 'The text has no deadline. When will it be done?',
  },
  'agreement.text.startOnly': {
    nl: 'Er staat alleen wanneer het begint ({words}); spreek ook af wanneer het af is of wanneer je evalueert.',
    en: 'Only the start is given ({words}); agree on when it is done or when you review it too.',
  },
  'agreement.text.multipleGoals': {
    nl: 'Deze tekst bevat {count} doelen. Maak er aparte afspraken van, elk met een eigen wie, wat en wanneer.',
    en: 'This text holds {count} goals. Make them separate agreements, each with its own who, what and when.',
  },
  'agreement.text.attendanceOnly': {
    nl: '"{words}" zegt alleen dat je erbij bent, niet waaraan je ziet dat het gelukt is. Spreek af wat eruit komt: een examen, een toepassing in je werk, een presentatie voor je team.',
    en: '"{words}" only says you will be there, not how you will see that it worked. Agree on what comes out of it: an exam, something you apply in your work, a talk for your team.',
  },
  'agreement.text.unnamed': {
    nl: 'Welke precies? "{words}" noemt geen naam of onderwerp. Schrijf erbij welke cursus, welk diploma of welk examen je bedoelt.',
    en: 'Which one exactly? "{words}" names no title or subject. Say which course, degree or exam you mean.',
  },
  'agreement.text.indicatorOnly': {
    nl: 'Er staat een doel op een cijfer, maar niet wat je zelf gaat doen om het te halen. Noem ook de eerste stap.',
    en: 'There is a target on a figure, but not what you will do yourself to reach it. Name the first step too.',
  },
  'agreement.text.deficit': {
    nl: '"{words}": dit doel zegt alleen wat er minder of niet meer moet. Beschrijf liever wat je wél gaat doen, of bouw voort op iets waar je al goed in bent.',
    en: '"{words}": this goal only says what should happen less or stop. Describe what you will do instead, or build on something you are already good at.',
  },
  'agreement.text.evaluative': {
    nl: 'Hier gaat het over beoordelen of belonen ("{words}"). Een beoordeling en salaris horen in het beoordelingsgesprek, hoe het werk gaat in het functioneringsgesprek; dit gesprek kijkt vooruit naar je ontwikkeling.',
    en: 'This is about rating or pay ("{words}"). Ratings and salary belong in the appraisal meeting, how the work is going in a performance conversation; this conversation looks ahead at your development.',
  },
  'agreement.options.invalid': {
    nl: 'Onbekende taalinstelling "{locale}"; kies nl, en of auto. De taal is nu automatisch bepaald.',
    en: 'Unknown locale setting "{locale}"; use nl, en or auto. The language was detected instead.',
  },
  // ---- WWW
  'agreement.www.who.empty': {
    nl: 'Er staat niet bij wie dit doet. Noem één persoon die het oppakt.',
    en: 'It does not say who does this. Name one person who takes it on.',
  },
  'agreement.www.who.notParticipant': {
    nl: '"{who}" zit niet in dit gesprek. Leg de afspraak bij iemand die aan tafel zit, of spreek af wie het met "{who}" regelt.',
    en: '"{who}" is not part of this conversation. Give the agreement to someone at the table, or agree who arranges it with "{who}".',
  },
  'agreement.www.who.ambiguous': {
    nl: 'Meer dan één deelnemer heet "{who}" ({ids}). Vul het id in, dan is duidelijk wie het oppakt.',
    en: 'More than one participant is called "{who}" ({ids}). Use the id, so it is clear who takes it on.',
  },
  'agreement.www.what.empty': {
    nl: 'Er staat niet wat er gebeurt. Beschrijf de actie in eigen woorden.',
    en: 'It does not say what happens. Describe the action in your own words.',
  },
  'agreement.www.what.vague': {
    nl: 'Wat er gebeurt is nog vaag. Maak het concreet: welke handeling, welk resultaat?',
    en: 'What happens is still vague. Make it concrete: which action, which result?',
  },
  'agreement.www.when.missing': {
    nl: 'Er staat geen datum bij: spreek af wanneer het klaar is.',
    en: 'There is no date: agree on when it will be done.',
  },
  'agreement.www.when.past': {
    nl: 'De datum {when} ligt al achter ons (vandaag is {today}). Kies een nieuwe datum of zet de afspraak op afgerond of vervallen.',
    en: 'The date {when} has already passed (today is {today}). Pick a new date, or mark the agreement done or dropped.',
  },
  'agreement.www.when.beyondHorizon': {
    nl: 'De datum {when} ligt meer dan {months} maanden vooruit. Zet een tussenstap die eerder klaar is.',
    en: 'The date {when} is more than {months} months away. Set an intermediate step that is done sooner.',
  },
  // ---- SMART
  'agreement.smart.measurable.missing': {
    nl: 'De afspraak is niet meetbaar: vul in waaraan je het resultaat ziet (veld measure), of noem een aantal of resultaat in de tekst.',
    en: 'The agreement is not measurable: say how the result is observed (the measure field), or name a number or result in the text.',
  },
  'agreement.smart.acceptable.employeeMissing': {
    nl: 'De medewerker heeft de afspraak nog niet geaccepteerd. Een plan dat de medewerker niet draagt, heeft geen effect.',
    en: 'The employee has not accepted the agreement yet. A plan the employee does not own has no effect.',
  },
  'agreement.smart.acceptable.managerMissing': {
    nl: 'De leidinggevende heeft de afspraak nog niet geaccepteerd; zonder steun van die kant blijft het bij goede bedoelingen.',
    en: 'The manager has not accepted the agreement yet; without backing from that side it stays a good intention.',
  },
  'agreement.smart.acceptable.low': {
    nl: 'De acceptatie is laag ({acceptance} van 10). Bespreek wat er nodig is om de afspraak echt te dragen.',
    en: 'Acceptance is low ({acceptance} out of 10). Discuss what it takes for the agreement to be truly owned.',
  },
  'agreement.smart.realistic.overBudget': {
    nl: 'De kosten ({cost}) zijn hoger dan wat er nog in het ontwikkelbudget zit ({remaining}).',
    en: 'The cost ({cost}) is more than what is left in the development budget ({remaining}).',
  },
  'agreement.smart.realistic.currencyMismatch': {
    nl: 'De kosten staan in {cost} en het budget in {budget}; zonder omrekening valt niet te zeggen of het past.',
    en: 'The cost is in {cost} and the budget in {budget}; without a conversion there is no telling whether it fits.',
  },
  'agreement.smart.realistic.overloaded': {
    nl: 'Er lopen al {open} andere open afspraken (richtlijn: minder dan {max}). Rond eerst iets af of laat iets vallen.',
    en: 'There are already {open} other open agreements (guideline: fewer than {max}). Finish or drop something first.',
  },
  'agreement.smart.realistic.tooClose': {
    nl: 'De termijn is krap voor {scope}: {days} van de minstens {minimumDays} dagen die daarvoor nodig zijn. Kies een latere datum of een kleinere eerste stap.',
    en: 'The deadline is tight for {scope}: {days} of the at least {minimumDays} days it needs. Pick a later date or a smaller first step.',
  },
  'agreement.practice.missingLink': {
    nl: 'Alleen een training volgen is nog geen ontwikkeling: koppel het aan de praktijk, bijvoorbeeld met een taak of project waarin je het toepast.',
    en: 'Following a training alone is not yet development: link it to the work, for example a task or project where you apply it.',
  },
  'agreement.effect.low': {
    nl: 'Het verwachte effect is laag: kwaliteit {quality} x acceptatie {acceptance} = {effect} van 100.',
    en: 'The expected effect is low: quality {quality} x acceptance {acceptance} = {effect} out of 100.',
  },
  'agreement.effect.qualityOnly': {
    nl: 'Alleen de kwaliteit ({quality}) is gescoord. Vul ook de acceptatie in, dan volgt het effect uit E = K x A.',
    en: 'Only quality ({quality}) is scored. Add acceptance too, and the effect follows from E = K x A.',
  },
  'agreement.effect.acceptanceOnly': {
    nl: 'Alleen de acceptatie ({acceptance}) is gescoord. Vul ook de kwaliteit in, dan volgt het effect uit E = K x A.',
    en: 'Only acceptance ({acceptance}) is scored. Add quality too, and the effect follows from E = K x A.',
  },
  'agreement.check.unreadable': {
    nl: 'Deze afspraak kon niet worden gelezen ({detail}); controleer de invoer.',
    en: 'This agreement could not be read ({detail}); check the input.',
  },
  'agreement.status.closed': {
    nl: 'Deze afspraak is afgesloten (status: {status}); een verstreken datum of een ontbrekende acceptatie telt niet meer als fout.',
    en: 'This agreement is closed (status: {status}); a past date or a missing acceptance no longer counts as an error.',
  },
});
