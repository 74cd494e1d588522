import type { Finding, Result } from '../core/index.js';
import { deepFreeze, duplicateIds, fail, findingsFrom, parseWith, resultOf } from '../core/index.js';
import type { GoalTextAnalysis } from '../agreements/index.js';
import { analyzeGoalText } from '../agreements/index.js';
import type { FocusArea } from '../vocabulary/index.js';
import { dialogueMessages } from './messages.js';
import type { AggregateDevelopmentAgendaInput, DevelopmentWish, DialogueTheme } from './schema.js';
import { aggregateDevelopmentAgendaInputSchema } from './schema.js';

const finding = findingsFrom(dialogueMessages);

/**
 * How a theme came about: given by the caller (`themes` of the input), or detected from the titles
 * of wishes that matched no given theme.
 *
 * @example
 * ```ts
 * import type { ThemeOrigin } from 'ontwikkelgesprek';
 * const origin: ThemeOrigin = 'detected';
 * ```
 */
export type ThemeOrigin = 'given' | 'detected';

/**
 * How one ambition is served within a theme.
 *
 * @example
 * ```ts
 * import type { ThemeAmbition } from 'ontwikkelgesprek';
 * const served: ThemeAmbition = { id: 'data', participantCount: 12, wishCount: 14 };
 * ```
 */
export interface ThemeAmbition {
  readonly id: string;
  readonly participantCount: number;
  readonly wishCount: number;
}

/**
 * A theme of the development agenda with the people, wishes and ambitions behind it.
 *
 * @example
 * ```ts
 * import type { AgendaTheme } from 'ontwikkelgesprek';
 * function line(theme: AgendaTheme): string {
 *   return `${theme.rank}. ${theme.label}: ${theme.participantCount} people, ${theme.ambitions.length} ambitions`;
 * }
 * ```
 */
export interface AgendaTheme {
  readonly id: string;
  readonly label: string;
  readonly origin: ThemeOrigin;
  /** 1-based position in its list. */
  readonly rank: number;
  /** Distinct participants with at least one wish in the theme. */
  readonly participantCount: number;
  readonly wishCount: number;
  /** The ambitions the theme's wishes serve, most people first, then by id. */
  readonly ambitions: readonly ThemeAmbition[];
  /** Wishes per development focus. */
  readonly focus: Readonly<Record<FocusArea, number>>;
  /** The theme's wishes, sorted by id. */
  readonly wishIds: readonly string[];
}

/**
 * The development agenda of one team.
 *
 * @example
 * ```ts
 * import type { TeamAgenda } from 'ontwikkelgesprek';
 * function top(team: TeamAgenda): string | undefined {
 *   return team.themes[0]?.label;
 * }
 * ```
 */
export interface TeamAgenda {
  readonly team: string;
  /** Participants of the team (with or without wishes). */
  readonly participantCount: number;
  readonly wishCount: number;
  readonly themes: readonly AgendaTheme[];
}

/**
 * A wish the goal-text analysis found vague, with the SMART criteria it judged unmet.
 *
 * @example
 * ```ts
 * import type { VagueWish } from 'ontwikkelgesprek';
 * const vague: VagueWish = { wishId: 'w3', participantId: 'p2', title: 'Iets met communicatie', missing: ['specific', 'timeBound'] };
 * ```
 */
export interface VagueWish {
  readonly wishId: string;
  readonly participantId: string;
  readonly title: string;
  readonly missing: readonly ('specific' | 'measurable' | 'timeBound')[];
}

/**
 * The organisation's development agenda from a future dialogue.
 *
 * @example
 * ```ts
 * import type { DevelopmentAgenda } from 'ontwikkelgesprek';
 * function headline(agenda: DevelopmentAgenda): string {
 *   return `${agenda.totals.wishes} wishes in ${agenda.totals.themes} themes`;
 * }
 * ```
 */
