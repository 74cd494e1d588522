// Privacy by design (AVG/GDPR): what each person may see of a conversation, a log and a plan;
// erasure that leaves tombstones and keeps approvals verifiable; retention as data; access requests;
// and the sensitive-data hints of the agreements module. Schemas are in ./schema.ts (for
// `ontwikkelgesprek/schemas`).
export type {
  ConversationView,
  FeedbackRequestView,
  PreparationView,
  PlanView,
  RedactRequest,
  RedactTarget,
  RetentionAction,
  RetentionAnchor,
  RetentionItem,
  RetentionKind,
  RetentionPolicy,
  RetentionRecord,
  RetentionRule,
  SubjectExport,
  SubjectExportOptions,
  SubjectRecords,
  Viewer,
  ViewerOf,
  VisibleEvent,
  WithheldText,
} from './types.js';
export { planViewFor, viewFor } from './view.js';
export { eventsVisibleTo } from './events.js';
export { redact } from './redact.js';
export { redactPatches } from './patches.js';
export { dutchRetentionDefaults, retentionDue } from './retention.js';
export { exportForSubject } from './export.js';
export type { SensitiveCategory, SensitiveDataHints, SensitiveMatch } from '../agreements/index.js';
export { sensitiveDataHints } from '../agreements/index.js';
