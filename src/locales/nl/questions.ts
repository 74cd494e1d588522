import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

/** "Vraag 4 (‘Wat wil je leren?’)": a question by its place in the bank, and its text when it has one. */
function which(question: unknown, position: number, tools: MessageTools): string {
  const title = (question as { title?: unknown }).title;
  const place = `Vraag ${tools.format.number(position)}`;
  return typeof title === 'string' && title.trim() !== '' ? `${place} (${tools.ref(question)})` : place;
}

/** Dutch messages of the questions module. */
export const questionsMessagesNl = defineMessages({
  'question.bank.notList': 'Een vragenbank is een lijst met vragen; wat hier is aangeleverd, is geen lijst.',
  'question.bank.tooLarge': 'De vragenbank bevat {size} vragen; er passen er hoogstens {maximum} in.',
  'question.bank.unreadable': () => 'De vragenbank kon niet worden gelezen.',
  'question.id.duplicate': ({ question, position, id, firstPosition }, tools) =>
    `${which(question, position, tools)} heeft het id "${id}", maar dat hoort al bij vraag ${tools.format.number(firstPosition)}; geef elke vraag een eigen id.`,
  'question.translation.missing': ({ question, position, locale }, tools) =>
    `${which(question, position, tools)} heeft geen tekst in het ${tools.labels.questionLanguage[locale]}; elke vraag heeft een Nederlandse en een Engelse tekst nodig.`,
  'question.phase.unknown': ({ question, position, phase }, tools) =>
    `${which(question, position, tools)} noemt een fase die niet bestaat: ${tools.format.quote(phase)}.`,
  'question.topic.unknown': ({ question, position, topic }, tools) =>
    `${which(question, position, tools)} noemt een onderwerp dat niet bestaat: ${tools.format.quote(topic)}.`,
  'question.kind.unknown': ({ question, position, kind }, tools) =>
    `${which(question, position, tools)} noemt een gespreksvorm die niet bestaat: ${tools.format.quote(kind)}.`,
  'question.closedInOpenCategory': ({ question, position, category, locale }, tools) =>
    `${which(question, position, tools)} staat bij ${tools.format.quote(tools.labels.questionCategory[category])}, een categorie voor open vragen, maar is in het ${tools.labels.questionLanguage[locale]} een gesloten ja-nee-vraag; formuleer de vraag open, bijvoorbeeld met wat, hoe of welke.`,
  'question.select.skipped': ({ question, position }, tools) =>
    `${which(question, position, tools)} is overgeslagen, omdat die geen geldige vraag is; controleer de vragenbank voordat je eruit kiest.`,
  'question.select.duplicate': ({ question, position, id }, tools) =>
    `${which(question, position, tools)} heeft hetzelfde id als een eerdere vraag ("${id}"); alleen de eerste telt mee.`,
  'question.select.fewerMatches': ({ count, matches }, tools) => {
    const asked = `Er ${count === 1 ? 'is' : 'zijn'} ${tools.format.number(count)} ${count === 1 ? 'vraag' : 'vragen'} gevraagd`;
    if (matches === 0) return `${asked}, maar geen enkele vraag past bij de criteria.`;
    return `${asked}, maar er ${matches === 1 ? 'past' : 'passen'} er maar ${tools.format.number(matches)} bij de criteria.`;
  },
  'question.merge.replaced': 'De eigen vraag {question} vervangt de ingebouwde vraag {replaced}, die hetzelfde id heeft.',
});

/** Dutch labels of the questions module. */
export const questionsLabelsNl = {
  questionCategory: {
    preparation: 'voorbereiding',
    open: 'verkennen',
    strengths: 'sterke punten',
    deepening: 'doorvragen',
    needs: 'behoeften en middelen',
    closing: 'afronden',
    evaluation: 'evaluatie van het gesprek',
  },
  questionAudience: { employee: 'medewerker', manager: 'leidinggevende', both: 'beiden' },
  questionLanguage: { nl: 'Nederlands', en: 'Engels' },
} satisfies Partial<Labels>;
