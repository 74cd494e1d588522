// The shared words of the domain as ids and data. Their names and descriptions, in every language,
// live in the catalogues (`nl.labels.phase.setStatus`), so a host's language needs no change here.
import { deepFreeze, isList } from '../core/index.js';

/**
 * The two people a development conversation is between.
 *
 * @example
 * ```ts
 * import { roles } from 'ontwikkelgesprek';
 * import { nl } from 'ontwikkelgesprek/locales/nl';
 * roles.map((role) => nl.labels.role[role.id]); // ['medewerker', 'leidinggevende']
 * ```
 */
export type Role = 'employee' | 'manager';

/**
 * The kinds of conversation: development, career, check-in (*voortgangsgesprek*) and the group
 * future dialogue (*toekomstdialoog*).
 *
 * @example
 * ```ts
 * import { conversationKinds } from 'ontwikkelgesprek';
 * conversationKinds.map((kind) => kind.id); // ['development', 'career', 'checkIn', 'futureDialogue']
 * ```
 */
export type ConversationKind = 'development' | 'career' | 'checkIn' | 'futureDialogue';

/**
 * The phases any conversation template may use, from preparation to follow-up.
 *
 * @example
 * ```ts
 * import { phases } from 'ontwikkelgesprek';
 * phases.filter((phase) => phase.kinds.includes('checkIn')).map((phase) => phase.id);
 * // ['preparation', 'nextConversation', 'evaluation', 'concluded', 'followUp', 'progress', 'whatNext']
 * ```
 */
export type PhaseId =
  | 'preparation'
  | 'setStatus'
  | 'currentSituation'
  | 'employeeNeeds'
  | 'organisationNeeds'
  | 'agreements'
  | 'supportAgreements'
  | 'nextConversation'
  | 'evaluation'
  | 'concluded'
  | 'followUp'
  | 'strengths'
  | 'progress'
  | 'whatNext'
  | 'rhythm'
  | 'dialogueOpening'
  | 'dialogueAmbitions'
  | 'dialogueReflection'
  | 'dialogueHarvest'
  | 'dialogueWishes'
  | 'dialogueClosing';

/**
 * The topic catalogue; `evaluative` marks the topics of an appraisal conversation (rating, pay), which
 * do not belong in a development conversation.
 *
 * @example
 * ```ts
 * import { topics } from 'ontwikkelgesprek';
 * topics.filter((topic) => topic.evaluative).map((topic) => topic.id); // ['performanceRating', 'pay']
 * ```
 */
export type TopicId =
  | 'roleSatisfaction'
  | 'workloadCapacity'
  | 'capacityGrowth'
  | 'competences'
  | 'personalCircumstances'
  | 'internalMobility'
  | 'externalOrientation'
  | 'agreementFollowUp'
  | 'strengthsTalents'
  | 'careerAmbitions'
  | 'employability'
  | 'vitality'
  | 'collaboration'
  | 'organisationDirection'
  | 'learningBudget'
  | 'performanceRating'
  | 'pay';

/**
 * What a development point is about: knowledge (*kennis*), skills (*vaardigheden*) or competences
 * (*competenties*).
 *
 * @example
 * ```ts
 * import { focusAreas } from 'ontwikkelgesprek';
 * import { en } from 'ontwikkelgesprek/locales/en';
 * focusAreas.map((area) => en.labels.focusArea[area.id]); // ['Knowledge', 'Skills', 'Competences']
 * ```
 */
export type FocusArea = 'knowledge' | 'skills' | 'competences';

/**
 * A term of the vocabulary: an id, and its name in every catalogue's labels.
 *
 * @example
 * ```ts
 * import { termOf, focusAreas } from 'ontwikkelgesprek';
 * termOf(focusAreas, 'skills')?.id; // 'skills'
 * ```
 */
export interface Term<Id extends string = string> {
  readonly id: Id;
}

/**
 * A phase, with the kinds of conversation it belongs to.
 *
 * @example
 * ```ts
 * import { termOf, phases } from 'ontwikkelgesprek';
 * termOf(phases, 'strengths')?.kinds; // ['development', 'career']
 * ```
 */
export interface Phase extends Term<PhaseId> {
  readonly kinds: readonly ConversationKind[];
}

/**
 * A topic of the catalogue, marked when it belongs to an appraisal rather than to development.
 *
 * @example
 * ```ts
 * import { termOf, topics } from 'ontwikkelgesprek';
 * termOf(topics, 'pay')?.evaluative; // true
 * ```
 */
export interface Topic extends Term<TopicId> {
  readonly evaluative: boolean;
}

/**
 * The roles, as terms.
 *
 * @example
 * ```ts
 * import { roles } from 'ontwikkelgesprek';
 * roles.length; // 2
 * ```
 */
export const roles: readonly Term<Role>[] = deepFreeze([{ id: 'employee' }, { id: 'manager' }]);

/**
 * The conversation kinds, as terms.
 *
 * @example
 * ```ts
 * import { conversationKinds } from 'ontwikkelgesprek';
 * conversationKinds[0]?.id; // 'development'
 * ```
 */
export const conversationKinds: readonly Term<ConversationKind>[] = deepFreeze([
  { id: 'development' },
  { id: 'career' },
  { id: 'checkIn' },
  { id: 'futureDialogue' },
]);

