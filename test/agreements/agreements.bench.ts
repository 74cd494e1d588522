import { bench, describe } from 'vitest';
import type { AgreementCheckContext } from '../../src/agreements/index.js';
import { analyzeGoalText, checkAgreement, evaluativeSignals } from '../../src/agreements/index.js';
import { adversarialTexts, baseline } from './bench-inputs.js';
import { loadCorpus } from './corpus.js';

// The whole tuning corpus, against a baseline that only lower-cases and splits the text; vitest
// prints how many times slower each entry point is than the baseline. The paired, interleaved ratio
// that docs/agreements.md reports comes from bench-ratio.ts (`npx tsx test/agreements/bench-ratio.ts`).
const texts = loadCorpus().map((goal) => goal.text);

const context: AgreementCheckContext = {
  now: '2027-03-15T10:00:00+01:00',
  locale: 'nl',
  participants: [
    { id: 'emp-1', role: 'employee' },
    { id: 'mgr-1', role: 'manager' },
  ],
  remainingBudget: { amount: 70_000, currency: 'EUR' },
};
const agreements = texts.map((what, i) => ({
  id: `a${i}`,
  what,
  who: 'emp-1',
  when: '2027-09-30',
  acceptedBy: { employee: '2027-03-15T10:30:00+01:00', manager: '2027-03-15T10:31:00+01:00' },
  cost: { amount: 25_000, currency: 'EUR' },
}));

let sink = 0;

describe('goal text over the corpus', () => {
  bench('baseline: lower-case and split', () => {
    sink += baseline(texts);
  });
  bench('analyzeGoalText', () => {
    for (const text of texts) sink += analyzeGoalText(text, { locale: 'auto' }).goals;
  });
  bench('evaluativeSignals', () => {
    for (const text of texts) sink += evaluativeSignals(text, 'auto').length;
  });
  bench('checkAgreement', () => {
    for (const agreement of agreements) sink += checkAgreement(agreement, context).findings.length;
  });
});

describe('adversarial input (5,000 characters of one repeated shape)', () => {
  bench('analyzeGoalText, every shape once', () => {
    for (const text of adversarialTexts) sink += analyzeGoalText(text, { locale: 'auto' }).goals;
  });
});

// Keeps the results alive so the engine cannot drop the work being measured.
if (sink < 0) console.log(sink);
