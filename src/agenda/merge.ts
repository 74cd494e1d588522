import type { Finding, Locale, Path, Result } from '../core/index.js';
import { deepFreeze, fail, findingsFrom, parseWith, resultOf } from '../core/index.js';
import type { ConversationKind } from '../vocabulary/index.js';
import { topics } from '../vocabulary/index.js';
import { agendaMessages } from './messages.js';
import type {
  AgendaItem,
  AgendaPriority,
  MergeAgendasInput,
  MergedAgenda,
  MergedAgendaItem,
  MergedSource,
  PreviousAgreement,
} from './schema.js';
import { mergeAgendasInputSchema } from './schema.js';

const finding = findingsFrom(agendaMessages);

const evaluativeTopics: ReadonlySet<string> = new Set(topics.filter((topic) => topic.evaluative).map((topic) => topic.id));
const isEvaluativeTopic = (topic: string): boolean => evaluativeTopics.has(topic);

const maxMinutes = 24 * 60;
const maxTitle = 500;
const maxNotes = 20_000;

/** Minutes assumed for a point without an estimate, and for each follow-up of an open agreement. */
const defaultItemMinutes = 10;
const defaultFollowUpMinutes = 5;

const sourceRank: Record<MergedSource, number> = { followUp: 0, employee: 1, organisation: 2 };
const priorityRank: Record<AgendaPriority, number> = { must: 0, should: 1, could: 2 };
const priorities: readonly AgendaPriority[] = ['must', 'should', 'could'];
const allSources: readonly MergedSource[] = ['followUp', 'employee', 'organisation'];

// Function words carry no meaning for "is this the same point?"; both languages at once, because
// a bilingual team mixes them and the lists barely overlap.
const stopWords = new Set([
  // nl
  'de', 'het', 'een', 'en', 'of', 'van', 'voor', 'met', 'in', 'op', 'aan', 'bij', 'naar', 'over', 'om',
  'te', 'tot', 'uit', 'door', 'als', 'dat', 'die', 'dit', 'deze', 'mijn', 'mij', 'me', 'je', 'jouw',
  'jij', 'uw', 'ons', 'onze', 'zijn', 'haar', 'hun', 'wat', 'hoe', 'ik', 'wij', 'we', 'er', 'is',
  'ook', 'nog', 'meer', 'binnen', 'tussen', 'rond', 'rondom', 'graag', 'willen', 'wil',
  // what is left of "collega's", "'t" and "'n" after splitting on the apostrophe
  's', 't', 'n',
  // en
  'the', 'a', 'an', 'and', 'or', 'of', 'for', 'with', 'on', 'at', 'to', 'from', 'by', 'about', 'as',
  'that', 'this', 'these', 'those', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'are', 'be',
  'what', 'how', 'i', 'it', 'more', 'into', 'within', 'between', 'around', 'want', 'would', 'like',
]);

const consonant = /[bcdfghjklmnpqrstvwxz]/;

