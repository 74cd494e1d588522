import type { CalendarDate } from '../../core/index.js';

/** A category of special personal data (the agreements module's `SensitiveCategory`). */
export type SensitiveCategoryLabel =
  | 'health'
  | 'religion'
  | 'unionMembership'
  | 'ethnicOrigin'
  | 'sexualOrientation'
  | 'criminalRecord'
  | 'politicalOpinion';

/** A kind of record a retention policy sets a term for (the privacy module's `RetentionKind`). */
export type RetentionKindLabel = 'preparation' | 'notes' | 'conversation' | 'eventLog' | 'plan' | 'patches';

/** What a retention term counts from (the privacy module's `RetentionAnchor`). */
export type RetentionAnchorLabel = 'conversation' | 'planPeriodEnd' | 'employmentEnd';

/** What is due when a term ends (the privacy module's `RetentionAction`). */
export type RetentionActionLabel = 'erase' | 'delete';

/**
 * The findings of the privacy module, with their params. The sensitive-data hint is made by the
 * agreements module (where the text analysis lives) and added by the conversation to the event that
 * brought the text.
 */
export interface PrivacyFindingParams {
  'privacy.sensitiveData': {
    category: 'health' | 'religion' | 'unionMembership' | 'ethnicOrigin' | 'sexualOrientation' | 'criminalRecord' | 'politicalOpinion';
    evidence: readonly string[];
  };
  'privacy.record.unknown': Record<never, never>;
  'privacy.viewer.notParticipant': Record<never, never>;
  'privacy.viewer.roleMismatch': {
    given: 'employee' | 'manager' | 'hrAdviser' | 'mentor' | 'skipLevelManager';
    role: 'employee' | 'manager' | 'hrAdviser' | 'mentor' | 'skipLevelManager';
  };
  'privacy.redact.unknownText': {
    text:
      | 'preparationAnswer'
      | 'note'
      | 'need'
      | 'agreement'
      | 'evaluation'
      | 'purpose'
      | 'postponement'
      | 'cancellation'
      | 'competenceScan'
      | 'feedback'
      | 'feedbackRequest'
      | 'feedbackAnswers'
      | 'ambition'
      | 'goal'
      | 'zienswijze'
      | 'nextConversation'
      | 'previousNextTime';
  };
  'privacy.redact.unknownPerson': Record<never, never>;
  'privacy.redact.nothingToErase': Record<never, never>;
  'privacy.redact.erased': { count: number };
  'privacy.retention.due': {
    kind: 'preparation' | 'notes' | 'conversation' | 'eventLog' | 'plan' | 'patches';
    action: 'erase' | 'delete';
    anchor: 'conversation' | 'planPeriodEnd' | 'employmentEnd';
    months: number;
    from: CalendarDate;
    dueOn: CalendarDate;
  };
  'privacy.retention.upcoming': {
    kind: 'preparation' | 'notes' | 'conversation' | 'eventLog' | 'plan' | 'patches';
    action: 'erase' | 'delete';
    anchor: 'conversation' | 'planPeriodEnd' | 'employmentEnd';
    months: number;
    from: CalendarDate;
    dueOn: CalendarDate;
  };
  'privacy.retention.waiting': {
    kind: 'preparation' | 'notes' | 'conversation' | 'eventLog' | 'plan' | 'patches';
    action: 'erase' | 'delete';
    anchor: 'conversation' | 'planPeriodEnd' | 'employmentEnd';
    months: number;
  };
  'privacy.retention.noRule': { kind: 'preparation' | 'notes' | 'conversation' | 'eventLog' | 'plan' | 'patches' };
  'privacy.export.withheld': { count: number };
}

/** The label families of the privacy module. */
export interface PrivacyLabelFamilies {
  /** A category of special personal data, inside a sentence: "gezondheid", "health". */
  sensitiveCategory:
    | 'health'
    | 'religion'
    | 'unionMembership'
    | 'ethnicOrigin'
    | 'sexualOrientation'
    | 'criminalRecord'
    | 'politicalOpinion';
  /** A kind of record with a retention term, inside a sentence: "de voorbereiding", "the preparation answers". */
  retentionKind: 'preparation' | 'notes' | 'conversation' | 'eventLog' | 'plan' | 'patches';
  /** What a term counts from, inside a sentence: "het gesprek", "the end of employment". */
  retentionAnchor: 'conversation' | 'planPeriodEnd' | 'employmentEnd';
  /** What is due, as a verb inside a sentence: "wissen", "erased". */
  retentionAction: 'erase' | 'delete';
}
