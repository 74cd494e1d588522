// The evidence `judgeQuestion` gives: the decisive words as spans of the host's own text, adjacent
// words as one span, and for a closed question of several sentences the first closed one.
import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../../src/questions/index.js';

describe('judgeQuestion evidence', () => {
  it('gives adjacent words as one span of the text as written, spaces included', () => {
    expect(judgeQuestion('Kun  je het verslag afronden?', 'nl')).toEqual({
      open: false,
      reason: 'closed.politeRequest',
      evidence: [{ text: 'Kun  je', start: 0, end: 7, rule: 'closed.politeRequest' }],
    });
    expect(judgeQuestion('Ik vraag me af of je tevreden bent.', 'nl').evidence).toEqual([
      { text: 'Ik vraag me af of', start: 0, end: 17, rule: 'closed.curiosity' },
    ]);
  });

  it('gives a contracted question word once, as written', () => {
    expect(judgeQuestion("What's on your mind?", 'en').evidence).toEqual([{ text: "What's", start: 0, end: 6, rule: 'open.questionWord' }]);
    // Both words of "Who's" (who, is) decide here, and still make one span.
    expect(judgeQuestion("Who's your mentor?", 'en')).toEqual({
      open: false,
      reason: 'closed.name',
      evidence: [{ text: "Who's", start: 0, end: 5, rule: 'closed.name' }],
    });
  });

  it('answers a closed question of several sentences by its first closed sentence, an open one by its open sentence', () => {
    expect(judgeQuestion('Ben je tevreden? Hoeveel uur werk je?', 'nl')).toEqual({
      open: false,
      reason: 'closed.verbFirst',
      evidence: [{ text: 'Ben', start: 0, end: 3, rule: 'closed.verbFirst' }],
    });
    expect(judgeQuestion('Ben je tevreden? Wat zou je anders doen?', 'nl').evidence).toEqual([
      { text: 'Wat', start: 17, end: 20, rule: 'open.questionWord' },
    ]);
  });

  it('answers invalid input with no evidence', () => {
    expect(judgeQuestion(42 as never, 'nl')).toEqual({ open: false, reason: 'invalid', evidence: [] });
  });
});
