import { z } from 'zod';
import type { LocalizedText } from '../core/index.js';
import { deepFreeze } from '../core/index.js';

/**
 * One word of the domain: a stable id with its Dutch and English label.
 *
 * @example
 * ```ts
 * import type { Term } from 'ontwikkelgesprek';
 * const term: Term<'employee'> = { id: 'employee', label: { nl: 'Medewerker', en: 'Employee' } };
 * ```
 */
export interface Term<Id extends string = string> {
  readonly id: Id;
  readonly label: LocalizedText;
  readonly description?: LocalizedText;
}

// ---------------------------------------------------------------- roles

/**
 * Schema of the two roles in a development conversation.
 *
 * @example
 * ```ts
 * import { roleSchema } from 'ontwikkelgesprek';
 * roleSchema.options; // ['employee', 'manager']
 * ```
 */
export const roleSchema = z.enum(['employee', 'manager']);

/**
 * A role in the conversation: the employee (*medewerker*) or the manager (*leidinggevende*).
 *
 * @example
 * ```ts
 * import type { Role } from 'ontwikkelgesprek';
 * const by: Role = 'employee';
 * ```
 */
export type Role = z.infer<typeof roleSchema>;

/**
 * The roles with their labels.
 *
 * @example
 * ```ts
 * import { roles } from 'ontwikkelgesprek';
 * roles.find((role) => role.id === 'manager')?.label.nl; // 'Leidinggevende'
 * ```
 */
export const roles: readonly Term<Role>[] = deepFreeze([
  {
    id: 'employee',
    label: { nl: 'Medewerker', en: 'Employee' },
    description: {
      nl: 'Houdt het initiatief: brengt eigen punten in en stelt eigen oplossingen voor.',
      en: 'Holds the initiative: brings their own points and proposes their own solutions.',
    },
  },
  {
    id: 'manager',
    label: { nl: 'Leidinggevende', en: 'Manager' },
    description: {
      nl: 'Luistert, vat samen, stelt open vragen en brengt de ontwikkeling van de organisatie in.',
      en: 'Listens, summarises, asks open questions and brings in where the organisation is heading.',
    },
  },
]);

// ---------------------------------------------------------------- conversation kinds

/**
 * Schema of the kinds of conversation the library models.
 *
 * @example
 * ```ts
 * import { conversationKindSchema } from 'ontwikkelgesprek';
 * conversationKindSchema.safeParse('checkIn').success; // true
 * ```
 */
export const conversationKindSchema = z.enum(['development', 'career', 'checkIn', 'futureDialogue']);

/**
 * A kind of conversation: development (*ontwikkelgesprek*), career (*loopbaangesprek*),
 * check-in (*voortgangsgesprek*) or future dialogue (*toekomstdialoog*).
 *
 * @example
 * ```ts
 * import type { ConversationKind } from 'ontwikkelgesprek';
 * const kind: ConversationKind = 'development';
 * ```
 */
export type ConversationKind = z.infer<typeof conversationKindSchema>;

/**
 * The conversation kinds with their labels.
 *
 * @example
 * ```ts
 * import { conversationKinds } from 'ontwikkelgesprek';
 * conversationKinds.map((kind) => kind.id); // ['development', 'career', 'checkIn', 'futureDialogue']
 * ```
 */
export const conversationKinds: readonly Term<ConversationKind>[] = deepFreeze([
  {
    id: 'development',
    label: { nl: 'Ontwikkelgesprek', en: 'Development conversation' },
    description: {
      nl: 'Vooruitkijkend gesprek over persoonlijke en professionele groei, vastgelegd in een POP.',
      en: 'Forward-looking conversation about personal and professional growth, recorded in a development plan.',
    },
  },
  {
    id: 'career',
    label: { nl: 'Loopbaangesprek', en: 'Career conversation' },
    description: {
      nl: 'Gesprek over loopbaanstappen: sterke punten, afspraken in een POP en een vervolgritme.',
      en: 'Conversation about career steps: strengths, agreements in a plan and a follow-up rhythm.',
    },
  },
  {
    id: 'checkIn',
    label: { nl: 'Voortgangsgesprek', en: 'Check-in' },
    description: {
      nl: 'Kort tussentijds gesprek: hoe staan de afspraken ervoor en wat is de volgende stap?',
      en: 'Short interim conversation: how are the agreements going and what is the next step?',
    },
  },
  {
    id: 'futureDialogue',
    label: { nl: 'Toekomstdialoog', en: 'Future dialogue' },
    description: {
      nl: 'Groepssessie waarin medewerkers de ambities van de organisatie vertalen naar eigen ontwikkelstappen.',
      en: "Group session in which employees translate the organisation's ambitions into development steps of their own.",
    },
  },
]);

