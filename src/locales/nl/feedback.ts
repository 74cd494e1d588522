import { defineMessages } from '../render.js';

/** Dutch messages of the feedback module. */
export const feedbackMessagesNl = defineMessages({
  'feedback.anonymity.tooFew':
    'Op de vraag {question} {count|is|zijn} {count} {count|antwoord|antwoorden} zonder naam binnen. Antwoorden zonder naam worden pas getoond vanaf {minimum} antwoorden, zodat niemand te herleiden is: er {needed|is|zijn} er nog {needed} nodig.',
  'feedback.answers.unknownQuestion':
    '{count} {count|antwoord hoort|antwoorden horen} bij een vraag die niet gesteld is; {count|dat telt|die tellen} niet mee.',
  'feedback.answers.byEmployee':
    '{count} {count|antwoord komt|antwoorden komen} van de medewerker zelf; hier tellen alleen de antwoorden van collega’s.',
  'feedback.answers.notAsked':
    '{count} {count|antwoord komt|antwoorden komen} van iemand die niet om feedback is gevraagd; {count|dat telt|die tellen} niet mee.',
  'feedback.view.notShared':
    'De medewerker heeft de feedback van collega’s nog niet gedeeld. De medewerker ziet de antwoorden eerst en beslist zelf of de leidinggevende ze te zien krijgt.',
  'feedback.summary.tooFewAnonymous':
    'Bij een vraag toont deze samenvatting antwoorden zonder naam, terwijl het er te weinig zijn om de schrijvers onherkenbaar te houden. Maak de samenvatting opnieuw: dan blijven die antwoorden achter tot er genoeg zijn.',
});
