import type { Finding, Locale, Result } from '../core/index.js';
import { createRandom, deepFreeze, duplicateIds, fail, findingsFrom, parseWith, prefixPaths, resultOf } from '../core/index.js';
import { selectQuestions } from '../questions/index.js';
import type { PhaseId } from '../vocabulary/index.js';
import { phases } from '../vocabulary/index.js';
import { dialogueMessages } from './messages.js';
import type { OrganisationAmbition, DialogueFormat, DialogueParticipant, PlanFutureDialogueInput } from './schema.js';
import { planFutureDialogueInputSchema } from './schema.js';

const finding = findingsFrom(dialogueMessages);

/**
 * A reflection group of a future dialogue (a table in the room, or a breakout room online).
 *
 * @example
 * ```ts
 * import type { DialogueGroup } from 'ontwikkelgesprek';
 * const group: DialogueGroup = { id: 'group-1', number: 1, participantIds: ['p1', 'p4'], ambitionIds: ['data'] };
 * ```
 */
export interface DialogueGroup {
  /** `group-<number>`. */
  readonly id: string;
  /** 1-based, in the order of the plan. */
  readonly number: number;
  /** The members, sorted by id. */
  readonly participantIds: readonly string[];
  /**
   * The ambitions this group starts its reflection with. Ambitions are dealt round the groups, so
   * every ambition gets at least one group and every group at least one ambition.
   */
  readonly ambitionIds: readonly string[];
}

/**
 * A question chosen for a block of the session, in the session's language.
 *
 * @example
 * ```ts
 * import type { SessionQuestion } from 'ontwikkelgesprek';
 * const question: SessionQuestion = { id: 'fd-reflect-1', text: 'Wat betekent deze ambitie voor jouw werk?' };
 * ```
 */
export interface SessionQuestion {
  readonly id: string;
  readonly text: string;
}

/**
 * One timed block of a future dialogue. Blocks follow each other without gaps: a block starts at
 * the minute the previous one ends, and the last one ends at the format's minutes.
 *
 * @example
 * ```ts
 * import type { SessionBlock } from 'ontwikkelgesprek';
 * const block: SessionBlock = {
 *   phase: 'dialogueOpening',
 *   title: 'Opening',
 *   description: 'Welkom, doel en spelregels van de sessie.',
 *   setting: 'plenary',
 *   startMinute: 0,
 *   minutes: 10,
 *   questions: [],
 * };
 * ```
 */
export interface SessionBlock {
  /** The future-dialogue phase of the vocabulary this block implements. */
  readonly phase: PhaseId;
  /** Label of the phase, in the session's language. */
  readonly title: string;
  /** What happens in it, in the session's language. */
  readonly description: string;
  /** Everyone together, in the reflection groups, or each on their own. */
  readonly setting: 'plenary' | 'groups' | 'individual';
  /** Minutes after the start of the session. */
  readonly startMinute: number;
  readonly minutes: number;
  readonly questions: readonly SessionQuestion[];
}

/**
 * The plan of a future dialogue: the blocks (adding up exactly to `minutes`), the groups, and the
 * format as applied.
 *
 * @example
 * ```ts
 * import type { FutureDialoguePlan } from 'ontwikkelgesprek';
 * function agenda(plan: FutureDialoguePlan): string[] {
 *   return plan.blocks.map((block) => `${block.startMinute}' ${block.title} (${block.minutes} min)`);
 * }
 * ```
 */
export interface FutureDialoguePlan {
  readonly minutes: number;
  readonly format: DialogueFormat;
  readonly locale: Locale;
  readonly blocks: readonly SessionBlock[];
  readonly groups: readonly DialogueGroup[];
}

/** Shortest reflection in groups worth the name: below this, groups only introduce themselves. */
const minReflectionMinutes = 15;
/** Each group needs this long to report in the plenary harvest. */
const harvestMinutesPerGroup = 3;
/** A plenary harvest with a single group is a short wrap-up. */
const minHarvestMinutes = 5;

type BlockPhase = 'dialogueOpening' | 'dialogueAmbitions' | 'dialogueReflection' | 'dialogueHarvest' | 'dialogueWishes' | 'dialogueClosing';