// ---------------------------------------------------------------- phases

/**
 * Schema of the phase ids. The eight phases of a development conversation come between
 * `preparation` and `concluded`; `strengths`, `progress`, `whatNext` and `rhythm` serve the career
 * conversation and the check-in; the `dialogue*` phases are the blocks of a future dialogue.
 *
 * @example
 * ```ts
 * import { phaseIdSchema } from 'ontwikkelgesprek';
 * phaseIdSchema.safeParse('currentSituation').success; // true
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
 * A phase id.
 *
 * @example
 * ```ts
 * import type { PhaseId } from 'ontwikkelgesprek';
 * const phase: PhaseId = 'employeeNeeds';
 * ```
 */
export type PhaseId = z.infer<typeof phaseIdSchema>;

/**
 * A phase: its label, what it is for, and the conversation kinds that use it.
 *
 * @example
 * ```ts
 * import { phases } from 'ontwikkelgesprek';
 * const phase = phases.find((p) => p.id === 'agreements');
 * phase?.label.en; // 'Concrete agreements'
 * ```
 */
export interface Phase extends Term<PhaseId> {
  readonly description: LocalizedText;
  readonly kinds: readonly ConversationKind[];
}

const developmentAndCareer: readonly ConversationKind[] = ['development', 'career'];

/**
 * Every phase, in the order of a development conversation first, then the phases of the other kinds.
 *
 * @example
 * ```ts
 * import { phases } from 'ontwikkelgesprek';
 * phases.filter((p) => p.kinds.includes('development')).length; // 11
 * ```
 */
