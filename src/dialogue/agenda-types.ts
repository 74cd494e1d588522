// The development agenda a future dialogue yields (re-exported by types.ts, the module's one door for types).
import type { FocusArea } from '../vocabulary/index.js';

/**
 * How a theme came about: given by the caller (`themes` of the input), or detected from the titles
 * of wishes that matched no given theme.
 *
 * @example
 * ```ts
 * import { aggregateDevelopmentAgenda, type ThemeOrigin } from 'ontwikkelgesprek';
 * const agenda = aggregateDevelopmentAgenda({
 *   ambitions: [],
 *   participants: [{ id: 'p1' }],
 *   wishes: [{ id: 'w1', participantId: 'p1', title: 'Scrum master worden', ambitionIds: 'none', focus: 'competences', firstStep: 'Voor 1 september 2027 het certificaat halen' }],
 * });
 * const origin: ThemeOrigin | undefined = agenda.ok ? agenda.value.themes[0]?.origin : undefined;
 * origin; // 'detected'
 * ```
 */
export type ThemeOrigin = 'given' | 'detected';

/**
 * How one ambition is served within a theme: by how many people, with how many wishes.
 *
 * @example
 * ```ts
 * import { aggregateDevelopmentAgenda } from 'ontwikkelgesprek';
 * const step = 'Voor 1 juni 2027 een dashboard opleveren';
 * const agenda = aggregateDevelopmentAgenda({
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken' }],
 *   participants: [{ id: 'p1' }, { id: 'p2' }],
 *   wishes: [
 *     { id: 'w1', participantId: 'p1', title: 'Dashboards bouwen', ambitionIds: ['data'], focus: 'skills', firstStep: step },
 *     { id: 'w2', participantId: 'p1', title: 'Dashboards bouwen in Power BI', ambitionIds: ['data'], focus: 'skills', firstStep: step },
 *     { id: 'w3', participantId: 'p2', title: 'Dashboards bouwen', ambitionIds: ['data'], focus: 'skills', firstStep: step },
 *   ],
 * });
 * agenda.ok && agenda.value.themes[0]?.ambitions; // [{ id: 'data', participantCount: 2, wishCount: 3 }]
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
 * import { aggregateDevelopmentAgenda, type AgendaTheme } from 'ontwikkelgesprek';
 * function line(theme: AgendaTheme): string {
 *   return `${theme.rank}. ${theme.label} (${theme.participantCount} people; ${theme.focus.knowledge} about knowledge)`;
 * }
 * const step = 'Voor de zomer van 2027 de cursus Python afronden';
 * const agenda = aggregateDevelopmentAgenda({
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken' }],
 *   participants: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }],
 *   wishes: [
 *     { id: 'w1', participantId: 'p1', title: 'Data-analyse in Python', ambitionIds: ['data'], focus: 'knowledge', firstStep: step },
 *     { id: 'w2', participantId: 'p2', title: 'Python voor data-analyse', ambitionIds: ['data'], focus: 'skills', firstStep: step },
 *     { id: 'w3', participantId: 'p3', title: 'Scrum master worden', ambitionIds: 'none', focus: 'competences', firstStep: step },
 *   ],
 * });
 * agenda.ok && agenda.value.themes.map(line); // ['1. Data-analyse in Python (2 people; 1 about knowledge)', '2. Scrum master worden (1 people; 0 about knowledge)']
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
  /** The ambitions the theme's wishes serve, most people first, then most wishes, then by id. */
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
 * import { aggregateDevelopmentAgenda } from 'ontwikkelgesprek';
 * const step = 'In april 2027 vijf klantgesprekken voeren';
 * const agenda = aggregateDevelopmentAgenda({
 *   ambitions: [{ id: 'klant', title: 'De klant centraal' }],
 *   participants: [{ id: 'p1', team: 'sales' }, { id: 'p2', team: 'sales' }],
 *   wishes: [{ id: 'w1', participantId: 'p1', title: 'Klantgesprekken voeren', ambitionIds: ['klant'], focus: 'skills', firstStep: step }],
 * });
 * const sales = agenda.ok ? agenda.value.teams[0] : undefined;
 * sales && [sales.team, sales.participantCount, sales.wishCount, sales.themes[0]?.label]; // ['sales', 2, 1, 'Klantgesprekken voeren']
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
 * A wish the goal-text analysis found vague, with the SMART criteria neither its title nor its
 * first step meets.
 *
 * @example
 * ```ts
 * import { aggregateDevelopmentAgenda } from 'ontwikkelgesprek';
 * const agenda = aggregateDevelopmentAgenda({
 *   ambitions: [],
 *   participants: [{ id: 'p1' }],
 *   wishes: [{ id: 'w1', participantId: 'p1', title: 'Iets met communicatie', ambitionIds: 'none', focus: 'competences', firstStep: 'Eens kijken wat er is' }],
 *   locale: 'nl',
 * });
 * agenda.ok && agenda.value.vagueWishes[0]?.missing; // ['specific', 'measurable', 'timeBound']
 * ```
 */
