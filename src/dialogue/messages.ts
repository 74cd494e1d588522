import { defineMessages } from '../core/index.js';

/**
 * Messages of the dialogue module, by finding code, in Dutch and English.
 *
 * @example
 * ```ts
 * import { dialogueMessages } from 'ontwikkelgesprek';
 * dialogueMessages['dialogue.ambition.noDescription'].en.length > 0; // true
 * ```
 */
export const dialogueMessages = defineMessages({
  'dialogue.time.tooLittleForGroups': {
    nl: 'Met {groups} groepjes is {minutes} minuten te krap: reken op minstens {needed} minuten, of maak de groepjes groter.',
    en: '{minutes} minutes is too tight for {groups} groups: allow at least {needed} minutes, or make the groups larger.',
  },
  'dialogue.online.noBreakouts': {
    nl: 'Online met {participants} deelnemers en geen breakout-rooms: in één grote call komt een gesprek in kleine groepjes niet van de grond. Zet breakout-rooms aan of splits de sessie.',
    en: 'Online with {participants} participants and no breakout rooms: small-group reflection will not happen in one big call. Turn on breakout rooms or split the session.',
  },
  'dialogue.ambition.noDescription': {
    nl: 'Ambitie "{title}" heeft geen toelichting; zonder uitleg is het lastig om er eigen stappen bij te bedenken.',
    en: 'Ambition "{title}" has no description; without an explanation people struggle to turn it into steps of their own.',
  },
  'dialogue.ambition.duplicate': {
    nl: 'Ambitie-id "{id}" komt vaker voor; elke ambitie heeft een eigen id nodig.',
    en: 'Ambition id "{id}" occurs more than once; every ambition needs an id of its own.',
  },
  'dialogue.participant.duplicate': {
    nl: 'Deelnemer-id "{id}" komt vaker voor; iedereen hoort in precies één groep.',
    en: 'Participant id "{id}" occurs more than once; everyone belongs in exactly one group.',
  },
  'dialogue.questions.none': {
    nl: 'De vragenbank heeft geen vragen voor het blok "{block}" van een toekomstdialoog.',
    en: 'The question bank has no questions for the "{block}" block of a future dialogue.',
  },
  'dialogue.questions.invalid': {
    nl: 'De vragenbank is niet bruikbaar; de sessie is zonder vragen gepland.',
    en: 'The question bank cannot be used; the session has been planned without questions.',
  },
  'dialogue.wish.duplicate': {
    nl: 'Wens-id "{id}" komt vaker voor; elke wens wordt maar één keer geteld.',
    en: 'Wish id "{id}" occurs more than once; every wish is counted only once.',
  },
  'dialogue.wish.unknownParticipant': {
    nl: 'Wens "{wish}" hoort bij deelnemer "{participant}", maar die staat niet in de lijst met deelnemers.',
    en: 'Wish "{wish}" belongs to participant "{participant}", who is not in the list of participants.',
  },
  'dialogue.wish.unknownAmbition': {
    nl: 'Wens "{wish}" verwijst naar ambitie "{ambition}", maar die ambitie bestaat niet.',
    en: 'Wish "{wish}" refers to ambition "{ambition}", which does not exist.',
  },
  'dialogue.wish.unknownTheme': {
    nl: 'Wens "{wish}" verwijst naar thema "{theme}", maar dat thema is niet opgegeven.',
    en: 'Wish "{wish}" refers to theme "{theme}", which was not given.',
  },
  'dialogue.wish.vague': {
    nl: 'Wens "{title}" is nog vaag (ontbreekt: {missing}); maak de eerste stap concreet: wat precies, hoeveel, wanneer.',
    en: 'Wish "{title}" is still vague (missing: {missing}); make the first step concrete: what exactly, how much, by when.',
  },
  'dialogue.wish.noAmbition': {
    nl: 'Wens "{title}" hoort bij geen enkele ambitie; prima, maar bespreek in het gesprek of er toch een verband is.',
    en: 'Wish "{title}" serves none of the ambitions; that is fine, but see in the conversation whether there is a link after all.',
  },
  'dialogue.theme.duplicate': {
    nl: 'Thema-id "{id}" komt vaker voor.',
    en: 'Theme id "{id}" occurs more than once.',
  },
  'dialogue.theme.reservedId': {
    nl: 'Thema-id "{id}" begint met "detected:"; die ids zijn voor gevonden thema\'s. Kies een andere id.',
    en: 'Theme id "{id}" starts with "detected:", which is kept for detected themes. Choose another id.',
  },
  'dialogue.bridge.noWishes': {
    nl: 'Deelnemer "{participant}" heeft geen wensen opgeschreven; er komen geen agendapunten uit de toekomstdialoog.',
    en: 'Participant "{participant}" wrote down no wishes; the future dialogue adds no agenda points.',
  },
  'dialogue.agenda.ambitionUnconnected': {
    nl: 'Niemand koppelt een wens aan ambitie "{title}".',
    en: 'No one links a wish to ambition "{title}".',
  },
});
