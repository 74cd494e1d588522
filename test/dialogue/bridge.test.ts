import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeAgendas } from '../../src/agenda/index.js';
import type { DevelopmentWish } from '../../src/dialogue/index.js';
import { wishesToAgendaItems } from '../../src/dialogue/index.js';

const ambitions = [
  { id: 'data', title: 'Datagedreven werken' },
  { id: 'klant', title: 'De klant centraal' },
];
const wishes: DevelopmentWish[] = [
  {
    id: 'w1',
    participantId: 'p1',
    title: 'Dashboards bouwen in Power BI',
    ambitionIds: ['data', 'klant'],
    focus: 'skills',
    firstStep: 'Voor 1 maart 2027 de interne cursus Power BI afronden',
  },
  {
    id: 'w2',
    participantId: 'p2',
    title: 'Presenteren',
    ambitionIds: ['klant'],
    focus: 'skills',
    firstStep: 'In mei een teamoverleg leiden',
  },
  {
    id: 'w3',
    participantId: 'p1',
    title: 'Mentor worden',
    ambitionIds: 'none',
    focus: 'competences',
    firstStep: 'In april met HR praten over het mentorprogramma',
  },
];

describe('wishesToAgendaItems', () => {
  it("turns one participant's wishes into employee agenda points with the ambitions as goals", () => {
    const result = wishesToAgendaItems({ participantId: 'p1', wishes, ambitions, minutesPerItem: 15 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((item) => [item.id, item.source, item.title, item.priority, item.minutes, item.goalIds])).toEqual([
      ['wish:w1', 'employee', 'Dashboards bouwen in Power BI', 'should', 15, ['data', 'klant']],
      ['wish:w3', 'employee', 'Mentor worden', 'should', 15, []],
    ]);
    expect(result.value[0]?.notes).toBe(
      'Uit de toekomstdialoog.\nEerste stap: Voor 1 maart 2027 de interne cursus Power BI afronden\nAmbities: Datagedreven werken; De klant centraal\nFocus: Vaardigheden',
    );
    expect(result.value[1]?.notes).toContain('Bewust aan geen ambitie gekoppeld');
    expect(Object.isFrozen(result.value)).toBe(true);
  });

  it('writes English notes, keeps unknown ambition ids visible, and leaves minutes out when not given', () => {
    const result = wishesToAgendaItems({ participantId: 'p2', wishes, locale: 'en', priority: 'must' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toHaveLength(1);
    expect(result.value[0]).not.toHaveProperty('minutes');
    expect(result.value[0]?.priority).toBe('must');
    expect(result.value[0]?.notes).toContain('Ambitions: klant');
    expect(result.value[0]?.notes).toContain('First step: In mei een teamoverleg leiden');
  });

  it('feeds mergeAgendas directly, where a shared title becomes a joint point', () => {
    const items = wishesToAgendaItems({ participantId: 'p1', wishes, ambitions, minutesPerItem: 15 });
    if (!items.ok) throw new Error('unexpected');
    const merged = mergeAgendas({
      employeeItems: [...items.value],
      organisationItems: [
        { id: 'org-1', source: 'organisation', title: 'Power BI dashboards bouwen', priority: 'must', goalIds: ['data'] },
      ],
      minutesAvailable: 60,
      locale: 'nl',
    });
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    const all = [...merged.value.items, ...merged.value.deferred];
    expect(all.flatMap((item) => item.itemIds).sort()).toEqual(['org-1', 'wish:w1', 'wish:w3']);
    const joint = all.find((item) => item.itemIds.includes('wish:w1'));
    expect(joint?.joint).toBe(true);
    expect(joint?.itemIds).toEqual(['org-1', 'wish:w1']);
  });

  it('says so when the participant has no wishes, and rejects duplicate wish ids', () => {
    const none = wishesToAgendaItems({ participantId: 'p9', wishes });
    expect(none.ok).toBe(true);
    expect(none.findings.map((f) => f.code)).toEqual(['dialogue.bridge.noWishes']);
    const twice = wishesToAgendaItems({ participantId: 'p1', wishes: [wishes[0]!, wishes[0]!] });
    expect(twice.ok).toBe(false);
    expect(twice.findings.map((f) => [f.code, f.path])).toEqual([['dialogue.wish.duplicate', ['wishes', 1, 'id']]]);
    expect(wishesToAgendaItems({ participantId: '', wishes }).ok).toBe(false);
  });

  it('keeps item ids within 200 characters, distinct for distinct long wish ids', () => {
    const long = (suffix: string): DevelopmentWish => ({ ...wishes[0]!, id: `${'x'.repeat(199)}${suffix}` });
    const result = wishesToAgendaItems({ participantId: 'p1', wishes: [long('a'), long('b')] });
    if (!result.ok) throw new Error('unexpected');
    expect(result.value.every((item) => item.id.length <= 200)).toBe(true);
    expect(new Set(result.value.map((item) => item.id)).size).toBe(2);
  });

  it('keeps the notes within what mergeAgendas accepts, even for a wish serving 50 long-titled ambitions, named by their titles cut short', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ id: `a${i}`, title: `${'Ambitie '.repeat(60)}${i}` }));
    const wish: DevelopmentWish = { ...wishes[0]!, ambitionIds: many.map((a) => a.id), firstStep: 'Stap '.repeat(100).trim() };
    const result = wishesToAgendaItems({ participantId: 'p1', wishes: [wish], ambitions: many });
    if (!result.ok) throw new Error('unexpected');
    const notes = result.value[0]?.notes ?? '';
    expect(notes.length).toBeLessThanOrEqual(20_000);
    expect(notes).toContain(wish.firstStep);
    // Named by title, cut short, never by id.
    expect(notes.match(/Ambitie(?: Ambitie)+…/gu)).toHaveLength(50);
    expect(notes).not.toMatch(/\ba\d+\b/u);
    expect(result.value[0]?.goalIds).toEqual(many.map((a) => a.id));
    const merged = mergeAgendas({ employeeItems: [...result.value], organisationItems: [], minutesAvailable: 60, locale: 'nl' });
    expect(merged.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('makes one agenda point per own wish, each accepted by mergeAgendas', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ owner: fc.constantFrom('p1', 'p2'), title: fc.constantFrom('Excel', 'Coachen', 'Scrum master worden') }), {
          maxLength: 12,
        }),
        (drafts) => {
          const list: DevelopmentWish[] = drafts.map((d, i) => ({
            id: `w${i}`,
            participantId: d.owner,
            title: d.title,
            ambitionIds: ['data'],
            focus: 'knowledge',
            firstStep: 'Voor juni beginnen',
          }));
          const result = wishesToAgendaItems({ participantId: 'p1', wishes: list, minutesPerItem: 5 });
          if (!result.ok) throw new Error('unexpected');
          expect(result.value.map((item) => item.id)).toEqual(list.filter((w) => w.participantId === 'p1').map((w) => `wish:${w.id}`));
          const merged = mergeAgendas({ employeeItems: [...result.value], organisationItems: [], minutesAvailable: 600, locale: 'en' });
          expect(merged.ok).toBe(true);
        },
      ),
    );
  });
});