function dropS(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * Light suffix stripping so plural and singular meet ("presentaties"/"presentatie",
 * "trainingen"/"training", "skills"/"skill", "examens"/"examen", "gesprekken"/"gesprek",
 * "cursussen"/"cursus"); deliberately conservative, since a false match merges two different points.
 * The steps run in this order so that both forms end in the same stem: -s, then -en with a doubled
 * consonant undone, then -s again (the "cursus" left over from "cursussen").
 */
function stem(word: string): string {
  let stemmed = dropS(word);
  if (stemmed.length > 5 && stemmed.endsWith('en')) {
    stemmed = stemmed.slice(0, -2);
    const last = stemmed.at(-1) ?? '';
    if (consonant.test(last) && stemmed.at(-2) === last) stemmed = stemmed.slice(0, -1);
  }
  return dropS(stemmed);
}

/**
 * The matching key of a title: lower case, accents removed, punctuation ignored, Dutch and English
 * stop words left out, light plural stemming, words sorted. Two points match when their keys are
 * equal, so "Presentatie vaardigheden" and "vaardigheden in presentaties" are the same point.
 *
 * @example
 * ```ts
 * import { normalizeTitle } from 'ontwikkelgesprek';
 * normalizeTitle('Vaardigheden in presentaties!') === normalizeTitle('presentatie-vaardigheden'); // true
 * normalizeTitle('Créatief denken') === normalizeTitle('creatief DENKEN'); // true
 * ```
 */
export function normalizeTitle(title: string): string {
  return [...new Set(titleWords(title))].sort().join(' ');
}

/** The meaningful words of a title, in their order, without accents, lower case, stemmed. */
function titleWords(title: string): string[] {
  const plain = title.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const words = plain.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  // Without letters or digits ("?", "!") the text itself is the key; an empty key would make every
  // such title one point.
  if (words.length === 0) return [plain.replace(/\s+/gu, ' ').trim()];
  const meaningful = words.filter((word) => !stopWords.has(word));
  // A title of only stop words ("Wat is het?") still needs a key, or it would match every such title.
  return (meaningful.length > 0 ? meaningful : words).map(stem);
}

/**
 * The keys under which a title matches others: its {@link normalizeTitle} key (word order free),
 * and its words written together, because Dutch joins what English separates
 * ("presentatievaardigheden", "presentatie vaardigheden"). Equal keys are an equivalence, so the
 * outcome never depends on the order points are compared in.
 */
function titleKeys(title: string): [string, string] {
  const words = titleWords(title);
  const sorted = [...new Set(words)].sort().join(' ');
  const joined = words.join('');
  return [`w:${sorted}`, `c:${joined}`];
}

/** One input unit: a raw point, a follow-up of an open agreement, or a carried-over merged point. */
interface Unit {
  readonly id: string;
  readonly ids: readonly string[];
  readonly sources: readonly MergedSource[];
  readonly rank: number;
  readonly title: string;
  readonly topic: MergedAgendaItem['topic'];
  readonly priority: AgendaPriority;
  readonly minutes: number;
  readonly goalIds: readonly string[];
  readonly notes: string | undefined;
  readonly links: readonly string[];
  readonly path: Path;
}

const followUpPrefix: Record<Locale, string> = { nl: 'Opvolging: ', en: 'Follow-up: ' };
const agreementWord: Record<Locale, string> = { nl: 'afspraak', en: 'agreement' };
const whoLabel: Record<Locale, string> = { nl: 'Wie', en: 'Who' };
const whenLabel: Record<Locale, string> = { nl: 'Wanneer', en: 'When' };

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max).trimEnd();
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function followUpUnit(agreement: PreviousAgreement, index: number, locale: Locale, minutes: number): Unit {
  const details: string[] = [];
  if (typeof agreement.who === 'string' && agreement.who.trim() !== '') {
    details.push(`${whoLabel[locale]}: ${agreement.who.trim()}`);
  }
  if (typeof agreement.when === 'string' && agreement.when.trim() !== '') {
    details.push(`${whenLabel[locale]}: ${agreement.when.trim()}`);
  }
  return {
    id: agreement.id,
    ids: [agreement.id],
    sources: ['followUp'],
    rank: sourceRank.followUp,
    title: clip(`${followUpPrefix[locale]}${agreement.what === '' ? `${agreementWord[locale]} ${agreement.id}` : agreement.what}`, maxTitle),
    topic: 'agreementFollowUp',
    priority: 'must',
    minutes,
    goalIds: [],
    notes: details.length > 0 ? clip(details.join('. '), maxNotes) : undefined,
    links: [],
    path: ['previousAgreements', index],
  };
}

function itemUnit(item: AgendaItem, path: Path, minutes: number): Unit {
  return {
    id: item.id,
    ids: [item.id],
    sources: [item.source],
    rank: sourceRank[item.source],
    title: item.title,
    topic: item.topic,
    priority: item.priority,
    minutes,
    goalIds: item.goalIds,
    notes: item.notes === undefined || item.notes === '' ? undefined : item.notes,
    links: item.links ?? [],
    path,
  };
}

function carriedUnit(item: MergedAgendaItem, index: number): Unit {
  const sources = allSources.filter((source) => item.sources.includes(source));
  return {
    id: item.id,
    ids: item.itemIds,
    sources,
    rank: Math.min(...sources.map((source) => sourceRank[source])),
    title: item.title,
    topic: item.topic,
    priority: item.priority,
    minutes: item.minutes,
    goalIds: item.goalIds,
    notes: item.notes === undefined || item.notes === '' ? undefined : item.notes,
    links: [],
    path: ['carriedOver', index],
  };
}

/** Union-find with path halving: keeps merging linear in practice for 10,000s of points. */
function createSets(size: number): { find(i: number): number; union(a: number, b: number): void } {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    let at = i;
    while (parent[at] !== at) {
      const up = parent[at] as number;
      parent[at] = parent[up] as number;
      at = up;
    }
    return at;
  };
  return {
    find,
    union(a, b) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    },
  };
}

function compareUnits(a: Unit, b: Unit): number {
  return a.rank - b.rank || compareText(a.id, b.id);
}

