import { bench, describe } from 'vitest';
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import { createConversation, transition } from '../../src/index.js';
import { developmentEvents, developmentInput } from './fixtures.js';
import { runXState } from './xstate-machine.js';

/**
 * 100,000 events: the development conversation of the fixtures (27 events, preparation to
 * conclusion), run 3,704 times, through the library's `transition` and through the same
 * conversation as an XState v5 machine driven with its pure `transition`.
 */
const total = 100_000;
const conversations = Math.ceil(total / developmentEvents.length);

function runLibrary(events: readonly ConversationEventInput[]): Conversation {
  const created = createConversation(developmentInput);
  if (!created.ok) throw new Error('fixture');
  let state = created.value;
  for (const event of events) {
    const result = transition(state, event);
    if (!result.ok) throw new Error(`refused ${event.type}`);
    state = result.value.conversation;
  }
  return state;
}

// Both must end concluded, or the comparison is meaningless.
if (runLibrary(developmentEvents).status !== 'concluded') throw new Error('library did not conclude');
if (runXState(developmentEvents) !== 'concluded') throw new Error('xstate did not conclude');

const options = { iterations: 2, warmupIterations: 1, time: 0, warmupTime: 0 };

describe(`${conversations * developmentEvents.length} events (${conversations} development conversations)`, () => {
  bench(
    'ontwikkelgesprek transition (validation, guards, immer patches, frozen states)',
    () => {
      for (let i = 0; i < conversations; i++) runLibrary(developmentEvents);
    },
    options,
  );
  bench(
    'XState v5 machine, pure transition (same phases, guards and domain calls)',
    () => {
      for (let i = 0; i < conversations; i++) runXState(developmentEvents);
    },
    options,
  );
});
