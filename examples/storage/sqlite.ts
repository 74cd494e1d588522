/**
 * A small SQLite store for conversations and their event logs, with sql.js (SQLite compiled to
 * WebAssembly, inside its npm package: no native build). The library does no I/O; this is the host's
 * side. Run it with `npx tsx examples/storage/sqlite.ts`.
 *
 * 1. A conversation as 0.1 stored it (state and events, storage version 1) sits in the database, with
 *    a key the host once added to the state itself.
 * 2. This version stores a new conversation: its state after every event, and each event as a row.
 * 3. Reading back migrates on read: each state and each event is brought to the current version, and
 *    the replayed log must give the stored state.
 * 4. The migrated rows are written back (a one-off upgrade), after which nothing is left to migrate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'sql.js';
import initSqlJs from 'sql.js';
import type { Conversation, ConversationEventInput, CreateConversationInput, Finding } from '../../src/index.js';
import { createConversation, eventLogOf, migrateConversation, migrateConversationEventLog, replay, transition } from '../../src/index.js';

const schema = `
  create table conversation (id text primary key, storage_version integer not null, input text not null, state text not null);
  create table conversation_event (conversation_id text not null, seq integer not null, storage_version integer not null,
    event text not null, primary key (conversation_id, seq));
`;

/** The storage version of a stored row: what a host can query without reading the JSON. */
const versionOf = (data: { schemaVersion?: number | undefined }): number => data.schemaVersion ?? 1;

/** The state row: the input the conversation was created with (where its log starts) and the state now. */
function saveState(db: Database, input: object, state: object & { id: string; schemaVersion?: number | undefined }): void {
  db.run('insert or replace into conversation values (?, ?, ?, ?)', [
    state.id,
    versionOf(state),
    JSON.stringify(input),
    JSON.stringify(state),
  ]);
}

function saveEvent(db: Database, id: string, seq: number, event: object & { schemaVersion?: number | undefined }): void {
  db.run('insert or replace into conversation_event values (?, ?, ?, ?)', [id, seq, versionOf(event), JSON.stringify(event)]);
}

/** Everything a read gives: the state and log of this version, and what the migration had to say. */
interface Loaded {
  readonly input: CreateConversationInput;
  readonly state: Conversation;
  readonly events: readonly ConversationEventInput[];
  readonly storedVersion: number;
  readonly findings: readonly Finding[];
}

/** Reads a conversation and its log, migrating on read, and checks that the log replays to the state. */
function load(db: Database, id: string): Loaded {
  const [row] = db.exec('select storage_version, input, state from conversation where id = ?', [id])[0]?.values ?? [];
  if (row === undefined) throw new Error(`no conversation ${id}`);
  const rows = db.exec('select event from conversation_event where conversation_id = ? order by seq', [id])[0]?.values ?? [];
  const state = migrateConversation(JSON.parse(String(row[2])));
  // The row's storage version is the log's: a version-2 input may carry the host's meta, a 0.1 one could not.
  const version = Number(row[0]) >= 2 ? { schemaVersion: Number(row[0]) } : {};
  const log = migrateConversationEventLog({
    ...version,
    input: JSON.parse(String(row[1])),
    events: rows.map(([text]) => JSON.parse(String(text))),
  });
  if (!state.ok || !log.ok)
    throw new Error(`conversation ${id} cannot be read: ${[...state.findings, ...log.findings].map((f) => f.code)}`);
  // The log gives the state; what the host once added to the state row is kept beside it, not in the log.
  const replayed = replay(log.value.events, { input: log.value.input });
  const { unrecognized: _kept, ...known } = state.value;
  if (!replayed.ok || JSON.stringify(replayed.value) !== JSON.stringify(known)) throw new Error(`the log of ${id} does not give its state`);
  const { input, events } = log.value;
  return { input, state: state.value, events, storedVersion: Number(row[0]), findings: [...state.findings, ...log.findings] };
}

const SQL = await initSqlJs();
const db = new SQL.Database();
db.run(schema);
const out: string[] = ['Storage with SQLite (sql.js)', ''];

