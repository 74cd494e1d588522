import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, createRandom } from '../../src/core/index.js';
import { nl } from '../../src/locales/index.js';
import type { DialogueParticipant, FutureDialoguePlan, PlanFutureDialogueInput } from '../../src/dialogue/index.js';
import { planFutureDialogue } from '../../src/dialogue/index.js';
import { msg } from '../finding-text.js';

const ambitions = [
  { id: 'data', title: 'Datagedreven werken', description: 'Beslissingen onderbouwen met data.' },
  { id: 'klant', title: 'De klant centraal', description: 'Elke klant één aanspreekpunt.' },
  { id: 'duurzaam', title: 'Duurzaam ondernemen', description: 'In 2030 CO2-neutraal.' },
];

function people(count: number, teams = 0): DialogueParticipant[] {
  return Array.from({ length: count }, (_, i) =>
    teams > 0 ? { id: `p${String(i).padStart(3, '0')}`, team: `team-${i % teams}` } : { id: `p${String(i).padStart(3, '0')}` },
  );
}

function planOf(input: PlanFutureDialogueInput): FutureDialoguePlan {
  const result = planFutureDialogue(input);
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.value;
}

const codes = (input: PlanFutureDialogueInput): string[] => planFutureDialogue(input).findings.map((f) => f.code);

