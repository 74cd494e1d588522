// Worked cases for the session plan (session.ts, groups.ts, timing.ts, checks.ts): a session that runs
// over time, teams dealt over the groups, the findings with their places and params.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.js';
import type { DialogueParticipant, FutureDialoguePlan, PlanFutureDialogueInput } from '../../src/dialogue/index.js';
import { planFutureDialogue } from '../../src/dialogue/index.js';
import { timeBlocks } from '../../src/dialogue/timing.js';
import { builtInQuestions } from '../../src/questions/entry.js';

const ambitions = [
  { id: 'data', title: 'Datagedreven werken', description: 'Beslissingen onderbouwen met data.' },
  { id: 'klant', title: 'De klant centraal', description: 'Elke klant één aanspreekpunt.' },
];

function people(count: number): DialogueParticipant[] {
  return Array.from({ length: count }, (_, i) => ({ id: `p${String(i + 1).padStart(2, '0')}` }));
}

function planOf(input: PlanFutureDialogueInput): FutureDialoguePlan {
  const result = planFutureDialogue(input);
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.value;
}

const brief = (f: Finding) => ({ code: f.code, severity: f.severity, path: f.path, params: f.params });

describe('a session that runs over time', () => {
  it('shares 60 minutes for 14 groups over reflection and harvest in proportion to their minimums', () => {
    // Fixed: 5 + 8 + 10 + 5 = 28 of 60, so 32 are left; 14 groups want 42 minutes of harvest and
    // 15 of reflection. Harvest: floor(32 × 42 / 57) = 23; reflection: the other 9.
    const plan = planOf({ ambitions, participants: people(42), format: { minutes: 60, groupSize: 3 } });
    expect(plan.blocks.map((b) => [b.phase, b.startMinute, b.minutes])).toEqual([
      ['dialogueOpening', 0, 5],
      ['dialogueAmbitions', 5, 8],
      ['dialogueReflection', 13, 9],
      ['dialogueHarvest', 22, 23],
      ['dialogueWishes', 45, 10],
      ['dialogueClosing', 55, 5],
    ]);
  });

  it('asks for more minutes than given, even where fewer would do: 66 minutes for 7 groups need 67', () => {
    // The fixed blocks round: at 65 minutes 36 are left (enough for 21 + 15), at 66 only 35.
    const input = (minutes: number): PlanFutureDialogueInput => ({
      ambitions,
      participants: people(35),
      format: { minutes, groupSize: 5 },
    });
    const short = planFutureDialogue(input(66));
    expect(short.findings.map(brief)).toContainEqual({
      code: 'dialogue.time.tooLittleForGroups',
      severity: 'warning',
      path: ['format', 'minutes'],
      params: { minutes: 66, groups: 7, needed: 67 },
    });
    for (const minutes of [65, 67]) {
      expect(planFutureDialogue(input(minutes)).findings.map((f) => f.code)).not.toContain('dialogue.time.tooLittleForGroups');
    }
  });

  it('says how many minutes are needed only when they are short', () => {
    expect(Object.keys(timeBlocks(120, 5))).toEqual(['minutes']);
    expect(Object.keys(timeBlocks(60, 14))).toEqual(['minutes', 'needed']);
  });
});

