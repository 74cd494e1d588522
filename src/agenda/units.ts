// The agenda's working unit: an input point, an open agreement to follow up, or a point carried
// over from an earlier merge, and how several units become one merged point.
import type { Path } from '../core/index.js';
import { compareText } from '../core/index.js';
import type { AgendaItem, AgendaPriority, FollowUpOf, MergedAgendaItem, MergedSource, PreviousAgreement } from './types.js';

/** One input unit, in the shape the merge works with. */
export interface Unit {
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
  readonly followUp: FollowUpOf | undefined;
  readonly path: Path;
}

export const maxMinutes = 24 * 60;
const maxTitle = 500;
const maxNotes = 20_000;

const sourceRank: Readonly<Record<MergedSource, number>> = { followUp: 0, employee: 1, organisation: 2 };
export const priorityRank: Readonly<Record<AgendaPriority, number>> = { must: 0, should: 1, could: 2 };
const priorities: readonly AgendaPriority[] = ['must', 'should', 'could'];
const allSources: readonly MergedSource[] = ['followUp', 'employee', 'organisation'];

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max).trimEnd();
}

function shortString(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? clip(value.trim(), max) : undefined;
}

/**
 * An open agreement comes back as a `must` point under its own words; who and when stay data in
 * `followUp`, for the host to show in its language. An agreement without words keeps its id as title
 * rather than an empty one.
 */
export function followUpUnit(agreement: PreviousAgreement, index: number, minutes: number): Unit {
  const who = shortString(agreement.who, 200);
  const when = shortString(agreement.when, 100);
  return {
    id: agreement.id,
    ids: [agreement.id],
    sources: ['followUp'],
    rank: sourceRank.followUp,
    title: clip(agreement.what === '' ? agreement.id : agreement.what, maxTitle),
    topic: 'agreementFollowUp',
    priority: 'must',
    minutes,
    goalIds: [],
    notes: undefined,
    links: [],
    followUp: { agreementId: agreement.id, ...(who === undefined ? {} : { who }), ...(when === undefined ? {} : { when }) },
    path: ['previousAgreements', index],
  };
}

export function itemUnit(item: AgendaItem, path: Path, minutes: number): Unit {
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
    followUp: undefined,
    path,
  };
}

export function carriedUnit(item: MergedAgendaItem, index: number): Unit {
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
    followUp: item.followUp,
    path: ['carriedOver', index],
  };
}

export function compareUnits(a: Unit, b: Unit): number {
  return a.rank - b.rank || compareText(a.id, b.id);
}

/**
 * The minutes of points discussed together: the longest estimate plus a quarter of the others,
 * because a joint point is one conversation with two perspectives, not two conversations.
 */
function jointMinutes(minutes: readonly number[]): number {
  // Loops, not Math.max(...spread): a group can hold more points than a call can take arguments.
  const sum = minutes.reduce((total, m) => total + m, 0);
  const longest = minutes.reduce((most, m) => Math.max(m, most), 0);
  return Math.min(maxMinutes, longest + Math.ceil((sum - longest) / 4));
}

function withOptional(
  item: MergedAgendaItem,
  topic: Unit['topic'],
  notes: string | undefined,
  followUp: FollowUpOf | undefined,
): MergedAgendaItem {
  return {
    ...item,
    ...(topic === undefined ? {} : { topic }),
    ...(notes === undefined ? {} : { notes }),
    ...(followUp === undefined ? {} : { followUp }),
  };
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
  return withOptional(item, unit.topic, unit.notes, unit.followUp);
}

/** Several units as one merged point: the lead (follow-up first, then the employee's) gives the title. */
export function combine(members: Unit[]): MergedAgendaItem {
  // Most points stand alone; skipping the set arithmetic for them keeps 10,000s of points cheap.
  if (members.length === 1) return single(members[0] as Unit);
  members.sort(compareUnits);
  const lead = members[0] as Unit;
  const sources = allSources.filter((source) => members.some((member) => member.sources.includes(source)));
  const notes = members.flatMap((member) => (member.notes === undefined ? [] : [member.notes])).join('\n\n');
  const item: MergedAgendaItem = {
    id: lead.id,
    itemIds: members.flatMap((member) => member.ids).sort(compareText),
    sources,
    title: lead.title,
    priority: priorities[members.reduce((best, member) => Math.min(best, priorityRank[member.priority]), 2)] as AgendaPriority,
    minutes: jointMinutes(members.map((member) => member.minutes)),
    joint: sources.includes('employee') && sources.includes('organisation'),
    goalIds: [...new Set(members.flatMap((member) => member.goalIds))].sort(compareText),
  };
  const followUp = members.find((member) => member.followUp !== undefined)?.followUp;
  return withOptional(item, lead.topic, notes === '' ? undefined : clip(notes, maxNotes), followUp);
}
