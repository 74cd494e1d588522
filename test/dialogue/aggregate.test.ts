import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, createRandom, titleKey } from '../../src/core/index.js';
import type { AggregateDevelopmentAgendaInput, DevelopmentAgenda, DevelopmentWish, DialogueParticipant } from '../../src/dialogue/index.js';
import { aggregateDevelopmentAgenda } from '../../src/dialogue/index.js';
import { msg } from '../finding-text.js';

const ambitions = [
  { id: 'data', title: 'Datagedreven werken' },
  { id: 'klant', title: 'De klant centraal' },
  { id: 'duurzaam', title: 'Duurzaam ondernemen' },
];
const participants: DialogueParticipant[] = [
  { id: 'p1', team: 'finance' },
  { id: 'p2', team: 'finance' },
  { id: 'p3', team: 'sales' },
  { id: 'p4', team: 'sales' },
  { id: 'p5' },
];
const concrete = 'Voor 1 juni 2027 de cursus afronden en 2 collega’s laten zien wat ik leerde';

function wish(id: string, participantId: string, title: string, extra: Partial<DevelopmentWish> = {}): DevelopmentWish {
  return { id, participantId, title, ambitionIds: ['data'], focus: 'skills', firstStep: concrete, ...extra };
}

function agendaOf(input: AggregateDevelopmentAgendaInput): DevelopmentAgenda {
  const result = aggregateDevelopmentAgenda(input);
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.value;
}

describe('aggregateDevelopmentAgenda: themes', () => {
  it('detects themes from similar titles and ranks them by people, then ambitions served', () => {
    const agenda = agendaOf({
      ambitions,
      participants,
      wishes: [
        wish('w1', 'p1', 'Dashboards bouwen in Power BI'),
        wish('w2', 'p3', 'Power BI dashboards', { ambitionIds: ['data', 'klant'] }),
        wish('w3', 'p3', 'Dashboards bouwen'),
        wish('w4', 'p2', 'Presentatievaardigheden', { ambitionIds: ['klant'] }),
        wish('w5', 'p4', 'Presentatievaardigheden verbeteren', { ambitionIds: 'none' }),
        wish('w6', 'p5', 'Coachen van nieuwe collega’s', { ambitionIds: ['klant', 'duurzaam'], focus: 'competences' }),
      ],
    });
    expect(agenda.themes.map((t) => [t.rank, t.label, t.participantCount, t.ambitions.map((a) => a.id), t.wishIds])).toEqual([
      [1, 'Dashboards bouwen', 2, ['data', 'klant'], ['w1', 'w2', 'w3']],
      [2, 'Presentatievaardigheden', 2, ['klant'], ['w4', 'w5']],
      [3, 'Coachen van nieuwe collega’s', 1, ['duurzaam', 'klant'], ['w6']],
    ]);
    expect(agenda.themes.every((t) => t.origin === 'detected')).toBe(true);
    expect(agenda.themes[0]?.ambitions[0]).toEqual({ id: 'data', participantCount: 2, wishCount: 3 });
    expect(agenda.themes[2]?.focus).toEqual({ knowledge: 0, skills: 0, competences: 1 });
    expect(agenda.unconnectedAmbitionIds).toEqual([]);
    expect(agenda.unlinkedWishIds).toEqual(['w5']);
    expect(agenda.totals).toEqual({ wishes: 6, participants: 5, themes: 3, themeMemberships: 6 });
  });

  it('uses explicit theme ids first, then keywords of the given themes, then detection', () => {
    const agenda = agendaOf({
      ambitions,
      participants,
      themes: [
        { id: 'data', label: 'Werken met data', keywords: ['dashboard', 'data analyse'] },
        { id: 'klant', label: 'Klantcontact', keywords: ['klant'] },
      ],
      wishes: [
        wish('w1', 'p1', 'Dashboards voor klanten', {}),
        wish('w2', 'p2', 'Analyse van onze data', {}),
        wish('w3', 'p3', 'Iets anders', { themeIds: ['klant'], description: 'Dashboard' }),
        wish('w4', 'p4', 'Leidinggeven'),
        wish('w5', 'p5', 'Data', {}),
      ],
    });
    const byId = Object.fromEntries(agenda.themes.map((t) => [t.id, t]));
    expect(byId['data']?.wishIds).toEqual(['w1', 'w2']);
    expect(byId['klant']?.wishIds).toEqual(['w1', 'w3']);
    expect(byId['klant']?.origin).toBe('given');
    expect(byId['detected:leidinggev']?.wishIds).toEqual(['w4']);
    expect(byId['detected:data']?.label).toBe('Data');
    expect(agenda.totals.themeMemberships).toBe(6);
  });

  it('compares titles with the core title toolkit: plurals meet, and two titles with the same key share a theme', () => {
    const agenda = agendaOf({
      ambitions,
      participants,
      wishes: [
        wish('w1', 'p1', 'Cursussen volgen'),
        wish('w2', 'p2', 'Een cursus volgen'),
        wish('w3', 'p3', 'Gesprekken voeren met klanten'),
        wish('w4', 'p4', 'Klantgesprek voeren'),
        wish('w5', 'p5', 'Voeren van gesprekken met klanten'),
      ],
    });
    const themeOf = (id: string): string | undefined => agenda.themes.find((t) => t.wishIds.includes(id))?.id;
    expect(themeOf('w1')).toBe(themeOf('w2'));
    expect(themeOf('w3')).toBe(themeOf('w5'));
    expect(themeOf('w1')).toBe(`detected:${titleKey('Cursus volgen').join('-')}`);
  });

  it('finds a keyword anywhere in a long description, not only at its start', () => {
    const long = `${'Ik werk graag samen met collega’s aan rapportages. '.repeat(60)}Daarvoor wil ik dashboards leren bouwen.`;
    expect(long.length).toBeGreaterThan(3_000);
    const agenda = agendaOf({
      ambitions,
      participants,
      themes: [{ id: 'bi', label: 'Business intelligence', keywords: ['dashboard'] }],
      wishes: [wish('w1', 'p1', 'Rapportages', { description: long }), wish('w2', 'p2', 'Rapportages')],
    });
    expect(agenda.themes.find((t) => t.id === 'bi')?.wishIds).toEqual(['w1']);
  });

  it('reports per team, ranked the same way, and leaves people without a team out of the teams', () => {
    const agenda = agendaOf({
      ambitions,
      participants,
      wishes: [
        wish('w1', 'p1', 'Dashboards bouwen'),
        wish('w2', 'p2', 'Presenteren'),
        wish('w3', 'p2', 'Dashboards bouwen'),
        wish('w4', 'p3', 'Presenteren'),
        wish('w5', 'p5', 'Presenteren'),
      ],
    });
    expect(
      agenda.teams.map((t) => [t.team, t.participantCount, t.wishCount, t.themes.map((theme) => [theme.label, theme.participantCount])]),
    ).toEqual([
      [
        'finance',
        2,
        3,
        [
          ['Dashboards bouwen', 2],
          ['Presenteren', 1],
        ],
      ],
      ['sales', 2, 1, [['Presenteren', 1]]],
    ]);
    expect(agenda.themes.map((t) => [t.label, t.participantCount])).toEqual([
      ['Presenteren', 3],
      ['Dashboards bouwen', 2],
    ]);
  });
});