const settings: Record<BlockPhase, SessionBlock['setting']> = {
  dialogueOpening: 'plenary',
  dialogueAmbitions: 'plenary',
  dialogueReflection: 'groups',
  dialogueHarvest: 'plenary',
  dialogueWishes: 'individual',
  dialogueClosing: 'plenary',
};

const order: readonly BlockPhase[] = [
  'dialogueOpening',
  'dialogueAmbitions',
  'dialogueReflection',
  'dialogueHarvest',
  'dialogueWishes',
  'dialogueClosing',
];

/** Code-unit order: the same on every runtime and locale, unlike `localeCompare`. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupCountFor(participants: number, groupSize: number): number {
  return Math.max(1, Math.ceil(participants / groupSize));
}

interface Timing {
  readonly minutes: Record<BlockPhase, number>;
  /** Set when the reflection and harvest do not both get their minimum. */
  readonly needed?: number;
}

/** The minutes left for reflection and harvest once the fixed shares are taken. */
function flexibleMinutes(total: number): number {
  return total - Math.round(total / 12) - Math.round(total / 8) - Math.round(total / 6) - Math.round(total / 12);
}

/**
 * The least total at which reflection and harvest both get their minimum. The fixed blocks grow with
 * the total, so adding the shortfall is not enough; the search starts where the flexible part alone
 * would suffice and stays cheap (a few thousand steps for the largest sessions).
 */
function minutesNeeded(total: number, harvestNeed: number): number {
  let candidate = Math.max(total + 1, harvestNeed + minReflectionMinutes);
  while (flexibleMinutes(candidate) - harvestNeed < minReflectionMinutes) candidate++;
  return candidate;
}

/**
 * Splits the session over the blocks. Opening, ambitions, wishes and closing get fixed shares
 * (1/12, 1/8, 1/6, 1/12: 10, 15, 20 and 10 of 120 minutes); the plenary harvest wants 1/6 but at least
 * three minutes per group; the reflection takes what is left. When the reflection would drop below
 * 15 minutes the harvest gives way first, down to its minimum; only when both minimums do not fit is
 * the time too short, and the two share what there is in proportion to their minimums. The
 * reflection is the remainder, so the blocks always add up exactly.
 */
function timeBlocks(total: number, groups: number): Timing {
  const opening = Math.round(total / 12);
  const ambitions = Math.round(total / 8);
  const wishes = Math.round(total / 6);
  const closing = Math.round(total / 12);
  const available = total - opening - ambitions - wishes - closing;
  const harvestNeed = groups > 1 ? Math.max(minHarvestMinutes, harvestMinutesPerGroup * groups) : minHarvestMinutes;
  const harvestIdeal = Math.max(Math.round(total / 6), harvestNeed);
  let harvest: number;
  let needed: number | undefined;
  if (available - harvestIdeal >= minReflectionMinutes) {
    harvest = harvestIdeal;
  } else if (available - harvestNeed >= minReflectionMinutes) {
    harvest = available - minReflectionMinutes;
  } else {
    needed = minutesNeeded(total, harvestNeed);
    const share = Math.floor((available * harvestNeed) / (harvestNeed + minReflectionMinutes));
    harvest = Math.min(available - 1, Math.max(1, share));
  }
  const minutes: Record<BlockPhase, number> = {
    dialogueOpening: opening,
    dialogueAmbitions: ambitions,
    dialogueReflection: available - harvest,
    dialogueHarvest: harvest,
    dialogueWishes: wishes,
    dialogueClosing: closing,
  };
  return needed === undefined ? { minutes } : { minutes, needed };
}

/**
 * Divides participants into groups. The participants are first sorted by id, so the outcome does
 * not depend on the order they were given in; then shuffled with the seed; then dealt round the
 * groups like cards. Dealing is what keeps group sizes within one of each other.
 *
 * Balanced by team, each team (people without a team form one more "team") is shuffled on its own
 * and the teams are laid end to end, largest first, before dealing. A team then occupies a run of
 * consecutive cards, so it lands in consecutive groups: every team is spread over the groups with
 * at most one member difference between any two groups, and group sizes still differ by at most one.
 */
