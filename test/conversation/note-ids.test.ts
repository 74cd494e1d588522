import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/index.js';
import { replay, transition } from '../../src/index.js';
import { developmentEvents46, developmentInput } from './fixtures.js';

/** The ids of notes, recomputed from scratch on every note: what the kept index must always agree with. */
function fullRecomputation(ids: readonly (string | undefined)[]): { accepted: boolean[]; ids: string[] } {
  const taken: string[] = [];
  const accepted: boolean[] = [];
  for (const given of ids) {
    if (given !== undefined && taken.includes(given)) {
      accepted.push(false);
      continue;
    }
    let n = taken.length + 1;
    while (given === undefined && taken.includes(`note-${n}`)) n++;
    taken.push(given ?? `note-${n}`);
    accepted.push(true);
  }
  return { accepted, ids: taken };
}

// The conversation is under way: its preparation and start, then the notes, a minute apart.
const head = developmentEvents46.slice(0, developmentEvents46.findIndex((event) => event.type === 'start') + 1);
const at = (i: number) => new Date(Date.parse('2027-03-15T09:10:00Z') + i * 60_000).toISOString();
// Given ids that collide with the default ones (`note-3`), with each other, or with nothing.
const givenId = fc.option(fc.constantFrom('note-1', 'note-2', 'note-3', 'note-5', 'note-8', 'eigen'), { nil: undefined });

describe('note ids, kept per list of notes', () => {
  it('a new note gets the id, and a given id is refused, exactly as a fresh pass over all notes says; replay agrees with transition', () => {
    fc.assert(
      fc.property(fc.array(givenId, { maxLength: 30 }), (ids) => {
        const started = replay(head, { input: developmentInput });
        if (!started.ok) throw new Error('fixture');
        const expected = fullRecomputation(ids);
        let state: Conversation = started.value;
        const log: unknown[] = [...head];
        ids.forEach((id, i) => {
          const event = { type: 'addNote', at: at(i), by: 'employee', text: `Notitie ${i}`, ...(id !== undefined ? { id } : {}) };
          const result = transition(state, event);
          expect(result.ok).toBe(expected.accepted[i]);
          if (result.ok) {
            state = result.value.conversation;
            log.push(event);
          }
        });
        expect(state.notes.map((note) => note.id)).toEqual(expected.ids);
        const replayed = replay(log, { input: developmentInput });
        expect(replayed.ok && JSON.stringify(replayed.value)).toBe(JSON.stringify(state));
        // Continuing a stored (validated, not produced here) state gives the same ids as well.
        const stored = JSON.parse(JSON.stringify(state)) as Conversation;
        const next = transition(stored, { type: 'addNote', at: at(ids.length), by: 'manager', text: 'Nog een' });
        const fresh = transition(state, { type: 'addNote', at: at(ids.length), by: 'manager', text: 'Nog een' });
        expect(next.ok && next.value.conversation.notes.at(-1)?.id).toBe(fresh.ok && fresh.value.conversation.notes.at(-1)?.id);
      }),
      { numRuns: 150 },
    );
  });
});
