// How one input becomes a unit of the merge (an open agreement, a point of a side, a carried point)
// and how several units become one merged point, seen through `mergeAgendas`.
import { describe, expect, it } from 'vitest';
import type { AgendaItemInput, MergeAgendasInput, MergedAgenda, MergedAgendaItem } from '../../src/agenda/index.js';
import { agendaInputFrom, mergeAgendas } from '../../src/agenda/index.js';

function merged(input: MergeAgendasInput): MergedAgenda {
  const result = mergeAgendas(input);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.findings.map((f) => [f.code, f.path]))}`);
  return result.value;
}

const point = (id: string, source: 'employee' | 'organisation', title: string, extra: Partial<AgendaItemInput> = {}): AgendaItemInput => ({
  id,
  source,
  title,
  priority: 'should',
  minutes: 10,
  ...extra,
});

const carried = (extra: Partial<MergedAgendaItem> & Pick<MergedAgendaItem, 'id' | 'title'>): MergedAgendaItem => ({
  itemIds: [extra.id],
  sources: ['employee'],
  priority: 'should',
  minutes: 10,
  joint: false,
  goalIds: [],
  ...extra,
});

/** Both sides brought something, so no side hint mixes into the findings under test. */
const sides = {
  minutesAvailable: 120,
  locale: 'nl',
  employeeItems: [point('e9', 'employee', 'Loopbaanstap')],
  organisationItems: [point('o9', 'organisation', 'Teamdoelen')],
} as const;

const byId = (agenda: MergedAgenda, id: string): MergedAgendaItem | undefined =>
  [...agenda.items, ...agenda.deferred].find((item) => item.id === id);

describe('an open agreement as a follow-up point', () => {
  it('is a must point with the agreement as its only data: no goals, links, notes or empty who and when', () => {
    const result = mergeAgendas({
      ...sides,
      previousAgreements: [
        { id: 'a1', what: 'Mentor zoeken', who: '  emp-1  ', when: '   ' },
        { id: 'a2', what: 'Cursus volgen', who: '', when: 42 } as never,
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Strict: a key holding `undefined` is not the same as no key (stored JSON must be one string).
    expect(result.value.items.slice(0, 2)).toStrictEqual([
      {
        id: 'a1',
        itemIds: ['a1'],
        sources: ['followUp'],
        title: 'Mentor zoeken',
        priority: 'must',
        minutes: 5,
        joint: false,
        goalIds: [],
        topic: 'agreementFollowUp',
        followUp: { agreementId: 'a1', who: 'emp-1' },
      },
      {
        id: 'a2',
        itemIds: ['a2'],
        sources: ['followUp'],
        title: 'Cursus volgen',
        priority: 'must',
        minutes: 5,
        joint: false,
        goalIds: [],
        topic: 'agreementFollowUp',
        followUp: { agreementId: 'a2' },
      },
    ]);
    // A follow-up links to nothing, so it raises no hint of its own.
    expect(result.findings).toEqual([]);
  });

  it('keeps who and when as the agreement wrote them, cut to 200 and 100 characters', () => {
    const agenda = merged({
      ...sides,
      previousAgreements: [{ id: 'a1', what: 'Mentor zoeken', who: 'w'.repeat(250), when: ` ${'d'.repeat(150)} ` }],
    });
    expect(byId(agenda, 'a1')?.followUp).toStrictEqual({ agreementId: 'a1', who: 'w'.repeat(200), when: 'd'.repeat(100) });
  });

  it('takes the first 500 characters of long words as title, cut where a word ends', () => {
    const long = 'abcd '.repeat(300).trim(); // 1,499 characters; character 500 is a space
    const agenda = merged({ ...sides, previousAgreements: [{ id: 'a1', what: long }] });
    const title = byId(agenda, 'a1')?.title ?? '';
    expect(title).toBe('abcd '.repeat(100).trimEnd());
    expect(title).toHaveLength(499);
    const exact = 'x'.repeat(500);
    expect(byId(merged({ ...sides, previousAgreements: [{ id: 'a1', what: exact }] }), 'a1')?.title).toBe(exact);
  });
});

describe('a point of a side', () => {
  it('has no notes key when its notes are empty, alone or merged', () => {
    const alone = merged({ ...sides, employeeItems: [point('e1', 'employee', 'Werkdruk', { notes: '' })] });
    expect(byId(alone, 'e1')).toStrictEqual({
      id: 'e1',
      itemIds: ['e1'],
      sources: ['employee'],
      title: 'Werkdruk',
      priority: 'should',
      minutes: 10,
      joint: false,
      goalIds: [],
    });
    const together = merged({
      ...sides,
      employeeItems: [
        point('e1', 'employee', 'Werkdruk', { notes: '' }),
        point('e2', 'employee', 'werkdruk', { notes: 'Sinds de reorganisatie' }),
      ],
    });
    expect(byId(together, 'e1')?.notes).toBe('Sinds de reorganisatie');
    const none = merged({
      ...sides,
      employeeItems: [point('e1', 'employee', 'Werkdruk', { notes: '' }), point('e2', 'employee', 'werkdruk')],
    });
    expect(Object.keys(byId(none, 'e1') ?? {})).not.toContain('notes');
  });

  it('lists its goals once each, in order', () => {
    const agenda = merged({ ...sides, employeeItems: [point('e1', 'employee', 'Werkdruk', { goalIds: ['g2', 'g1', 'g2'] })] });
    expect(byId(agenda, 'e1')?.goalIds).toEqual(['g1', 'g2']);
  });
});

describe('points merged into one', () => {
  it('keep the notes of each, verbatim, one paragraph each in agenda order', () => {
    const agenda = merged({
      ...sides,
      employeeItems: [
        point('e2', 'employee', 'werkdruk', { notes: 'Tweede: de planning ' }),
        point('e1', 'employee', 'Werkdruk', { notes: 'Eerste: sinds maart' }),
      ],
    });
    expect(byId(agenda, 'e1')?.notes).toBe('Eerste: sinds maart\n\nTweede: de planning ');
  });

  it('keep notes that exactly fit 20,000 characters untouched, and cut longer ones where a word ends', () => {
    const fit = merged({
      ...sides,
      employeeItems: [
        point('e1', 'employee', 'Werkdruk', { notes: 'a'.repeat(9_998) }),
        point('e2', 'employee', 'werkdruk', { notes: `${'b'.repeat(9_999)} ` }),
      ],
    });
    expect(byId(fit, 'e1')?.notes).toBe(`${'a'.repeat(9_998)}\n\n${'b'.repeat(9_999)} `);
    const over = merged({
      ...sides,
      employeeItems: [
        point('e1', 'employee', 'Werkdruk', { notes: 'a'.repeat(15_000) }),
        point('e2', 'employee', 'werkdruk', { notes: 'b '.repeat(5_000) }),
      ],
    });
    const notes = byId(over, 'e1')?.notes ?? '';
    expect(notes).toBe(`${'a'.repeat(15_000)}\n\n${'b '.repeat(2_498)}b`);
    // Within the limit a carried point takes, so the agenda can be merged again.
    expect(mergeAgendas(agendaInputFrom(over)).ok).toBe(true);
  });

  it('keep the follow-up of an absorbed agreement', () => {
    const agenda = merged({
      ...sides,
      employeeItems: [point('e1', 'employee', 'Hoe ging de cursus?', { links: ['a1'] })],
      previousAgreements: [{ id: 'a1', what: 'Cursus presenteren volgen', who: 'emp-1' }],
    });
    expect(byId(agenda, 'a1')).toMatchObject({ itemIds: ['a1', 'e1'], followUp: { agreementId: 'a1', who: 'emp-1' } });
  });
});

describe('a carried point', () => {
  it('keeps its notes, its follow-up and its lead by the best of its sources', () => {
    // x1 came back from an agreement and absorbed e1; a new employee point a2 links to it. The
    // follow-up still leads, although a2 sorts first by id.
    const agenda = merged({
      ...sides,
      employeeItems: [point('a2', 'employee', 'Hoe ging de cursus?', { links: ['x1'] })],
      carriedOver: [
        carried({
          id: 'x1',
          itemIds: ['e1', 'x1'],
          sources: ['followUp', 'employee'],
          title: 'Cursus presenteren volgen',
          topic: 'agreementFollowUp',
          priority: 'must',
          notes: 'Uit het vorige gesprek',
          followUp: { agreementId: 'x1' },
        }),
      ],
    });
    expect(agenda.items[0]).toMatchObject({
      id: 'x1',
      itemIds: ['a2', 'e1', 'x1'],
      title: 'Cursus presenteren volgen',
      notes: 'Uit het vorige gesprek',
      followUp: { agreementId: 'x1' },
    });
  });

  it('keeps its follow-up data when another point leads the merged point', () => {
    // Written by a host: follow-up data on a point that no longer counts the agreement as a source.
    const agenda = merged({
      ...sides,
      employeeItems: [point('a1', 'employee', 'Mentor zoeken')],
      carriedOver: [carried({ id: 'm1', title: 'mentor zoeken', followUp: { agreementId: 'x9', when: 'voor de zomer' } })],
    });
    expect(byId(agenda, 'a1')).toMatchObject({ itemIds: ['a1', 'm1'], followUp: { agreementId: 'x9', when: 'voor de zomer' } });
  });

  it('leads by its employee side over an organisation point that sorts first by id', () => {
    const agenda = merged({
      ...sides,
      organisationItems: [point('a3', 'organisation', 'Werkdruk')],
      carriedOver: [carried({ id: 'z1', itemIds: ['z0', 'z1'], sources: ['employee', 'organisation'], title: 'Werkdruk', joint: true })],
    });
    expect(byId(agenda, 'z1')).toMatchObject({ itemIds: ['a3', 'z0', 'z1'], title: 'Werkdruk', joint: true });
  });

  it('comes back as it is, with its ids and goals in order, empty notes dropped and no hint of its own', () => {
    const result = mergeAgendas({
      ...sides,
      carriedOver: [carried({ id: 'o1', itemIds: ['o1', 'e1'], goalIds: ['g2', 'g1'], title: 'Mentor zoeken', notes: '' })],
    });
    expect(result.findings).toEqual([]);
    expect(result.ok && byId(result.value, 'o1')).toStrictEqual({
      id: 'o1',
      itemIds: ['e1', 'o1'],
      sources: ['employee'],
      title: 'Mentor zoeken',
      priority: 'should',
      minutes: 10,
      joint: false,
      goalIds: ['g1', 'g2'],
    });
  });

  it('is named by its place among the carried points when a must point does not fit', () => {
    const result = mergeAgendas({
      ...sides,
      minutesAvailable: 40,
      carriedOver: [
        carried({ id: 'c0', title: 'Werkplek', priority: 'must', minutes: 20 }),
        carried({ id: 'c1', title: 'Mentor zoeken', priority: 'must', minutes: 15 }),
      ],
    });
    expect(result.findings.filter((f) => f.code === 'agenda.budget.mustDeferred').map((f) => f.path)).toEqual([['carriedOver', 1]]);
  });
});
