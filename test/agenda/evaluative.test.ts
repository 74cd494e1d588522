import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgendaItemInput } from '../../src/agenda/index.js';
import { mergeAgendas } from '../../src/agenda/index.js';
import { msg } from '../finding-text.js';

const point = (id: string, title: string, extra: Partial<AgendaItemInput> = {}): AgendaItemInput => ({
  id,
  source: 'employee',
  title,
  priority: 'should',
  minutes: 10,
  ...extra,
});

const titles = {
  nl: {
    development: [
      'Presenteren voor klanten',
      'Werkdruk in het team',
      'Leren plannen',
      'Een 8 halen voor het examen Boekhouden',
      'Beoordeling van de offertes versnellen',
      'Mentor worden voor nieuwe collega’s',
    ],
    pay: ['Salarisverhoging bespreken', 'Mijn beoordeling van vorig jaar', 'Een trede hoger in mijn schaal', 'Bonus over 2026'],
  },
  en: {
    development: ['Presenting to clients', 'Raise the rating of our app in the store', 'Review the new code together'],
    pay: ['My pay rise', 'My rating for last year', 'A higher salary'],
  },
} as const;

describe('appraisal and pay in an agenda point’s own words', () => {
  it('warns about an untagged point with the words as evidence and the one advice', () => {
    const result = mergeAgendas({
      employeeItems: [point('e1', 'Salarisverhoging bespreken')],
      organisationItems: [],
      minutesAvailable: 60,
    });
    const found = result.findings.find((f) => f.code === 'agenda.text.evaluative');
    expect(found?.severity).toBe('warning');
    expect(found?.path).toEqual(['employeeItems', 0, 'title']);
    expect(found?.params).toEqual({
      item: { kind: 'agendaPoint', id: 'e1', title: 'Salarisverhoging bespreken' },
      evidence: ['Salarisverhoging'],
      kind: 'development',
    });
    expect(msg(found, 'nl')).toBe(
      'Agendapunt ‘Salarisverhoging bespreken’ gaat over beoordelen of belonen (‘Salarisverhoging’). Beoordeling en beloning horen in het beoordelingsgesprek, hoe het werk gaat in het functioneringsgesprek; een ontwikkelgesprek kijkt vooruit.',
    );
    expect(msg(found, 'en')).toBe(
      'Agenda point “Salarisverhoging bespreken” is about rating or pay (“Salarisverhoging”). Rating and pay belong in the performance appraisal, how the work is going in the functioning conversation; a development conversation looks ahead.',
    );
  });

  it('reads the notes too, and carried-over points', () => {
    const result = mergeAgendas({
      employeeItems: [point('e1', 'Terugblik', { notes: 'Mijn beoordeling van vorig jaar was onterecht' })],
      organisationItems: [],
      carriedOver: [
        {
          id: 'c1',
          itemIds: ['c1'],
          sources: ['employee'],
          title: 'Bonus over 2026',
          priority: 'could',
          minutes: 5,
          joint: false,
          goalIds: [],
        },
      ],
      minutesAvailable: 60,
    });
    const found = result.findings.filter((f) => f.code === 'agenda.text.evaluative');
    expect(found.map((f) => f.path)).toEqual([
      ['carriedOver', 0, 'title'],
      ['employeeItems', 0, 'title'],
    ]);
    expect(found.map((f) => f.params['evidence'])).toEqual([['Bonus'], ['beoordeling']]);
  });

  it('says it once: a point on an evaluative topic gets the topic warning only', () => {
    const result = mergeAgendas({
      employeeItems: [point('e1', 'Salarisverhoging bespreken', { topic: 'pay' })],
      organisationItems: [],
      minutesAvailable: 60,
    });
    expect(result.findings.filter((f) => f.code.endsWith('.evaluative')).map((f) => f.code)).toEqual(['agenda.topic.evaluative']);
  });

  it('finds appraisal or pay in a point exactly when its words hold some, never on development titles', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('nl', 'en').chain((locale) =>
          fc.record({
            locale: fc.constant(locale),
            drawn: fc.array(
              fc.record({ title: fc.constantFrom<string>(...titles[locale].development, ...titles[locale].pay), tagged: fc.boolean() }),
              { maxLength: 8 },
            ),
          }),
        ),
        ({ locale, drawn }) => {
          const items = drawn.map(({ title, tagged }, index) => point(`e${index}`, title, tagged ? { topic: 'competences' } : {}));
          const result = mergeAgendas({ employeeItems: items, organisationItems: [], minutesAvailable: 600, locale });
          const flagged = result.findings.filter((f) => f.code === 'agenda.text.evaluative').map((f) => f.path[1]);
          const pay: readonly string[] = titles[locale].pay;
          const expected = drawn.flatMap(({ title }, index) => (pay.includes(title) ? [index] : []));
          expect([...flagged].sort()).toEqual(expected.sort());
        },
      ),
    );
  });
});