/**
 * The minutes of points discussed together: the longest estimate plus a quarter of the others,
 * because a joint point is one conversation with two perspectives, not two conversations.
 */
function jointMinutes(minutes: readonly number[]): number {
  // Loops, not Math.max(...spread): a group can hold more points than a call can take arguments.
  const sum = minutes.reduce((total, m) => total + m, 0);
  const longest = minutes.reduce((most, m) => (m > most ? m : most), 0);
  return Math.min(maxMinutes, longest + Math.ceil((sum - longest) / 4));
}

function single(unit: Unit): MergedAgendaItem {
  const item: MergedAgendaItem = {
    id: unit.id,
    itemIds: unit.ids.length === 1 ? [unit.id] : [...unit.ids].sort(compareText),
    sources: [...unit.sources],
    title: unit.title,
    priority: unit.priority,
    minutes: unit.minutes,
    joint: unit.sources.includes('employee') && unit.sources.includes('organisation'),
    goalIds: unit.goalIds.length === 0 ? [] : [...new Set(unit.goalIds)].sort(compareText),
  };
  if (unit.topic !== undefined) item.topic = unit.topic;
  if (unit.notes !== undefined) item.notes = unit.notes;
  return item;
}

function combine(members: Unit[]): MergedAgendaItem {
  // Most points stand alone; skipping the set arithmetic for them keeps 10,000s of points cheap.
  if (members.length === 1) return single(members[0] as Unit);
  members.sort(compareUnits);
  const lead = members[0] as Unit;
  const itemIds = members.flatMap((member) => member.ids).sort(compareText);
  const sources = allSources.filter((source) => members.some((member) => member.sources.includes(source)));
  const priority = priorities[members.reduce((best, member) => Math.min(best, priorityRank[member.priority]), 2)] as AgendaPriority;
  const minutes = members.length === 1 ? lead.minutes : jointMinutes(members.map((member) => member.minutes));
  const goalIds = [...new Set(members.flatMap((member) => member.goalIds))].sort(compareText);
  const notes = members.flatMap((member) => (member.notes === undefined ? [] : [member.notes])).join('\n\n');
  const item: MergedAgendaItem = {
    id: lead.id,
    itemIds,
    sources,
    title: lead.title,
    priority,
    minutes,
    joint: sources.includes('employee') && sources.includes('organisation'),
    goalIds,
  };
  if (lead.topic !== undefined) item.topic = lead.topic;
  if (notes !== '') item.notes = clip(notes, maxNotes);
  return item;
}

/**
 * The agenda order as one number (ties broken by id): follow-up first, then priority, then employee
 * (and joint) points before the organisation's.
 */
function rankOf(item: MergedAgendaItem): number {
  const followUp = item.sources.includes('followUp') ? 0 : 1;
  const side = item.sources.includes('employee') ? 0 : 1;
  return followUp * 6 + priorityRank[item.priority] * 2 + side;
}

const severityRank = { error: 0, warning: 1, info: 2 } as const;

/**
 * The order of `sortFindings` (severity, path, code), with each path joined once instead of at every
 * comparison: a large agenda can carry thousands of hints.
 */
function ordered(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding) => ({ finding, path: finding.path.join('.') }))
    .sort(
      (a, b) =>
        severityRank[a.finding.severity] - severityRank[b.finding.severity] ||
        compareText(a.path, b.path) ||
        compareText(a.finding.code, b.finding.code),
    )
    .map((entry) => entry.finding);
}

function defaultReserved(kind: ConversationKind): number {
  return kind === 'checkIn' ? 5 : 15;
}

