import { assign, createActor, initialTransition, setup, transition } from 'xstate';
import type { Agreement, AgreementInput, ConversationEventInput, MergedAgenda } from '../../src/index.js';
import type * as Library from '../../src/index.js';
import type * as Schemas from '../../src/schemas/index.js';

/** The XState runners of the bench. */
export interface XStateConversation {
  runPure(events: readonly ConversationEventInput[]): string;
  runActor(events: readonly ConversationEventInput[]): string;
}

/** The free texts an event brings: the same fields the library reads for special-category data. */
export function textsOf(event: ConversationEventInput): (string | undefined)[] {
  if (event.erased !== undefined) return [];
  switch (event.type) {
    case 'answerPreparation':
      return [event.answer];
    case 'setPurpose':
      return [event.purpose, event.overarchingGoal];
    case 'addNote':
      return [event.text];
    case 'addNeed':
      return [event.need.text, event.need.why];
    case 'proposeAgreement':
    case 'proposeSupport':
    case 'reviseAgreement':
      return [event.agreement.what, event.agreement.measure, event.agreement.progressNote];
    case 'withdrawAgreement':
    case 'withdrawAgendaPoint':
    case 'postpone':
    case 'cancel':
      return [event.reason];
    case 'evaluate':
      return [event.feedback];
    case 'addAgendaPoint':
      return [event.point.title, event.point.notes];
    default:
      return [];
  }
}

/**
 * The same development conversation as an XState v5 machine, for the bench: the phases as states,
 * the same guards (purpose and merged agenda to start, agreements present, WWW and accepted by both to
 * leave the agreements phase, a next appointment to conclude), the same domain calls (mergeAgendas,
 * checkAgreement), the same checks of the next appointment and of the order of events, and the same
 * event validation (every event parsed with the library's event schema before it is sent). What it leaves out is what the library adds besides: freezing, the
 * phase history and findings. Built over the library's functions as given, so the bench can hand it
 * the built `dist/`.
 */