describe('the groups of a session', () => {
  it('numbers the groups from 1 and lists each group’s members by id', () => {
    const plan = planOf({ ambitions, participants: people(7), format: { groupSize: 3 }, seed: 'voorjaar' });
    expect(plan.groups.map((g) => [g.id, g.number])).toEqual([
      ['group-1', 1],
      ['group-2', 2],
      ['group-3', 3],
    ]);
    for (const group of plan.groups) expect(group.participantIds).toEqual([...group.participantIds].sort());
    expect(plan.groups.map((g) => g.participantIds.length)).toEqual([3, 2, 2]);
  });

  it('deals the largest team first when balancing: the first group gets its extra member', () => {
    // Team "zuid" has 3, "midden" 2, "alfa" 1: dealt largest first over 2 groups, group 1 gets zuid,
    // zuid, midden and group 2 zuid, midden, alfa, whatever the shuffle within each team.
    const participants = [
      { id: 'p1', team: 'zuid' },
      { id: 'p2', team: 'zuid' },
      { id: 'p3', team: 'zuid' },
      { id: 'p4', team: 'midden' },
      { id: 'p5', team: 'midden' },
      { id: 'p6', team: 'alfa' },
    ];
    const teamOf = new Map(participants.map((p) => [p.id, p.team]));
    for (const seed of [1, 2, 'najaar']) {
      const plan = planOf({ ambitions, participants, format: { groupSize: 3, balanceByTeam: true }, seed });
      expect(plan.groups.map((g) => g.participantIds.map((id) => teamOf.get(id)).sort())).toEqual([
        ['midden', 'zuid', 'zuid'],
        ['alfa', 'midden', 'zuid'],
      ]);
    }
  });

  it('deals teams of equal size by team id, not by their first member', () => {
    // Team "beta" has the first member (p1), yet "alfa" is dealt first. Six people in groups of two:
    // three groups, dealt alfa, alfa, beta | beta, gamma, gamma round the groups.
    const participants = [
      { id: 'p1', team: 'beta' },
      { id: 'p2', team: 'alfa' },
      { id: 'p3', team: 'beta' },
      { id: 'p4', team: 'alfa' },
      { id: 'p5', team: 'gamma' },
      { id: 'p6', team: 'gamma' },
    ];
    const teamOf = new Map(participants.map((p) => [p.id, p.team]));
    const plan = planOf({ ambitions, participants, format: { groupSize: 2, balanceByTeam: true }, seed: 3 });
    expect(plan.groups.map((g) => g.participantIds.map((id) => teamOf.get(id)).sort())).toEqual([
      ['alfa', 'beta'],
      ['alfa', 'gamma'],
      ['beta', 'gamma'],
    ]);
  });

  it('without team balance, deals the shuffled people regardless of team', () => {
    // Pinned for a stored seed: the same people, teams or not, land in the same groups.
    const participants = people(6).map((p, i) => ({ ...p, team: i < 3 ? 'noord' : 'zuid' }));
    const plain = planOf({ ambitions, participants: people(6), format: { groupSize: 3 }, seed: 'voorjaar' });
    const teamed = planOf({ ambitions, participants, format: { groupSize: 3 }, seed: 'voorjaar' });
    expect(teamed.groups.map((g) => g.participantIds)).toEqual(plain.groups.map((g) => g.participantIds));
    const balanced = planOf({ ambitions, participants, format: { groupSize: 3, balanceByTeam: true }, seed: 'voorjaar' });
    expect(balanced.groups.map((g) => g.participantIds)).not.toEqual(teamed.groups.map((g) => g.participantIds));
  });
});

describe('the findings of a session plan', () => {
  it('refuses duplicate participants and ambitions, naming each by what it is', () => {
    const result = planFutureDialogue({
      ambitions: [...ambitions, { id: 'data', title: 'Data', description: 'Nog eens.' }],
      participants: [{ id: 'p1', name: 'Sanne' }, { id: 'p2' }, { id: 'p1', name: 'Sanne de Vries' }, { id: 'p2' }],
    });
    expect(result.ok).toBe(false);
    expect(result.findings.filter((f) => f.severity === 'error').map(brief)).toStrictEqual([
      {
        code: 'dialogue.ambition.duplicate',
        severity: 'error',
        path: ['ambitions', 2, 'id'],
        params: { ambition: { kind: 'ambition', id: 'data', title: 'Data' } },
      },
      {
        code: 'dialogue.participant.duplicate',
        severity: 'error',
        path: ['participants', 2, 'id'],
        params: { participant: { kind: 'participant', id: 'p1', title: 'Sanne de Vries' } },
      },
      {
        code: 'dialogue.participant.duplicate',
        severity: 'error',
        path: ['participants', 3, 'id'],
        params: { participant: { kind: 'participant', id: 'p2' } },
      },
    ]);
  });

  it('warns about an online session without breakout rooms at the format’s breakout rooms', () => {
    const result = planFutureDialogue({
      ambitions,
      participants: people(12),
      format: { mode: 'online', breakoutRooms: false, groupSize: 5 },
    });
    expect(result.findings.map(brief)).toContainEqual({
      code: 'dialogue.online.noBreakouts',
      severity: 'warning',
      path: ['format', 'breakoutRooms'],
      params: { participants: 12, groupSize: 5 },
    });
  });

  it('warns when the bank has no reflection questions, at the questions', () => {
    const result = planFutureDialogue({ ambitions, participants: people(4), questions: [] });
    expect(result.findings.map(brief)).toStrictEqual([
      { code: 'dialogue.questions.none', severity: 'warning', path: ['questions'], params: { block: 'dialogueReflection' } },
    ]);
    const full = planFutureDialogue({ ambitions, participants: people(4), questions: builtInQuestions });
    expect(full.findings).toEqual([]);
  });

  it('gives every block an empty list of questions when none are asked for', () => {
    const plan = planOf({ ambitions, participants: people(4), questions: builtInQuestions, questionsPerBlock: 0 });
    expect(plan.blocks.map((b) => b.questions)).toEqual([[], [], [], [], [], []]);
  });
});
