export { agendaMessages } from './messages.js';
export type {
  AgendaItem,
  AgendaItemInput,
  AgendaPriority,
  AgendaSource,
  MergeAgendasInput,
  MergedAgenda,
  MergedAgendaItem,
  MergedSource,
  PreviousAgreement,
} from './schema.js';
export {
  agendaItemSchema,
  agendaPrioritySchema,
  agendaSourceSchema,
  mergeAgendasInputSchema,
  mergedAgendaItemSchema,
  mergedSourceSchema,
  previousAgreementSchema,
} from './schema.js';
export { agendaInputFrom, mergeAgendas, normalizeTitle } from './merge.js';
