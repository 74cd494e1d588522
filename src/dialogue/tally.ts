// Counting the people, wishes, ambitions and focus behind each theme, and ranking the themes.
import { compareText } from '../core/index.js';
import type { FocusArea } from '../vocabulary/index.js';
import type { Membership, ThemeInfo } from './themes.js';
import type { AgendaTheme, ThemeAmbition } from './types.js';

interface Tally {
  readonly participants: Set<string>;
  readonly wishIds: string[];
  readonly focus: Record<FocusArea, number>;
  readonly ambitions: Map<string, { readonly participants: Set<string>; wishes: number }>;
}

function tallyThemes(memberships: readonly Membership[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const { wish, themes } of memberships) {
    for (const theme of themes) {
      let tally = tallies.get(theme);
      if (!tally) {
        tally = { participants: new Set(), wishIds: [], focus: { knowledge: 0, skills: 0, competences: 0 }, ambitions: new Map() };
        tallies.set(theme, tally);
      }
      tally.participants.add(wish.participantId);
      tally.wishIds.push(wish.id);
      tally.focus[wish.focus] += 1;
      if (wish.ambitionIds === 'none') continue;
      for (const ambition of new Set(wish.ambitionIds)) {
        let served = tally.ambitions.get(ambition);
        if (!served) {
          served = { participants: new Set(), wishes: 0 };
          tally.ambitions.set(ambition, served);
        }
        served.participants.add(wish.participantId);
        served.wishes += 1;
      }
    }
  }
  return tallies;
}

/** Most people first, then most ambitions served, then most wishes, then id. */
function compareThemes(a: AgendaTheme, b: AgendaTheme): number {
  return (
    b.participantCount - a.participantCount ||
    b.ambitions.length - a.ambitions.length ||
    b.wishCount - a.wishCount ||
    compareText(a.id, b.id)
  );
}

/** The themes of these memberships, counted and ranked (1-based). */
export function rankThemes(memberships: readonly Membership[], info: ReadonlyMap<string, ThemeInfo>): AgendaTheme[] {
  const themes = [...tallyThemes(memberships).entries()].map(([id, tally]): AgendaTheme => {
    const ambitions: ThemeAmbition[] = [...tally.ambitions.entries()]
      .map(([ambition, served]) => ({ id: ambition, participantCount: served.participants.size, wishCount: served.wishes }))
      .sort((a, b) => b.participantCount - a.participantCount || b.wishCount - a.wishCount || compareText(a.id, b.id));
    const about = info.get(id) as ThemeInfo;
    return {
      id,
      label: about.label,
      origin: about.origin,
      rank: 0,
      participantCount: tally.participants.size,
      wishCount: tally.wishIds.length,
      ambitions,
      focus: tally.focus,
      wishIds: tally.wishIds.sort(compareText),
    };
  });
  return themes.sort(compareThemes).map((theme, index) => ({ ...theme, rank: index + 1 }));
}