export const phases: readonly Phase[] = deepFreeze([
  {
    id: 'preparation',
    label: { nl: 'Voorbereiding', en: 'Preparation' },
    description: {
      nl: 'Beide kanten bereiden zich voor en zetten punten op de agenda.',
      en: 'Both sides prepare and put points on the agenda.',
    },
    kinds: ['development', 'career', 'checkIn', 'futureDialogue'],
  },
  {
    id: 'setStatus',
    label: { nl: 'Gespreksstatus bepalen', en: 'Set the status' },
    description: {
      nl: 'Doel, overkoepelend ontwikkeldoel, agendapunten van beide kanten, prioriteit en beschikbare tijd.',
      en: 'Purpose, overarching development goal, agenda points of both sides, priority and the time available.',
    },
    kinds: ['development'],
  },
  {
    id: 'currentSituation',
    label: { nl: 'Huidige stand van zaken', en: 'Current situation' },
    description: {
      nl: 'Het reisverslag van de medewerker sinds het vorige gesprek, nog zonder discussie.',
      en: "The employee's travel report since the last conversation, without discussion yet.",
    },
    kinds: ['development'],
  },
  {
    id: 'employeeNeeds',
    label: { nl: 'Ontwikkelbehoeften van de medewerker', en: "The employee's development needs" },
    description: {
      nl: 'In eigen woorden: wat, waarom, hoe, wanneer, wat het kost en of het om kennis, vaardigheden of competenties gaat.',
      en: 'In their own words: what, why, how, when, what it costs, and whether it concerns knowledge, skills or competences.',
    },
    kinds: ['development'],
  },
  {
    id: 'organisationNeeds',
    label: { nl: 'Ontwikkelbehoeften van de organisatie', en: "The organisation's development needs" },
    description: {
      nl: 'De punten die de leidinggevende inbrengt, en de verbanden met de punten van de medewerker.',
      en: "The points the manager brings in, and their links with the employee's points.",
    },
    kinds: ['development'],
  },
  {
    id: 'agreements',
    label: { nl: 'Concrete afspraken', en: 'Concrete agreements' },
    description: {
      nl: 'Per ontwikkelpunt stelt de medewerker de oplossing voor: wie doet wat wanneer, SMART.',
      en: 'For every development point the employee proposes the solution: who does what by when, SMART.',
    },
    kinds: developmentAndCareer,
  },
  {
    id: 'supportAgreements',
    label: { nl: 'Ondersteuningsafspraken', en: 'Support agreements' },
    description: {
      nl: 'Welke hulp de medewerker verwacht: tijd, geld, coaching, een project of een mentor.',
      en: 'What help the employee expects: time, money, coaching, a project or a mentor.',
    },
    kinds: ['development'],
  },
  {
    id: 'nextConversation',
    label: { nl: 'Volgend gesprek', en: 'Next conversation' },
    description: {
      nl: 'Het volgende gesprek wordt nu gepland; de medewerker zegt hoeveel tijd er nodig is.',
      en: 'The next conversation is planned now; the employee says how much time they need.',
    },
    kinds: ['development', 'checkIn'],
  },
  {
    id: 'evaluation',
    label: { nl: 'Evaluatie van het gesprek', en: 'Evaluation of the conversation' },
    description: {
      nl: 'Hoe heeft de medewerker het gesprek ervaren? Feedback wordt open ontvangen.',
      en: 'How did the employee experience the conversation? Feedback is received openly.',
    },
    kinds: ['development', 'career', 'checkIn'],
  },
  {
    id: 'concluded',
    label: { nl: 'Afgerond', en: 'Concluded' },
    description: {
      nl: 'Het gesprek is afgerond; het plan wordt uitgewerkt en door beide kanten goedgekeurd.',
      en: 'The conversation is concluded; the plan is written up and approved by both sides.',
    },
    kinds: ['development', 'career', 'checkIn', 'futureDialogue'],
  },
  {
    id: 'followUp',
    label: { nl: 'Opvolging', en: 'Follow-up' },
    description: {
      nl: 'Afspraken worden gevolgd; eerdere afspraken komen als eerste terug in het volgende gesprek.',
      en: 'Agreements are tracked; earlier agreements come first in the next conversation.',
    },
    kinds: ['development', 'career', 'checkIn', 'futureDialogue'],
  },
  {
    id: 'strengths',
    label: { nl: 'Sterke punten', en: 'Strengths' },
    description: {
      nl: 'Talenten, wat energie geeft en recente successen: ontwikkelen vanuit kracht.',
      en: 'Talents, what gives energy and recent successes: developing from strength.',
    },
    kinds: ['career'],
  },
  {
    id: 'progress',
    label: { nl: 'Voortgang van afspraken', en: 'Progress on agreements' },
    description: {
      nl: 'Hoe staan de afspraken van het vorige gesprek ervoor?',
      en: 'How are the agreements of the last conversation going?',
    },
    kinds: ['checkIn'],
  },
  {
    id: 'whatNext',
    label: { nl: 'Wat nu?', en: 'What next' },
    description: {
      nl: 'De volgende stap: bijsturen, afronden of iets nieuws beginnen.',
      en: 'The next step: adjust, finish, or start something new.',
    },
    kinds: ['checkIn'],
  },
  {
    id: 'rhythm',
    label: { nl: 'Vervolgritme', en: 'Follow-up rhythm' },
    description: {
      nl: 'Samen afspreken hoe vaak en wanneer de volgende gesprekken plaatsvinden.',
      en: 'Agree together how often and when the next conversations take place.',
    },
    kinds: ['career'],
  },
  {
    id: 'dialogueOpening',
    label: { nl: 'Opening', en: 'Opening' },
    description: { nl: 'Welkom, doel en spelregels van de sessie.', en: 'Welcome, purpose and ground rules of the session.' },
    kinds: ['futureDialogue'],
  },
  {
    id: 'dialogueAmbitions',
    label: { nl: 'De ambities', en: 'The ambitions' },
    description: {
      nl: 'De organisatie licht haar ambities en de uitkomsten van de personeelsplanning toe.',
      en: 'The organisation explains its ambitions and the outcomes of workforce planning.',
    },
    kinds: ['futureDialogue'],
  },
  {
    id: 'dialogueReflection',
    label: { nl: 'Reflectie in groepjes', en: 'Reflection in groups' },
    description: {
      nl: 'In kleine groepen: wat betekenen deze ambities voor mijn werk en mijn ontwikkeling?',
      en: 'In small groups: what do these ambitions mean for my work and my development?',
    },
    kinds: ['futureDialogue'],
  },
  {
    id: 'dialogueHarvest',
    label: { nl: 'Plenaire oogst', en: 'Plenary harvest' },
    description: { nl: 'De groepen delen wat ze vonden.', en: 'The groups share what they found.' },
    kinds: ['futureDialogue'],
  },
  {
    id: 'dialogueWishes',
    label: { nl: 'Individuele wensen', en: 'Individual wishes' },
    description: {
      nl: 'Ieder schrijft eigen ontwikkelwensen op, met een concrete eerste stap.',
      en: 'Everyone writes down development wishes of their own, with a concrete first step.',
    },
    kinds: ['futureDialogue'],
  },
  {
    id: 'dialogueClosing',
    label: { nl: 'Afsluiting', en: 'Closing' },
    description: { nl: 'Terugblik en hoe het vervolg eruitziet.', en: 'Looking back, and what happens next.' },
    kinds: ['futureDialogue'],
  },
]);

