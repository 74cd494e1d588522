// The organisation's development agenda from the wishes of a future dialogue.
import type { Finding, Result } from '../core/index.js';
import { compareText, deepFreeze, fail, parseWith, resultOf } from '../core/index.js';
import { finding } from '../locales/index.js';
import { ambitionRef, duplicatePeopleAndAmbitions, themeProblems, wishProblems, wishRef } from './checks.js';
import { aggregateDevelopmentAgendaInputSchema } from './schema.js';
import { rankThemes } from './tally.js';
import { teamAgendas } from './teams.js';
import { assignThemes } from './themes.js';
import type {
  AgendaTheme,
  AggregateDevelopmentAgendaInput,
  DevelopmentAgenda,
  DevelopmentAgendaTotals,
  DevelopmentWish,
  OrganisationAmbition,
} from './types.js';
import { vagueWishes } from './vague.js';

interface Links {
  readonly unconnectedAmbitionIds: readonly string[];
  readonly unlinkedWishIds: readonly string[];
  readonly findings: readonly Finding[];
}

/** Ambitions no wish links to, and wishes linked to no ambition, each with a hint. */
function links(ambitions: readonly OrganisationAmbition[], wishes: readonly DevelopmentWish[]): Links {
  const connected = new Set<string>();
  for (const wish of wishes) if (wish.ambitionIds !== 'none') for (const id of wish.ambitionIds) connected.add(id);
  const findings: Finding[] = [];
  const unconnected: string[] = [];
  ambitions.forEach((ambition, index) => {
    if (connected.has(ambition.id)) return;
    unconnected.push(ambition.id);
    findings.push(
      finding.info('dialogue.agenda.ambitionUnconnected', { path: ['ambitions', index], params: { ambition: ambitionRef(ambition) } }),
    );
  });
  const unlinked: string[] = [];
  wishes.forEach((wish, index) => {
    if (wish.ambitionIds !== 'none') return;
    unlinked.push(wish.id);
    findings.push(finding.info('dialogue.wish.noAmbition', { path: ['wishes', index, 'ambitionIds'], params: { wish: wishRef(wish) } }));
  });
  return { unconnectedAmbitionIds: unconnected.sort(compareText), unlinkedWishIds: unlinked.sort(compareText), findings };
}

function totalsOf(wishes: readonly DevelopmentWish[], themes: readonly AgendaTheme[]): DevelopmentAgendaTotals {
  return {
    wishes: wishes.length,
    participants: new Set(wishes.map((wish) => wish.participantId)).size,
    themes: themes.length,
    themeMemberships: themes.reduce((sum, theme) => sum + theme.wishCount, 0),
  };
}

/**
 * Turns the wishes of a future dialogue into the organisation's development agenda: themes ranked
 * by how many people and how many ambitions they serve, overall and per team; the ambitions no one
 * connects to; the wishes linked to no ambition; and the wishes the goal-text analysis of the
 * agreements module finds vague.
 *
 * Themes, deterministically: a wish with `themeIds` belongs to exactly those given themes; otherwise
 * to every given theme one of whose keywords occurs in its title or description (all of the
 * keyword's words, compared as titles are: lower case, accents off, stop words out, plurals
 * stripped); otherwise to one detected theme, formed by wishes whose title words overlap for at
 * least half (Jaccard >= 0.5, chained), labelled with the most frequent title. A wish counts once
 * in every theme it belongs to. The result does not depend on the order of wishes, participants,
 * ambitions or themes.
 *
 * A wish is vague when the goal-text analysis finds it not specific, or neither measurable nor
 * time-bound; title and first step are analysed apart, and a criterion is met when either part
 * meets it. References to unknown participants, ambitions or themes, and duplicate ids, are errors:
 * a count that silently skipped a wish would be a wrong answer.
 *
 * @example
 * ```ts
 * import { aggregateDevelopmentAgenda, findingMessage } from 'ontwikkelgesprek';
 * const result = aggregateDevelopmentAgenda({
 *   ambitions: [
 *     { id: 'data', title: 'Datagedreven werken' },
 *     { id: 'duurzaam', title: 'Duurzaam ondernemen' },
 *   ],
 *   participants: [{ id: 'p1', team: 'finance' }, { id: 'p2', team: 'sales' }],
 *   wishes: [
 *     { id: 'w1', participantId: 'p1', title: 'Dashboards bouwen', ambitionIds: ['data'], focus: 'skills', firstStep: 'Voor 1 maart 2027 de cursus Power BI afronden' },
 *     { id: 'w2', participantId: 'p2', title: 'Dashboards bouwen in Power BI', ambitionIds: ['data'], focus: 'skills', firstStep: 'In april 2027 twee rapportages omzetten naar een dashboard' },
 *   ],
 * });
 * if (result.ok) {
 *   // "Dashboards bouwen" and "Dashboards bouwen in Power BI" share half their words: one theme.
 *   result.value.themes.map((theme) => [theme.label, theme.participantCount]); // [['Dashboards bouwen', 2]]
 *   result.value.teams.map((team) => [team.team, team.themes[0]?.participantCount]); // [['finance', 1], ['sales', 1]]
 *   result.value.unconnectedAmbitionIds; // ['duurzaam']
 * }
 * result.findings.map((f) => findingMessage(f, 'en')); // ['No one linked a wish to ambition “Duurzaam ondernemen”.']
 * ```
 */
export function aggregateDevelopmentAgenda(input: AggregateDevelopmentAgendaInput): Result<DevelopmentAgenda> {
  const parsed = parseWith(aggregateDevelopmentAgendaInputSchema, input);
  if (!parsed.ok) return fail(parsed.findings);
  const { ambitions, participants, wishes, themes, locale, checkVagueness } = parsed.value;
  const problems = [
    ...duplicatePeopleAndAmbitions(ambitions, participants),
    ...themeProblems(themes),
    ...wishProblems(wishes, participants, ambitions, themes),
  ];
  if (problems.length > 0) return fail(problems);
  const teamOf = new Map(participants.map((participant) => [participant.id, participant.team]));
  const { memberships, info } = assignThemes(wishes, themes, teamOf);
  const overall = rankThemes(memberships, info);
  const linked = links(ambitions, wishes);
  const vague = checkVagueness ? vagueWishes(wishes, locale) : { wishes: [], findings: [] };
  const agenda: DevelopmentAgenda = {
    themes: overall,
    teams: teamAgendas(participants, memberships, info),
    unconnectedAmbitionIds: linked.unconnectedAmbitionIds,
    unlinkedWishIds: linked.unlinkedWishIds,
    vagueWishes: vague.wishes,
    totals: totalsOf(wishes, overall),
  };
  return resultOf(deepFreeze(agenda), [...linked.findings, ...vague.findings]);
}
