// The agenda: one joint, prioritised agenda from both sides' points and earlier agreements, within
// the time there is. Schemas are in ./schema.ts (for other modules and `ontwikkelgesprek/schemas`).
export type {
  AgendaItem,
  AgendaItemInput,
  AgendaPriority,
  AgendaSource,
  EmployeeAge,
  FollowUpOf,
  MergeAgendasInput,
  MergedAgenda,
  MergedAgendaItem,
  MergedSource,
  PreviousAgreement,
} from './types.js';
export { agendaInputFrom, mergeAgendas } from './merge.js';
