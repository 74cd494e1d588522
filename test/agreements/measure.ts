// Prints the figures the guides publish: per-criterion confusion matrices and accuracies of
// analyzeGoalText on the tuning corpus and on the frozen held-out part, and of isOpenQuestion on
// its two parts. `npx tsx test/agreements/measure.ts` for the tuning figures, `--heldout` for the held-out
// part too (only to report, never while tuning); add `--misses` to list the
// misses of the TUNING part only (the held-out part is reported in figures, never sentence by sentence).
import { analyzeGoalText } from '../../src/agreements/index.js';
import { isOpenQuestion } from '../../src/questions/index.js';
import { loadCorpus } from './corpus.js';
import type { LabelledGoal, LabelledGoalFile } from './corpus.js';
import type { LabelledQuestionPart } from '../questions/open-corpus.js';
import { loadQuestions } from '../questions/open-corpus.js';

const criteria = ['specific', 'measurable', 'timeBound'] as const;
const showMisses = process.argv.includes('--misses');

function goals(file: LabelledGoalFile): void {
  const set = loadCorpus(file);
  const rows = set.map((goal: LabelledGoal) => ({ goal, analysis: analyzeGoalText(goal.text, { locale: 'auto' }) }));
  console.log(`\n${file}: ${set.length} goals`);
  let allRight = 0;
  for (const { goal, analysis } of rows) if (criteria.every((c) => (analysis[c].status === 'met') === goal[c])) allRight++;
  for (const criterion of criteria) {
    let tp = 0,
      fp = 0,
      fn = 0,
      tn = 0;
    for (const { goal, analysis } of rows) {
      const predicted = analysis[criterion].status === 'met';
      if (goal[criterion] && predicted) tp++;
      else if (goal[criterion]) fn++;
      else if (predicted) fp++;
      else tn++;
    }
    console.log(
      `  ${criterion.padEnd(10)} acc ${((tp + tn) / set.length).toFixed(3)}  labelled met: ${tp} met / ${fn} unmet   labelled unmet: ${fp} met / ${tn} unmet`,
    );
  }
  const smart = rows.filter(({ goal }) => criteria.every((c) => goal[c]));
  const foundSmart = smart.filter(({ analysis }) => criteria.every((c) => analysis[c].status === 'met')).length;
  console.log(`  all three right: ${(allRight / set.length).toFixed(3)}; fully SMART goals found: ${foundSmart} of ${smart.length}`);
  const goalsRight = rows.filter(({ goal, analysis }) => analysis.goals === goal.goals).length;
  const localeRight = rows.filter(({ goal, analysis }) => analysis.locale === goal.locale).length;
  console.log(`  goal count right: ${goalsRight} of ${set.length}; language right: ${localeRight} of ${set.length}`);
  // Misses only of what may be tuned on: the tuning part and the probe halves, never a held-out half.
  if (showMisses && (file === 'corpus.txt' || file.startsWith('probe-'))) {
    for (const { goal, analysis } of rows) {
      const wrong = criteria.filter((c) => (analysis[c].status === 'met') !== goal[c]);
      if (wrong.length > 0) console.log(`    ${goal.line} ${wrong.map((c) => `${c[0]}${goal[c] ? '+' : '-'}`).join(' ')}  ${goal.text}`);
    }
  }
}

function questions(part: LabelledQuestionPart): void {
  for (const locale of ['nl', 'en'] as const) {
    const set = loadQuestions(locale, part);
    let tp = 0,
      fp = 0,
      fn = 0,
      tn = 0;
    const misses: string[] = [];
    for (const q of set) {
      const open = isOpenQuestion(q.text, locale);
      if (q.open && open) tp++;
      else if (q.open) fn++;
      else if (open) fp++;
      else tn++;
      if (open !== q.open) misses.push(`    ${q.open ? 'open  ' : 'closed'} ${q.text}`);
    }
    console.log(
      `  questions ${part} ${locale}: ${set.length}, acc ${((tp + tn) / set.length).toFixed(3)}  labelled open: ${tp} open / ${fn} closed   labelled closed: ${fp} open / ${tn} closed`,
    );
    if (showMisses && (part === 'tuning' || part.startsWith('probe-'))) console.log(misses.join('\n'));
  }
}

// The held-out part is measured only on request (`--heldout`), so tuning runs never show it.
const heldout = process.argv.includes('--heldout');
goals('corpus.txt');
goals('probe-3.txt');
goals('probe-4.txt');
goals('probe-5.txt');
goals('probe-6.txt');
goals('probe-7.txt');
goals('probe-8.txt');
goals('probe-9.txt');
goals('probe-10.txt');
goals('probe-11.txt');
goals('probe-12.txt');
goals('probe-13.txt');
if (heldout) goals('heldout-2.txt');
if (heldout) goals('heldout-3.txt');
if (heldout) goals('heldout-4.txt');
if (heldout) goals('heldout-5.txt');
if (heldout) goals('heldout-6.txt');
if (heldout) goals('heldout-7.txt');
if (heldout) goals('heldout-8.txt');
if (heldout) goals('heldout-9.txt');
if (heldout) goals('heldout-10.txt');
if (heldout) goals('heldout-11.txt');
if (heldout) goals('heldout-12.txt');
if (heldout) goals('heldout-13.txt');
console.log('');
questions('tuning');
questions('probe-3');
questions('probe-4');
questions('probe-5');
questions('probe-6');
questions('probe-7');
questions('probe-8');
questions('probe-9');
questions('probe-10');
questions('probe-11');
questions('probe-12');
questions('probe-13');
if (heldout) questions('heldout');
if (heldout) questions('heldout-3');
if (heldout) questions('heldout-4');
if (heldout) questions('heldout-5');
if (heldout) questions('heldout-6');
if (heldout) questions('heldout-7');
if (heldout) questions('heldout-8');
if (heldout) questions('heldout-9');
if (heldout) questions('heldout-10');
if (heldout) questions('heldout-11');
if (heldout) questions('heldout-12');
if (heldout) questions('heldout-13');