function divideIntoGroups(
  participants: readonly DialogueParticipant[],
  ambitions: readonly OrganisationAmbition[],
  format: DialogueFormat,
  seed: number | string,
): DialogueGroup[] {
  const random = createRandom(seed);
  const sorted = [...participants].sort((a, b) => compareIds(a.id, b.id));
  let deck: DialogueParticipant[];
  if (format.balanceByTeam) {
    const teams = new Map<string, DialogueParticipant[]>();
    for (const participant of sorted) {
      // '' is a key no team id can have (ids are trimmed and non-empty), so "no team" never merges with a real team.
      const key = participant.team ?? '';
      const members = teams.get(key);
      if (members) members.push(participant);
      else teams.set(key, [participant]);
    }
    const ordered = [...teams.entries()].sort(([keyA, a], [keyB, b]) => b.length - a.length || compareIds(keyA, keyB));
    deck = ordered.flatMap(([, members]) => random.shuffle(members));
  } else {
    deck = random.shuffle(sorted);
  }
  const count = groupCountFor(deck.length, format.groupSize);
  const members: string[][] = Array.from({ length: count }, () => []);
  deck.forEach((participant, index) => {
    (members[index % count] as string[]).push(participant.id);
  });
  const ambitionIds: string[][] = Array.from({ length: count }, () => []);
  if (ambitions.length >= count) {
    ambitions.forEach((ambition, index) => {
      (ambitionIds[index % count] as string[]).push(ambition.id);
    });
  } else {
    for (let group = 0; group < count; group++) {
      (ambitionIds[group] as string[]).push((ambitions[group % ambitions.length] as OrganisationAmbition).id);
    }
  }
  return members.map((ids, index) => ({
    id: `group-${index + 1}`,
    number: index + 1,
    participantIds: ids.sort(compareIds),
    ambitionIds: ambitionIds[index] as string[],
  }));
}

interface BlockQuestions {
  readonly byPhase: Partial<Record<BlockPhase, readonly SessionQuestion[]>>;
  readonly findings: readonly Finding[];
}

/**
 * The questions for each block, chosen from the caller's bank with `selectQuestions` (kind
 * `futureDialogue`, the block's phase, the session's seed and language). Only the reflection must
 * have questions; the other blocks take them when the bank has some. Entries of the bank that
 * `selectQuestions` skips are reported once, under `questions`.
 */
function questionsForBlock(bank: readonly unknown[], locale: Locale, perBlock: number, seed: number | string): BlockQuestions {
  if (perBlock === 0) return { byPhase: {}, findings: [] };
  const byPhase: Partial<Record<BlockPhase, readonly SessionQuestion[]>> = {};
  const findings: Finding[] = [];
  for (const phase of order) {
    const selection = selectQuestions(bank, { phase, kind: 'futureDialogue', locale, count: perBlock, seed });
    if (!selection.ok) {
      return {
        byPhase: {},
        findings: [finding.warning('dialogue.questions.invalid', { path: ['questions'], params: { count: bank.length } })],
      };
    }
    if (phase === 'dialogueOpening') {
      findings.push(
        ...prefixPaths(
          selection.findings.filter((f) => f.code !== 'question.select.fewerMatches'),
          ['questions'],
        ),
      );
    }
    byPhase[phase] = selection.value.questions.map((question) => ({ id: question.id, text: question.text[locale] }));
  }
  if ((byPhase.dialogueReflection ?? []).length === 0) {
    findings.push(finding.warning('dialogue.questions.none', { path: ['questions'], params: { block: 'dialogueReflection' } }));
  }
  return { byPhase, findings };
}