describe('planFutureDialogue: the session plan', () => {
  it('plans the default two hours in six blocks in the order of the vocabulary', () => {
    const plan = planOf({ ambitions, participants: people(20) });
    expect(plan.minutes).toBe(120);
    expect(plan.blocks.map((b) => [b.phase, b.startMinute, b.minutes, b.setting])).toEqual([
      ['dialogueOpening', 0, 10, 'plenary'],
      ['dialogueAmbitions', 10, 15, 'plenary'],
      ['dialogueReflection', 25, 45, 'groups'],
      ['dialogueHarvest', 70, 20, 'plenary'],
      ['dialogueWishes', 90, 20, 'individual'],
      ['dialogueClosing', 110, 10, 'plenary'],
    ]);
    expect(plan.blocks[2]?.title).toBe('Reflectie in groepjes');
    expect(planOf({ ambitions, participants: people(4), locale: 'en' }).blocks[3]?.title).toBe('Plenary harvest');
  });

  it('gives the harvest three minutes per group, taken from the reflection', () => {
    const plan = planOf({ ambitions, participants: people(40), format: { groupSize: 4 } });
    expect(plan.groups).toHaveLength(10);
    const minutes = Object.fromEntries(plan.blocks.map((b) => [b.phase, b.minutes]));
    expect(minutes['dialogueHarvest']).toBe(30);
    expect(minutes['dialogueReflection']).toBe(35);
    expect(codes({ ambitions, participants: people(40), format: { groupSize: 4 } })).not.toContain('dialogue.time.tooLittleForGroups');
  });

  it('warns when the time is too short for the number of groups, and still adds up', () => {
    const input: PlanFutureDialogueInput = { ambitions, participants: people(42), format: { minutes: 60, groupSize: 3 } };
    const result = planFutureDialogue(input);
    expect(result.ok).toBe(true);
    const warning = result.findings.find((f) => f.code === 'dialogue.time.tooLittleForGroups');
    expect(warning?.severity).toBe('warning');
    expect(warning?.params).toEqual({ minutes: 60, groups: 14, needed: 106 });
    expect(warning?.path).toEqual(['format', 'minutes']);
    expect(msg(warning, 'nl')).toContain('106 minuten');
    if (result.ok) expect(result.value.blocks.reduce((sum, b) => sum + b.minutes, 0)).toBe(60);
    // The advice holds: at 106 minutes reflection gets 15 and each of the 14 groups 3 in the harvest.
    const enough = planFutureDialogue({ ...input, format: { minutes: 106, groupSize: 3 } });
    expect(enough.findings.some((f) => f.code === 'dialogue.time.tooLittleForGroups')).toBe(false);
  });

  it('warns about an online session without breakout rooms only when more than one group is needed', () => {
    const online = { mode: 'online', breakoutRooms: false, groupSize: 5 } as const;
    expect(codes({ ambitions, participants: people(12), format: online })).toContain('dialogue.online.noBreakouts');
    expect(codes({ ambitions, participants: people(5), format: online })).not.toContain('dialogue.online.noBreakouts');
    expect(codes({ ambitions, participants: people(12), format: { ...online, breakoutRooms: true } })).not.toContain(
      'dialogue.online.noBreakouts',
    );
    expect(codes({ ambitions, participants: people(12), format: { ...online, mode: 'offline' } })).not.toContain(
      'dialogue.online.noBreakouts',
    );
  });

  it('warns about ambitions without a description, pointing at each', () => {
    const result = planFutureDialogue({
      ambitions: [{ id: 'a', title: 'Wendbaar' }, ambitions[0]!, { id: 'c', title: 'Samen', description: '   ' }],
      participants: people(3),
    });
    const found = result.findings.filter((f) => f.code === 'dialogue.ambition.noDescription');
    expect(found.map((f) => f.path)).toEqual([
      ['ambitions', 0, 'description'],
      ['ambitions', 2, 'description'],
    ]);
    expect(msg(found[0], 'en')).toContain('Wendbaar');
  });

  it('rejects duplicate participants and ambitions, and unknown fields, with findings', () => {
    const duplicate = planFutureDialogue({ ambitions, participants: [{ id: 'p1' }, { id: 'p2' }, { id: 'p1' }] });
    expect(duplicate.ok).toBe(false);
    expect(duplicate.findings.map((f) => [f.code, f.path])).toContainEqual(['dialogue.participant.duplicate', ['participants', 2, 'id']]);
    const twice = planFutureDialogue({ ambitions: [ambitions[0]!, ambitions[0]!], participants: people(2) });
    expect(twice.findings.map((f) => f.code)).toContain('dialogue.ambition.duplicate');
    const unknown = planFutureDialogue({ ambitions, participants: people(2), format: { minutes: 120, rooms: 3 } } as never);
    expect(unknown.ok).toBe(false);
    expect(unknown.findings[0]?.code).toBe('input.unrecognized_keys');
    const short = planFutureDialogue({ ambitions, participants: people(2), format: { minutes: 10 } });
    expect(short.findings.map((f) => [f.code, f.path])).toEqual([['input.too_small.number', ['format', 'minutes']]]);
    expect(planFutureDialogue(null as never).ok).toBe(false);
  });

  it('carries the host’s meta into the plan untouched, and leaves the caller’s object alone', () => {
    const meta = { tenantId: 't-42', tags: ['pilot', 'voorjaar'], nested: { source: 'afas' } };
    const plan = planOf({ ambitions, participants: people(4), meta });
    expect(plan.meta).toEqual(meta);
    expect(Object.keys(plan)).toEqual(['minutes', 'format', 'locale', 'questionLocale', 'blocks', 'groups', 'meta']);
    expect(Object.isFrozen(meta)).toBe(false);
    expect(Object.isFrozen(meta.tags)).toBe(false);
    expect(planOf({ ambitions, participants: people(4) })).not.toHaveProperty('meta');
    // The plan is the same with or without meta: the library never reads it.
    const { meta: _ignored, ...rest } = plan;
    expect(canonicalJson(rest)).toBe(canonicalJson(planOf({ ambitions, participants: people(4) })));
    expect(planFutureDialogue({ ambitions, participants: people(4), meta: 'tag' as never }).ok).toBe(false);
  });

  it('names the blocks and their settings from the language catalogue', () => {
    const plan = planOf({ ambitions, participants: people(4), locale: 'en', questionsPerBlock: 0 });
    expect(plan.blocks.map((b) => b.title)).toEqual([
      'Opening',
      'The ambitions',
      'Reflection in groups',
      'Plenary harvest',
      'Individual wishes',
      'Closing',
    ]);
    expect(plan.blocks[4]?.description).toBe('Everyone writes down development wishes of their own, with a concrete first step.');
    expect(plan.blocks.map((b) => nl.labels.dialogueSetting[b.setting])).toEqual([
      'plenair',
      'plenair',
      'in groepjes',
      'plenair',
      'individueel',
      'plenair',
    ]);
  });

  it('names ambitions and participants in its findings by their titles and names', () => {
    const described = planFutureDialogue({ ambitions: [{ id: 'a', title: 'Wendbaar' }], participants: people(2), questionsPerBlock: 0 });
    expect(described.findings[0]?.params).toEqual({ ambition: { kind: 'ambition', id: 'a', title: 'Wendbaar' } });
    const twice = planFutureDialogue({
      ambitions,
      participants: [
        { id: 'p1', name: 'Sanne' },
        { id: 'p1', name: 'Sanne de Vries' },
      ],
    });
    expect(msg(twice.findings[0], 'nl')).toBe(
      'In de lijst met deelnemers heeft ‘Sanne de Vries’ hetzelfde id als iemand die eerder in de lijst staat; iedereen hoort in precies één groep.',
    );
  });

  it('returns frozen, JSON-plain data', () => {
    const plan = planOf({ ambitions, participants: people(9) });
    expect(Object.isFrozen(plan)).toBe(true);
    expect(Object.isFrozen(plan.groups[0]?.participantIds)).toBe(true);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});

describe('planFutureDialogue: the groups', () => {
  it('divides into groups of at most the group size, repeatably with a seed', () => {
    const input: PlanFutureDialogueInput = { ambitions, participants: people(23), format: { groupSize: 5 }, seed: 'voorjaar' };
    const plan = planOf(input);
    expect(plan.groups.map((g) => g.participantIds.length)).toEqual([5, 5, 5, 4, 4]);
    expect(canonicalJson(planOf(input))).toBe(canonicalJson(plan));
    expect(canonicalJson(planOf({ ...input, seed: 'najaar' }).groups)).not.toBe(canonicalJson(plan.groups));
  });

  it('spreads every team over the groups when balanced by team', () => {
    const participants = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `fin${i}`, team: 'finance' })),
      ...Array.from({ length: 3 }, (_, i) => ({ id: `it${i}`, team: 'it' })),
      ...Array.from({ length: 3 }, (_, i) => ({ id: `hr${i}`, team: 'hr' })),
    ];
    const plan = planOf({ ambitions, participants, format: { groupSize: 4, balanceByTeam: true }, seed: 7 });
    expect(plan.groups).toHaveLength(3);
    for (const group of plan.groups) {
      const teams = group.participantIds.map((id) => participants.find((p) => p.id === id)?.team);
      expect(teams.filter((t) => t === 'finance')).toHaveLength(2);
      expect(teams.filter((t) => t === 'it')).toHaveLength(1);
      expect(teams.filter((t) => t === 'hr')).toHaveLength(1);
    }
  });

  it('gives every ambition a group and every group an ambition', () => {
    const many = planOf({ ambitions, participants: people(30), format: { groupSize: 5 } });
    expect(many.groups.map((g) => g.ambitionIds)).toEqual([['data'], ['klant'], ['duurzaam'], ['data'], ['klant'], ['duurzaam']]);
    const few = planOf({ ambitions, participants: people(8), format: { groupSize: 4 } });
    expect(few.groups.map((g) => g.ambitionIds)).toEqual([['data', 'duurzaam'], ['klant']]);
  });
});

