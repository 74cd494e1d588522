// The built-in templates, as data, with every version a stored conversation may carry.
import { deepFreeze } from '../core/index.js';
import type { ConversationTemplate, TemplatePhase } from './template-types.js';

/** The phases of the development conversation as the first version had them (strengths asked inside other phases). */
const developmentPhasesV1: readonly TemplatePhase[] = [
  {
    id: 'preparation',
    activities: ['prepare', 'purpose'],
    exitGuards: ['purposeSet', 'agendaMerged'],
    questionCategories: ['preparation'],
    weight: 0,
    allowBack: false,
  },
  {
    id: 'setStatus',
    activities: ['purpose', 'prepare', 'agenda', 'notes'],
    exitGuards: ['purposeSet', 'agendaMerged'],
    questionCategories: ['preparation'],
    weight: 1,
    allowBack: false,
  },
  {
    id: 'currentSituation',
    activities: ['agenda', 'notes'],
    exitGuards: [],
    questionCategories: ['strengths', 'preparation'],
    weight: 2,
    allowBack: true,
  },
  {
    id: 'employeeNeeds',
    activities: ['needs', 'agenda', 'notes'],
    exitGuards: [],
    questionCategories: ['needs', 'deepening', 'strengths'],
    weight: 3,
    allowBack: true,
  },
  {
    id: 'organisationNeeds',
    activities: ['needs', 'agenda', 'notes'],
    exitGuards: [],
    questionCategories: ['needs', 'deepening'],
    weight: 2,
    allowBack: true,
  },
  {
    id: 'agreements',
    activities: ['agreements', 'agenda', 'notes'],
    exitGuards: ['agreementsPresent', 'agreementsWww', 'agreementsSmart', 'agreementsAccepted'],
    questionCategories: ['deepening', 'needs'],
    weight: 3,
    allowBack: true,
  },
  {
    id: 'supportAgreements',
    activities: ['support', 'agenda', 'notes'],
    exitGuards: ['supportAccepted'],
    questionCategories: ['needs'],
    weight: 1,
    allowBack: true,
  },
  {
    id: 'nextConversation',
    activities: ['schedule', 'notes'],
    exitGuards: ['nextConversationScheduled'],
    questionCategories: ['closing'],
    weight: 1,
    allowBack: false,
  },
  {
    id: 'evaluation',
    activities: ['evaluate', 'notes'],
    exitGuards: ['nextConversationScheduled', 'evaluationGiven'],
    questionCategories: ['evaluation', 'closing'],
    weight: 1,
    allowBack: true,
  },
];

/** The phases of the development conversation from version 2: a strengths phase of its own, before the employee's needs. */
const developmentPhasesV2: readonly TemplatePhase[] = developmentPhasesV1.flatMap((phase): TemplatePhase[] => {
  if (phase.id === 'currentSituation') {
    return [
      { ...phase, questionCategories: ['preparation'], weight: 1 },
      { ...phase, id: 'strengths', activities: ['needs', 'agenda', 'notes'], questionCategories: ['strengths', 'deepening'], weight: 2 },
    ];
  }
  return phase.id === 'employeeNeeds' ? [{ ...phase, questionCategories: ['needs', 'deepening'] }] : [phase];
});

const developmentLabel = { nl: 'Ontwikkelgesprek', en: 'Development conversation' };

/** The development template as conversations created before template versions carry it (version 1, no `version` key). */
export const developmentTemplateV1: ConversationTemplate = deepFreeze({
  schemaVersion: 2,
  id: 'development',
  kind: 'development',
  label: developmentLabel,
  phases: developmentPhasesV1,
});

