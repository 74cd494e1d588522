import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

/** "Question 4 (“What do you want to learn?”)": a question by its place in the bank, and its text when it has one. */
function which(question: unknown, position: number, tools: MessageTools): string {
  const title = (question as { title?: unknown }).title;
  const place = `Question ${tools.format.number(position)}`;
  return typeof title === 'string' && title.trim() !== '' ? `${place} (${tools.ref(question)})` : place;
}

/** English messages of the questions module. */
export const questionsMessagesEn = defineMessages({
  'question.bank.notList': 'A question bank is a list of questions; what was passed here is not a list.',
  'question.bank.tooLarge': 'The question bank holds {size} questions; it can hold at most {maximum}.',
  'question.bank.unreadable': () => 'The question bank could not be read.',
  'question.id.duplicate': ({ question, position, id, firstPosition }, tools) =>
    `${which(question, position, tools)} has the id "${id}", but question ${tools.format.number(firstPosition)} already has it; give every question an id of its own.`,
  'question.translation.missing': ({ question, position, locale }, tools) =>
    `${which(question, position, tools)} has no ${tools.labels.questionLanguage[locale]} text; every question needs a Dutch and an English text.`,
  'question.phase.unknown': ({ question, position, phase }, tools) =>
    `${which(question, position, tools)} names a phase that does not exist: ${tools.format.quote(phase)}.`,
  'question.topic.unknown': ({ question, position, topic }, tools) =>
    `${which(question, position, tools)} names a topic that does not exist: ${tools.format.quote(topic)}.`,
  'question.kind.unknown': ({ question, position, kind }, tools) =>
    `${which(question, position, tools)} names a kind of conversation that does not exist: ${tools.format.quote(kind)}.`,
  'question.closedInOpenCategory': ({ question, position, category, locale }, tools) =>
    `${which(question, position, tools)} is in ${tools.format.quote(tools.labels.questionCategory[category])}, a category for open questions, but its ${tools.labels.questionLanguage[locale]} text is a closed yes/no question; open it up, for example with what, how or which.`,
  'question.select.skipped': ({ question, position }, tools) =>
    `${which(question, position, tools)} was skipped because it is not a valid question; check the question bank before choosing from it.`,
  'question.select.duplicate': ({ question, position, id }, tools) =>
    `${which(question, position, tools)} has the same id as an earlier question ("${id}"); only the first one counts.`,
  'question.select.fewerMatches': ({ count, matches }, tools) => {
    const asked = `${tools.format.number(count)} ${count === 1 ? 'question was' : 'questions were'} asked for`;
    if (matches === 0) return `${asked}, but none matches the criteria.`;
    return `${asked}, but only ${tools.format.number(matches)} ${matches === 1 ? 'matches' : 'match'} the criteria.`;
  },
  'question.merge.replaced': 'Your own question {question} replaces the built-in question {replaced}, which has the same id.',
});

/** English labels of the questions module. */
export const questionsLabelsEn = {
  questionCategory: {
    preparation: 'preparation',
    open: 'exploring',
    strengths: 'strengths',
    deepening: 'probing deeper',
    needs: 'needs and resources',
    closing: 'wrapping up',
    evaluation: 'evaluating the conversation',
  },
  questionAudience: { employee: 'employee', manager: 'manager', both: 'both' },
  questionLanguage: { nl: 'Dutch', en: 'English' },
} satisfies Partial<Labels>;
