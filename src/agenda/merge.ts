import type * as z from 'zod/mini';
import type { Finding, Path, Ref, Result } from '../core/index.js';
import { compareText, deepFreeze, fail, parseWith, resultOf, orderFindings, titleMatchKeys } from '../core/index.js';
import { finding } from '../locales/index.js';
import type { ConversationKind, TopicId } from '../vocabulary/index.js';
import { isEvaluativeTopic } from '../vocabulary/index.js';
import { mergeAgendasInputSchema } from './schema.js';
import type { MergeAgendasInput, MergedAgenda, MergedAgendaItem } from './types.js';
import type { Unit } from './units.js';
import { carriedUnit, combine, compareUnits, followUpUnit, itemUnit, priorityRank } from './units.js';
import type { Lang } from './evaluative.js';
import { evaluativeEvidence, langOf } from './evaluative.js';

/** Minutes assumed for a point without an estimate, and for each follow-up of an open agreement. */
const defaultItemMinutes = 10;
const defaultFollowUpMinutes = 5;
/** A merge hint names this many of the points it combined; the rest are counted. */
const namedMembers = 10;

type Data = z.output<typeof mergeAgendasInputSchema>;

function refOf(unit: Pick<Unit, 'id' | 'title' | 'sources'>): Ref {
  return { kind: unit.sources.includes('followUp') ? 'agreement' : 'agendaPoint', id: unit.id, title: unit.title };
}

/**
 * Appraisal or pay on a point: by its topic when it has an evaluative one, else by its own words
 * (an untagged "Salarisverhoging bespreken" is as much appraisal talk as a tagged one).
 */
function evaluativeHint(
  item: { readonly title: string; readonly notes?: string | undefined; readonly topic?: TopicId | undefined },
  ref: Ref,
  path: Path,
  { kind, lang }: { kind: ConversationKind; lang: Lang },
): Finding | undefined {
  if (item.topic !== undefined && isEvaluativeTopic(item.topic)) {
    return finding.warning('agenda.topic.evaluative', { path: [...path, 'topic'], params: { item: ref, topic: item.topic, kind } });
  }
  const evidence = evaluativeEvidence(item.title, item.notes, lang);
  if (evidence.length === 0) return undefined;
  return finding.warning('agenda.text.evaluative', { path: [...path, 'title'], params: { item: ref, evidence, kind } });
}

/** The units of every list, with the problems and hints each point raises on its own. */
function collectUnits(data: Data, kind: ConversationKind, errors: Finding[], hints: Finding[]): Unit[] {
  const units: Unit[] = [];
  const reading = { kind, lang: langOf(data.locale) };
  const defaultMinutes = data.defaultMinutes ?? defaultItemMinutes;
  const lists = [
    ['employeeItems', data.employeeItems, 'employee'],
    ['organisationItems', data.organisationItems, 'organisation'],
  ] as const;
  for (const [list, items, side] of lists) {
    items.forEach((item, index) => {
      const path: Path = [list, index];
      const ref = refOf({ ...item, sources: [item.source] });
      if (item.source !== side) {
        errors.push(
          finding.error('agenda.item.sourceMismatch', {
            path: [...path, 'source'],
            params: { item: ref, source: item.source, list: side },
          }),
        );
      }
      if (item.minutes === undefined) {
        hints.push(
          finding.info('agenda.item.minutesMissing', { path: [...path, 'minutes'], params: { item: ref, minutes: defaultMinutes } }),
        );
      }
      const evaluative = evaluativeHint(item, ref, path, reading);
      if (evaluative !== undefined) hints.push(evaluative);
      units.push(itemUnit(item, path, item.minutes ?? defaultMinutes));
    });
  }
  (data.previousAgreements ?? []).forEach((agreement, index) => {
    if (agreement.status === undefined || agreement.status === 'open') {
      units.push(followUpUnit(agreement, index, data.followUpMinutes ?? defaultFollowUpMinutes));
    }
  });
  (data.carriedOver ?? []).forEach((item, index) => {
    const evaluative = evaluativeHint(item, refOf(item), ['carriedOver', index], reading);
    if (evaluative !== undefined) hints.push(evaluative);
    units.push(carriedUnit(item, index));
  });
  return units;
}

/**
 * Which unit holds each input id. Ids are the thread between this agenda, the plan and the next
 * conversation; a clash would make "every input id exactly once" meaningless, so it is an error
 * rather than a guess.
 */