/**
 * Plans a future dialogue (*toekomstdialoog*): a timed session of opening, the ambitions,
 * reflection in groups with questions from the question bank, plenary harvest, individual wishes
 * and closing, whose blocks add up exactly to the format's minutes (default 120); a division of the
 * participants into groups of at most `groupSize` (sizes differ by at most one; with
 * `balanceByTeam`, every team is spread evenly too), repeatable with `seed`; and findings: too
 * little time for the number of groups, online without breakout rooms for more than one group's
 * worth of people, ambitions without a description, a bank without reflection questions.
 * Duplicate participant or ambition ids are errors.
 *
 * @example
 * ```ts
 * import { planFutureDialogue } from 'ontwikkelgesprek';
 * import { builtInQuestions } from 'ontwikkelgesprek/questions';
 *
 * const result = planFutureDialogue({
 *   ambitions: [
 *     { id: 'data', title: 'Datagedreven werken', description: 'Beslissingen onderbouwen met data.' },
 *     { id: 'klant', title: 'De klant centraal' },
 *   ],
 *   participants: [
 *     { id: 'p1', team: 'finance' },
 *     { id: 'p2', team: 'finance' },
 *     { id: 'p3', team: 'sales' },
 *     { id: 'p4', team: 'sales' },
 *     { id: 'p5', team: 'it' },
 *     { id: 'p6', team: 'it' },
 *   ],
 *   format: { minutes: 120, mode: 'online', groupSize: 3, balanceByTeam: true },
 *   questions: builtInQuestions,
 *   seed: 'voorjaar-2027',
 * });
 * if (result.ok) {
 *   result.value.blocks.reduce((sum, block) => sum + block.minutes, 0); // 120
 *   result.value.groups.length; // 2
 * }
 * result.findings.map((f) => f.code); // ['dialogue.ambition.noDescription']
 * ```
 */
export function planFutureDialogue(input: PlanFutureDialogueInput): Result<FutureDialoguePlan> {
  const parsed = parseWith(planFutureDialogueInputSchema, input, { messages: dialogueMessages });
  if (!parsed.ok) return fail(parsed.findings);
  const { ambitions, participants, format, locale, seed } = parsed.value;
  const findings: Finding[] = [];
  for (const { index, id } of duplicateIds(ambitions)) {
    findings.push(finding.error('dialogue.ambition.duplicate', { path: ['ambitions', index, 'id'], params: { id } }));
  }
  for (const { index, id } of duplicateIds(participants)) {
    findings.push(finding.error('dialogue.participant.duplicate', { path: ['participants', index, 'id'], params: { id } }));
  }
  ambitions.forEach((ambition, index) => {
    if ((ambition.description ?? '').trim() === '') {
      findings.push(
        finding.warning('dialogue.ambition.noDescription', {
          path: ['ambitions', index, 'description'],
          params: { id: ambition.id, title: ambition.title },
        }),
      );
    }
  });
  const groupCount = groupCountFor(participants.length, format.groupSize);
  if (format.mode === 'online' && !format.breakoutRooms && groupCount > 1) {
    findings.push(
      finding.warning('dialogue.online.noBreakouts', {
        path: ['format', 'breakoutRooms'],
        params: { participants: participants.length, groupSize: format.groupSize },
      }),
    );
  }
  const timing = timeBlocks(format.minutes, groupCount);
  if (timing.needed !== undefined) {
    findings.push(
      finding.warning('dialogue.time.tooLittleForGroups', {
        path: ['format', 'minutes'],
        params: { minutes: format.minutes, groups: groupCount, needed: timing.needed },
      }),
    );
  }
  const questions = questionsForBlock(parsed.value.questions, locale, parsed.value.questionsPerBlock, seed);
  findings.push(...questions.findings);
  if (findings.some((f) => f.severity === 'error')) return fail(findings);
  let start = 0;
  const blocks: SessionBlock[] = order.map((phase) => {
    const term = phases.find((candidate) => candidate.id === phase);
    const minutes = timing.minutes[phase];
    const block: SessionBlock = {
      phase,
      title: term?.label[locale] ?? phase,
      description: term?.description[locale] ?? '',
      setting: settings[phase],
      startMinute: start,
      minutes,
      questions: questions.byPhase[phase] ?? [],
    };
    start += minutes;
    return block;
  });
  const groups = divideIntoGroups(participants, ambitions, format, seed);
  return resultOf(deepFreeze({ minutes: format.minutes, format, locale, blocks, groups }), findings);
}