const question = (id: string, phase: string, nl: string, en: string, kinds: string[] = ['futureDialogue']) => ({
  id,
  text: { nl, en },
  phase,
  category: 'open',
  audience: 'employee',
  kinds,
});
const bank = [
  question('r1', 'dialogueReflection', 'Wat betekent deze ambitie voor jouw werk?', 'What does this ambition mean for your work?'),
  question('r2', 'dialogueReflection', 'Wat heb je nodig om eraan bij te dragen?', 'What do you need to contribute to it?'),
  question('r3', 'dialogueReflection', 'Waar krijg je energie van in deze ambitie?', 'What in this ambition gives you energy?'),
  question('r4', 'dialogueReflection', 'Welke talenten van jou passen hierbij?', 'Which of your talents fit here?'),
  question('w1', 'dialogueWishes', 'Wat is jouw eerste stap?', 'What is your first step?'),
  question('d1', 'dialogueReflection', 'Hoe kijk je terug op het jaar?', 'How do you look back on the year?', ['development']),
];

describe('planFutureDialogue: questions from the bank', () => {
  it('gives each block the future-dialogue questions of its phase, in the session language', () => {
    const plan = planOf({ ambitions, participants: people(6), questions: bank, locale: 'en', seed: 3 });
    const reflection = plan.blocks.find((b) => b.phase === 'dialogueReflection');
    expect(reflection?.questions).toHaveLength(3);
    expect(reflection?.questions.every((q) => ['r1', 'r2', 'r3', 'r4'].includes(q.id))).toBe(true);
    expect(reflection?.questions.map((q) => q.text)).toContain(bank.find((q) => q.id === reflection?.questions[0]?.id)?.text.en);
    expect(plan.blocks.find((b) => b.phase === 'dialogueWishes')?.questions).toEqual([{ id: 'w1', text: 'What is your first step?' }]);
    expect(plan.blocks.find((b) => b.phase === 'dialogueOpening')?.questions).toEqual([]);
    expect(codes({ ambitions, participants: people(6), questions: bank })).toEqual([]);
    expect(canonicalJson(planOf({ ambitions, participants: people(6), questions: [...bank].reverse(), locale: 'en', seed: 3 }))).toBe(
      canonicalJson(plan),
    );
  });

  it('warns when the bank has no reflection questions for a future dialogue, unless no questions are wanted', () => {
    const development = bank.filter((q) => q.id === 'd1' || q.id === 'w1');
    expect(codes({ ambitions, participants: people(6), questions: development })).toEqual(['dialogue.questions.none']);
    expect(codes({ ambitions, participants: people(6) })).toEqual(['dialogue.questions.none']);
    expect(codes({ ambitions, participants: people(6), questionsPerBlock: 0 })).toEqual([]);
  });

  it('reports broken entries of the bank once, under questions, and still uses the rest', () => {
    const result = planFutureDialogue({ ambitions, participants: people(6), questions: [...bank, { id: 'kapot' }] });
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['question.select.skipped', ['questions', 6]]]);
    if (result.ok) expect(result.value.blocks[2]?.questions).toHaveLength(3);
    expect(planFutureDialogue({ ambitions, participants: people(6), questions: 'geen' as never }).ok).toBe(false);
  });
});

