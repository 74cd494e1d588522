/**
 * The conversation against XState v5, on the built library (`npm run build` first), with the paired
 * harness: `npx tsx test/conversation/bench.ts`. Prints ratios as median [min–max]; no assertions.
 *
 * - a whole 46-event development conversation, XState doing the same domain work and validation,
 *   through its pure `transition` and through `actor.send`;
 * - replay of a 1,000-event log against the same log sent to an XState actor;
 * - how replay grows: t(2n) ÷ t(n) for n = 1,000 and n = 2,000.
 *
 * Samples are timed in CPU time (`BENCH_CLOCK=wall` for the wall clock). `BENCH_ROUNDS` sets the rounds (15); `BENCH_DIST=<folder>` measures another build (a copy of an
 * earlier `dist/`, kept inside the repository folder so that it finds its dependencies).
 */
import type * as Library from '../../src/index.js';
import type * as Schemas from '../../src/schemas/index.js';
import type { Clock } from '../bench/harness.js';
import { formatRatio, doublingRatio, pairedRatio } from '../bench/harness.js';
import { developmentEvents46, developmentInput } from './fixtures.js';
import { textsOf, xstateConversation } from './xstate-machine.js';
import type { ConversationEventInput } from '../../src/index.js';

// BENCH_DIST measures another build (a copy of an earlier `dist/`, for before-and-after figures).
const dist =
  process.env['BENCH_DIST'] !== undefined
    ? new URL(`${process.env['BENCH_DIST']}/`, `file://${process.cwd()}/`).href
    : new URL('../../dist/', import.meta.url).href;
const lib = (await import(`${dist}index.js`)) as typeof Library;
const schemas = (await import(`${dist}schemas.js`)) as typeof Schemas;
const xstate = xstateConversation(lib, schemas);

function runLibrary(events: readonly ConversationEventInput[]): string {
  const created = lib.createConversation(developmentInput);
  if (!created.ok) throw new Error('fixture');
  let state = created.value;
  for (const event of events) {
    const result = lib.transition(state, event);
    if (!result.ok) throw new Error(`refused ${event.type}`);
    state = result.value.conversation;
  }
  return state.status;
}

// Both must end concluded, or the comparison means nothing.
for (const [name, run] of [
  ['library', runLibrary],
  ['xstate transition', xstate.runPure],
  ['xstate actor', xstate.runActor],
] as const) {
  const end = run(developmentEvents46);
  if (end !== 'concluded') throw new Error(`${name} ended in ${end}`);
}

/**
 * The work both sides must do whatever the machine: validate every event, read the free texts it
 * brings for special-category data, check the agreement and the support agreement when proposed and
 * the agreement again when the agreements phase closes, merge the agenda once, and look for appraisal
 * or pay talk on it when concluding. No implementation can go below this floor.
 */
function domainFloor(): unknown {
  const parsed = developmentEvents46.map((event) => schemas.conversationEventSchema.parse(event));
  for (const event of parsed) for (const text of textsOf(event)) if (text !== undefined && text !== '') lib.sensitiveDataHints(text, 'nl');
  const context = (now: string) => ({
    now,
    locale: 'nl' as const,
    timeZone: 'Europe/Amsterdam',
    participants: [
      { id: 'emp-1', name: 'Sanne de Vries', role: 'employee' as const },
      { id: 'mgr-1', name: 'Ahmed Yilmaz', role: 'manager' as const },
    ],
    strict: false,
  });
  const proposals = parsed.filter((event) => event.type === 'proposeAgreement' || event.type === 'proposeSupport');
  for (const event of proposals) lib.checkAgreement(event.agreement, context(event.at));
  const proposed = parsed.findIndex((event) => event.type === 'proposeAgreement');
  const closing = parsed.find((event, index) => index > proposed && event.type === 'nextPhase');
  if (proposals[0] !== undefined) lib.checkAgreement(proposals[0].agreement, context(closing?.at ?? proposals[0].at));
  const points = parsed.flatMap((event) =>
    event.type === 'addAgendaPoint'
      ? [{ ...event.point, source: event.by === 'employee' ? ('employee' as const) : ('organisation' as const) }]
      : [],
  );
  const merged = lib.mergeAgendas({
    employeeItems: points.filter((point) => point.source === 'employee'),
    organisationItems: points.filter((point) => point.source === 'organisation'),
    minutesAvailable: 60,
    kind: 'development',
    locale: 'nl',
  });
  // Concluding looks for appraisal or pay talk on the merged agenda.
  const items = merged.ok ? [...merged.value.items, ...merged.value.deferred] : [];
  return items.filter(
    (item) =>
      (item.topic !== undefined && lib.isEvaluativeTopic(item.topic)) ||
      lib.evaluativeSignals(item.title, 'nl').length > 0 ||
      lib.evaluativeSignals(item.notes, 'nl').length > 0,
  ).length;
}

