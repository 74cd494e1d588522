// Future dialogues (toekomstdialoog): the session plan, the organisation's development agenda from
// everyone's wishes, and the bridge into the individual conversation. Schemas are in ./schema.ts
// (for other modules and `ontwikkelgesprek/schemas`).
export type {
  AgendaTheme,
  AggregateDevelopmentAgendaInput,
  DevelopmentAgenda,
  DevelopmentAgendaTotals,
  DevelopmentWish,
  DialogueFormat,
  DialogueFormatInput,
  DialogueGroup,
  DialogueMode,
  DialogueParticipant,
  DialogueSetting,
  DialogueTheme,
  FutureDialoguePlan,
  OrganisationAmbition,
  PlanFutureDialogueInput,
  SessionBlock,
  SessionQuestion,
  TeamAgenda,
  ThemeAmbition,
  ThemeOrigin,
  VagueWish,
  WishesToAgendaItemsInput,
} from './types.js';
export { planFutureDialogue } from './session.js';
export { aggregateDevelopmentAgenda } from './aggregate.js';
export { wishesToAgendaItems } from './bridge.js';
