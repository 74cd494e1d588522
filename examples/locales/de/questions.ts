import type { Labels, MessageTools } from '../../../src/index.js';
import { defineMessages } from '../../../src/index.js';

/** "Frage 4 („Was möchtest du lernen?“)": a question by its place in the bank, and its text when it has one. */
function which(question: unknown, position: number, tools: MessageTools): string {
  const title = (question as { title?: unknown }).title;
  const place = `Frage ${tools.format.number(position)}`;
  return typeof title === 'string' && title.trim() !== '' ? `${place} (${tools.ref(question)})` : place;
}

/** German messages of the questions module. */
export const questionsMessagesDe = defineMessages({
  'question.bank.notList': 'Ein Fragenkatalog ist eine Liste von Fragen; was hier übergeben wurde, ist keine Liste.',
  'question.bank.tooLarge': 'Der Fragenkatalog enthält {size} Fragen; möglich sind höchstens {maximum}.',
  'question.bank.unreadable': () => 'Der Fragenkatalog konnte nicht gelesen werden.',
  'question.id.duplicate': ({ question, position, id, firstPosition }, tools) =>
    `${which(question, position, tools)} hat die Kennung „${id}“, die schon Frage ${tools.format.number(firstPosition)} trägt; jede Frage braucht eine eigene Kennung.`,
  'question.translation.missing': ({ question, position, locale }, tools) =>
    `${which(question, position, tools)} hat keinen Text auf ${tools.labels.questionLanguage[locale]}; jede Frage braucht einen niederländischen und einen englischen Text.`,
  'question.phase.unknown': ({ question, position, phase }, tools) =>
    `${which(question, position, tools)} nennt eine Phase, die es nicht gibt: ${tools.format.quote(phase)}.`,
  'question.topic.unknown': ({ question, position, topic }, tools) =>
    `${which(question, position, tools)} nennt ein Thema, das es nicht gibt: ${tools.format.quote(topic)}.`,
  'question.kind.unknown': ({ question, position, kind }, tools) =>
    `${which(question, position, tools)} nennt eine Gesprächsart, die es nicht gibt: ${tools.format.quote(kind)}.`,
  'question.closedInOpenCategory': ({ question, position, category, locale }, tools) =>
    `${which(question, position, tools)} steht in der Kategorie ${tools.format.quote(tools.labels.questionCategory[category])}, die für offene Fragen gedacht ist, aber ihr Text auf ${tools.labels.questionLanguage[locale]} ist eine geschlossene Ja-Nein-Frage; formulieren Sie sie offen, etwa mit was, wie oder welche.`,
  'question.select.skipped': ({ question, position }, tools) =>
    `${which(question, position, tools)} wurde übersprungen, weil sie keine gültige Frage ist; prüfen Sie den Fragenkatalog, bevor daraus ausgewählt wird.`,
  'question.select.duplicate': ({ question, position, id }, tools) =>
    `${which(question, position, tools)} hat dieselbe Kennung wie eine frühere Frage („${id}“); nur die erste zählt.`,
  'question.select.fewerMatches': ({ count, matches }, tools) => {
    const asked = `Gewünscht ${count === 1 ? 'war' : 'waren'} ${tools.format.number(count)} ${count === 1 ? 'Frage' : 'Fragen'}`;
    if (matches === 0) return `${asked}, aber keine erfüllt die Kriterien.`;
    return `${asked}, aber nur ${tools.format.number(matches)} ${matches === 1 ? 'erfüllt' : 'erfüllen'} die Kriterien.`;
  },
  'question.merge.replaced': 'Ihre eigene Frage {question} ersetzt die mitgelieferte Frage {replaced}, die dieselbe Kennung hat.',
});

/** German labels of the questions module. */
export const questionsLabelsDe = {
  questionCategory: {
    preparation: 'Vorbereitung',
    open: 'Erkunden',
    strengths: 'Stärken',
    deepening: 'Nachfragen und Vertiefen',
    needs: 'Bedarf und Mittel',
    closing: 'Abrunden',
    evaluation: 'Rückblick auf das Gespräch',
  },
  questionAudience: { employee: 'Mitarbeiter', manager: 'Führungskraft', both: 'beide' },
  questionLanguage: { nl: 'Niederländisch', en: 'Englisch' },
} satisfies Partial<Labels>;
