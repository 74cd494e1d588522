export { dialogueMessages } from './messages.js';
export type {
  AggregateDevelopmentAgendaInput,
  OrganisationAmbition,
  DevelopmentWish,
  DialogueFormat,
  DialogueParticipant,
  DialogueTheme,
  PlanFutureDialogueInput,
  WishesToAgendaItemsInput,
} from './schema.js';
export {
  aggregateDevelopmentAgendaInputSchema,
  organisationAmbitionSchema,
  developmentWishSchema,
  dialogueFormatSchema,
  dialogueParticipantSchema,
  dialogueSeedSchema,
  dialogueThemeSchema,
  planFutureDialogueInputSchema,
  wishesToAgendaItemsInputSchema,
} from './schema.js';
export type { DialogueGroup, FutureDialoguePlan, SessionBlock, SessionQuestion } from './session.js';
export { planFutureDialogue } from './session.js';
export type { AgendaTheme, DevelopmentAgenda, TeamAgenda, ThemeAmbition, ThemeOrigin, VagueWish } from './aggregate.js';
export { aggregateDevelopmentAgenda } from './aggregate.js';
export { wishesToAgendaItems } from './bridge.js';