describe('aggregateDevelopmentAgenda: gaps and vagueness', () => {
  it('lists ambitions no one connects to and wishes linked to no ambition, with hints', () => {
    const result = aggregateDevelopmentAgenda({
      ambitions,
      participants,
      wishes: [wish('w2', 'p1', 'Presenteren', { ambitionIds: 'none' }), wish('w1', 'p1', 'Excel')],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.unconnectedAmbitionIds).toEqual(['duurzaam', 'klant']);
    expect(result.value.unlinkedWishIds).toEqual(['w2']);
    const codes = result.findings.map((f) => [f.code, f.severity, f.path]);
    expect(codes).toContainEqual(['dialogue.agenda.ambitionUnconnected', 'info', ['ambitions', 1]]);
    expect(codes).toContainEqual(['dialogue.wish.noAmbition', 'info', ['wishes', 0, 'ambitionIds']]);
    const hint = result.findings.find((f) => f.code === 'dialogue.agenda.ambitionUnconnected');
    expect(msg(hint, 'nl')).toBe('Niemand heeft een wens aan ambitie ‘De klant centraal’ gekoppeld.');
    expect(
      msg(
        result.findings.find((f) => f.code === 'dialogue.wish.noAmbition'),
        'en',
      ),
    ).toBe(
      'Wish “Presenteren” serves none of the ambitions. That is fine, but see in the development conversation whether there is a link after all.',
    );
  });

  it('flags vague wishes with the goal-text analysis, in both languages', () => {
    const result = aggregateDevelopmentAgenda({
      ambitions,
      participants,
      wishes: [
        wish('w1', 'p1', 'Iets met communicatie', { firstStep: 'Eens kijken wat er is' }),
        wish('w2', 'p2', 'Better communication', { firstStep: 'See what is possible' }),
        wish('w3', 'p3', 'Dashboards bouwen in Power BI', {
          firstStep: 'Voor 1 maart 2027 de interne cursus Power BI afronden en 2 dashboards opleveren',
        }),
        wish('w4', 'p4', 'Build dashboards', { firstStep: 'Finish the Power BI course by 1 March 2027 and deliver 2 dashboards' }),
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.vagueWishes.map((v) => v.wishId)).toEqual(['w1', 'w2']);
    expect(result.value.vagueWishes[0]?.missing).toContain('specific');
    const warning = result.findings.find((f) => f.code === 'dialogue.wish.vague');
    expect(warning?.severity).toBe('warning');
    expect(warning?.path).toEqual(['wishes', 0, 'firstStep']);
    expect(warning?.params).toEqual({
      wish: { kind: 'wish', id: 'w1', title: 'Iets met communicatie' },
      missing: ['specific', 'measurable', 'timeBound'],
    });
    expect(msg(warning, 'nl')).toBe(
      'Wens ‘Iets met communicatie’ is nog vaag: niet specifiek, meetbaar of tijdgebonden. Maak de eerste stap concreet: wat precies, hoeveel en wanneer.',
    );
    const off = agendaOf({
      ambitions,
      participants,
      wishes: [wish('w1', 'p1', 'Iets', { firstStep: 'Eens kijken' })],
      checkVagueness: false,
    });
    expect(off.vagueWishes).toEqual([]);
  });

  it('answers unknown references and duplicates with errors, never a partial agenda', () => {
    const result = aggregateDevelopmentAgenda({
      ambitions,
      participants,
      wishes: [
        wish('w1', 'nobody', 'Excel'),
        wish('w2', 'p1', 'Excel', { ambitionIds: ['data', 'mars'] }),
        wish('w3', 'p1', 'Excel', { themeIds: ['onbekend'] }),
        wish('w3', 'p2', 'Excel'),
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ['dialogue.wish.duplicate', ['wishes', 3, 'id']],
      ['dialogue.wish.unknownParticipant', ['wishes', 0, 'participantId']],
      ['dialogue.wish.unknownAmbition', ['wishes', 1, 'ambitionIds', 1]],
      ['dialogue.wish.unknownTheme', ['wishes', 2, 'themeIds', 0]],
    ]);
    expect(msg(result.findings[1], 'nl')).toBe(
      'Wens ‘Excel’ hoort bij deelnemer ‘nobody’, maar die staat niet in de lijst met deelnemers.',
    );
    const empty = aggregateDevelopmentAgenda({
      ambitions,
      participants,
      wishes: [wish('w1', 'p1', 'Excel', { ambitionIds: [] as never })],
    });
    expect(empty.ok).toBe(false);
    expect(aggregateDevelopmentAgenda({ ambitions, participants, wishes: [], extra: 1 } as never).findings[0]?.code).toBe(
      'input.unrecognized_keys',
    );
  });

  it('refuses a given theme id in the detected: namespace, so it cannot silently merge with a detected theme', () => {
    const result = aggregateDevelopmentAgenda({
      ambitions,
      participants,
      themes: [{ id: 'detected:excel', label: 'Spreadsheets', keywords: [] }],
      wishes: [wish('w1', 'p1', 'Excel', { themeIds: ['detected:excel'] }), wish('w2', 'p2', 'Excel')],
    });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['dialogue.theme.reservedId', ['themes', 0, 'id']]]);
  });

  it('returns frozen data and an empty agenda for no wishes', () => {
    const agenda = agendaOf({ ambitions, participants, wishes: [] });
    expect(Object.isFrozen(agenda.themes)).toBe(true);
    expect(agenda.themes).toEqual([]);
    expect(agenda.unconnectedAmbitionIds).toEqual(['data', 'duurzaam', 'klant']);
  });
});

// Titles from a small pool, so that detection merges and splits; some wishes carry explicit themes.
const titles = [
  'Dashboards bouwen',
  'Power BI dashboards',
  'Presenteren voor klanten',
  'Presentatievaardigheden',
  'Leidinggeven aan een team',
  'Coachen',
  'Excel',
  'Data analyse',
  'Ik wil leren',
  'Better presentations',
];
const themes = [
  { id: 't-data', label: 'Data', keywords: ['data', 'excel'] },
  { id: 't-lead', label: 'Leiderschap', keywords: ['leidinggeven'] },
  { id: 't-other', label: 'Overig', keywords: [] },
];

const inputArbitrary = fc
  .record({
    teams: fc.array(fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }), { minLength: 1, maxLength: 12 }),
    wishes: fc.array(
      fc.record({
        owner: fc.nat(),
        title: fc.constantFrom(...titles),
        ambitionIds: fc.oneof(fc.constant('none' as const), fc.uniqueArray(fc.constantFrom('data', 'klant', 'duurzaam'), { minLength: 1 })),
        focus: fc.constantFrom('knowledge', 'skills', 'competences' as const),
        themeIds: fc.option(fc.uniqueArray(fc.constantFrom('t-data', 't-lead', 't-other'), { minLength: 1 }), { nil: undefined }),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ teams, wishes }): AggregateDevelopmentAgendaInput => {
    const people = teams.map((team, i): DialogueParticipant => (team === undefined ? { id: `p${i}` } : { id: `p${i}`, team }));
    return {
      ambitions,
      participants: people,
      themes,
      checkVagueness: false,
      wishes: wishes.map((w, i) => ({
        id: `w${i}`,
        participantId: `p${w.owner % people.length}`,
        title: w.title,
        ambitionIds: w.ambitionIds,
        focus: w.focus,
        firstStep: concrete,
        ...(w.themeIds === undefined ? {} : { themeIds: w.themeIds }),
      })),
    };
  });

describe('aggregateDevelopmentAgenda: properties', () => {
  it('conserves wishes: every wish is in at least one theme, counted once per theme it belongs to', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const agenda = agendaOf(input);
        const appearances = new Map<string, number>();
        for (const theme of agenda.themes) {
          expect(new Set(theme.wishIds).size).toBe(theme.wishIds.length);
          expect(theme.wishCount).toBe(theme.wishIds.length);
          for (const id of theme.wishIds) appearances.set(id, (appearances.get(id) ?? 0) + 1);
        }
        for (const w of input.wishes) {
          const count = appearances.get(w.id) ?? 0;
          expect(count).toBeGreaterThanOrEqual(1);
          if (w.themeIds !== undefined) expect(count).toBe(w.themeIds.length);
        }
        expect([...appearances.keys()].sort()).toEqual(input.wishes.map((w) => w.id).sort());
        const memberships = [...appearances.values()].reduce((sum, n) => sum + n, 0);
        expect(agenda.totals.themeMemberships).toBe(memberships);
        expect(agenda.totals.wishes).toBe(input.wishes.length);
        // Per team, the same wishes, restricted to the team's people.
        const teamOf = new Map(input.participants.map((p) => [p.id, p.team]));
        for (const team of agenda.teams) {
          const own = input.wishes.filter((w) => teamOf.get(w.participantId) === team.team);
          expect(team.wishCount).toBe(own.length);
          expect(team.themes.flatMap((t) => t.wishIds).sort()).toEqual(
            own.flatMap((w) => agenda.themes.filter((t) => t.wishIds.includes(w.id)).map(() => w.id)).sort(),
          );
        }
      }),
    );
  });

  it('does not depend on the order of wishes, participants, ambitions or themes', () => {
    fc.assert(
      fc.property(inputArbitrary, fc.integer(), (input, seed) => {
        const random = createRandom(seed);
        const shuffled: AggregateDevelopmentAgendaInput = {
          ...input,
          wishes: random.shuffle(input.wishes),
          participants: random.shuffle(input.participants),
          ambitions: random.shuffle(input.ambitions),
          themes: random.shuffle(input.themes ?? []),
        };
        expect(canonicalJson(agendaOf(shuffled))).toBe(canonicalJson(agendaOf(input)));
        // Byte for byte, keys included: the same data is the same JSON string.
        expect(JSON.stringify(agendaOf(shuffled))).toBe(JSON.stringify(agendaOf(input)));
      }),
    );
  });

  it('puts two wishes whose titles have the same key (word order, case, accents, plurals aside) in the same theme', () => {
    const words = ['Presentaties', 'geven', 'klanten', 'Cursussen', 'Excel', 'coaching', 'één', 'team', 'voor', 'beter'];
    const titleArbitrary = fc
      .uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 4 })
      .chain((chosen) => fc.tuple(fc.constant(chosen.join(' ')), fc.shuffledSubarray(chosen, { minLength: chosen.length })))
      .map(([title, shuffled]) => [title, shuffled.join('  ').toUpperCase()] as const);
    fc.assert(
      fc.property(fc.array(titleArbitrary, { minLength: 1, maxLength: 8 }), (pairs) => {
        const list = pairs.flatMap(([a, b], i) => [wish(`a${i}`, 'p1', a), wish(`b${i}`, 'p2', b)]);
        const agenda = agendaOf({ ambitions, participants, wishes: list, checkVagueness: false });
        const themeOf = (id: string): string | undefined => agenda.themes.find((t) => t.wishIds.includes(id))?.id;
        pairs.forEach(([a, b], i) => {
          expect(titleKey(a)).toEqual(titleKey(b));
          expect(themeOf(`a${i}`)).toBe(themeOf(`b${i}`));
        });
      }),
    );
  });

  it('ranks themes by people, then ambitions, then wishes', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const agenda = agendaOf(input);
        agenda.themes.forEach((theme, i) => {
          expect(theme.rank).toBe(i + 1);
          const next = agenda.themes[i + 1];
          if (next === undefined) return;
          const key = (t: typeof theme): number[] => [t.participantCount, t.ambitions.length, t.wishCount];
          const [a, b] = [key(theme), key(next)];
          const order = a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
          expect(order).toBeGreaterThanOrEqual(0);
        });
      }),
    );
  });
});