export function xstateConversation(
  lib: Pick<
    typeof Library,
    'checkAgreement' | 'mergeAgendas' | 'meetsWww' | 'calendarDateOf' | 'sensitiveDataHints' | 'evaluativeSignals' | 'isEvaluativeTopic'
  >,
  schemas: Pick<typeof Schemas, 'conversationEventSchema'>,
): XStateConversation {
  const { checkAgreement, mergeAgendas, meetsWww, calendarDateOf, sensitiveDataHints, evaluativeSignals, isEvaluativeTopic } = lib;
  const compareInstants = (a: string, b: string): number => Date.parse(a) - Date.parse(b);
  const { conversationEventSchema } = schemas;
  interface Entry {
    readonly agreement: Agreement | AgreementInput;
    readonly accepted: { employee: boolean; manager: boolean };
  }

  interface Context {
    readonly purpose: string | null;
    readonly points: { employee: unknown[]; manager: unknown[] };
    readonly agenda: MergedAgenda | null;
    readonly done: readonly string[];
    readonly notes: readonly string[];
    readonly needs: readonly unknown[];
    readonly agreements: readonly Entry[];
    readonly support: readonly Entry[];
    readonly next: { date: string; start: string; end: string } | null;
    readonly evaluation: number | null;
  }

  type Event = ConversationEventInput;
  type Of<T extends Event['type']> = Extract<Event, { type: T }>;

  // The same context the library gives checkAgreement, so both do the same domain work.
  const participants = [
    { id: 'emp-1', name: 'Sanne de Vries', role: 'employee' as const },
    { id: 'mgr-1', name: 'Ahmed Yilmaz', role: 'manager' as const },
  ];
  const checkContext = (now: string) => ({ now, locale: 'nl' as const, timeZone: 'Europe/Amsterdam', participants, strict: false });

  function merge(context: Context): MergedAgenda | null {
    const result = mergeAgendas({
      employeeItems: context.points.employee as never,
      organisationItems: context.points.manager as never,
      minutesAvailable: 60,
      kind: 'development',
      locale: 'nl',
    });
    return result.ok ? result.value : null;
  }

  const withPoint = (context: Context, event: Of<'addAgendaPoint'>): Context['points'] => {
    const by = event.by === 'manager' ? 'manager' : 'employee';
    return {
      ...context.points,
      [by]: [...context.points[by], { ...event.point, source: by === 'employee' ? 'employee' : 'organisation' }],
    };
  };

  const propose = (list: readonly Entry[], event: Of<'proposeAgreement'> | Of<'proposeSupport'>): Entry[] => {
    checkAgreement(event.agreement, checkContext(event.at));
    return [...list, { agreement: event.agreement, accepted: { employee: event.by === 'employee', manager: event.by === 'manager' } }];
  };

  const accept = (list: readonly Entry[], event: Of<'acceptAgreement'> | Of<'acceptSupport'>): Entry[] =>
    list.map((entry) =>
      entry.agreement.id === event.agreementId ? { ...entry, accepted: { ...entry.accepted, [event.by]: true } } : entry,
    );

  const drift = (agenda: MergedAgenda | null): number =>
    [...(agenda?.items ?? []), ...(agenda?.deferred ?? [])].filter(
      (item) =>
        (item.topic !== undefined && isEvaluativeTopic(item.topic)) ||
        evaluativeSignals(item.title, 'nl').length > 0 ||
        evaluativeSignals(item.notes, 'nl').length > 0,
    ).length;

  const initial: Context = {
    purpose: null,
    points: { employee: [], manager: [] },
    agenda: null,
    done: [],
    notes: [],
    needs: [],
    agreements: [],
    support: [],
    next: null,
    evaluation: null,
  };

  // Shared transitions, spread into several states; typed loosely because XState types each state's map.
  const note: object = {
    addNote: { actions: assign({ notes: ({ context, event }) => [...context.notes, (event as Of<'addNote'>).text] }) },
  };
  const done: object = {
    markAgendaItemDone: {
      actions: assign({ done: ({ context, event }) => [...context.done, (event as Of<'markAgendaItemDone'>).itemId] }),
    },
  };
  const need: object = {
    addNeed: { actions: assign({ needs: ({ context, event }) => [...context.needs, (event as Of<'addNeed'>).need] }) },
  };

  const developmentMachine = setup({
    types: { context: {} as Context, events: {} as Event },
    guards: {
      canStart: ({ context }) => context.purpose !== null && context.agenda !== null,
      agreementsReady: ({ context, event }) =>
        context.agreements.length > 0 &&
        context.agreements.every(
          (entry) => entry.accepted.employee && entry.accepted.manager && meetsWww(checkAgreement(entry.agreement, checkContext(event.at))),
        ),
      scheduled: ({ context }) => context.next !== null,
    },
  }).createMachine({
    id: 'development',
    context: initial,
    initial: 'preparation',
    states: {
      preparation: {
        on: {
          answerPreparation: {},
          addAgendaPoint: {
            actions: assign(({ context, event }) => {
              const points = withPoint(context, event as Of<'addAgendaPoint'>);
              return { points, agenda: context.agenda === null ? null : merge({ ...context, points }) };
            }),
          },
          mergeAgenda: { actions: assign({ agenda: ({ context }) => merge(context) }) },
          setPurpose: { actions: assign({ purpose: ({ event }) => (event as Of<'setPurpose'>).purpose }) },
          start: { target: 'setStatus', guard: 'canStart' },
        },
      },
      setStatus: { on: { ...note, ...done, nextPhase: 'currentSituation' } },
      currentSituation: { on: { ...note, ...done, nextPhase: 'employeeNeeds', previousPhase: 'setStatus' } },
      employeeNeeds: { on: { ...note, ...done, ...need, nextPhase: 'organisationNeeds', previousPhase: 'currentSituation' } },
      organisationNeeds: { on: { ...note, ...done, ...need, nextPhase: 'agreements', previousPhase: 'employeeNeeds' } },
      agreements: {
        on: {
          ...note,
          ...done,
          proposeAgreement: {
            actions: assign({ agreements: ({ context, event }) => propose(context.agreements, event as Of<'proposeAgreement'>) }),
          },
          acceptAgreement: {
            actions: assign({ agreements: ({ context, event }) => accept(context.agreements, event as Of<'acceptAgreement'>) }),
          },
          nextPhase: { target: 'supportAgreements', guard: 'agreementsReady' },
          previousPhase: 'organisationNeeds',
        },
      },
      supportAgreements: {
        on: {
          ...note,
          ...done,
          proposeSupport: { actions: assign({ support: ({ context, event }) => propose(context.support, event as Of<'proposeSupport'>) }) },
          acceptSupport: { actions: assign({ support: ({ context, event }) => accept(context.support, event as Of<'acceptSupport'>) }) },
          nextPhase: 'nextConversation',
          previousPhase: 'agreements',
        },
      },
      nextConversation: {
        on: {
          ...note,
          scheduleNextConversation: {
            actions: assign({
              next: ({ event }) => {
                const e = event as Of<'scheduleNextConversation'>;
                // The same checks as the library: after this conversation, ending after it starts, on its date.
                const fits =
                  compareInstants(e.end, e.start) > 0 &&
                  compareInstants(e.start, e.at) > 0 &&
                  calendarDateOf(e.start, 'Europe/Amsterdam') === e.date;
                return fits ? { date: e.date, start: e.start, end: e.end } : null;
              },
            }),
          },
          nextPhase: { target: 'evaluation', guard: 'scheduled' },
        },
      },
      evaluation: {
        on: {
          ...note,
          evaluate: {
            actions: assign({ evaluation: ({ event }) => (event as Of<'evaluate'>).rating ?? (event as Of<'evaluate'>).grade ?? null }),
          },
          // Concluding looks for appraisal or pay talk on the agenda (by topic, else in its words), as the library does.
          conclude: { target: 'concluded', guard: 'scheduled', actions: ({ context }) => drift(context.agenda) },
          previousPhase: 'nextConversation',
        },
      },
      concluded: { type: 'final' },
    },
  });

  // Every event validated, refused when it goes back in time, and the free texts it brings read for
  // special-category data (health, religion, ...), as the library does.
  let last: string | undefined;
  const validated = (event: Event): Event => {
    const parsed = conversationEventSchema.parse(event) as Event;
    if (last !== undefined && compareInstants(parsed.at, last) < 0) throw new Error('event before the last one');
    last = parsed.at;
    for (const text of textsOf(parsed)) if (text !== undefined && text !== '') sensitiveDataHints(text, 'nl');
    return parsed;
  };

  return {
    /** Drives the machine through a log with the pure `transition`; returns the final state value. */
    runPure(events: readonly Event[]): string {
      last = undefined;
      let [snapshot] = initialTransition(developmentMachine);
      for (const event of events) [snapshot] = transition(developmentMachine, snapshot, validated(event));
      return String(snapshot.value);
    },
    /** Drives an actor through a log with `actor.send`; returns the final state value. */
    runActor(events: readonly Event[]): string {
      last = undefined;
      const actor = createActor(developmentMachine).start();
      for (const event of events) actor.send(validated(event));
      const value = String(actor.getSnapshot().value);
      actor.stop();
      return value;
    },
  };
}
