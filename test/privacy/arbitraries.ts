// Generated conversations for the privacy properties: five people (the two sides, an HR adviser, a
// mentor, a second manager), texts that each carry a unique marker, every level of visibility,
// sharing with named participants, acts on behalf, and the moves that take the talk from preparation
// to conclusion. A model of who wrote which marker for whom is kept next to it, independently of the
// library, so a property can say which markers a viewer may see.
import fc from 'fast-check';
import type { Conversation, ConversationEventInput, CreateConversationInput, ParticipantRole, Visibility } from '../../src/index.js';
import { createConversation, transition } from '../../src/index.js';

export const people = [
  { id: 'emp-1', name: 'Sanne de Vries', role: 'employee' },
  { id: 'mgr-1', name: 'Ahmed Yilmaz', role: 'manager' },
  { id: 'hr-7', name: 'Fatima el Amrani', role: 'hrAdviser' },
  { id: 'men-2', name: 'Joost Bakker', role: 'mentor' },
  { id: 'skip-3', name: 'Marieke Jansen', role: 'skipLevelManager' },
] as const satisfies readonly { id: string; name: string; role: ParticipantRole }[];

export type PersonIndex = 0 | 1 | 2 | 3 | 4;

export const input: CreateConversationInput = {
  id: 'c-privacy',
  kind: 'development',
  templateVersion: 2, // kept in the input, as a host stores it with the log
  employee: { id: 'emp-1', name: 'Sanne de Vries' },
  manager: { id: 'mgr-1', name: 'Ahmed Yilmaz' },
  participants: [
    { id: 'hr-7', name: 'Fatima el Amrani', role: 'hrAdviser' },
    { id: 'men-2', name: 'Joost Bakker', role: 'mentor' },
    { id: 'skip-3', name: 'Marieke Jansen', role: 'skipLevelManager' },
  ],
  plannedStart: '2027-03-15T10:00:00+01:00',
  plannedMinutes: 60,
  locale: 'nl',
  strictness: 'relaxed',
};

/**
 * The input of a conversation after a POP both sides evaluated: two open agreements it carries (one
 * with a coach as provider) and one done, with texts a POP may well hold.
 */
export const inputAfterPlan: CreateConversationInput = {
  ...input,
  previousPlan: {
    agreements: [
      {
        id: 'prev-reint',
        what: 'Re-integratieplan na burn-out volgen met de bedrijfsarts',
        measure: 'Elke zes weken een gesprek met de bedrijfsarts',
        who: 'emp-1',
        when: '2027-06-01',
        offer: { provider: 'Coach Marieke de Wit', form: 'coaching', hours: 6 },
      },
      { id: 'prev-debt', what: 'Schuldhulpverlening regelen via het maatschappelijk werk', who: 'emp-1', when: '2027-05-01' },
      { id: 'prev-done', what: 'Zwangerschapsverlof overdragen', who: 'mgr-1', when: '2026-12-01', status: 'done' },
    ],
    evaluation: {
      nextTime: 'Meer tijd voor de loopbaanvraag.',
      bySide: { employee: { nextTime: 'Minder over mijn ziekte praten.' }, manager: { nextTime: 'Meer tijd voor de loopbaanvraag.' } },
    },
  },
};

/** What the model knows of a marker: who wrote it, for whom, and whether the state still holds it. */
export interface Marker {
  readonly kind: 'answer' | 'note' | 'need' | 'agreement' | 'evaluation' | 'sides' | 'postpone';
  readonly author: string;
  visibility: Visibility;
  sharedWith: string[];
  /** The event that brought it, and who sent that event. */
  readonly sender: string;
  current: boolean;
}

export interface Driven {
  readonly state: Conversation;
  readonly events: ConversationEventInput[];
  readonly markers: Map<string, Marker>;
}

export interface Step {
  readonly what: 'answer' | 'note' | 'need' | 'propose' | 'evaluate' | 'share' | 'move' | 'postpone' | 'point';
  readonly who: PersonIndex;
  readonly onBehalf: boolean;
  readonly visibility: Visibility | undefined;
  readonly sharedWith: readonly PersonIndex[];
  readonly pick: number;
}

export const steps: fc.Arbitrary<Step[]> = fc.array(
  fc.record({
    what: fc.constantFrom('answer', 'note', 'need', 'propose', 'evaluate', 'share', 'share', 'move', 'move', 'postpone', 'point'),
    who: fc.constantFrom<PersonIndex>(0, 1, 2, 3, 4, 0, 1),
    onBehalf: fc.boolean(),
    visibility: fc.constantFrom<Visibility | undefined>(undefined, 'private', 'shared', 'hr'),
    sharedWith: fc.subarray<PersonIndex>([0, 1, 2, 3, 4], { maxLength: 2 }),
    pick: fc.nat({ max: 1_000 }),
  }),
  { minLength: 5, maxLength: 60, size: 'max' },
);