// ---------------------------------------------------------------- topics

/**
 * Schema of the topic ids of the topic catalogue.
 *
 * @example
 * ```ts
 * import { topicIdSchema } from 'ontwikkelgesprek';
 * topicIdSchema.safeParse('workloadCapacity').success; // true
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
 * A topic id.
 *
 * @example
 * ```ts
 * import type { TopicId } from 'ontwikkelgesprek';
 * const topic: TopicId = 'internalMobility';
 * ```
 */
export type TopicId = z.infer<typeof topicIdSchema>;

/**
 * A topic of the catalogue. `evaluative` topics belong in a performance appraisal
 * (*functioneringsgesprek*), not in a development conversation, so agendas warn about them.
 *
 * @example
 * ```ts
 * import { topics } from 'ontwikkelgesprek';
 * topics.filter((t) => t.evaluative).map((t) => t.id); // ['performanceRating', 'pay']
 * ```
 */
export interface Topic extends Term<TopicId> {
  readonly evaluative: boolean;
}

/**
 * The topic catalogue: what comes up in development conversations.
 *
 * @example
 * ```ts
 * import { topics } from 'ontwikkelgesprek';
 * topics.find((t) => t.id === 'workloadCapacity')?.label.nl; // 'Werkbelasting en draagkracht'
 * ```
 */
