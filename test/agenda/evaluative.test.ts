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
      'Agenda point “Salarisverhoging bespreken” is about rating or pay (“Salarisverhoging”). Rating and pay belong in the appraisal conversation, how the work is going in the performance conversation; a development conversation looks ahead.',
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

describe('employability from 45, only when the host gives an age', () => {
  const hinted = (input: Partial<Parameters<typeof mergeAgendas>[0]>) =>
    mergeAgendas({
      employeeItems: [point('e1', 'Presenteren voor klanten')],
      organisationItems: [],
      minutesAvailable: 60,
      ...input,
    }).findings.some((f) => f.code === 'agenda.topic.employabilityFrom45');

  it('hints from 45 on when no point is about employability, and never without an age', () => {
    expect(hinted({})).toBe(false);
    expect(hinted({ employeeAge: { band: 'under45' } })).toBe(false);
    expect(hinted({ employeeAge: { band: '45to54' } })).toBe(true);
    expect(hinted({ employeeAge: { band: '55plus' } })).toBe(true);
    expect(hinted({ employeeAge: { birthYear: 1982, on: '2027-03-15' } })).toBe(true);
    expect(hinted({ employeeAge: { birthYear: 1983, on: '2027-03-15' } })).toBe(false);
    const covered = point('e2', 'Over tien jaar nog met plezier werken', { topic: 'employability' });
    expect(
      mergeAgendas({
        employeeItems: [covered],
        organisationItems: [],
        minutesAvailable: 60,
        employeeAge: { band: '55plus' },
      }).findings.some((f) => f.code === 'agenda.topic.employabilityFrom45'),
    ).toBe(false);
    const found = mergeAgendas({
      employeeItems: [],
      organisationItems: [],
      minutesAvailable: 60,
      employeeAge: { band: '45to54' },
    }).findings.find((f) => f.code === 'agenda.topic.employabilityFrom45');
    expect(msg(found, 'nl')).toBe(
      'Geen van de punten gaat over duurzame inzetbaarheid. Voor wie 45 of ouder is, is dat een goed moment om te bespreken wat nodig is om ook over tien jaar met plezier en energie te werken, binnen of buiten de organisatie.',
    );
  });

  it('decides by age alone: the hint comes exactly when the age is 45 or more and no point is on employability', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1940, max: 2010 }), fc.boolean(), (birthYear, covered) => {
        const items = covered ? [point('e1', 'Inzetbaar blijven', { topic: 'employability' })] : [point('e1', 'Leren plannen')];
        const result = mergeAgendas({
          employeeItems: items,
          organisationItems: [],
          minutesAvailable: 60,
          employeeAge: { birthYear, on: '2027-06-01' },
        });
        expect(result.findings.some((f) => f.code === 'agenda.topic.employabilityFrom45')).toBe(!covered && 2027 - birthYear >= 45);
      }),
    );
  });
});
