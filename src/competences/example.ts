// A small example of a function profile, in Dutch and in English: four competences of a customer
// contact adviser, each with three levels and the behaviour that shows them. For trying the library
// and for tests; an organisation brings its own profiles.
import { deepFreeze } from '../core/index.js';
import type { FunctionProfile } from './types.js';

const levelsNl = ['Leert het', 'Doet het zelfstandig', 'Helpt anderen erin groeien'] as const;
const levelsEn = ['Learning it', 'Does it independently', 'Helps others grow in it'] as const;

/** A competence from its id, name, description and the indicators of levels 1, 2 and 3. */
function competence(
  id: string,
  title: string,
  description: string,
  titles: readonly string[],
  indicators: readonly (readonly string[])[],
): FunctionProfile['competences'][number] {
  return {
    id,
    title,
    description,
    levels: indicators.map((list, index) => ({ level: index + 1, title: titles[index] ?? '', indicators: list })),
  };
}

const nl: FunctionProfile = {
  id: 'adviseur-klantcontact',
  title: 'Adviseur klantcontact',
  competences: [
    competence('collaboration', 'Samenwerken', 'Samen met anderen tot een resultaat komen dat je alleen niet bereikt.', levelsNl, [
      ['Vraagt collega’s om hulp als hij of zij vastloopt', 'Deelt uit zichzelf wat hij of zij weet over een klant'],
      ['Stemt af met collega’s van andere teams voordat een klant antwoord krijgt', 'Biedt hulp aan als een collega het druk heeft'],
      [
        'Brengt mensen van verschillende teams bij elkaar rond een lastige vraag',
        'Bespreekt spanningen in de samenwerking open en op tijd',
      ],
    ]),
    competence('customer-focus', 'Klantgerichtheid', 'Begrijpen wat een klant nodig heeft en daarnaar handelen.', levelsNl, [
      ['Luistert de vraag van de klant helemaal uit voordat hij of zij antwoordt', 'Komt afspraken met klanten na'],
      ['Vraagt door tot duidelijk is wat de klant echt nodig heeft', 'Legt in gewone woorden uit wat er gaat gebeuren'],
      ['Vertaalt wat klanten vaak vragen naar verbeteringen voor het team', 'Laat nieuwe collega’s meeluisteren en geeft ze tips'],
    ]),
    competence('planning', 'Plannen en organiseren', 'Het eigen werk en dat van anderen zo ordenen dat het op tijd af is.', levelsNl, [
      ['Zet de taken van de dag op een rij', 'Meldt op tijd als iets niet lukt voor de afgesproken datum'],
      ['Kiest zelf wat voorgaat als er meer werk is dan tijd', 'Plant ruimte in voor onverwachte klantvragen'],
      ['Verdeelt het werk in het team bij drukte', 'Helpt collega’s hun planning haalbaar te maken'],
    ]),
    competence('learning', 'Leervermogen', 'Uit ervaringen en feedback leren en het geleerde toepassen.', levelsNl, [
      ['Vraagt na een lastig gesprek hoe het beter had gekund', 'Probeert een tip uit in het volgende gesprek'],
      ['Zoekt zelf feedback en leert van wat niet goed ging', 'Kiest een eigen leerdoel en werkt eraan'],
      ['Deelt wat hij of zij leerde met het team', 'Helpt collega’s te leren van hun eigen ervaringen'],
    ]),
  ],
};

const en: FunctionProfile = {
  id: 'customer-contact-adviser',
  title: 'Customer contact adviser',
  competences: [
    competence('collaboration', 'Collaboration', 'Reaching, together with others, a result you would not reach alone.', levelsEn, [
      ['Asks colleagues for help when stuck', 'Shares what they know about a customer without being asked'],
      ['Checks with colleagues in other teams before a customer gets an answer', 'Offers help when a colleague is busy'],
      ['Brings people from different teams together around a difficult question', 'Raises tension in the team openly and in good time'],
    ]),
    competence('customer-focus', 'Customer focus', 'Understanding what a customer needs and acting on it.', levelsEn, [
      ['Hears the customer’s question out before answering', 'Keeps the promises made to customers'],
      ['Asks further until it is clear what the customer really needs', 'Explains in plain words what will happen next'],
      ['Turns what customers often ask into improvements for the team', 'Lets new colleagues listen in and gives them tips'],
    ]),
    competence('planning', 'Planning and organising', 'Ordering one’s own work and that of others so that it is done on time.', levelsEn, [
      ['Lists the tasks of the day', 'Says in good time when something will not be ready by the agreed date'],
      ['Decides what comes first when there is more work than time', 'Keeps room for unexpected customer questions'],
      ['Shares out the team’s work when it is busy', 'Helps colleagues make their planning feasible'],
    ]),
    competence('learning', 'Learning agility', 'Learning from experience and feedback, and putting it into practice.', levelsEn, [
      ['Asks after a difficult call how it could have gone better', 'Tries out a tip in the next conversation'],
      ['Seeks feedback and learns from what did not go well', 'Chooses a learning goal of their own and works on it'],
      ['Shares what they learned with the team', 'Helps colleagues learn from their own experiences'],
    ]),
  ],
};

/**
 * A small example of a function profile, in Dutch (`nl`) and English (`en`): a customer contact
 * adviser with four competences (collaboration, customer focus, planning and organising, learning
 * agility), each with three levels and two behavioural indicators per level. Both languages use the
 * same competence ids. For trying the library; an organisation brings its own profiles.
 *
 * @example
 * ```ts
 * import { exampleFunctionProfiles } from 'ontwikkelgesprek';
 * const planning = exampleFunctionProfiles.nl.competences.find((competence) => competence.id === 'planning');
 * planning?.title; // 'Plannen en organiseren'
 * planning?.levels[1]?.indicators[0]; // 'Kiest zelf wat voorgaat als er meer werk is dan tijd'
 * exampleFunctionProfiles.en.competences.map((competence) => competence.title);
 * // ['Collaboration', 'Customer focus', 'Planning and organising', 'Learning agility']
 * ```
 */
export const exampleFunctionProfiles: { readonly nl: FunctionProfile; readonly en: FunctionProfile } = deepFreeze({ nl, en });
