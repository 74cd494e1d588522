import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sortFindings } from '../../src/core/index.js';
import type { AgendaItemInput, MergeAgendasInput, MergedAgenda, MergedAgendaItem } from '../../src/agenda/index.js';
import { agendaInputFrom, mergeAgendas } from '../../src/agenda/index.js';
import { mergedAgendaItemSchema } from '../../src/agenda/schema.js';
import { titleKey } from '../../src/core/index.js';

/** The key under which the agenda compares titles (word order free). */
const normalizeTitle = (title: string): string => titleKey(title).join(' ');
import { msg } from '../finding-text.js';

function merged(input: MergeAgendasInput): MergedAgenda {
  const result = mergeAgendas(input);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.findings.map((f) => [f.code, f.path]))}`);
  return result.value;
}

function codes(input: MergeAgendasInput): string[] {
  return mergeAgendas(input).findings.map((finding) => finding.code);
}

const employee = (id: string, title: string, extra: Partial<AgendaItemInput> = {}): AgendaItemInput => ({
  id,
  source: 'employee',
  title,
  priority: 'should',
  minutes: 10,
  ...extra,
});
const organisation = (id: string, title: string, extra: Partial<AgendaItemInput> = {}): AgendaItemInput => ({
  id,
  source: 'organisation',
  title,
  priority: 'should',
  minutes: 10,
  ...extra,
});

const base = { minutesAvailable: 60, locale: 'nl' } as const;

describe('normalizeTitle', () => {
  it.each([
    ['Presenteren voor klanten', 'klanten presenteren'],
    ['Présentéren, KLANTEN!', 'presenteren klanten'],
    ['Vaardigheden in presentaties', 'presentatie-vaardigheden'],
    ['Feedback on my presentations', 'presentation feedback'],
    ['Trainingen voor het team', 'team training'],
    ['The career path', 'career path'],
    ["Feedback van collega's", 'collega feedback'],
    ['Ĳverig leren', 'ijverig leren'],
    ['Coördinatie van het team', 'team coordinatie'],
    ['Examens', 'examen'],
    ['Gesprekken voeren', 'gesprek voeren'],
    ['Cursussen', 'cursus'],
    ['Processen verbeteren', 'proces verbeteren'],
    ['Keukens', 'keuken'],
  ])('matches %j and %j', (a, b) => {
    expect(normalizeTitle(a)).toBe(normalizeTitle(b));
  });

  it.each([
    ['Presenteren voor klanten', 'Presenteren voor collega’s'],
    ['Werkdruk', 'Werkplek'],
    ['Wat nu?', 'Hoe verder?'],
    ['?', '!'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(normalizeTitle(a)).not.toBe(normalizeTitle(b));
  });

  it('does not turn two titles without letters or digits into one joint point', () => {
    const agenda = merged({
      ...base,
      employeeItems: [employee('e1', '?')],
      organisationItems: [organisation('o1', '!'), organisation('o2', '?')],
    });
    expect(agenda.items.map((item) => item.itemIds)).toEqual([['e1', 'o2'], ['o1']]);
  });

  it('ignores "between" as a stop word, not as a word to stem', () => {
    expect(normalizeTitle('Balance between work and life')).toBe(normalizeTitle('Work-life balance'));
  });

  it('ignores case, accents, word order and stop words, in Dutch and English (property)', () => {
    const content = ['presenteren', 'klanten', 'werkdruk', 'coaching', 'leiderschap', 'feedback', 'career', 'growth', 'mentor', 'planning'];
    const stop = ['de', 'het', 'een', 'van', 'voor', 'met', 'the', 'a', 'of', 'for', 'with', 'my', 'mijn'];
    const accent = (word: string): string => word.replace(/e/, 'é').replace(/a/, 'à');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...content), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom(...stop), { maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.integer(),
        (words, stops, flips, seed) => {
          const plain = words.join(' ');
          const dressed = [...words.map((w, i) => (flips[i] ? accent(w).toUpperCase() : w)), ...stops];
          const shuffled = dressed
            .map((w, i) => ({ w, k: (Math.imul(seed ^ (i + 1), 2654435761) >>> 0) % 997 }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.w)
            .join(flips[7] ? ', ' : ' ');
          expect(normalizeTitle(shuffled)).toBe(normalizeTitle(plain));
        },
      ),
    );
  });

  it('gives a title of only stop words a key of its own', () => {
    expect(normalizeTitle('Wat is het?')).toBe('het is wat');
    expect(normalizeTitle('What is it?')).not.toBe(normalizeTitle('Wat is het?'));
  });
});

describe('mergeAgendas: examples', () => {
  it('puts follow-up first, then priority, employee before organisation at equal priority', () => {
    const agenda = merged({
      ...base,
      minutesAvailable: 120,
      employeeItems: [employee('e1', 'Werkdruk', { priority: 'could' }), employee('e2', 'Mentor zoeken')],
      organisationItems: [organisation('o1', 'Nieuw planningssysteem', { priority: 'must' }), organisation('o2', 'Klantcontact')],
      previousAgreements: [{ id: 'a1', what: 'Cursus presenteren volgen', who: 'emp-1', when: '2027-06-01' }],
    });
    expect(agenda.items.map((item) => item.id)).toEqual(['a1', 'o1', 'e2', 'o2', 'e1']);
    expect(agenda.items[0]).toMatchObject({
      sources: ['followUp'],
      title: 'Cursus presenteren volgen',
      followUp: { agreementId: 'a1', who: 'emp-1', when: '2027-06-01' },
      topic: 'agreementFollowUp',
      priority: 'must',
      minutes: 5,
    });
  });

  it('merges matching points of both sides into one joint point without doubling the minutes', () => {
    const result = mergeAgendas({
      ...base,
      employeeItems: [employee('e1', 'Presenteren voor klanten', { topic: 'competences', priority: 'must', minutes: 20, goalIds: ['g2'] })],
      organisationItems: [
        organisation('o1', 'klanten: presenteren', {
          topic: 'competences',
          minutes: 12,
          goalIds: ['g1', 'g2'],
          notes: 'Vanuit de klantstrategie',
        }),
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.items).toEqual([
      {
        id: 'e1',
        itemIds: ['e1', 'o1'],
        sources: ['employee', 'organisation'],
        title: 'Presenteren voor klanten',
        topic: 'competences',
        priority: 'must',
        minutes: 23,
        joint: true,
        goalIds: ['g1', 'g2'],
        notes: 'Vanuit de klantstrategie',
      },
    ]);
    expect(result.findings.map((f) => [f.code, f.path])).toContainEqual(['agenda.item.joint', ['employeeItems', 0]]);
  });

  it('does not merge matching titles on different topics, but does merge explicit links', () => {
    const apart = merged({
      ...base,
      employeeItems: [employee('e1', 'Feedback', { topic: 'collaboration' })],
      organisationItems: [organisation('o1', 'Feedback', { topic: 'competences' })],
    });
    expect(apart.items).toHaveLength(2);
    const linked = merged({
      ...base,
      employeeItems: [employee('e1', 'Mentor zoeken', { topic: 'capacityGrowth', links: ['o1'] })],
      organisationItems: [organisation('o1', 'Kennisdeling in het team', { topic: 'collaboration' })],
    });
    expect(linked.items.map((item) => [item.id, item.itemIds, item.joint])).toEqual([['e1', ['e1', 'o1'], true]]);
  });

  it('matches a Dutch compound with the same words written apart', () => {
    const agenda = merged({
      ...base,
      employeeItems: [employee('e1', 'Presentatievaardigheden', { topic: 'competences' })],
      organisationItems: [
        organisation('o1', 'Presentatie-vaardigheden', { topic: 'competences' }),
        organisation('o2', 'Werk druk', { topic: 'competences' }),
      ],
    });
    expect(agenda.items.map((item) => item.itemIds)).toEqual([['e1', 'o1'], ['o2']]);
  });

  it('merges duplicates of one side without calling them joint', () => {
    const result = mergeAgendas({
      ...base,
      employeeItems: [employee('e1', 'Werkdruk verlagen'), employee('e2', 'verlagen van de werkdruk', { priority: 'must' })],
      organisationItems: [organisation('o1', 'Teamdoelen')],
    });
    expect(result.ok && result.value.items[0]).toMatchObject({
      id: 'e1',
      itemIds: ['e1', 'e2'],
      joint: false,
      priority: 'must',
      minutes: 13,
    });
    expect(result.findings.map((f) => f.code)).toContain('agenda.item.duplicate');
  });

  it('links a point to an open agreement so the follow-up absorbs it', () => {
    const agenda = merged({
      ...base,
      employeeItems: [employee('e1', 'Hoe ging de cursus?', { links: ['a1'] })],
      organisationItems: [organisation('o1', 'Teamdoelen')],
      previousAgreements: [{ id: 'a1', what: 'Cursus presenteren volgen', status: 'open' }],
    });
    expect(agenda.items[0]).toMatchObject({ id: 'a1', itemIds: ['a1', 'e1'], sources: ['followUp', 'employee'] });
  });

  it('takes only open agreements, and accepts a full agreement with extra keys', () => {
    const agenda = merged({
      ...base,
      employeeItems: [employee('e1', 'Werkdruk')],
      organisationItems: [],
      previousAgreements: [
        { id: 'a1', what: 'Mentor zoeken', who: 'emp-1', status: 'open', kind: 'development', acceptedBy: {} } as never,
        { id: 'a2', what: 'Cursus afgerond', status: 'done' },
        { id: 'a3', what: '', status: 'open' },
      ],
    });
    expect(agenda.items.map((item) => item.id)).toEqual(['a1', 'a3', 'e1']);
    // An agreement without words keeps its id as title, never an empty point; who and when stay data.
    expect(agenda.items[1]).toMatchObject({ title: 'a3', followUp: { agreementId: 'a3' } });
    expect(agenda.items[0]?.followUp).toEqual({ agreementId: 'a1', who: 'emp-1' });
  });

  it('defers what does not fit, lets a smaller point fill the gap, and says so', () => {
    const input: MergeAgendasInput = {
      ...base,
      minutesAvailable: 45, // 30 for points after the 15 reserved
      employeeItems: [
        employee('e1', 'Loopbaanstap', { priority: 'must', minutes: 20 }),
        employee('e2', 'Werkdruk', { priority: 'must', minutes: 15 }),
      ],
      organisationItems: [organisation('o1', 'Teamdoelen', { priority: 'could', minutes: 10 })],
    };
    const result = mergeAgendas(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.items.map((item) => item.id)).toEqual(['e1', 'o1']);
    expect(result.value.deferred.map((item) => item.id)).toEqual(['e2']);
    expect(result.value).toMatchObject({ minutesPlanned: 30, minutesForItems: 30, reservedMinutes: 15 });
    const found = result.findings.map((f) => [f.code, f.path]);
    expect(found).toContainEqual(['agenda.budget.over', ['minutesAvailable']]);
    expect(found).toContainEqual(['agenda.budget.mustDeferred', ['employeeItems', 1]]);
  });

  it('warns about evaluative topics, missing estimates and a side that brought nothing', () => {
    const result = mergeAgendas({
      ...base,
      employeeItems: [],
      organisationItems: [organisation('o1', 'Beoordeling', { topic: 'performanceRating', minutes: undefined } as never)],
    });
    const found = result.findings.map((f) => [f.code, f.severity, f.path]);
    expect(found).toContainEqual(['agenda.topic.evaluative', 'warning', ['organisationItems', 0, 'topic']]);
    // People read the point's title; programs keep its id.
    const evaluative = result.findings.find((f) => f.code === 'agenda.topic.evaluative');
    expect(msg(evaluative, 'nl')).toBe(
      'Agendapunt ‘Beoordeling’ gaat over beoordeling van functioneren. Beoordeling en beloning horen in het beoordelingsgesprek, hoe het werk gaat in het functioneringsgesprek; een ontwikkelgesprek kijkt vooruit.',
    );
    expect(msg(evaluative, 'en')).toContain('Agenda point “Beoordeling” is about performance rating.');
    expect(evaluative?.params['item']).toEqual({ kind: 'agendaPoint', id: 'o1', title: 'Beoordeling' });
    expect(found).toContainEqual(['agenda.item.minutesMissing', 'info', ['organisationItems', 0, 'minutes']]);
    expect(found).toContainEqual(['agenda.side.employeeEmpty', 'warning', ['employeeItems']]);
    expect(result.ok && result.value.items[0]?.minutes).toBe(10);
    expect(codes({ ...base, employeeItems: [employee('e1', 'Werkdruk')], organisationItems: [] })).toEqual([
      'agenda.side.organisationEmpty',
    ]);
  });

  it('reserves less for a check-in and warns when nothing is left for points', () => {
    expect(merged({ ...base, kind: 'checkIn', employeeItems: [], organisationItems: [] }).minutesForItems).toBe(55);
    const result = mergeAgendas({
      ...base,
      minutesAvailable: 10,
      employeeItems: [employee('e1', 'Werkdruk')],
      organisationItems: [organisation('o1', 'Doelen')],
    });
    expect(result.ok && result.value.deferred.length).toBe(2);
    expect(result.findings.map((f) => f.code)).toContain('agenda.budget.noTimeForItems');
  });

  it('rejects duplicate ids, a point in the wrong list and bad fields, each with its path', () => {
    const result = mergeAgendas({
      ...base,
      employeeItems: [employee('x', 'Werkdruk'), organisation('o9', 'Doelen')],
      organisationItems: [organisation('x', 'Teamdoelen')],
    });
    expect(result.ok).toBe(false);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.path])).toEqual([
      ['agenda.item.sourceMismatch', ['employeeItems', 1, 'source']],
      ['agenda.id.duplicate', ['organisationItems', 0, 'id']],
    ]);
    const bad = mergeAgendas({
      ...base,
      employeeItems: [{ ...employee('e1', ''), minutes: -3, extra: 1 } as never],
      organisationItems: [],
    });
    expect(bad.ok).toBe(false);
    expect(bad.findings.map((f) => f.path.join('.'))).toEqual(
      expect.arrayContaining(['employeeItems.0.title', 'employeeItems.0.minutes', 'employeeItems.0']),
    );
  });

  it('rejects unknown keys, __proto__ included, so nothing foreign merges into the agenda', () => {
    const input = JSON.parse(
      '{"employeeItems":[{"id":"e1","source":"employee","title":"Werkdruk","priority":"must","__proto__":{"polluted":true}}],"organisationItems":[],"minutesAvailable":60,"locale":"nl"}',
    ) as MergeAgendasInput;
    const result = mergeAgendas(input);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['input.unrecognized_keys', ['employeeItems', 0]]]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('warns about a link to an unknown point and keeps the point', () => {
    const result = mergeAgendas({ ...base, employeeItems: [employee('e1', 'Werkdruk', { links: ['nope'] })], organisationItems: [] });
    expect(result.ok && result.value.items.map((item) => item.id)).toEqual(['e1']);
    expect(result.findings.map((f) => [f.code, f.path])).toContainEqual(['agenda.link.unknown', ['employeeItems', 0, 'links', 0]]);
  });

  it('carries deferred points into the next conversation as they are', () => {
    const first = merged({
      ...base,
      minutesAvailable: 30,
      employeeItems: [employee('e1', 'Loopbaanstap', { minutes: 15 }), employee('e2', 'Werkdruk', { minutes: 15 })],
      organisationItems: [organisation('o1', 'werkdruk', { minutes: 10 })],
    });
    expect(first.deferred.map((item) => [item.itemIds, item.minutes, item.joint])).toEqual([[['e2', 'o1'], 18, true]]);
    const next = merged({
      ...base,
      employeeItems: [],
      organisationItems: [organisation('o5', 'Doelen')],
      carriedOver: [...first.deferred],
    });
    expect(next.items.map((item) => item.id)).toEqual(['e2', 'o5']);
    expect(next.items[0]).toEqual(first.deferred[0]);
    const invalid = mergeAgendas({ ...base, employeeItems: [], organisationItems: [], carriedOver: [{ ...first.deferred[0]!, id: 'zz' }] });
    expect(invalid.findings.map((f) => [f.code, f.path])).toEqual([['agenda.carried.idNotInItemIds', ['carriedOver', 0, 'id']]]);
  });

  it('returns frozen, plain data', () => {
    const agenda = merged({ ...base, employeeItems: [employee('e1', 'Werkdruk')], organisationItems: [] });
    expect(Object.isFrozen(agenda)).toBe(true);
    expect(Object.isFrozen(agenda.items[0]?.itemIds)).toBe(true);
    expect(JSON.parse(JSON.stringify(agenda))).toEqual(agenda);
  });
});

// ------------------------------------------------------------------ properties

const topicArb = fc.constantFrom(undefined, 'competences', 'workloadCapacity', 'careerAmbitions', 'performanceRating');
const titleArb = fc.oneof(
  fc.constantFrom(
    'Presenteren voor klanten',
    'klanten, PRESENTEREN',
    'Présenteren klanten',
    'Werkdruk',
    'de werkdruk',
    'Mentor zoeken',
    'Feedback on presentations',
    'presentation feedback',
    'Wat nu?',
    'Presentatievaardigheden',
    'presentatie vaardigheden',
    'vaardigheden: presentaties',
  ),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim().length > 0),
);
const specArb = fc.record({
  title: titleArb,
  topic: topicArb,
  priority: fc.constantFrom('must', 'should', 'could'),
  minutes: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  goalIds: fc.array(fc.constantFrom('g1', 'g2', 'g3'), { maxLength: 2 }),
  link: fc.option(fc.nat(), { nil: undefined }),
});
const agreementArb = fc.record({
  what: fc.constantFrom('Cursus volgen', 'Mentor zoeken', 'Werkdruk bespreken', ''),
  status: fc.constantFrom(undefined, 'open', 'done', 'dropped'),
});
const idArb = fc.stringMatching(/^[a-z][a-z0-9]{0,3}$/);

type Spec = typeof specArb extends fc.Arbitrary<infer T> ? T : never;

const inputArb: fc.Arbitrary<MergeAgendasInput> = fc
  .tuple(
    fc.array(specArb, { maxLength: 8 }),
    fc.array(specArb, { maxLength: 8 }),
    fc.array(agreementArb, { maxLength: 3 }),
    fc.integer({ min: 1, max: 150 }),
    fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    fc.constantFrom('development', 'career', 'checkIn', undefined),
  )
  .chain(([employeeSpecs, organisationSpecs, agreements, minutesAvailable, reservedMinutes, kind]) => {
    const count = employeeSpecs.length + organisationSpecs.length + agreements.length;
    return fc.uniqueArray(idArb, { minLength: count, maxLength: count }).map((ids) => {
      const item = (spec: Spec, id: string, source: 'employee' | 'organisation'): AgendaItemInput => {
        const result: AgendaItemInput = { id, source, title: spec.title, priority: spec.priority, goalIds: spec.goalIds };
        if (spec.topic !== undefined) result.topic = spec.topic as never;
        if (spec.minutes !== undefined) result.minutes = spec.minutes;
        if (spec.link !== undefined) result.links = [ids[spec.link % count] as string];
        return result;
      };
      const employeeItems = employeeSpecs.map((spec, i) => item(spec, ids[i] as string, 'employee'));
      const organisationItems = organisationSpecs.map((spec, i) => item(spec, ids[employeeSpecs.length + i] as string, 'organisation'));
      const previousAgreements = agreements.map((a, i) => {
        const id = ids[employeeSpecs.length + organisationSpecs.length + i] as string;
        return a.status === undefined ? { id, what: a.what } : { id, what: a.what, status: a.status };
      });
      const input: MergeAgendasInput = { employeeItems, organisationItems, previousAgreements, minutesAvailable, locale: 'en' };
      if (reservedMinutes !== undefined) input.reservedMinutes = reservedMinutes;
      if (kind !== undefined) input.kind = kind;
      return input;
    });
  });

function inputIds(input: MergeAgendasInput): string[] {
  return [
    ...input.employeeItems.map((item) => item.id),
    ...input.organisationItems.map((item) => item.id),
    ...(input.previousAgreements ?? []).filter((a) => a.status === undefined || a.status === 'open').map((a) => a.id),
  ];
}

/** The agenda order spelled out independently of the implementation. */
function rankKey(item: MergedAgendaItem): string {
  const followUp = item.sources.includes('followUp') ? 0 : 1;
  const priority = ['must', 'should', 'could'].indexOf(item.priority);
  const side = item.sources.includes('employee') ? 0 : 1;
  return `${followUp}${priority}${side}\u0000${item.id}`;
}

function shuffle<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list
    .map((value, i) => ({ value, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || b.i - a.i)
    .map((entry) => entry.value);
}

describe('mergeAgendas: invariants', () => {
  it('draws inputs that reach joint points, follow-ups, deferral and links (so the properties bite)', () => {
    const agendas = fc.sample(inputArb, { numRuns: 300, seed: 6 }).map(merged);
    const all = agendas.flatMap((agenda) => [...agenda.items, ...agenda.deferred]);
    expect(all.filter((item) => item.joint).length).toBeGreaterThan(10);
    expect(all.filter((item) => item.sources.includes('followUp')).length).toBeGreaterThan(10);
    expect(all.filter((item) => item.itemIds.length > 2).length).toBeGreaterThan(3);
    expect(agendas.filter((agenda) => agenda.deferred.length > 0 && agenda.items.length > 0).length).toBeGreaterThan(20);
  });

  it('conserves every input id exactly once, in items or deferred', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const agenda = merged(input);
        const out = [...agenda.items, ...agenda.deferred].flatMap((item) => item.itemIds);
        expect([...out].sort()).toEqual(inputIds(input).sort());
      }),
    );
  });

  it('respects the time budget and defers nothing that would fit while it ranks above an included point', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const agenda = merged(input);
        const planned = agenda.items.reduce((sum, item) => sum + item.minutes, 0);
        expect(agenda.minutesPlanned).toBe(planned);
        expect(planned).toBeLessThanOrEqual(agenda.minutesForItems);
        expect(agenda.minutesForItems).toBe(Math.max(0, agenda.minutesAvailable - agenda.reservedMinutes));
        const remaining = agenda.minutesForItems - planned;
        for (const late of agenda.deferred) {
          for (const included of agenda.items) {
            if (rankKey(late) < rankKey(included)) expect(late.minutes).toBeGreaterThan(remaining);
          }
        }
      }),
    );
  });

  it('orders items and deferred: follow-up first, then priority, then employee (or joint) before organisation', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const agenda = merged(input);
        for (const list of [agenda.items, agenda.deferred]) {
          const keys = list.map(rankKey);
          expect(keys).toEqual([...keys].sort());
        }
      }),
    );
  });

  it('is deterministic and independent of the order of the input lists', () => {
    fc.assert(
      fc.property(inputArb, fc.array(fc.integer(), { minLength: 1, maxLength: 20 }), (input, keys) => {
        const shuffled: MergeAgendasInput = {
          ...input,
          employeeItems: shuffle(input.employeeItems, keys),
          organisationItems: shuffle(input.organisationItems, [...keys].reverse()),
          previousAgreements: shuffle(input.previousAgreements ?? [], keys),
        };
        const result = mergeAgendas(input);
        expect(result.findings).toEqual(sortFindings(result.findings));
        const once = canonicalJson(merged(input));
        expect(canonicalJson(merged(input))).toBe(once);
        expect(canonicalJson(merged(shuffled))).toBe(once);
      }),
    );
  });

  it('changes nothing when its own output is merged again', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const agenda = merged(input);
        for (const item of [...agenda.items, ...agenda.deferred]) {
          expect(mergedAgendaItemSchema.safeParse(item).success).toBe(true);
        }
        const input2 = agendaInputFrom(agenda);
        expect(canonicalJson(merged(input2))).toBe(canonicalJson(agenda));
        const reversed = { ...input2, carriedOver: [...(input2.carriedOver ?? [])].reverse() };
        expect(canonicalJson(merged(reversed))).toBe(canonicalJson(agenda));
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = mergeAgendas(input as MergeAgendasInput);
        expect(result.ok).toBe(false);
        expect(result.findings.length).toBeGreaterThan(0);
      }),
    );
  });

  it('answers a broken point with an error whose path leads to it', () => {
    fc.assert(
      fc.property(
        inputArb.filter((input) => input.employeeItems.length > 0),
        fc.nat(),
        fc.constantFrom('id', 'title', 'priority', 'minutes', 'source', 'goalIds', 'links', 'topic'),
        fc.anything(),
        (input, at, field, junk) => {
          const index = at % input.employeeItems.length;
          const broken = { ...input.employeeItems[index], [field]: junk };
          const employeeItems = input.employeeItems.map((item, i) => (i === index ? broken : item)) as AgendaItemInput[];
          const result = mergeAgendas({ ...input, employeeItems });
          if (!result.ok) {
            const errors = result.findings.filter((f) => f.severity === 'error');
            expect(errors.length).toBeGreaterThan(0);
            for (const error of errors) expect(error.path.length).toBeGreaterThan(0);
            // Only the broken point (or an id it now shares) can be the culprit.
            expect(
              errors.some((f) => f.path[0] === 'employeeItems' && f.path[1] === index) ||
                errors.some((f) => f.code === 'agenda.id.duplicate'),
            ).toBe(true);
          }
        },
      ),
    );
  });
});