// 1. As 0.1 stored it, plus a key the host added to the state row long ago.
const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', '0.1');
const oldState = { ...JSON.parse(readFileSync(join(fixtures, 'conversation-concluded.json'), 'utf8')), crmId: 'crm-8812' };
const oldLog = JSON.parse(readFileSync(join(fixtures, 'event-log-development.json'), 'utf8')) as { input: object; events: object[] };
const oldEvents = oldLog.events;
saveState(db, oldLog.input, oldState);
for (const [seq, event] of oldEvents.entries()) saveEvent(db, oldState.id, seq, event);
out.push(`stored ${oldState.id} as 0.1 did: the state and ${oldEvents.length} events, storage version 1`);

// 2. This version: the state after every event, each event as a row.
const input: CreateConversationInput = {
  id: 'c-2027-jan',
  kind: 'checkIn',
  employee: { id: 'emp-2', name: 'Jan Jansen' },
  manager: { id: 'mgr-1', name: 'Ahmed Yilmaz' },
  plannedStart: '2027-06-01T09:00:00+02:00',
  locale: 'nl',
  meta: { tenantId: 't-42' },
};
const created = createConversation(input);
// The input to store is the one the log to store names: with the template version the conversation got.
const logStart = eventLogOf(input);
if (!created.ok || !logStart.ok) throw new Error('cannot create');
const storedInput = logStart.value.input;
let state = created.value;
const intents: ConversationEventInput[] = [
  { type: 'setPurpose', at: '2027-05-30T09:00:00+02:00', by: 'employee', purpose: 'Voortgang van de klantdemo’s bespreken' },
  {
    type: 'addAgendaPoint',
    at: '2027-05-30T09:05:00+02:00',
    by: 'employee',
    point: { id: 'p1', title: 'Klantdemo’s', priority: 'must', minutes: 15 },
  },
  { type: 'mergeAgenda', at: '2027-05-31T09:00:00+02:00', by: 'manager' },
  { type: 'start', at: '2027-06-01T09:00:00+02:00', by: 'manager' },
  { type: 'addNote', at: '2027-06-01T09:10:00+02:00', by: 'employee', text: 'Eerste demo gegeven; de klant vroeg om een vervolg.' },
  { type: 'postpone', at: '2027-06-01T09:20:00+02:00', by: 'manager', reason: 'Brandmelding', emergency: true },
];
intents.forEach((intent, seq) => {
  const outcome = transition(state, intent);
  if (!outcome.ok) throw new Error(`event ${seq} refused: ${outcome.findings.map((f) => f.code)}`);
  state = outcome.value.conversation;
  saveState(db, storedInput, state);
  saveEvent(db, state.id, seq, outcome.value.event);
});
out.push(`stored ${state.id} by this version: the state and ${intents.length} events, storage version 2`, '');

// 3. Reading back, migrating on read.
out.push('Reading back, migrating on read:');
for (const id of [oldState.id, state.id]) {
  const loaded = load(db, id);
  const kept =
    loaded.state.unrecognized === undefined ? '' : `; kept what it does not know: ${Object.keys(loaded.state.unrecognized).join(', ')}`;
  const upgrade = loaded.storedVersion === 2 ? 'storage version 2, current' : `storage version ${loaded.storedVersion} read as 2`;
  out.push(`- ${id}: ${upgrade}; ${loaded.events.length} events; the log replays to the stored state${kept}`);
}

// 4. A one-off upgrade: write the migrated rows back, then nothing is left to migrate.
const stale = db.exec('select id from conversation where storage_version < 2')[0]?.values.map(([id]) => String(id)) ?? [];
for (const id of stale) {
  const loaded = load(db, id);
  saveState(db, loaded.input, loaded.state);
  for (const [seq, event] of loaded.events.entries()) saveEvent(db, id, seq, event);
}
const left = db.exec('select count(*) from conversation_event where storage_version < 2')[0]?.values[0]?.[0];
out.push('', `Upgraded in place: ${stale.length} conversation; rows still below storage version 2: ${left}`);
const again = load(db, oldState.id);
out.push(`Read again: ${again.state.id} is current (${again.findings.length} findings), and its log still replays to its state`);
console.log(out.join('\n'));
