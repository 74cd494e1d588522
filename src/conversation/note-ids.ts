// The ids of a conversation's notes, for the two questions every new note asks: is this id taken,
// and which default id is free? Notes are only ever appended and a note's id never changes, so the
// ids of a list are kept per list and extended with the notes added since the last question: a
// replay's growing list costs one look per new note instead of a pass over every note per note. A
// frozen list never changes, so its entry never does either; a list being built (a replay's private
// copy) only grows at its end. Either way the answer is the one a fresh pass would give.
import type { Note } from './types.js';

interface Known {
  /** How many notes of the list the ids cover (the first `count`). */
  count: number;
  readonly ids: Set<string>;
}

const known = new WeakMap<readonly Note[], Known>();

/** The id of a note: its own, or (notes from before ids) `note-` and its position. */
export function noteId(note: Note, index: number): string {
  return note.id ?? `note-${index + 1}`;
}

/** The ids of these notes (read it before the list grows again). */
export function noteIds(notes: readonly Note[]): ReadonlySet<string> {
  let entry = known.get(notes);
  if (entry === undefined || entry.count > notes.length) {
    entry = { count: 0, ids: new Set() };
    known.set(notes, entry);
  }
  for (; entry.count < notes.length; entry.count++) entry.ids.add(noteId(notes[entry.count] as Note, entry.count));
  return entry.ids;
}

/** The id a new note without one gets: the first `note-<n>` from the next position on that is free. */
export function nextNoteId(notes: readonly Note[]): string {
  const taken = noteIds(notes);
  let n = notes.length + 1;
  while (taken.has(`note-${n}`)) n++;
  return `note-${n}`;
}