/**
 * Merges the agenda points of the employee and the organisation, plus the open agreements of the
 * previous plan, into one agenda that fits the time there is.
 *
 * - Open agreements come back first, as follow-up points (`must`, `followUpMinutes` each, default 5).
 * - Then by priority; at equal priority the employee's points (and joint points) before the
 *   organisation's, because the initiative lies with the employee.
 * - Points on the same topic whose titles match (case, accents, word order, stop words and plurals
 *   ignored: see {@link normalizeTitle}), or that link to each other, become one point; when both
 *   sides brought it, it is `joint`, and its minutes are the longest estimate plus a quarter of the
 *   others, not the sum.
 * - Points are taken in that order while they fit in `minutesAvailable - reservedMinutes`; what does
 *   not fit is `deferred` (never dropped) and a smaller point further down may still fill the gap.
 *
 * Every input id ends up exactly once, in `items` or `deferred`. The answer does not depend on the
 * order of the input lists, and merging the result again (see {@link agendaInputFrom}) changes nothing.
 * Bad input gives error findings with their path; hints (over budget, evaluative topic, missing
 * estimate, merged points, a side that brought nothing) are warnings and infos.
 *
 * @example
 * ```ts
 * import { mergeAgendas } from 'ontwikkelgesprek';
 * const result = mergeAgendas({
 *   employeeItems: [
 *     { id: 'e1', source: 'employee', title: 'Presenteren voor klanten', topic: 'competences', priority: 'must', minutes: 15 },
 *   ],
 *   organisationItems: [
 *     { id: 'o1', source: 'organisation', title: 'presenteren, klanten', topic: 'competences', priority: 'should', minutes: 10 },
 *   ],
 *   previousAgreements: [{ id: 'a1', what: 'Cursus feedback geven volgen', status: 'open' }],
 *   minutesAvailable: 60,
 *   locale: 'nl',
 * });
 * if (result.ok) {
 *   result.value.items.map((item) => item.title); // ['Opvolging: Cursus feedback geven volgen', 'Presenteren voor klanten']
 *   result.value.items[1]?.joint; // true
 *   result.value.items[1]?.minutes; // 18
 * }
 * ```
 */
export function mergeAgendas(input: MergeAgendasInput): Result<MergedAgenda> {
  const parsed = parseWith(mergeAgendasInputSchema, input, { messages: agendaMessages });
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const kind: ConversationKind = data.kind ?? 'development';
  const reservedMinutes = data.reservedMinutes ?? defaultReserved(kind);
  const defaultMinutes = data.defaultMinutes ?? defaultItemMinutes;
  const followUpMinutes = data.followUpMinutes ?? defaultFollowUpMinutes;

  const errors: Finding[] = [];
  const hints: Finding[] = [];
  const units: Unit[] = [];

  const lists = [
    ['employeeItems', data.employeeItems, 'employee'],
    ['organisationItems', data.organisationItems, 'organisation'],
  ] as const;
  for (const [list, items, side] of lists) {
    items.forEach((item, index) => {
      const path: Path = [list, index];
      if (item.source !== side) {
        errors.push(finding.error('agenda.item.sourceMismatch', { path: [...path, 'source'], params: { id: item.id, source: item.source, list } }));
      }
      if (item.minutes === undefined) {
        hints.push(finding.info('agenda.item.minutesMissing', { path: [...path, 'minutes'], params: { id: item.id, minutes: defaultMinutes } }));
      }
      if (item.topic !== undefined && isEvaluativeTopic(item.topic)) {
        hints.push(finding.warning('agenda.topic.evaluative', { path: [...path, 'topic'], params: { id: item.id, title: item.title, topic: item.topic, kind } }));
      }
      units.push(itemUnit(item, path, item.minutes ?? defaultMinutes));
    });
  }
  (data.previousAgreements ?? []).forEach((agreement, index) => {
    if (agreement.status === undefined || agreement.status === 'open') {
      units.push(followUpUnit(agreement, index, data.locale, followUpMinutes));
    }
  });
  (data.carriedOver ?? []).forEach((item, index) => {
    if (item.topic !== undefined && isEvaluativeTopic(item.topic)) {
      hints.push(finding.warning('agenda.topic.evaluative', { path: ['carriedOver', index, 'topic'], params: { id: item.id, title: item.title, topic: item.topic, kind } }));
    }
    units.push(carriedUnit(item, index));
  });

  // Ids are the thread between this agenda, the plan and the next conversation; a clash would make
  // "every input id exactly once" meaningless, so it is an error rather than a guess.
  const unitOf = new Map<string, number>();
  units.forEach((unit, index) => {
    unit.ids.forEach((id, at) => {
      if (unitOf.has(id)) {
        const path: Path = unit.ids.length > 1 ? [...unit.path, 'itemIds', at] : [...unit.path, 'id'];
        errors.push(finding.error('agenda.id.duplicate', { path, params: { id } }));
      } else {
        unitOf.set(id, index);
      }
    });
  });
  if (errors.length > 0) return fail(ordered([...errors, ...hints]));

  const sets = createSets(units.length);
  const byTitle = new Map<string, number>();
  units.forEach((unit, index) => {
    for (const titleKey of titleKeys(unit.title)) {
      const key = `${unit.topic ?? ''}\u0000${titleKey}`;
      const first = byTitle.get(key);
      if (first === undefined) byTitle.set(key, index);
      else sets.union(first, index);
    }
  });
  units.forEach((unit, index) => {
    unit.links.forEach((link, at) => {
      const target = unitOf.get(link);
      if (target === undefined) {
        hints.push(finding.warning('agenda.link.unknown', { path: [...unit.path, 'links', at], params: { id: unit.id, link } }));
      } else {
        sets.union(index, target);
      }
    });
  });

  const groups = new Map<number, Unit[]>();
  units.forEach((unit, index) => {
    const root = sets.find(index);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [unit]);
    else group.push(unit);
  });

  const merged: MergedAgendaItem[] = [];
  for (const members of groups.values()) {
    const item = combine(members);
    merged.push(item);
    if (members.length > 1) {
      const lead = members[0] as Unit;
      // A message names a handful of ids; the full list is in the item itself.
      const shown = item.itemIds.slice(0, 10).join(', ');
      const itemIds = item.itemIds.length > 10 ? `${shown} (+${item.itemIds.length - 10})` : shown;
      const params = { id: item.id, itemIds, title: item.title };
      hints.push(
        item.joint
          ? finding.info('agenda.item.joint', { path: lead.path, params })
          : finding.info('agenda.item.duplicate', { path: lead.path, params }),
      );
    }
  }
  const ranked = merged.map((item) => ({ item, key: rankOf(item) }));
  ranked.sort((a, b) => a.key - b.key || compareText(a.item.id, b.item.id));

  const minutesForItems = Math.max(0, data.minutesAvailable - reservedMinutes);
  const items: MergedAgendaItem[] = [];
  const deferred: MergedAgendaItem[] = [];
  let minutesPlanned = 0;
  for (const { item } of ranked) {
    if (minutesPlanned + item.minutes <= minutesForItems) {
      items.push(item);
      minutesPlanned += item.minutes;
    } else {
      deferred.push(item);
    }
  }

  if (minutesForItems === 0) {
    hints.push(finding.warning('agenda.budget.noTimeForItems', { path: ['reservedMinutes'], params: { minutesAvailable: data.minutesAvailable, reservedMinutes } }));
  }
  if (deferred.length > 0) {
    const minutesNeeded = ranked.reduce((total, entry) => total + entry.item.minutes, 0);
    hints.push(finding.warning('agenda.budget.over', { path: ['minutesAvailable'], params: { minutesNeeded, minutesForItems, deferred: deferred.length } }));
    for (const item of deferred) {
      if (item.priority === 'must') {
        const lead = units[unitOf.get(item.id) as number] as Unit;
        hints.push(finding.warning('agenda.budget.mustDeferred', { path: lead.path, params: { id: item.id, title: item.title } }));
      }
    }
  }
  if (!units.some((unit) => unit.sources.includes('employee'))) {
    hints.push(finding.warning('agenda.side.employeeEmpty', { path: ['employeeItems'] }));
  }
  if (!units.some((unit) => unit.sources.includes('organisation'))) {
    hints.push(finding.info('agenda.side.organisationEmpty', { path: ['organisationItems'] }));
  }

  const value: MergedAgenda = {
    items,
    deferred,
    minutesPlanned,
    minutesAvailable: data.minutesAvailable,
    reservedMinutes,
    minutesForItems,
    kind,
    locale: data.locale,
  };
  return resultOf(deepFreeze(value), ordered(hints));
}

