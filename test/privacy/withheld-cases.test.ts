// Worked cases for what an access request lists as held back (export.ts): the words of a text with
// several fields, of which its writer filled in only some.
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/index.js';
import { exportForSubject, transition } from '../../src/index.js';
import { drive } from './arbitraries.js';

/** The conversation in its evaluation phase, where each side evaluates. */
function atEvaluation(): Conversation {
  const move = { what: 'move', who: 1, onBehalf: false, visibility: undefined, sharedWith: [], pick: 0 } as const;
  const { state } = drive(Array.from({ length: 9 }, () => move));
  if (state.phase !== 'evaluation') throw new Error(`fixture: ${state.phase}`);
  return state;
}

describe('exportForSubject: the words of a text held back', () => {
  it('gives the manager’s private evaluation of the talk as the one text it holds, not its empty wish for next time', () => {
    const evaluated = transition(atEvaluation(), {
      type: 'evaluate',
      at: '2027-03-15T11:00:00+01:00',
      by: 'manager',
      rating: 3,
      feedback: 'Sanne was afwezig met haar gedachten; ik vermoed thuis zorgen.',
      visibility: 'private',
    });
    if (!evaluated.ok) throw new Error('fixture');
    const answer = exportForSubject({ conversations: [evaluated.value.conversation] }, 'emp-1', { withheld: 'include' });
    expect(answer.ok && answer.value.withheld).toStrictEqual([
      {
        conversationId: 'c-privacy',
        text: { kind: 'evaluation' },
        author: 'manager',
        words: ['Sanne was afwezig met haar gedachten; ik vermoed thuis zorgen.'],
      },
    ]);
    // Without asking for the words, the employee learns only that such a text exists, and whose it is.
    const listed = exportForSubject({ conversations: [evaluated.value.conversation] }, 'emp-1');
    expect(listed.ok && listed.value.withheld).toStrictEqual([
      { conversationId: 'c-privacy', text: { kind: 'evaluation' }, author: 'manager' },
    ]);
  });
});
