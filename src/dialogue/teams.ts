// The development agenda per team.
import { compareText } from '../core/index.js';
import { rankThemes } from './tally.js';
import type { Membership, ThemeInfo } from './themes.js';
import type { DialogueParticipant, TeamAgenda } from './types.js';

/**
 * Every team of the participants (sorted by team id), with its size, its wishes and its themes
 * ranked as the overall list is. Participants without a team are in no team.
 */
export function teamAgendas(
  participants: readonly DialogueParticipant[],
  memberships: readonly Membership[],
  info: ReadonlyMap<string, ThemeInfo>,
): TeamAgenda[] {
  const byTeam = new Map<string, Membership[]>();
  for (const membership of memberships) {
    if (membership.team === undefined) continue;
    const list = byTeam.get(membership.team);
    if (list) list.push(membership);
    else byTeam.set(membership.team, [membership]);
  }
  const sizes = new Map<string, number>();
  for (const participant of participants) {
    if (participant.team !== undefined) sizes.set(participant.team, (sizes.get(participant.team) ?? 0) + 1);
  }
  return [...sizes.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([team, size]) => {
      const list = byTeam.get(team) ?? [];
      return { team, participantCount: size, wishCount: list.length, themes: rankThemes(list, info) };
    });
}