export interface DevelopmentAgenda {
  /** All themes, ranked: most people first, then most ambitions served, then most wishes, then id. */
  readonly themes: readonly AgendaTheme[];
  /** Per team (sorted by team id), ranked the same way; participants without a team are only in the overall list. */
  readonly teams: readonly TeamAgenda[];
  /** Ambitions no wish links to, sorted by id. */
  readonly unconnectedAmbitionIds: readonly string[];
  /** Wishes explicitly linked to no ambition (`ambitionIds: 'none'`), sorted by id. */
  readonly unlinkedWishIds: readonly string[];
  /** Wishes the goal-text analysis found vague, sorted by wish id (empty when `checkVagueness` is off). */
  readonly vagueWishes: readonly VagueWish[];
  readonly totals: {
    readonly wishes: number;
    /** Distinct participants with at least one wish. */
    readonly participants: number;
    readonly themes: number;
    /** Sum over themes of their wish counts: each wish counted once per theme it belongs to. */
    readonly themeMemberships: number;
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Function words and the words every wish shares ("I want to learn more") say nothing about its
// subject; both languages at once, because a bilingual team mixes them.
const stopWords = new Set([
  // nl
  'de',
  'het',
  'een',
  'en',
  'of',
  'van',
  'voor',
  'met',
  'in',
  'op',
  'aan',
  'bij',
  'naar',
  'over',
  'om',
  'te',
  'tot',
  'uit',
  'door',
  'als',
  'dat',
  'die',
  'dit',
  'deze',
  'mijn',
  'mij',
  'me',
  'je',
  'jouw',
  'jij',
  'uw',
  'ons',
  'onze',
  'zijn',
  'haar',
  'hun',
  'wat',
  'hoe',
  'ik',
  'wij',
  'we',
  'er',
  'is',
  'ook',
  'nog',
  'meer',
  'beter',
  'graag',
  'willen',
  'wil',
  'leren',
  'worden',
  'word',
  'iets',
  'goed',
  'kunnen',
  'kan',
  'gaan',
  'doen',
  'verbeteren',
  'ontwikkelen',
  'versterken',
  'verdiepen',
  // en
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'for',
  'with',
  'on',
  'at',
  'to',
  'from',
  'by',
  'about',
  'as',
  'that',
  'this',
  'these',
  'those',
  'my',
  'your',
  'our',
  'their',
  'his',
  'her',
  'its',
  'are',
  'be',
  'what',
  'how',
  'i',
  'more',
  'better',
  'into',
  'want',
  'would',
  'like',
  'learn',
  'become',
  'get',
  'something',
  'good',
  'can',
  'do',
  'improve',
  'improving',
  'develop',
  'developing',
  'strengthen',
  'deepen',
]);

/** Conservative plural stripping so "trainingen"/"training" and "skills"/"skill" meet. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('en')) return word.slice(0, -2);
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Lower case, accents off, split on anything that is not a letter or digit, stop words out, stemmed. */
function keywordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !stopWords.has(word))
    .map(stem);
}

/** The key of a title: its keywords, unique and sorted; a title of stop words only keeps its own words. */
function titleKey(title: string): string[] {
  const words = [...new Set(keywordsOf(title))].sort(compareIds);
  if (words.length > 0) return words;
  const plain = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .trim()
    .replace(/\s+/g, ' ');
  return [plain];
}

/** Two keys are similar when they share at least half of their combined words (Jaccard >= 0.5). */
function similar(a: readonly string[], b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return 2 * shared >= a.length + b.size - shared;
}

/**
 * Groups the distinct title keys into themes: keys are linked when similar, and a theme is a
 * connected set of linked keys. Connected sets do not depend on the order of discovery, so the
 * themes do not depend on the order of the wishes; a theme's id is its smallest key.
 */
function detectThemes(keys: ReadonlyMap<string, readonly string[]>): ReadonlyMap<string, string> {
  const names = [...keys.keys()].sort(compareIds);
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
        if (similar(keys.get(other) as readonly string[], own)) {
          const a = root(name);
          const b = root(other);
          if (a !== b) {
            // The smaller key becomes the root, so the root is always the component's smallest key.
            if (a < b) parent.set(b, a);
            else parent.set(a, b);
          }
        }
      }
    }
  }
  return new Map<string, string>(names.map((name) => [name, root(name)]));
}

interface Membership {
  readonly wish: DevelopmentWish;
  readonly team: string | undefined;
  readonly themes: readonly string[];
}

interface ThemeInfo {
  readonly label: string;
  readonly origin: ThemeOrigin;
}