function indexIds(units: readonly Unit[], errors: Finding[]): Map<string, number> {
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
  return unitOf;
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

/**
 * Groups units that are one point: same topic and matching titles, or linked. Equal keys are an
 * equivalence and groups are connected sets, so the outcome never depends on the input order.
 */
function groupUnits(units: readonly Unit[], unitOf: ReadonlyMap<string, number>, hints: Finding[]): Unit[][] {
  const sets = createSets(units.length);
  const byTitle = new Map<string, number>();
  units.forEach((unit, index) => {
    for (const titleKey of titleMatchKeys(unit.title)) {
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
        hints.push(finding.warning('agenda.link.unknown', { path: [...unit.path, 'links', at], params: { item: refOf(unit), link } }));
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
  return [...groups.values()];
}

/** One merged point per group, with a hint for each group of more than one point. */
function mergeGroups(groups: readonly Unit[][], hints: Finding[]): MergedAgendaItem[] {
  return groups.map((members) => {
    const item = combine(members);
    if (members.length > 1) {
      const lead = members[0] as Unit;
      const sorted = [...members].sort(compareUnits);
      const params = { item: refOf({ ...item }), items: sorted.slice(0, namedMembers).map(refOf), count: members.length };
      hints.push(
        item.joint
          ? finding.info('agenda.item.joint', { path: lead.path, params })
          : finding.info('agenda.item.duplicate', { path: lead.path, params }),
      );
    }
    return item;
  });
}

/**
 * The agenda order as one number (ties broken by id): follow-up first, then priority, then employee
 * (and joint) points before the organisation's, because the initiative lies with the employee.
 */
function rankOf(item: MergedAgendaItem): number {
  const followUp = item.sources.includes('followUp') ? 0 : 1;
  const side = item.sources.includes('employee') ? 0 : 1;
  return followUp * 6 + priorityRank[item.priority] * 2 + side;
}

/** Takes points in agenda order while they fit; a smaller point further down may still fill a gap. */
function fitInTime(merged: readonly MergedAgendaItem[], minutesForItems: number) {
  const ranked = merged.map((item) => ({ item, key: rankOf(item) }));
  ranked.sort((a, b) => a.key - b.key || compareText(a.item.id, b.item.id));
  const items: MergedAgendaItem[] = [];
  const deferred: MergedAgendaItem[] = [];
  let minutesPlanned = 0;
  let minutesNeeded = 0;
  for (const { item } of ranked) {
    minutesNeeded += item.minutes;
    if (minutesPlanned + item.minutes <= minutesForItems) {
      items.push(item);
      minutesPlanned += item.minutes;
    } else {
      deferred.push(item);
    }
  }
  return { items, deferred, minutesPlanned, minutesNeeded };
}

/** Is the employee 45 or older, by the band or the birth year the host gave? Unknown is no. */
function from45(age: Data['employeeAge']): boolean {
  if (age === undefined) return false;
  if ('band' in age) return age.band !== 'under45';
  // A birthday later in the year does not matter at this grain: 45 in the calendar year is enough for a hint.
  return Number(age.on.slice(0, 4)) - age.birthYear >= 45;
}

function budgetHints(
  data: Data,
  agenda: MergedAgenda,
  minutesNeeded: number,
  units: readonly Unit[],
  unitOf: ReadonlyMap<string, number>,
  hints: Finding[],
): void {
  if (agenda.minutesForItems === 0) {
    const params = { minutesAvailable: agenda.minutesAvailable, reservedMinutes: agenda.reservedMinutes };
    hints.push(finding.warning('agenda.budget.noTimeForItems', { path: ['reservedMinutes'], params }));
  }
  if (agenda.deferred.length > 0) {
    const params = { minutesNeeded, minutesForItems: agenda.minutesForItems, deferred: agenda.deferred.length };
    hints.push(finding.warning('agenda.budget.over', { path: ['minutesAvailable'], params }));
    for (const item of agenda.deferred) {
      if (item.priority !== 'must') continue;
      const lead = units[unitOf.get(item.id) as number] as Unit;
      hints.push(finding.warning('agenda.budget.mustDeferred', { path: lead.path, params: { item: refOf({ ...item }) } }));
    }
  }
  if (!units.some((unit) => unit.sources.includes('employee'))) {
    hints.push(finding.warning('agenda.side.employeeEmpty', { path: ['employeeItems'] }));
  }
  if (from45(data.employeeAge) && !units.some((unit) => unit.topic === 'employability')) {
    hints.push(finding.info('agenda.topic.employabilityFrom45', { path: ['employeeAge'] }));
  }
  if (!units.some((unit) => unit.sources.includes('organisation'))) {
    hints.push(finding.info('agenda.side.organisationEmpty', { path: ['organisationItems'] }));
  }
}

/**
 * Merges the agenda points of the employee and the organisation, plus the open agreements of the
 * previous plan, into one agenda that fits the time there is.
 *
 * - Open agreements come back first, as follow-up points (`must`, `followUpMinutes` each, default 5),
 *   titled with the agreement's own words; who and when are in `followUp`.
 * - Then by priority; at equal priority the employee's points (and joint points) before the
 *   organisation's, because the initiative lies with the employee.
 * - Points on the same topic whose titles match (case, accents, word order, stop words and plurals
 *   ignored), or that link to each other, become one point; when both sides brought it, it is
 *   `joint`, and its minutes are the longest estimate plus a quarter of the others, not the sum.
 * - Points are taken in that order while they fit in `minutesAvailable - reservedMinutes`; what does
 *   not fit is `deferred` (never dropped) and a smaller point further down may still fill the gap.
 *
 * Every input id ends up exactly once, in `items` or `deferred`. The answer does not depend on the
 * order of the input lists, and merging the result again (see {@link agendaInputFrom}) changes
 * nothing. Bad input gives error findings with their path; hints (over budget, evaluative topic,
 * missing estimate, merged points, a side that brought nothing) are warnings and infos.
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
 * });
 * if (result.ok) {
 *   result.value.items.map((item) => item.title); // ['Cursus feedback geven volgen', 'Presenteren voor klanten']
 *   result.value.items[1]?.joint; // true
 *   result.value.items[1]?.minutes; // 18
 * }
 * ```
 */
export function mergeAgendas(input: MergeAgendasInput): Result<MergedAgenda> {
  const parsed = parseWith(mergeAgendasInputSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const kind: ConversationKind = data.kind ?? 'development';
  const reservedMinutes = data.reservedMinutes ?? (kind === 'checkIn' ? 5 : 15);
  const errors: Finding[] = [];
  const hints: Finding[] = [];
  const units = collectUnits(data, kind, errors, hints);
  const unitOf = indexIds(units, errors);
  if (errors.length > 0) return fail(orderFindings([...errors, ...hints]));

  const merged = mergeGroups(groupUnits(units, unitOf, hints), hints);
  const minutesForItems = Math.max(0, data.minutesAvailable - reservedMinutes);
  const { items, deferred, minutesPlanned, minutesNeeded } = fitInTime(merged, minutesForItems);
  const agenda: MergedAgenda = {
    items,
    deferred,
    minutesPlanned,
    minutesAvailable: data.minutesAvailable,
    reservedMinutes,
    minutesForItems,
    kind,
  };
  budgetHints(data, agenda, minutesNeeded, units, unitOf, hints);
  return resultOf(deepFreeze(agenda), orderFindings(hints));
}

/**
 * The input form of a merged agenda: all its points (planned and deferred) as `carriedOver`, with the
 * same budget and kind. Merging it again gives the same agenda. To take only what was deferred into
 * the next conversation, pass `carriedOver: agenda.deferred` in a new input instead.
 *
 * @example
 * ```ts
 * import { agendaInputFrom, mergeAgendas } from 'ontwikkelgesprek';
 * const first = mergeAgendas({
 *   employeeItems: [{ id: 'e1', source: 'employee', title: 'Werkdruk', priority: 'must', minutes: 20 }],
 *   organisationItems: [],
 *   minutesAvailable: 45,
 * });
 * if (first.ok) {
 *   const again = mergeAgendas(agendaInputFrom(first.value));
 *   again.ok && JSON.stringify(again.value) === JSON.stringify(first.value); // true
 * }
 * ```
 */
export function agendaInputFrom(agenda: MergedAgenda): MergeAgendasInput {
  // What cannot be read is left out, so `mergeAgendas` explains it instead of this function throwing.
  const read = <T>(get: () => T): T | undefined => {
    try {
      return get();
    } catch {
      return undefined;
    }
  };
  const list = (get: () => unknown) => {
    const value = read(get);
    return Array.isArray(value) ? value : [];
  };
  // Frozen like every answer of the library; the items in it are the agenda's own, passed through.
  return Object.freeze({
    employeeItems: Object.freeze([]),
    organisationItems: Object.freeze([]),
    carriedOver: Object.freeze([...list(() => agenda.items), ...list(() => agenda.deferred)]),
    minutesAvailable: read(() => agenda.minutesAvailable) as number,
    reservedMinutes: read(() => agenda.reservedMinutes),
    kind: read(() => agenda.kind),
  });
}
