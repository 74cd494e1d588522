// Which themes each wish belongs to: the given themes it names, else those whose keywords it
// contains, else one detected from similar titles. Titles are compared with the core title toolkit.
import { similarTitleKeys, textWords, titleKey, titleWords } from '../core/index.js';
import { detectedPrefix } from './checks.js';
import type { DevelopmentWish, ThemeOrigin } from './types.js';

/** A given theme as the aggregation reads it: keywords are always there once validated. */
export interface GivenTheme {
  readonly id: string;
  readonly label: string;
  readonly keywords: readonly string[];
}

/** One wish with its team and the themes it belongs to. */
export interface Membership {
  readonly wish: DevelopmentWish;
  readonly team: string | undefined;
  readonly themes: readonly string[];
}

export interface ThemeInfo {
  readonly label: string;
  readonly origin: ThemeOrigin;
}

export interface Themed {
  readonly memberships: readonly Membership[];
  readonly info: ReadonlyMap<string, ThemeInfo>;
}

/**
 * The given themes a wish's title or description mentions: a keyword matches when all of its words
 * occur. Matches depend only on title and description, which a session repeats a lot, so they are
 * remembered per text for the length of one aggregation.
 */
function keywordMatcher(themes: readonly GivenTheme[]): (wish: DevelopmentWish) => readonly string[] {
  // The order of a wish's themes is never read: the tally ranks them.
  const keywords = themes.map((theme) => ({ id: theme.id, words: theme.keywords.map((keyword) => [...new Set(titleWords(keyword))]) }));
  if (keywords.length === 0) return () => [];
  const known = new Map<string, readonly string[]>();
  return (wish) => {
    const text = wish.description === undefined ? wish.title : `${wish.title}\u0000${wish.description}`;
    let matched = known.get(text);
    if (matched === undefined) {
      const words = new Set(titleWords(wish.title));
      if (wish.description !== undefined) for (const word of textWords(wish.description)) words.add(word);
      matched = keywords
        .filter((theme) => theme.words.some((keyword) => keyword.every((word) => words.has(word))))
        .map((theme) => theme.id);
      known.set(text, matched);
    }
    return matched;
  };
}

/**
 * Groups the distinct title keys into themes: keys are linked when similar (Jaccard >= 0.5), and a
 * theme is a connected set of linked keys. Connected sets do not depend on the order of discovery,
 * so the themes do not depend on the order of the wishes; each key maps to its set's smallest key.
 */
function detectThemes(keys: ReadonlyMap<string, readonly string[]>): ReadonlyMap<string, string> {
  const names = [...keys.keys()];
  const parent = new Map<string, string>(names.map((name) => [name, name]));
  const root = (name: string): string => {
    let current = name;
    while (parent.get(current) !== current) {
      const up = parent.get(parent.get(current) as string) as string;
      parent.set(current, up);
      current = up;
    }
    return current;
  };
  const byWord = new Map<string, string[]>();
  for (const name of names) {
    for (const word of keys.get(name) as readonly string[]) {
      const list = byWord.get(word);
      if (list) list.push(name);
      else byWord.set(word, [name]);
    }
  }
  for (const name of names) {
    const words = keys.get(name) as readonly string[];
    const own = new Set(words);
    const checked = new Set<string>();
    for (const word of words) {
      for (const other of byWord.get(word) as string[]) {
        if (other <= name || checked.has(other)) continue;
        checked.add(other);
        if (!similarTitleKeys(keys.get(other) as readonly string[], own)) continue;
        const a = root(name);
        const b = root(other);
        // The smaller key becomes the root, so the root is always the set's smallest key.
        if (a < b) parent.set(b, a);
        else parent.set(a, b);
      }
    }
  }
  return new Map<string, string>(names.map((name) => [name, root(name)]));
}

/** The label of each detected theme: its most frequent title, ties broken by code-unit order. */
function detectedLabels(titles: ReadonlyMap<string, ReadonlyMap<string, number>>): Map<string, ThemeInfo> {
  const info = new Map<string, ThemeInfo>();
  for (const [id, counts] of titles) {
    let best = '';
    let bestCount = -1;
    for (const [title, count] of counts) {
      if (count > bestCount || (count === bestCount && title < best)) {
        best = title;
        bestCount = count;
      }
    }
    info.set(id, { label: best, origin: 'detected' });
  }
  return info;
}

/**
 * The themes of every wish: its `themeIds`; else every given theme whose keywords it contains; else
 * the detected theme of its title. Returns the memberships in the order of the wishes, and the label
 * and origin of every theme that has wishes or was given.
 */
export function assignThemes(
  wishes: readonly DevelopmentWish[],
  themes: readonly GivenTheme[],
  teamOf: ReadonlyMap<string, string | undefined>,
): Themed {
  const matches = keywordMatcher(themes);
  const given = wishes.map((wish) =>
    wish.themeIds !== undefined && wish.themeIds.length > 0 ? [...new Set(wish.themeIds)] : matches(wish),
  );
  // The wishes that matched no given theme are themed by their title's key.
  const keyOfTitle = new Map<string, string>();
  const keys = new Map<string, readonly string[]>();
  wishes.forEach((wish, index) => {
    if ((given[index] as readonly string[]).length > 0 || keyOfTitle.has(wish.title)) return;
    const key = titleKey(wish.title);
    const name = key.join(' ');
    keyOfTitle.set(wish.title, name);
    keys.set(name, key);
  });
  const detected = detectThemes(keys);
  const titles = new Map<string, Map<string, number>>();
  const memberships = wishes.map((wish, index): Membership => {
    const team = teamOf.get(wish.participantId);
    const own = given[index] as readonly string[];
    if (own.length > 0) return { wish, team, themes: own };
    const id = `${detectedPrefix}${(detected.get(keyOfTitle.get(wish.title) as string) as string).replaceAll(' ', '-')}`;
    const counts = titles.get(id) ?? new Map<string, number>();
    titles.set(id, counts);
    counts.set(wish.title, (counts.get(wish.title) ?? 0) + 1);
    return { wish, team, themes: [id] };
  });
  const info = detectedLabels(titles);
  for (const theme of themes) info.set(theme.id, { label: theme.label, origin: 'given' });
  return { memberships, info };
}
