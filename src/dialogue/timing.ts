// How the minutes of a future dialogue are shared over its blocks, and when they are too few.
import type { DialogueSetting } from './types.js';

/** The six blocks of a future dialogue, by their phase in the vocabulary. */
export type BlockPhase =
  | 'dialogueOpening'
  | 'dialogueAmbitions'
  | 'dialogueReflection'
  | 'dialogueHarvest'
  | 'dialogueWishes'
  | 'dialogueClosing';

/** The blocks in the order of the session. */
export const blockOrder: readonly BlockPhase[] = [
  'dialogueOpening',
  'dialogueAmbitions',
  'dialogueReflection',
  'dialogueHarvest',
  'dialogueWishes',
  'dialogueClosing',
];

export const blockSettings: Readonly<Record<BlockPhase, DialogueSetting>> = {
  dialogueOpening: 'plenary',
  dialogueAmbitions: 'plenary',
  dialogueReflection: 'groups',
  dialogueHarvest: 'plenary',
  dialogueWishes: 'individual',
  dialogueClosing: 'plenary',
};

/** Shortest reflection in groups worth the name: below this, groups only introduce themselves. */
const minReflectionMinutes = 15;
/** Each group needs this long to report in the plenary harvest. */
const harvestMinutesPerGroup = 3;
/** A plenary harvest with a single group is a short wrap-up. */
const minHarvestMinutes = 5;

export interface Timing {
  readonly minutes: Readonly<Record<BlockPhase, number>>;
  /** Set when the reflection and harvest do not both get their minimum: the least total at which they do. */
  readonly needed?: number;
}

/** The number of reflection groups: as few as keep every group within the group size. */
export function groupCountFor(participants: number, groupSize: number): number {
  return Math.max(1, Math.ceil(participants / groupSize));
}

/** Opening, ambitions, wishes and closing: 1/12, 1/8, 1/6 and 1/12 of the session. */
function fixedShares(total: number): { opening: number; ambitions: number; wishes: number; closing: number } {
  return {
    opening: Math.round(total / 12),
    ambitions: Math.round(total / 8),
    wishes: Math.round(total / 6),
    closing: Math.round(total / 12),
  };
}

/** The minutes left for reflection and harvest once the fixed shares are taken. */
function flexibleMinutes(total: number): number {
  const fixed = fixedShares(total);
  return total - fixed.opening - fixed.ambitions - fixed.wishes - fixed.closing;
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
 * (10, 15, 20 and 10 of 120 minutes); the plenary harvest wants 1/6 but at least three minutes per
 * group; the reflection takes what is left. When the reflection would drop below 15 minutes the
 * harvest gives way first, down to its minimum; only when both minimums do not fit is the time too
 * short, and the two share what there is in proportion to their minimums. The reflection is the
 * remainder, so the blocks always add up exactly.
 */
export function timeBlocks(total: number, groups: number): Timing {
  const fixed = fixedShares(total);
  const available = flexibleMinutes(total);
  // One group's three minutes are below the minimum, so one group gets the minimum too.
  const harvestNeed = Math.max(minHarvestMinutes, harvestMinutesPerGroup * groups);
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
    dialogueOpening: fixed.opening,
    dialogueAmbitions: fixed.ambitions,
    dialogueReflection: available - harvest,
    dialogueHarvest: harvest,
    dialogueWishes: fixed.wishes,
    dialogueClosing: fixed.closing,
  };
  return needed === undefined ? { minutes } : { minutes, needed };
}
