// Every reading the text judges give on every labelled text we hold (tuning and held-out parts of
// the goals, questions, evaluative and deficit sets, and the adversarial inputs), as one JSON line
// per call. A refactoring of the reader or the lexicon must leave this output byte-identical:
//
//   npx tsx test/agreements/readings-snapshot.ts > /tmp/before.jsonl
//   ... change ...
//   npx tsx test/agreements/readings-snapshot.ts > /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
//
// It prints readings, never scores, so it cannot be used to tune on the held-out parts.
import { analyzeGoalText, evaluativeSignals } from '../../src/agreements/index.js';
import { isOpenQuestion } from '../../src/questions/index.js';
import { adversarialTexts } from './bench-inputs.js';
import { loadCorpus } from './corpus.js';
import { loadDeficit, loadEvaluative } from './signals.js';
import { loadQuestions } from '../questions/open-corpus.js';

const out: string[] = [];
const emit = (kind: string, text: string, value: unknown) => out.push(JSON.stringify({ kind, text, value }));

const goals = [
  ...loadCorpus('corpus.txt'),
  ...loadCorpus('heldout-2.txt'),
  ...loadEvaluative('evaluative.txt'),
  ...loadEvaluative('evaluative-heldout.txt'),
  ...loadDeficit('deficit.txt'),
  ...loadDeficit('deficit-heldout.txt'),
];
for (const goal of goals) {
  emit('goal', goal.text, analyzeGoalText(goal.text, { locale: goal.locale }));
  emit('goal-auto', goal.text, analyzeGoalText(goal.text, { locale: 'auto' }));
  emit('evaluative', goal.text, evaluativeSignals(goal.text, goal.locale));
}
for (const locale of ['nl', 'en'] as const) {
  for (const part of ['tuning', 'heldout'] as const) {
    for (const question of loadQuestions(locale, part)) emit(`open-${locale}`, question.text, isOpenQuestion(question.text, locale));
  }
}
for (const text of adversarialTexts) {
  for (const locale of ['nl', 'en'] as const) emit(`adversarial-${locale}`, text.slice(0, 40), analyzeGoalText(text, { locale }));
}
process.stdout.write(`${out.join('\n')}\n`);
