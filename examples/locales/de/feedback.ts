import { defineMessages } from '../../../src/index.js';

/** German messages of the feedback module. */
export const feedbackMessagesDe = defineMessages({
  'feedback.anonymity.tooFew':
    'Auf die Frage {question} {count|ist|sind} bisher {count} {count|Antwort|Antworten} ohne Namen eingegangen. Antworten ohne Namen werden erst ab {minimum} Antworten gezeigt, damit niemand erkennbar ist: Es {needed|fehlt|fehlen} noch {needed}.',
  'feedback.answers.unknownQuestion':
    '{count} {count|Antwort gehört|Antworten gehören} zu einer Frage, die nicht gestellt wurde; {count|sie zählt|sie zählen} nicht mit.',
  'feedback.answers.byEmployee':
    '{count} {count|Antwort stammt|Antworten stammen} vom Mitarbeiter selbst; hier zählen nur die Antworten von Kollegen.',
  'feedback.answers.notAsked':
    '{count} {count|Antwort stammt|Antworten stammen} von jemandem, der nicht um Feedback gebeten wurde; {count|sie zählt|sie zählen} nicht mit.',
  'feedback.view.notShared':
    'Der Mitarbeiter hat das Feedback der Kollegen noch nicht geteilt. Er sieht die Antworten zuerst und entscheidet selbst, ob die Führungskraft sie zu sehen bekommt.',
  'feedback.summary.tooFewAnonymous':
    'Bei einer Frage zeigt diese Zusammenfassung Antworten ohne Namen, obwohl es zu wenige sind, um die Verfasser unerkennbar zu halten. Erstellen Sie die Zusammenfassung neu: Dann werden diese Antworten zurückgehalten, bis es genug sind.',
});