/**
 * The input form of a merged agenda: all its points (planned and deferred) as `carriedOver`, with the
 * same budget, kind and locale. Merging it again gives the same agenda. To take only what was
 * deferred into the next conversation, pass `carriedOver: agenda.deferred` in a new input instead.
 *
 * @example
 * ```ts
 * import { agendaInputFrom, canonicalJson, mergeAgendas } from 'ontwikkelgesprek';
 * const first = mergeAgendas({
 *   employeeItems: [{ id: 'e1', source: 'employee', title: 'Werkdruk', priority: 'must', minutes: 20 }],
 *   organisationItems: [],
 *   minutesAvailable: 45,
 *   locale: 'nl',
 * });
 * if (first.ok) {
 *   const again = mergeAgendas(agendaInputFrom(first.value));
 *   again.ok && canonicalJson(again.value) === canonicalJson(first.value); // true
 * }
 * ```
 */
export function agendaInputFrom(agenda: MergedAgenda): MergeAgendasInput {
  return {
    employeeItems: [],
    organisationItems: [],
    carriedOver: [...agenda.items, ...agenda.deferred].map((item) => ({
      ...item,
      itemIds: [...item.itemIds],
      sources: [...item.sources],
      goalIds: [...item.goalIds],
    })),
    minutesAvailable: agenda.minutesAvailable,
    reservedMinutes: agenda.reservedMinutes,
    kind: agenda.kind,
    locale: agenda.locale,
  };
}