const participantsArbitrary = fc
  .uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/), { minLength: 1, maxLength: 120 })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      fc.array(fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { nil: undefined }), { minLength: ids.length, maxLength: ids.length }),
    ),
  )
  .map(([ids, teams]) => ids.map((id, i): DialogueParticipant => (teams[i] === undefined ? { id } : { id, team: teams[i] as string })));
const seedArbitrary = fc.oneof(fc.integer(), fc.string({ maxLength: 12 }));

describe('planFutureDialogue: properties', () => {
  it('puts every participant in exactly one group', () => {
    fc.assert(
      fc.property(
        participantsArbitrary,
        fc.integer({ min: 2, max: 20 }),
        fc.boolean(),
        seedArbitrary,
        (participants, groupSize, balanceByTeam, seed) => {
          const plan = planOf({ ambitions, participants, format: { groupSize, balanceByTeam }, seed });
          const placed = plan.groups.flatMap((g) => g.participantIds);
          expect([...placed].sort()).toEqual(participants.map((p) => p.id).sort());
          expect(new Set(placed).size).toBe(placed.length);
        },
      ),
    );
  });

  it('keeps group sizes within one of each other and within the group size, with or without team balance', () => {
    fc.assert(
      fc.property(
        participantsArbitrary,
        fc.integer({ min: 2, max: 20 }),
        fc.boolean(),
        seedArbitrary,
        (participants, groupSize, balanceByTeam, seed) => {
          const plan = planOf({ ambitions, participants, format: { groupSize, balanceByTeam }, seed });
          const sizes = plan.groups.map((g) => g.participantIds.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          expect(Math.max(...sizes)).toBeLessThanOrEqual(groupSize);
          expect(plan.groups).toHaveLength(Math.ceil(participants.length / groupSize));
        },
      ),
    );
  });

  it('spreads each team evenly when balanced by team: per group, a team differs by at most one member', () => {
    fc.assert(
      fc.property(participantsArbitrary, fc.integer({ min: 2, max: 20 }), seedArbitrary, (participants, groupSize, seed) => {
        const plan = planOf({ ambitions, participants, format: { groupSize, balanceByTeam: true }, seed });
        const teamOf = new Map(participants.map((p) => [p.id, p.team ?? '']));
        for (const team of new Set(teamOf.values())) {
          const counts = plan.groups.map((g) => g.participantIds.filter((id) => teamOf.get(id) === team).length);
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('does not depend on the order the participants are given in', () => {
    fc.assert(
      fc.property(participantsArbitrary, fc.boolean(), seedArbitrary, fc.integer(), (participants, balanceByTeam, seed, shuffleSeed) => {
        const shuffled = createRandom(shuffleSeed).shuffle(participants);
        const a = planOf({ ambitions, participants, format: { groupSize: 4, balanceByTeam }, seed });
        const b = planOf({ ambitions, participants: shuffled, format: { groupSize: 4, balanceByTeam }, seed });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 50 },
    );
  });

  it('advises in the time warning the least number of minutes that really is enough', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 240 }),
        fc.integer({ min: 2, max: 150 }),
        fc.integer({ min: 2, max: 8 }),
        (minutes, count, groupSize) => {
          const plan = (total: number) =>
            planFutureDialogue({ ambitions, participants: people(count), format: { minutes: total, groupSize }, questionsPerBlock: 0 });
          const tight = (total: number): boolean => plan(total).findings.some((f) => f.code === 'dialogue.time.tooLittleForGroups');
          const warning = plan(minutes).findings.find((f) => f.code === 'dialogue.time.tooLittleForGroups');
          if (warning === undefined) return;
          const needed = warning.params['needed'] as number;
          expect(needed).toBeGreaterThan(minutes);
          if (needed <= 480) expect(tight(needed)).toBe(false);
          if (needed - 1 <= 480) expect(tight(needed - 1)).toBe(true);
        },
      ),
    );
  });

  it("lets the blocks add up exactly to the format's minutes, back to back, none empty", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 480 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 2, max: 20 }),
        fc.constantFrom('offline', 'online'),
        (minutes, count, groupSize, mode) => {
          const result = planFutureDialogue({
            ambitions,
            participants: people(count),
            format: { minutes, groupSize, mode },
            questionsPerBlock: 0,
          });
          if (!result.ok) throw new Error('unexpected');
          const plan = result.value;
          expect(plan.blocks.reduce((sum, b) => sum + b.minutes, 0)).toBe(minutes);
          // Without the warning, the reflection has its 15 minutes and every group its 3 in the harvest.
          const tight = result.findings.some((f) => f.code === 'dialogue.time.tooLittleForGroups');
          const reflection = plan.blocks[2]?.minutes ?? 0;
          const harvest = plan.blocks[3]?.minutes ?? 0;
          const groups = plan.groups.length;
          expect(tight).toBe(!(reflection >= 15 && harvest >= (groups > 1 ? Math.max(5, 3 * groups) : 5)));
          let start = 0;
          for (const block of plan.blocks) {
            expect(block.startMinute).toBe(start);
            expect(block.minutes).toBeGreaterThanOrEqual(1);
            start += block.minutes;
          }
        },
      ),
    );
  });
});