/**
 * Every phase, with the kinds of conversation that use it.
 *
 * @example
 * ```ts
 * import { phases } from 'ontwikkelgesprek';
 * phases[1]?.id; // 'setStatus'
 * ```
 */
export const phases: readonly Phase[] = deepFreeze([
  { id: 'preparation', kinds: ['development', 'career', 'checkIn', 'futureDialogue'] },
  { id: 'setStatus', kinds: ['development'] },
  { id: 'currentSituation', kinds: ['development'] },
  { id: 'employeeNeeds', kinds: ['development'] },
  { id: 'organisationNeeds', kinds: ['development'] },
  { id: 'agreements', kinds: ['development', 'career'] },
  { id: 'supportAgreements', kinds: ['development'] },
  { id: 'nextConversation', kinds: ['development', 'checkIn'] },
  { id: 'evaluation', kinds: ['development', 'career', 'checkIn'] },
  { id: 'concluded', kinds: ['development', 'career', 'checkIn', 'futureDialogue'] },
  { id: 'followUp', kinds: ['development', 'career', 'checkIn', 'futureDialogue'] },
  { id: 'strengths', kinds: ['development', 'career'] },
  { id: 'progress', kinds: ['checkIn'] },
  { id: 'whatNext', kinds: ['checkIn'] },
  { id: 'rhythm', kinds: ['career'] },
  { id: 'dialogueOpening', kinds: ['futureDialogue'] },
  { id: 'dialogueAmbitions', kinds: ['futureDialogue'] },
  { id: 'dialogueReflection', kinds: ['futureDialogue'] },
  { id: 'dialogueHarvest', kinds: ['futureDialogue'] },
  { id: 'dialogueWishes', kinds: ['futureDialogue'] },
  { id: 'dialogueClosing', kinds: ['futureDialogue'] },
]);

/**
 * The topic catalogue.
 *
 * @example
 * ```ts
 * import { topics } from 'ontwikkelgesprek';
 * topics.length; // 17
 * ```
 */
export const topics: readonly Topic[] = deepFreeze([
  { id: 'roleSatisfaction', evaluative: false },
  { id: 'workloadCapacity', evaluative: false },
  { id: 'capacityGrowth', evaluative: false },
  { id: 'competences', evaluative: false },
  { id: 'personalCircumstances', evaluative: false },
  { id: 'internalMobility', evaluative: false },
  { id: 'externalOrientation', evaluative: false },
  { id: 'agreementFollowUp', evaluative: false },
  { id: 'strengthsTalents', evaluative: false },
  { id: 'careerAmbitions', evaluative: false },
  { id: 'employability', evaluative: false },
  { id: 'vitality', evaluative: false },
  { id: 'collaboration', evaluative: false },
  { id: 'organisationDirection', evaluative: false },
  { id: 'learningBudget', evaluative: false },
  { id: 'performanceRating', evaluative: true },
  { id: 'pay', evaluative: true },
]);

/**
 * The development focus areas, as terms.
 *
 * @example
 * ```ts
 * import { focusAreas } from 'ontwikkelgesprek';
 * focusAreas.map((area) => area.id); // ['knowledge', 'skills', 'competences']
 * ```
 */
export const focusAreas: readonly Term<FocusArea>[] = deepFreeze([{ id: 'knowledge' }, { id: 'skills' }, { id: 'competences' }]);

/**
 * Looks up the term for an id in one of the vocabulary lists.
 *
 * @example
 * ```ts
 * import { termOf, topics } from 'ontwikkelgesprek';
 * termOf(topics, 'vitality')?.evaluative; // false
 * ```
 */
export function termOf<T extends Term>(list: readonly T[], id: string): T | undefined {
  if (!isList(list)) return undefined;
  try {
    return list.find((term) => term?.id === id);
  } catch {
    return undefined;
  }
}

const evaluativeTopics: ReadonlySet<string> = new Set(topics.filter((topic) => topic.evaluative).map((topic) => topic.id));

/**
 * Is this topic evaluative (a performance-appraisal topic)?
 *
 * @example
 * ```ts
 * import { isEvaluativeTopic } from 'ontwikkelgesprek';
 * isEvaluativeTopic('performanceRating'); // true
 * isEvaluativeTopic('careerAmbitions'); // false
 * ```
 */
export function isEvaluativeTopic(topic: string): boolean {
  return evaluativeTopics.has(topic);
}

/**
 * Where the money or time for a development step comes from:
 * - `personalBudget`: the personal development budget (*persoonlijk ontwikkelbudget*);
 * - `requiredTraining`: training the employer requires for the job (art. 7:611a BW): free for the
 *   employee, in working time, never from the personal budget, never paid back;
 * - `sectorFund`: a sector fund (*O&O-fonds*) that pays part of the training;
 * - `learningAccount`: a learning account (*leerrekening*) of the employee;
 * - `ownMoney`: the employee's own money.
 *
 * @example
 * ```ts
 * import type { FundingSource, FundingSourceKind } from 'ontwikkelgesprek';
 * const kind: FundingSourceKind = 'sectorFund';
 * const fund: FundingSource = { id: 'oo-metaal', kind, title: 'O&O-fonds Metaal', allowances: [{ amount: 50_000, currency: 'EUR' }] };
 * ```
 */
export type FundingSourceKind = 'personalBudget' | 'requiredTraining' | 'sectorFund' | 'learningAccount' | 'ownMoney';
