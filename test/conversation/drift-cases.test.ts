// Evaluative drift, worked out case by case: which agenda points, needs and notes talk rating or pay,
// where each is, the share of the agenda, and how severe it is per kind of conversation.
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/index.js';
import { evaluativeDrift, replay } from '../../src/index.js';
import { evidenceIn } from '../../src/conversation/drift.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const done = (() => {
  const result = replay(developmentEvents, { input: developmentInput });
  if (!result.ok) throw new Error('replay');
  return result.value;
})();

type Item = NonNullable<Conversation['agenda']>['items'][number];
const [first, second] = (done.agenda as NonNullable<Conversation['agenda']>).items as [Item, Item];

/** The concluded conversation with its agenda, needs and notes replaced. */
function withTexts(parts: {
  items?: Item[];
  deferred?: Item[];
  needs?: Conversation['needs'];
  notes?: Conversation['notes'];
  kind?: Conversation['kind'];
}): Conversation {
  return {
    ...done,
    ...(parts.kind !== undefined ? { kind: parts.kind } : {}),
    agenda: {
      ...(done.agenda as NonNullable<Conversation['agenda']>),
      items: parts.items ?? [first, second],
      deferred: parts.deferred ?? [],
    },
    needs: parts.needs ?? done.needs,
    notes: parts.notes ?? done.notes,
  } as Conversation;
}

function drift(conversation: Conversation) {
  const result = evaluativeDrift(conversation);
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result;
}

describe('the words that give it away', () => {
  it('quotes each word once, in the order found, at most five', () => {
    expect(evidenceIn(['Mijn salaris', undefined, 'Het salaris en de beoordeling'], 'nl')).toEqual(['salaris', 'beoordeling']);
    const many = evidenceIn(
      ['salaris', 'beoordeling', 'loonsverhoging', 'bonus', 'periodiek erbij', 'functiewaardering', 'cijfer voor mijn functioneren'],
      'nl',
    );
    expect(many).toHaveLength(5);
    expect(many.slice(0, 2)).toEqual(['salaris', 'beoordeling']);
    expect(evidenceIn([], 'nl')).toEqual([]);
  });
});

describe('agenda points about rating or pay', () => {
  const rating: Item = { ...second, id: 'r1', itemIds: ['r1'], title: 'Terugblik op vorig jaar', topic: 'performanceRating' };
  const pay: Item = { ...second, id: 'p1', itemIds: ['p1'], title: 'Mijn salaris', topic: 'careerAmbitions' };

  it('counts the planned and the deferred points, by topic or by their words, in the share of the agenda', () => {
    const result = drift(withTexts({ items: [first, rating], deferred: [second, pay] }));
    expect(result.value.items.map((item) => item.id)).toEqual(['r1', 'p1']);
    expect(result.value.share).toBe(0.5);
    // The point on an evaluative topic is named by its topic; the other by its words, in the deferred list.
    expect(result.value.texts).toEqual([
      { item: { kind: 'agendaPoint', id: 'p1', title: 'Mijn salaris' }, path: ['agenda', 'deferred', 1, 'title'], evidence: ['salaris'] },
    ]);
    expect(result.findings.map((f) => [f.code, f.severity, f.path, f.params])).toEqual([
      [
        'conversation.agenda.evaluativeTopic',
        'warning',
        ['agenda', 'items', 1, 'topic'],
        { item: { kind: 'agendaPoint', id: 'r1', title: 'Terugblik op vorig jaar' }, topic: 'performanceRating' },
      ],
      [
        'conversation.text.evaluative',
        'warning',
        ['agenda', 'deferred', 1, 'title'],
        { item: { kind: 'agendaPoint', id: 'p1', title: 'Mijn salaris' }, evidence: ['salaris'] },
      ],
    ]);
  });

  it('finds a deferred point on an evaluative topic, and words in a point’s notes', () => {
    const noted: Item = { ...second, id: 'n1', itemIds: ['n1'], notes: 'Ook de bonus bespreken' };
    const result = drift(withTexts({ items: [noted], deferred: [rating] }));
    expect(result.value.items.map((item) => item.id)).toEqual(['n1', 'r1']);
    expect(result.value.share).toBe(1);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ['conversation.agenda.evaluativeTopic', ['agenda', 'deferred', 0, 'topic']],
      ['conversation.text.evaluative', ['agenda', 'items', 0, 'title']],
    ]);
  });

  it('is a hint, not a warning, outside a development conversation; an agenda without points has no share', () => {
    const career = drift(withTexts({ items: [rating], kind: 'career' }));
    expect(career.findings.map((f) => f.severity)).toEqual(['info']);
    expect(drift(withTexts({ items: [] })).value.share).toBe(0);
    expect(drift({ ...done, agenda: null } as Conversation).value).toEqual({ items: [], share: 0, texts: [] });
  });
});

describe('needs and notes about rating or pay', () => {
  it('names the manager’s need by its text, found also in why it matters, and a note by what it is', () => {
    const needs = {
      employee: done.needs.employee,
      manager: [
        ...done.needs.manager,
        { id: 'nm', text: 'Sanne zichtbaarder maken', why: 'Goed voor haar beoordeling', focus: 'skills', goalIds: [], source: 'manager' },
      ],
    } as Conversation['needs'];
    const notes = [
      ...done.notes,
      { phase: 'agreements', text: 'Over het salaris praten we in mei.', by: 'manager', at: '2027-03-15T10:40:00+01:00' },
    ] as Conversation['notes'];
    const result = drift(withTexts({ needs, notes }));
    const noteIndex = done.notes.length;
    expect(result.value.texts).toEqual([
      {
        item: { kind: 'need', id: 'nm', title: 'Sanne zichtbaarder maken' },
        path: ['needs', 'manager', 1, 'text'],
        evidence: ['beoordeling'],
      },
      { item: { kind: 'note', id: `note-${noteIndex + 1}` }, path: ['notes', noteIndex, 'text'], evidence: ['salaris'] },
    ]);
    expect(result.value.items).toEqual([]);
    expect(result.findings.map((f) => f.path)).toEqual([
      ['needs', 'manager', 1, 'text'],
      ['notes', noteIndex, 'text'],
    ]);
  });
});

describe('a point on an evaluative topic in words about pay', () => {
  it('is named once, by its topic, not again by its words; a state that is no conversation is refused', () => {
    const pay: Item = { ...second, id: 'p2', itemIds: ['p2'], title: 'Mijn salaris', topic: 'pay' };
    const result = drift(withTexts({ items: [pay] }));
    expect(result.value.texts).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(['conversation.agenda.evaluativeTopic']);
    const refused = evaluativeDrift({ id: 'x' } as unknown as Conversation);
    expect(refused.ok).toBe(false);
  });
});