export const topics: readonly Topic[] = deepFreeze([
  { id: 'roleSatisfaction', evaluative: false, label: { nl: 'Tevredenheid met de functie', en: 'Satisfaction with the role' } },
  { id: 'workloadCapacity', evaluative: false, label: { nl: 'Werkbelasting en draagkracht', en: 'Workload and capacity' } },
  {
    id: 'capacityGrowth',
    evaluative: false,
    label: { nl: 'Groei in kennis, vaardigheden en ervaring', en: 'Growth in knowledge, skills and experience' },
  },
  { id: 'competences', evaluative: false, label: { nl: 'Competenties', en: 'Competences' } },
  {
    id: 'personalCircumstances',
    evaluative: false,
    label: { nl: 'Veranderingen in persoonlijke omstandigheden', en: 'Changes in personal circumstances' },
  },
  {
    id: 'internalMobility',
    evaluative: false,
    label: { nl: 'Interne mobiliteit en taakverandering', en: 'Internal mobility and task changes' },
  },
  { id: 'externalOrientation', evaluative: false, label: { nl: 'Externe oriëntatie', en: 'External orientation' } },
  {
    id: 'agreementFollowUp',
    evaluative: false,
    label: { nl: 'Opvolging van eerdere afspraken', en: 'Follow-up of earlier agreements' },
  },
  { id: 'strengthsTalents', evaluative: false, label: { nl: 'Sterke punten en talenten', en: 'Strengths and talents' } },
  { id: 'careerAmbitions', evaluative: false, label: { nl: 'Loopbaanambities', en: 'Career ambitions' } },
  {
    id: 'employability',
    evaluative: false,
    label: { nl: 'Duurzame inzetbaarheid', en: 'Sustainable employability' },
  },
  { id: 'vitality', evaluative: false, label: { nl: 'Energie en vitaliteit', en: 'Energy and vitality' } },
  { id: 'collaboration', evaluative: false, label: { nl: 'Samenwerking en feedback', en: 'Collaboration and feedback' } },
  {
    id: 'organisationDirection',
    evaluative: false,
    label: {
      nl: 'Koers van de organisatie en wat die betekent voor de functie',
      en: "The organisation's direction and what it means for the role",
    },
  },
  { id: 'learningBudget', evaluative: false, label: { nl: 'Ontwikkelbudget', en: 'Development budget' } },
  {
    id: 'performanceRating',
    evaluative: true,
    label: { nl: 'Beoordeling van functioneren', en: 'Performance rating' },
    description: {
      nl: 'Hoort in het functionerings- of beoordelingsgesprek, niet in het ontwikkelgesprek.',
      en: 'Belongs in the performance appraisal, not in the development conversation.',
    },
  },
  {
    id: 'pay',
    evaluative: true,
    label: { nl: 'Salaris en beloning', en: 'Pay and rewards' },
    description: {
      nl: 'Beloningsbesluiten volgen uit de beoordeling; houd ze buiten het ontwikkelgesprek.',
      en: 'Pay decisions follow from the appraisal; keep them out of the development conversation.',
    },
  },
]);

// ---------------------------------------------------------------- development focus

/**
 * Schema of the development focus: knowledge, skills or competences.
 *
 * @example
 * ```ts
 * import { focusAreaSchema } from 'ontwikkelgesprek';
 * focusAreaSchema.options; // ['knowledge', 'skills', 'competences']
 * ```
 */
export const focusAreaSchema = z.enum(['knowledge', 'skills', 'competences']);

/**
 * What a development point is about: knowledge (*kennis*), skills (*vaardigheden*) or
 * competences (*competenties*).
 *
 * @example
 * ```ts
 * import type { FocusArea } from 'ontwikkelgesprek';
 * const focus: FocusArea = 'skills';
 * ```
 */
export type FocusArea = z.infer<typeof focusAreaSchema>;

/**
 * The focus areas with their labels.
 *
 * @example
 * ```ts
 * import { focusAreas } from 'ontwikkelgesprek';
 * focusAreas.map((f) => f.label.nl); // ['Kennis', 'Vaardigheden', 'Competenties']
 * ```
 */
export const focusAreas: readonly Term<FocusArea>[] = deepFreeze([
  {
    id: 'knowledge',
    label: { nl: 'Kennis', en: 'Knowledge' },
    description: { nl: 'Wat je weet.', en: 'What you know.' },
  },
  {
    id: 'skills',
    label: { nl: 'Vaardigheden', en: 'Skills' },
    description: { nl: 'Wat je kunt.', en: 'What you can do.' },
  },
  {
    id: 'competences',
    label: { nl: 'Competenties', en: 'Competences' },
    description: {
      nl: 'Hoe je kennis, vaardigheden en houding samen inzet in je werk.',
      en: 'How you bring knowledge, skills and attitude together in your work.',
    },
  },
]);

/**
 * Looks up the term for an id in one of the vocabulary lists.
 *
 * @example
 * ```ts
 * import { termOf, topics } from 'ontwikkelgesprek';
 * termOf(topics, 'pay')?.evaluative; // true
 * ```
 */
export function termOf<T extends Term>(list: readonly T[], id: string): T | undefined {
  return list.find((term) => term.id === id);
}

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
  return termOf(topics, topic)?.evaluative === true;
}