function summarise(memberships: readonly Membership[], info: ReadonlyMap<string, ThemeInfo>): AgendaTheme[] {
  interface Tally {
    participants: Set<string>;
    wishIds: string[];
    focus: Record<FocusArea, number>;
    ambitions: Map<string, { participants: Set<string>; wishes: number }>;
  }
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
      if (wish.ambitionIds !== 'none') {
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
  }
  const themes = [...tallies.entries()].map(([id, tally]) => {
    const ambitions: ThemeAmbition[] = [...tally.ambitions.entries()]
      .map(([ambition, served]) => ({ id: ambition, participantCount: served.participants.size, wishCount: served.wishes }))
      .sort((a, b) => b.participantCount - a.participantCount || b.wishCount - a.wishCount || compareIds(a.id, b.id));
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
      wishIds: tally.wishIds.sort(compareIds),
    };
  });
  themes.sort(
    (a, b) =>
      b.participantCount - a.participantCount ||
      b.ambitions.length - a.ambitions.length ||
      b.wishCount - a.wishCount ||
      compareIds(a.id, b.id),
  );
  return themes.map((theme, index) => ({ ...theme, rank: index + 1 }));
}

const criteria = ['specific', 'measurable', 'timeBound'] as const;

/**
 * The criteria neither the title nor the first step meets, of those at least one of them judged
 * unmet: a wish is as concrete as the more concrete of its two parts.
 */
function unmetCriteria(title: GoalTextAnalysis, firstStep: GoalTextAnalysis): VagueWish['missing'] {
  return criteria.filter((criterion) => {
    const statuses = [title[criterion].status, firstStep[criterion].status];
    return !statuses.includes('met') && statuses.includes('unmet');
  });
}

/**
 * Turns the wishes of a future dialogue into the organisation's development agenda: themes ranked
 * by how many people and how many ambitions they serve, overall and per team; the ambitions no one
 * connects to; the wishes linked to no ambition; and the wishes the goal-text analysis of the
 * agreements module finds vague.
 *
 * Themes, deterministically: a wish with `themeIds` belongs to exactly those given themes; otherwise
 * to every given theme one of whose keywords occurs in its title or description (all of the
 * keyword's words, after normalising: lower case, accents off, stop words out, plurals stripped);
 * otherwise to one detected theme, formed by wishes whose normalised title words overlap for at
 * least half (Jaccard >= 0.5, chained), labelled with the most frequent title. A wish counts once
 * in every theme it belongs to. The result does not depend on the order of wishes, participants,
 * ambitions or themes.
 *
 * A wish is vague when the goal-text analysis finds it not specific, or neither measurable nor
 * time-bound; title and first step are analysed apart, and a criterion is met when either part meets it. References to unknown participants, ambitions or themes, and duplicate
 * ids, are errors.
 *
 * @example
 * ```ts
 * import { aggregateDevelopmentAgenda } from 'ontwikkelgesprek';
 * const result = aggregateDevelopmentAgenda({
 *   ambitions: [
 *     { id: 'data', title: 'Datagedreven werken' },
 *     { id: 'duurzaam', title: 'Duurzaam ondernemen' },
 *   ],
 *   participants: [{ id: 'p1', team: 'finance' }, { id: 'p2', team: 'sales' }],
 *   wishes: [
 *     { id: 'w1', participantId: 'p1', title: 'Dashboards bouwen', ambitionIds: ['data'], focus: 'skills', firstStep: 'Voor 1 maart de cursus Power BI afronden' },
 *     { id: 'w2', participantId: 'p2', title: 'Dashboards maken', ambitionIds: ['data'], focus: 'skills', firstStep: 'In april twee rapportages omzetten naar een dashboard' },
 *   ],
 * });
 * if (result.ok) {
 *   result.value.themes[0]?.participantCount; // 2
 *   result.value.unconnectedAmbitionIds; // ['duurzaam']
 * }
 * ```
 */
