// Worked cases for the bridge from the future dialogue to the conversation (bridge.ts): ids at the
// agenda's limit, notes at the limit of what mergeAgendas accepts, the findings with place and params.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.js';
import type { DevelopmentWish, OrganisationAmbition } from '../../src/dialogue/index.js';
import { wishesToAgendaItems } from '../../src/dialogue/index.js';

function wish(id: string, extra: Partial<DevelopmentWish> = {}): DevelopmentWish {
  return {
    id,
    participantId: 'p1',
    title: 'Excel leren',
    ambitionIds: ['a'],
    focus: 'skills',
    firstStep: 'Voor 1 juni 2027 de cursus afronden',
    ...extra,
  };
}

const brief = (f: Finding) => ({ code: f.code, severity: f.severity, path: f.path, params: f.params });

/** The notes of one wish serving these ambitions. */
function notesFor(ambitions: readonly OrganisationAmbition[]): string {
  const result = wishesToAgendaItems({ participantId: 'p1', wishes: [wish('w1', { ambitionIds: ambitions.map((a) => a.id) })], ambitions });
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.value[0]?.notes as string;
}

const titled = (count: number, length: (index: number) => number): OrganisationAmbition[] =>
  Array.from({ length: count }, (_, i) => ({ id: `a${i}`, title: `${String(i).padStart(2, '0')}${'x'.repeat(length(i) - 2)}` }));

describe('wishesToAgendaItems at the limits', () => {
  it('keeps an item id of exactly 200 characters, and hashes a longer one to 40 hex digits', () => {
    const result = wishesToAgendaItems({ participantId: 'p1', wishes: [wish('x'.repeat(195)), wish('y'.repeat(196))] });
    const ids = result.ok ? result.value.map((item) => item.id) : [];
    expect(ids[0]).toBe(`wish:${'x'.repeat(195)}`);
    expect(ids[1]).toMatch(/^wish:[0-9a-f]{40}$/);
  });

  it('names every ambition in full while the notes fit in 20,000 characters, exactly to the last one', () => {
    // Forty titles: the last one's length is chosen so that the notes are exactly 20,000 characters.
    const base = notesFor(titled(40, (i) => (i < 39 ? 500 : 10))).length;
    const exact = titled(40, (i) => (i < 39 ? 500 : 10 + 20_000 - base));
    const notes = notesFor(exact);
    expect(notes.length).toBe(20_000);
    expect(notes).not.toContain('…');
    for (const ambition of exact) expect(notes).toContain(ambition.title);
    // One character more and every title is cut to 200.
    const over = notesFor(titled(40, (i) => (i < 39 ? 500 : 11 + 20_000 - base)));
    expect(over.length).toBeLessThan(20_000);
    expect(over).toContain(`00${'x'.repeat(197)}…`);
  });

  it('cuts titles to 200 characters only when they are longer, and drops the space before the ellipsis', () => {
    const ambitions: OrganisationAmbition[] = [
      ...titled(48, () => 500),
      { id: 'even', title: `Precies${'z'.repeat(193)}` },
      { id: 'gap', title: `${'b'.repeat(198)} en verder` },
    ];
    const notes = notesFor(ambitions);
    expect(notes).toContain(`; Precies${'z'.repeat(193)}; `);
    expect(notes).toContain(`; ${'b'.repeat(198)}…`);
    expect(notes.length).toBeLessThanOrEqual(20_000);
  });
});

describe('wishesToAgendaItems: its findings', () => {
  it('refuses a repeated wish id at the second one, naming the wish by its title', () => {
    const result = wishesToAgendaItems({ participantId: 'p1', wishes: [wish('w1'), wish('w2'), wish('w1', { title: 'Presenteren' })] });
    expect(result.findings.map(brief)).toStrictEqual([
      {
        code: 'dialogue.wish.duplicate',
        severity: 'error',
        path: ['wishes', 2, 'id'],
        params: { wish: { kind: 'wish', id: 'w1', title: 'Presenteren' } },
      },
    ]);
  });

  it('says so, at the participant, when the participant has no wishes; says nothing when they have', () => {
    const none = wishesToAgendaItems({ participantId: 'p9', wishes: [wish('w1')] });
    expect(none.findings.map(brief)).toStrictEqual([
      {
        code: 'dialogue.bridge.noWishes',
        severity: 'info',
        path: ['participantId'],
        params: { participant: { kind: 'participant', id: 'p9' } },
      },
    ]);
    expect(wishesToAgendaItems({ participantId: 'p1', wishes: [wish('w1')] }).findings).toEqual([]);
  });
});