/** What can happen in the phase the conversation is in (and sharing and moving on, always). */
function possible(state: Conversation): Step['what'][] {
  if (state.status === 'concluded' || state.status === 'cancelled') return ['share'];
  const phase = state.status === 'inProgress' ? state.template.phases.find((p) => p.id === state.phase) : state.template.phases[0];
  const out: Step['what'][] = ['share', 'move'];
  for (const activity of phase?.activities ?? []) {
    if (activity === 'prepare') out.push('answer', 'point');
    if (activity === 'notes') out.push('note');
    if (activity === 'needs') out.push('need');
    if (activity === 'agreements' || activity === 'support') out.push('propose');
    if (activity === 'evaluate') out.push('evaluate');
  }
  return out;
}

/** The text of marker `n`: a sentence with the marker in it, unique in the whole conversation. */
const text = (n: number): string => `Tekst «M${n}» voor het gesprek`;

interface Run {
  state: Conversation;
  minute: number;
  count: number;
  readonly events: ConversationEventInput[];
  readonly markers: Map<string, Marker>;
}

function at(run: Run): string {
  run.minute += 7;
  const base = Date.parse('2027-03-10T08:00:00Z') + run.minute * 60_000;
  return `${new Date(base + 3_600_000).toISOString().slice(0, 19)}+01:00`;
}

/** Sends an event; keeps it when accepted. */
function send(run: Run, event: ConversationEventInput): boolean {
  const next = transition(run.state, event);
  if (!next.ok) return false;
  run.state = next.value.conversation;
  run.events.push(event);
  return true;
}

function marker(run: Run): string {
  run.count += 1;
  return `«M${run.count}»`;
}

/** The header of an event from one person: their role, and on behalf of a side when asked. */
function header(step: Step): { by: ParticipantRole; onBehalfOf?: 'employee' | 'manager' } {
  const role = people[step.who].role;
  if (step.onBehalf && role === 'hrAdviser') return { by: role, onBehalfOf: step.pick % 2 === 0 ? 'employee' : 'manager' };
  return { by: role };
}

/** The side (and so the author) an event speaks for. */
function authorOf(step: Step): string {
  const h = header(step);
  const role = h.onBehalfOf ?? h.by;
  return people.find((person) => person.role === role)?.id ?? '';
}

function audience(step: Step): { visibility?: Visibility; sharedWith?: string[] } {
  const ids = step.sharedWith.map((index) => people[index].id);
  return { ...(step.visibility !== undefined ? { visibility: step.visibility } : {}), ...(ids.length > 0 ? { sharedWith: ids } : {}) };
}

function remember(run: Run, id: string, kind: Marker['kind'], step: Step, fallback: Visibility): void {
  const given = audience(step);
  run.markers.set(id, {
    kind,
    author: authorOf(step),
    visibility: given.visibility ?? fallback,
    sharedWith: [...new Set(given.sharedWith ?? [])],
    sender: people[step.who].id,
    current: true,
  });
}

/** One move forward, with what it needs first (purpose and agenda before the start, consent before leaving the agreements). */
function move(run: Run): void {
  const state = run.state;
  if (state.status === 'planned' || state.status === 'postponed') {
    if (state.purpose === null) {
      const m = marker(run);
      if (send(run, { type: 'setPurpose', at: at(run), by: 'employee', purpose: `Doel ${m}` })) {
        run.markers.set(m, { kind: 'sides', author: 'emp-1', visibility: 'shared', sharedWith: [], sender: 'emp-1', current: true });
      }
    }
    if (state.agenda === null) send(run, { type: 'mergeAgenda', at: at(run), by: 'manager' });
    send(run, { type: 'start', at: at(run), by: 'manager' });
    return;
  }
  for (const list of ['agreements', 'supportAgreements'] as const) {
    for (const entry of run.state[list]) {
      for (const side of ['employee', 'manager'] as const) {
        if (entry.withdrawn === null && entry.agreement.acceptedBy[side] === undefined) {
          send(run, {
            type: list === 'agreements' ? 'acceptAgreement' : 'acceptSupport',
            at: at(run),
            by: side,
            agreementId: entry.agreement.id,
          });
        }
      }
    }
  }
  if (run.state.nextConversation === null) {
    send(run, {
      type: 'scheduleNextConversation',
      at: at(run),
      by: 'manager',
      date: '2027-09-14',
      start: '2027-09-14T10:00:00+02:00',
      end: '2027-09-14T10:45:00+02:00',
    });
  }
  if (!send(run, { type: 'nextPhase', at: at(run), by: 'manager' })) send(run, { type: 'conclude', at: at(run), by: 'manager' });
}