/** A long log: the 46 events' preparation, then notes and needs until it has `n` events. */
function longLog(n: number): ConversationEventInput[] {
  const head = developmentEvents46.slice(0, developmentEvents46.findIndex((event) => event.type === 'start') + 1);
  const events: ConversationEventInput[] = [...head];
  const base = Date.parse('2027-03-15T09:10:00Z');
  for (let i = events.length; i < n; i++) {
    const at = new Date(base + i * 1_000).toISOString().replace('.000Z', 'Z');
    events.push({ type: 'addNote', at, by: i % 2 === 0 ? 'employee' : 'manager', text: `Notitie ${i}: wat we bespraken.` });
  }
  return events;
}
const log1000 = longLog(1_000);
const log2000 = longLog(2_000);
const log4000 = longLog(4_000);
const replayOf = (events: readonly ConversationEventInput[]) => () => {
  const result = lib.replay(events, { input: developmentInput });
  if (!result.ok) throw new Error('replay refused');
  return result.value;
};

const rounds = Number(process.env['BENCH_ROUNDS'] ?? 15);
// CPU time by default: on a shared machine the wall clock also counts the waits for a core.
const clock: Clock = process.env['BENCH_CLOCK'] === 'wall' ? 'wall' : 'cpu';
const conversationPure = pairedRatio(
  { name: 'xstate transition', run: () => xstate.runPure(developmentEvents46) },
  { name: 'ours', run: () => runLibrary(developmentEvents46) },
  { rounds, targetMs: 40, clock },
);
const conversationActor = pairedRatio(
  { name: 'xstate actor', run: () => xstate.runActor(developmentEvents46) },
  { name: 'ours', run: () => runLibrary(developmentEvents46) },
  { rounds, targetMs: 40, clock },
);
const floorShare = pairedRatio(
  { name: 'floor', run: domainFloor },
  { name: 'ours', run: () => runLibrary(developmentEvents46) },
  { rounds, targetMs: 40, clock },
);
const actorOverFloor = pairedRatio(
  { name: 'xstate actor', run: () => xstate.runActor(developmentEvents46) },
  { name: 'floor', run: domainFloor },
  { rounds, targetMs: 40, clock },
);
const replayActor = pairedRatio(
  { name: 'xstate actor', run: () => xstate.runActor(log1000) },
  { name: 'replay', run: replayOf(log1000) },
  { rounds, targetMs: 40, clock },
);
const replayPure = pairedRatio(
  { name: 'xstate transition', run: () => xstate.runPure(log1000) },
  { name: 'replay', run: replayOf(log1000) },
  { rounds, targetMs: 40, clock },
);
const growth = doublingRatio(
  { name: 'replay 1,000', run: replayOf(log1000) },
  { name: 'replay 2,000', run: replayOf(log2000) },
  { rounds, clock },
);

console.log(`${clock === 'cpu' ? 'CPU time' : 'wall clock'}, ${rounds} rounds, ${dist}`);
console.log(`46-event conversation, XState pure transition ÷ ours: ${formatRatio(conversationPure)}`);
console.log(`46-event conversation, XState actor.send ÷ ours:      ${formatRatio(conversationActor)}`);
console.log(`46 events: shared floor (validation + domain calls) ÷ ours: ${formatRatio(floorShare)}`);
console.log(`46 events: XState actor.send ÷ shared floor:            ${formatRatio(actorOverFloor)}`);
console.log(`replay of 1,000 events, XState pure transition ÷ ours: ${formatRatio(replayPure)}`);
console.log(`replay of 1,000 events, XState actor.send ÷ ours:      ${formatRatio(replayActor)}`);
const growthLong = doublingRatio(
  { name: 'replay 2,000', run: replayOf(log2000) },
  { name: 'replay 4,000', run: replayOf(log4000) },
  { rounds, clock },
);

console.log(`replay t(2,000) ÷ t(1,000):                           ${formatRatio(growth)}`);
console.log(`replay t(4,000) ÷ t(2,000):                           ${formatRatio(growthLong)}`);