export interface VagueWish {
  readonly wishId: string;
  readonly participantId: string;
  readonly title: string;
  readonly missing: readonly ('specific' | 'measurable' | 'timeBound')[];
}

/**
 * The counts of a development agenda.
 *
 * @example
 * ```ts
 * import { aggregateDevelopmentAgenda } from 'ontwikkelgesprek';
 * const step = 'Voor 1 juni 2027 een dashboard opleveren';
 * const agenda = aggregateDevelopmentAgenda({
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken' }],
 *   participants: [{ id: 'p1' }],
 *   themes: [
 *     { id: 'bi', label: 'Business intelligence', keywords: ['dashboard'] },
 *     { id: 'tools', label: 'Gereedschap', keywords: ['power bi'] },
 *   ],
 *   wishes: [{ id: 'w1', participantId: 'p1', title: 'Dashboards in Power BI', ambitionIds: ['data'], focus: 'skills', firstStep: step }],
 * });
 * agenda.ok && agenda.value.totals; // { wishes: 1, participants: 1, themes: 2, themeMemberships: 2 }
 * ```
 */
export interface DevelopmentAgendaTotals {
  readonly wishes: number;
  /** Distinct participants with at least one wish. */
  readonly participants: number;
  readonly themes: number;
  /** Sum over themes of their wish counts: each wish counted once per theme it belongs to. */
  readonly themeMemberships: number;
}

/**
 * The organisation's development agenda from a future dialogue.
 *
 * @example
 * ```ts
 * import { aggregateDevelopmentAgenda, type DevelopmentAgenda } from 'ontwikkelgesprek';
 * function headline(agenda: DevelopmentAgenda): string {
 *   return `${agenda.totals.wishes} wishes of ${agenda.totals.participants} people in ${agenda.totals.themes} themes`;
 * }
 * const step = 'Voor 1 juni 2027 een dashboard opleveren';
 * const agenda = aggregateDevelopmentAgenda({
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken' }, { id: 'duurzaam', title: 'Duurzaam ondernemen' }],
 *   participants: [{ id: 'p1' }, { id: 'p2' }],
 *   wishes: [
 *     { id: 'w1', participantId: 'p1', title: 'Dashboards bouwen', ambitionIds: ['data'], focus: 'skills', firstStep: step },
 *     { id: 'w2', participantId: 'p2', title: 'Power BI dashboards bouwen', ambitionIds: ['data'], focus: 'skills', firstStep: step },
 *     { id: 'w3', participantId: 'p2', title: 'Presenteren voor klanten', ambitionIds: ['data'], focus: 'skills', firstStep: step },
 *   ],
 * });
 * agenda.ok && headline(agenda.value); // '3 wishes of 2 people in 2 themes'
 * agenda.ok && agenda.value.unconnectedAmbitionIds; // ['duurzaam']
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
  readonly totals: DevelopmentAgendaTotals;
}