function act(run: Run, given: Step): void {
  // A step that cannot happen in this phase becomes one that can (postponing can happen any time).
  const options = possible(run.state);
  const what =
    given.what === 'postpone' || options.includes(given.what) ? given.what : (options[given.pick % options.length] as Step['what']);
  const step = { ...given, what };
  const h = header(step);
  switch (step.what) {
    case 'answer': {
      const m = marker(run);
      if (
        send(run, {
          type: 'answerPreparation',
          at: at(run),
          ...h,
          questionId: `q-${run.count}`,
          answer: text(run.count),
          ...audience(step),
        } as never)
      ) {
        remember(run, m, 'answer', step, 'private');
      }
      return;
    }
    case 'note': {
      const m = marker(run);
      if (send(run, { type: 'addNote', at: at(run), ...h, text: text(run.count), ...audience(step) } as never))
        remember(run, m, 'note', step, 'shared');
      return;
    }
    case 'need': {
      const m = marker(run);
      const need = { id: `n-${run.count}`, text: text(run.count), focus: 'skills' as const };
      if (send(run, { type: 'addNeed', at: at(run), ...h, need, ...audience(step) } as never)) remember(run, m, 'need', step, 'shared');
      return;
    }
    case 'propose': {
      const m = marker(run);
      const agreement = { id: `a-${run.count}`, what: `Ik geef voor 1 juni 2027 twee demo’s ${m}`, who: 'emp-1', when: '2027-06-01' };
      const type = run.state.phase === 'supportAgreements' ? 'proposeSupport' : 'proposeAgreement';
      if (send(run, { type, at: at(run), ...h, agreement, ...audience(step) } as never)) remember(run, m, 'agreement', step, 'shared');
      return;
    }
    case 'evaluate': {
      if (run.state.evaluation !== null) return;
      const m = marker(run);
      if (send(run, { type: 'evaluate', at: at(run), ...h, rating: 4, feedback: text(run.count), ...audience(step) } as never)) {
        remember(run, m, 'evaluation', step, 'shared');
      }
      return;
    }
    case 'share':
      share(run, step);
      return;
    case 'postpone': {
      const m = marker(run);
      if (send(run, { type: 'postpone', at: at(run), ...h, reason: `Uitgesteld ${m}`, emergency: true } as never)) {
        // A new postponement replaces the reason of the last one.
        for (const old of run.markers.values()) if (old.kind === 'postpone') old.current = false;
        run.markers.set(m, {
          kind: 'postpone',
          author: authorOf(step),
          visibility: 'shared',
          sharedWith: [],
          sender: people[step.who].id,
          current: true,
        });
      }
      return;
    }
    case 'point': {
      const m = marker(run);
      const point = { id: `p-${run.count}`, title: `Punt ${m}`, priority: 'should' as const, minutes: 5 };
      if (send(run, { type: 'addAgendaPoint', at: at(run), ...h, point } as never)) {
        run.markers.set(m, {
          kind: 'sides',
          author: authorOf(step),
          visibility: 'shared',
          sharedWith: [],
          sender: people[step.who].id,
          current: true,
        });
      }
      return;
    }
    default:
      move(run);
  }
}

/** Shares (or stops sharing) a text the model knows, as its writer or not. */
function share(run: Run, step: Step): void {
  const candidates = [...run.markers.entries()].filter(([, m]) => m.kind !== 'sides' && m.kind !== 'postpone' && m.current);
  const chosen = candidates[step.pick % Math.max(1, candidates.length)];
  if (chosen === undefined) return;
  const [id, m] = chosen;
  const n = id.slice(2, -1);
  const ref =
    m.kind === 'answer'
      ? { kind: 'preparationAnswer', side: m.author === 'emp-1' ? 'employee' : 'manager', questionId: `q-${n}` }
      : m.kind === 'note'
        ? { kind: 'note', id: noteIdOf(run, id) }
        : m.kind === 'need'
          ? { kind: 'need', id: `n-${n}` }
          : m.kind === 'agreement'
            ? { kind: 'agreement', id: `a-${n}` }
            : { kind: 'evaluation' };
  const given = audience(step);
  if (send(run, { type: 'shareText', at: at(run), ...header(step), text: ref, ...given } as never)) {
    if (given.visibility !== undefined) m.visibility = given.visibility;
    if (given.sharedWith !== undefined) m.sharedWith = [...new Set(given.sharedWith)];
  }
}

/** The note id the conversation gave the note with this marker. */
function noteIdOf(run: Run, markerId: string): string {
  const index = run.state.notes.findIndex((note) => note.text.includes(markerId));
  return run.state.notes[index]?.id ?? `note-${index + 1}`;
}

/** Drives a conversation through the steps, keeping only the events the library accepts. */
export function drive(plan: readonly Step[], start: CreateConversationInput = input): Driven {
  const created = createConversation(start);
  if (!created.ok) throw new Error('fixture');
  const run: Run = { state: created.value, minute: 0, count: 0, events: [], markers: new Map() };
  for (const step of plan) act(run, step);
  return { state: run.state, events: run.events, markers: run.markers };
}

/** May this person read this marker, by the rules of the model (the words, not the library's code)? */
export function modelMayRead(viewer: (typeof people)[number], m: Marker): boolean {
  if (m.kind === 'sides' || m.kind === 'postpone') return viewer.role === 'employee' || viewer.role === 'manager';
  if (viewer.id === m.author || m.sharedWith.includes(viewer.id)) return true;
  if (m.visibility === 'private') return false;
  if (viewer.role === 'employee' || viewer.role === 'manager') return true;
  return m.visibility === 'hr' && viewer.role === 'hrAdviser';
}
