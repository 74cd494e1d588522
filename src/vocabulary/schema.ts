// Validation of the vocabulary's ids, for other modules and `ontwikkelgesprek/schemas`.
import * as z from 'zod/mini';

/**
 * Schema of a role.
 *
 * @example
 * ```ts
 * import { roleSchema } from 'ontwikkelgesprek/schemas';
 * roleSchema.safeParse('hr').success; // false
 * ```
 */
export const roleSchema = z.enum(['employee', 'manager']);

/**
 * Schema of a conversation kind.
 *
 * @example
 * ```ts
 * import { conversationKindSchema } from 'ontwikkelgesprek/schemas';
 * conversationKindSchema.safeParse('checkIn').success; // true
 * ```
 */
export const conversationKindSchema = z.enum(['development', 'career', 'checkIn', 'futureDialogue']);

/**
 * Schema of a phase id.
 *
 * @example
 * ```ts
 * import { phaseIdSchema } from 'ontwikkelgesprek/schemas';
 * phaseIdSchema.safeParse('agreements').success; // true
 * ```
 */
export const phaseIdSchema = z.enum([
  'preparation',
  'setStatus',
  'currentSituation',
  'employeeNeeds',
  'organisationNeeds',
  'agreements',
  'supportAgreements',
  'nextConversation',
  'evaluation',
  'concluded',
  'followUp',
  'strengths',
  'progress',
  'whatNext',
  'rhythm',
  'dialogueOpening',
  'dialogueAmbitions',
  'dialogueReflection',
  'dialogueHarvest',
  'dialogueWishes',
  'dialogueClosing',
]);

/**
 * Schema of a topic id.
 *
 * @example
 * ```ts
 * import { topicIdSchema } from 'ontwikkelgesprek/schemas';
 * topicIdSchema.safeParse('vitality').success; // true
 * ```
 */
export const topicIdSchema = z.enum([
  'roleSatisfaction',
  'workloadCapacity',
  'capacityGrowth',
  'competences',
  'personalCircumstances',
  'internalMobility',
  'externalOrientation',
  'agreementFollowUp',
  'strengthsTalents',
  'careerAmbitions',
  'employability',
  'vitality',
  'collaboration',
  'organisationDirection',
  'learningBudget',
  'performanceRating',
  'pay',
]);

/**
 * Schema of a focus area.
 *
 * @example
 * ```ts
 * import { focusAreaSchema } from 'ontwikkelgesprek/schemas';
 * focusAreaSchema.safeParse('skills').success; // true
 * ```
 */
export const focusAreaSchema = z.enum(['knowledge', 'skills', 'competences']);

/**
 * Schema of the kind of a funding source.
 *
 * @example
 * ```ts
 * import { fundingSourceKindSchema } from 'ontwikkelgesprek/schemas';
 * fundingSourceKindSchema.options; // ['personalBudget', 'requiredTraining', 'sectorFund', 'learningAccount', 'ownMoney']
 * ```
 */
export const fundingSourceKindSchema = z.enum(['personalBudget', 'requiredTraining', 'sectorFund', 'learningAccount', 'ownMoney']);