/**
 * The built-in templates, as data, in their latest version: `development` (preparation, the eight
 * phases with strengths before the needs, then concluded), `career` (preparation, strengths,
 * agreements, follow-up rhythm, evaluation) and `checkIn` (preparation, progress on agreements, what
 * next, next appointment, evaluation). Question categories name the categories of a question bank that fit each phase.
 *
 * @example
 * ```ts
 * import { conversationTemplates } from 'ontwikkelgesprek';
 * conversationTemplates.development.version; // 2
 * conversationTemplates.development.phases.map((phase) => phase.id);
 * // ['preparation', 'setStatus', 'currentSituation', 'strengths', 'employeeNeeds', 'organisationNeeds',
 * //  'agreements', 'supportAgreements', 'nextConversation', 'evaluation']
 * ```
 */
export const conversationTemplates: Readonly<Record<'development' | 'career' | 'checkIn', ConversationTemplate>> = deepFreeze({
  development: {
    schemaVersion: 2,
    id: 'development',
    kind: 'development',
    version: 2,
    label: developmentLabel,
    phases: developmentPhasesV2,
  },
  career: {
    schemaVersion: 2,
    id: 'career',
    kind: 'career',
    label: { nl: 'Loopbaangesprek', en: 'Career conversation' },
    phases: [
      {
        id: 'preparation',
        activities: ['prepare', 'purpose'],
        exitGuards: ['purposeSet', 'agendaMerged'],
        questionCategories: ['preparation'],
        weight: 0,
        allowBack: false,
      },
      {
        id: 'strengths',
        activities: ['needs', 'agenda', 'notes'],
        exitGuards: [],
        questionCategories: ['strengths', 'deepening'],
        weight: 3,
        allowBack: false,
      },
      {
        id: 'agreements',
        activities: ['agreements', 'support', 'agenda', 'notes'],
        exitGuards: ['agreementsPresent', 'agreementsWww', 'agreementsSmart', 'agreementsAccepted', 'supportAccepted'],
        questionCategories: ['needs', 'deepening'],
        weight: 3,
        allowBack: true,
      },
      {
        id: 'rhythm',
        activities: ['schedule', 'notes'],
        exitGuards: ['nextConversationScheduled'],
        questionCategories: ['closing'],
        weight: 1,
        allowBack: false,
      },
      {
        id: 'evaluation',
        activities: ['evaluate', 'notes'],
        exitGuards: ['nextConversationScheduled', 'evaluationGiven'],
        questionCategories: ['evaluation'],
        weight: 1,
        allowBack: true,
      },
    ],
  },
  checkIn: {
    schemaVersion: 2,
    id: 'checkIn',
    kind: 'checkIn',
    label: { nl: 'Voortgangsgesprek', en: 'Check-in' },
    phases: [
      {
        id: 'preparation',
        activities: ['prepare', 'purpose'],
        exitGuards: ['purposeSet', 'agendaMerged'],
        questionCategories: ['preparation'],
        weight: 0,
        allowBack: false,
      },
      {
        id: 'progress',
        activities: ['agenda', 'notes'],
        exitGuards: [],
        questionCategories: ['preparation', 'deepening'],
        weight: 2,
        allowBack: false,
      },
      {
        id: 'whatNext',
        activities: ['agreements', 'support', 'needs', 'agenda', 'notes'],
        exitGuards: ['agreementsWww', 'agreementsSmart', 'agreementsAccepted', 'supportAccepted'],
        questionCategories: ['needs', 'deepening'],
        weight: 2,
        allowBack: true,
      },
      {
        id: 'nextConversation',
        activities: ['schedule', 'notes'],
        exitGuards: ['nextConversationScheduled'],
        questionCategories: ['closing'],
        weight: 1,
        allowBack: false,
      },
      {
        id: 'evaluation',
        activities: ['evaluate', 'notes'],
        exitGuards: ['nextConversationScheduled', 'evaluationGiven'],
        questionCategories: ['evaluation'],
        weight: 1,
        allowBack: true,
      },
    ],
  },
});

/** Every version of each built-in template, by kind: the first at index 0. */
export const builtInTemplateVersions: Readonly<Record<'development' | 'career' | 'checkIn', readonly ConversationTemplate[]>> = {
  development: [developmentTemplateV1, conversationTemplates.development],
  career: [conversationTemplates.career],
  checkIn: [conversationTemplates.checkIn],
};