export function aggregateDevelopmentAgenda(input: AggregateDevelopmentAgendaInput): Result<DevelopmentAgenda> {
  const parsed = parseWith(aggregateDevelopmentAgendaInputSchema, input, { messages: dialogueMessages });
  if (!parsed.ok) return fail(parsed.findings);
  const { ambitions, participants, wishes, themes, locale, checkVagueness } = parsed.value;
  const findings: Finding[] = [];
  for (const { index, id } of duplicateIds(ambitions)) {
    findings.push(finding.error('dialogue.ambition.duplicate', { path: ['ambitions', index, 'id'], params: { id } }));
  }
  for (const { index, id } of duplicateIds(participants)) {
    findings.push(finding.error('dialogue.participant.duplicate', { path: ['participants', index, 'id'], params: { id } }));
  }
  for (const { index, id } of duplicateIds(themes)) {
    findings.push(finding.error('dialogue.theme.duplicate', { path: ['themes', index, 'id'], params: { id } }));
  }
  // Detected themes live under "detected:"; a given theme there would silently merge with one.
  themes.forEach((theme, index) => {
    if (theme.id.startsWith('detected:')) {
      findings.push(finding.error('dialogue.theme.reservedId', { path: ['themes', index, 'id'], params: { id: theme.id } }));
    }
  });
  for (const { index, id } of duplicateIds(wishes)) {
    findings.push(finding.error('dialogue.wish.duplicate', { path: ['wishes', index, 'id'], params: { id } }));
  }
  const teamOf = new Map(participants.map((participant) => [participant.id, participant.team]));
  const ambitionIds = new Set(ambitions.map((ambition) => ambition.id));
  const themeById = new Map<string, DialogueTheme>(themes.map((theme) => [theme.id, theme]));
  wishes.forEach((wish, index) => {
    if (!teamOf.has(wish.participantId)) {
      findings.push(
        finding.error('dialogue.wish.unknownParticipant', {
          path: ['wishes', index, 'participantId'],
          params: { wish: wish.id, participant: wish.participantId },
        }),
      );
    }
    if (wish.ambitionIds !== 'none') {
      wish.ambitionIds.forEach((ambition, at) => {
        if (!ambitionIds.has(ambition)) {
          findings.push(
            finding.error('dialogue.wish.unknownAmbition', {
              path: ['wishes', index, 'ambitionIds', at],
              params: { wish: wish.id, ambition },
            }),
          );
        }
      });
    }
    (wish.themeIds ?? []).forEach((theme, at) => {
      if (!themeById.has(theme)) {
        findings.push(
          finding.error('dialogue.wish.unknownTheme', { path: ['wishes', index, 'themeIds', at], params: { wish: wish.id, theme } }),
        );
      }
    });
  });
  if (findings.length > 0) return fail(findings);

  // Keyword matching: each given theme's keywords as word lists; a wish matches when one list is
  // wholly among its words.
  const sortedThemes = [...themes].sort((a, b) => compareIds(a.id, b.id));
  const themeKeywords = sortedThemes.map((theme) => ({
    id: theme.id,
    keywords: theme.keywords.map((keyword) => [...new Set(keywordsOf(keyword))]).filter((words) => words.length > 0),
  }));
  const wordCache = new Map<string, ReadonlySet<string>>();
  const wordsOf = (text: string): ReadonlySet<string> => {
    let words = wordCache.get(text);
    if (!words) {
      words = new Set(keywordsOf(text));
      wordCache.set(text, words);
    }
    return words;
  };
  const explicitOrKeyword: (readonly string[] | undefined)[] = [];
  const titleKeys = new Map<string, readonly string[]>();
  const nameOfTitle = new Map<string, string>();
  const matchesOfText = new Map<string, readonly string[]>();
  const keyOfWish: (string | undefined)[] = [];
  for (const wish of wishes) {
    if (wish.themeIds !== undefined && wish.themeIds.length > 0) {
      explicitOrKeyword.push([...new Set(wish.themeIds)].sort(compareIds));
      keyOfWish.push(undefined);
      continue;
    }
    // Keyword matches depend only on title and description, which a session repeats a lot.
    const textKey = wish.description === undefined ? wish.title : `${wish.title}\u0000${wish.description}`;
    let matched = matchesOfText.get(textKey);
    if (matched === undefined) {
      const title = wordsOf(wish.title);
      const description = wish.description === undefined ? undefined : wordsOf(wish.description);
      const has = (word: string): boolean => title.has(word) || (description?.has(word) ?? false);
      matched = themeKeywords.filter((theme) => theme.keywords.some((words) => words.every(has))).map((theme) => theme.id);
      matchesOfText.set(textKey, matched);
    }
    if (matched.length > 0) {
      explicitOrKeyword.push(matched);
      keyOfWish.push(undefined);
      continue;
    }
    let name = nameOfTitle.get(wish.title);
    if (name === undefined) {
      const key = titleKey(wish.title);
      name = key.join(' ');
      nameOfTitle.set(wish.title, name);
      titleKeys.set(name, key);
    }
    explicitOrKeyword.push(undefined);
    keyOfWish.push(name);
  }
  const detected = detectThemes(titleKeys);
  const detectedId = (key: string): string => `detected:${key.replace(/ /g, '-')}`;

  const info = new Map<string, ThemeInfo>();
  for (const theme of themes) info.set(theme.id, { label: theme.label, origin: 'given' });
  // Label of a detected theme: its most frequent title, ties broken by code-unit order.
  const titleCounts = new Map<string, Map<string, number>>();
  const memberships: Membership[] = wishes.map((wish, index) => {
    const given = explicitOrKeyword[index];
    const team = teamOf.get(wish.participantId);
    if (given !== undefined) return { wish, team, themes: given };
    const root = detected.get(keyOfWish[index] as string) as string;
    const id = detectedId(root);
    let counts = titleCounts.get(id);
    if (!counts) {
      counts = new Map();
      titleCounts.set(id, counts);
    }
    const title = wish.title.trim();
    counts.set(title, (counts.get(title) ?? 0) + 1);
    return { wish, team, themes: [id] };
  });
  for (const [id, counts] of titleCounts) {
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

  const overall = summarise(memberships, info);
  const byTeam = new Map<string, Membership[]>();
  for (const membership of memberships) {
    if (membership.team === undefined) continue;
    const list = byTeam.get(membership.team);
    if (list) list.push(membership);
    else byTeam.set(membership.team, [membership]);
  }
  const teamSizes = new Map<string, number>();
  for (const participant of participants) {
    if (participant.team !== undefined) teamSizes.set(participant.team, (teamSizes.get(participant.team) ?? 0) + 1);
  }
  const teams: TeamAgenda[] = [...teamSizes.entries()]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([team, size]) => {
      const list = byTeam.get(team) ?? [];
      return { team, participantCount: size, wishCount: list.length, themes: summarise(list, info) };
    });

  const connected = new Set<string>();
  for (const wish of wishes) if (wish.ambitionIds !== 'none') for (const id of wish.ambitionIds) connected.add(id);
  const unconnectedAmbitionIds = ambitions
    .filter((ambition) => !connected.has(ambition.id))
    .map((ambition) => ambition.id)
    .sort(compareIds);
  const unlinkedWishIds = wishes
    .filter((wish) => wish.ambitionIds === 'none')
    .map((wish) => wish.id)
    .sort(compareIds);

  const hints: Finding[] = [];
  ambitions.forEach((ambition, index) => {
    if (!connected.has(ambition.id)) {
      hints.push(
        finding.info('dialogue.agenda.ambitionUnconnected', {
          path: ['ambitions', index],
          params: { id: ambition.id, title: ambition.title },
        }),
      );
    }
  });
  const vagueWishes: VagueWish[] = [];
  // Title and first step are analysed apart and cached: a session repeats both far more often than
  // their combinations, which makes 50,000 wishes a few hundred analyses.
  const analysisCache = new Map<string, GoalTextAnalysis>();
  const analyse = (text: string): GoalTextAnalysis => {
    let analysis = analysisCache.get(text);
    if (!analysis) {
      analysis = analyzeGoalText(text, { locale });
      analysisCache.set(text, analysis);
    }
    return analysis;
  };
  wishes.forEach((wish, index) => {
    if (wish.ambitionIds === 'none') {
      hints.push(
        finding.info('dialogue.wish.noAmbition', { path: ['wishes', index, 'ambitionIds'], params: { id: wish.id, title: wish.title } }),
      );
    }
    if (!checkVagueness) return;
    const missing = unmetCriteria(analyse(wish.title.trim()), analyse(wish.firstStep.trim()));
    const vague = missing.includes('specific') || (missing.includes('measurable') && missing.includes('timeBound'));
    if (vague) {
      vagueWishes.push({ wishId: wish.id, participantId: wish.participantId, title: wish.title, missing });
      hints.push(
        finding.warning('dialogue.wish.vague', {
          path: ['wishes', index, 'firstStep'],
          params: { id: wish.id, title: wish.title, missing: missing.join(', ') },
        }),
      );
    }
  });
  vagueWishes.sort((a, b) => compareIds(a.wishId, b.wishId));

  const agenda: DevelopmentAgenda = {
    themes: overall,
    teams,
    unconnectedAmbitionIds,
    unlinkedWishIds,
    vagueWishes,
    totals: {
      wishes: wishes.length,
      participants: new Set(wishes.map((wish) => wish.participantId)).size,
      themes: overall.length,
      themeMemberships: overall.reduce((sum, theme) => sum + theme.wishCount, 0),
    },
  };
  return resultOf(deepFreeze(agenda), hints);
}
