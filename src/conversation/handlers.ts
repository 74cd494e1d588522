// Every event's handler, by type: the registry `transition`, `replay` and `availableEvents` use.
import type { Handler } from './decision.js';
import type { ConversationEventType } from './event-types.js';
import { agreementHandlers } from './handlers-agreements.js';
import { competenceHandlers } from './handlers-competences.js';
import { feedbackHandlers } from './handlers-feedback.js';
import { flowHandlers } from './handlers-flow.js';
import { prepareHandlers } from './handlers-prepare.js';
import { shareHandlers } from './handlers-share.js';
import { talkHandlers } from './handlers-talk.js';

/** The handler of every event type. */
export const handlers: { readonly [T in ConversationEventType]: Handler<T> } = Object.freeze({
  ...prepareHandlers,
  ...talkHandlers,
  ...agreementHandlers,
  ...flowHandlers,
  ...shareHandlers,
  ...competenceHandlers,
  ...feedbackHandlers,
});
