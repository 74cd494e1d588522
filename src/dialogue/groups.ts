// The division of a future dialogue's participants into reflection groups.
import { compareText, createRandom } from '../core/index.js';
import { groupCountFor } from './timing.js';
import type { DialogueFormat, DialogueGroup } from './types.js';

interface Member {
  readonly id: string;
  readonly team?: string | undefined;
}

/**
 * The deck to deal: sorted by id first, so the outcome does not depend on the order the
 * participants were given in, then shuffled with the seed. Balanced by team, each team (people
 * without a team form one more "team") is shuffled on its own and the teams are laid end to end,
 * largest first: a team then occupies a run of consecutive cards.
 */
function deckOf(participants: readonly Member[], balanceByTeam: boolean, seed: number | string): Member[] {
  const random = createRandom(seed);
  const sorted = [...participants].sort((a, b) => compareText(a.id, b.id));
  if (!balanceByTeam) return random.shuffle(sorted);
  const teams = new Map<string, Member[]>();
  for (const participant of sorted) {
    // '' is a key no team id can have (ids are trimmed and non-empty), so "no team" never merges with a real team.
    const key = participant.team ?? '';
    const members = teams.get(key);
    if (members) members.push(participant);
    else teams.set(key, [participant]);
  }
  const ordered = [...teams.entries()].sort(([keyA, a], [keyB, b]) => b.length - a.length || compareText(keyA, keyB));
  return ordered.flatMap(([, members]) => random.shuffle(members));
}

/** Ambitions dealt round the groups: every ambition gets a group and every group an ambition. */
function dealAmbitions(ambitionIds: readonly string[], count: number): string[][] {
  const dealt: string[][] = Array.from({ length: count }, () => []);
  if (ambitionIds.length >= count) {
    ambitionIds.forEach((id, index) => {
      (dealt[index % count] as string[]).push(id);
    });
  } else {
    for (let group = 0; group < count; group++) (dealt[group] as string[]).push(ambitionIds[group % ambitionIds.length] as string);
  }
  return dealt;
}

/**
 * Divides participants into groups by dealing the deck round the groups like cards, which keeps
 * group sizes within one of each other. Balanced by team, a team's consecutive cards land in
 * consecutive groups, so every team is spread over the groups with at most one member difference
 * between any two groups.
 */
export function divideIntoGroups(
  participants: readonly Member[],
  ambitionIds: readonly string[],
  format: DialogueFormat,
  seed: number | string,
): DialogueGroup[] {
  const deck = deckOf(participants, format.balanceByTeam, seed);
  const count = groupCountFor(deck.length, format.groupSize);
  const members: string[][] = Array.from({ length: count }, () => []);
  deck.forEach((participant, index) => {
    (members[index % count] as string[]).push(participant.id);
  });
  const ambitions = dealAmbitions(ambitionIds, count);
  return members.map((ids, index) => ({
    id: `group-${index + 1}`,
    number: index + 1,
    participantIds: ids.sort(compareText),
    ambitionIds: ambitions[index] as string[],
  }));
}
