import type { Question } from '../../src/index.js';
import { formatFinding, isOpenQuestion, mergeQuestionBanks, selectQuestions } from '../../src/index.js';
import { builtInQuestions } from '../../src/questions/entry.js';
import { msg } from './finding-text.js';

/** Questions asked in the previous conversation: the selection leaves them out. */
const askedLastYear = ['prep-emp-01', 'prep-emp-05', 'prep-mgr-01'];

/** Sanne's organisation adds one question of its own and rewrites one built-in question. */
const acmeQuestions = [
  {
    id: 'acme-klantwaarde',
    text: {
      nl: 'Welk moment met een klant wil je in het gesprek bespreken?',
      en: 'Which moment with a client do you want to discuss in the conversation?',
    },
    phase: 'preparation',
    category: 'preparation',
    audience: 'employee',
    topics: ['competences'],
    kinds: ['development'],
  },
  {
    id: 'prep-emp-02',
    text: {
      nl: 'Aan welke twee ontwikkelpunten wil je dit jaar werken?',
      en: 'Which two development points do you want to work on this year?',
    },
    phase: 'preparation',
    category: 'preparation',
    audience: 'employee',
    topics: ['capacityGrowth'],
    kinds: ['development'],
  },
];

function list(questions: readonly Question[], locale: 'nl' | 'en'): string[] {
  return questions.map((question) => `  - ${question.text[locale]}  (${question.id})`);
}

/**
 * Preparation for both sides of Sanne's development conversation: questions for Sanne and for her
 * manager Ahmed, from the built-in bank merged with the organisation's own questions, leaving out
 * what was asked last year; then the open-question check at work.
 */
export function questionsSection(): string[] {
  const lines = ['== Vragen: voorbereiding voor beide kanten =='];
  const merged = mergeQuestionBanks(acmeQuestions, builtInQuestions);
  if (!merged.ok) return [...lines, ...merged.findings.map((f) => formatFinding(f, 'nl'))];
  lines.push(`Vragenbank: ${merged.value.length} vragen (${acmeQuestions.length} eigen, waarvan 1 vervangt een ingebouwde vraag)`);
  lines.push(...merged.findings.map((f) => `  ${msg(f, 'nl')}`));
  const bank = merged.value;
  for (const [who, audience] of [
    ['Sanne (medewerker)', 'employee'],
    ['Ahmed (leidinggevende)', 'manager'],
  ] as const) {
    const result = selectQuestions(bank, {
      phase: 'preparation',
      audience,
      kind: 'development',
      topics: ['competences', 'capacityGrowth', 'careerAmbitions', 'strengthsTalents'],
      includeGeneral: true,
      exclude: askedLastYear,
      count: 4,
      seed: 'sanne-2027',
    });
    if (!result.ok) return [...lines, ...result.findings.map((f) => formatFinding(f, 'nl'))];
    lines.push(`Voorbereiding voor ${who}, ${result.value.questions.length} van ${result.value.matches} passende vragen:`);
    lines.push(...list(result.value.questions, 'nl'));
  }
  const english = selectQuestions(bank, {
    phase: 'preparation',
    audience: 'manager',
    kind: 'development',
    count: 2,
    seed: 'sanne-2027',
    exclude: askedLastYear,
  });
  if (english.ok) {
    lines.push('The same for an English-speaking manager:');
    lines.push(...list(english.value.questions, 'en'));
  }
  const tooMany = selectQuestions(bank, { phase: 'rhythm', kind: 'career', count: 10, seed: 1 });
  lines.push(...tooMany.findings.map((f) => `  ${f.code}: ${msg(f, 'nl')}`));
  lines.push('Open of gesloten?');
  for (const text of [
    'Heb je het naar je zin?',
    'Wat geeft je energie in je werk?',
    'Als je terugkijkt, ben je dan tevreden?',
    'Als je terugkijkt, waar ben je trots op?',
  ]) {
    lines.push(`  ${isOpenQuestion(text, 'nl') ? 'open    ' : 'gesloten'}  ${text}`);
  }
  return lines;
}
