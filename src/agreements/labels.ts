import { deepFreeze } from '../core/index.js';
import type { LocalizedText } from '../core/index.js';

/** A term with its names in both languages (moves to the catalogues with the agreements module). */
interface Term<Id extends string> {
  readonly id: Id;
  readonly label: LocalizedText;
  readonly description?: LocalizedText;
}
import type { SmartCriterion } from './check.js';
import type { CriterionStatus } from './schema.js';

/**
 * The three WWW questions with their labels: who (*wie*), what (*wat*), when (*wanneer*).
 *
 * @example
 * ```ts
 * import { wwwCriterionTerms } from 'ontwikkelgesprek';
 * wwwCriterionTerms.map((term) => term.label.nl); // ['Wie', 'Wat', 'Wanneer']
 * ```
 */
export const wwwCriterionTerms: readonly Term<'who' | 'what' | 'when'>[] = deepFreeze([
  { id: 'who', label: { nl: 'Wie', en: 'Who' }, description: { nl: 'Wie voert de afspraak uit?', en: 'Who carries out the agreement?' } },
  { id: 'what', label: { nl: 'Wat', en: 'What' }, description: { nl: 'Wat gebeurt er precies?', en: 'What exactly will happen?' } },
  { id: 'when', label: { nl: 'Wanneer', en: 'When' }, description: { nl: 'Wanneer is het klaar?', en: 'By when is it done?' } },
]);

/**
 * The five SMART criteria with their labels, in S-M-A-R-T order (*Specifiek, Meetbaar,
 * Acceptabel, Realistisch, Tijdgebonden*), so hosts can show a report without their own table.
 *
 * @example
 * ```ts
 * import { smartCriterionTerms } from 'ontwikkelgesprek';
 * smartCriterionTerms.find((term) => term.id === 'timeBound')?.label.nl; // 'Tijdgebonden'
 * ```
 */
export const smartCriterionTerms: readonly Term<SmartCriterion>[] = deepFreeze([
  {
    id: 'specific',
    label: { nl: 'Specifiek', en: 'Specific' },
    description: { nl: 'Het is duidelijk wat er concreet gebeurt.', en: 'It is clear what concretely happens.' },
  },
  {
    id: 'measurable',
    label: { nl: 'Meetbaar', en: 'Measurable' },
    description: { nl: 'Je kunt zien of het gelukt is.', en: 'You can see whether it worked.' },
  },
  {
    id: 'acceptable',
    label: { nl: 'Acceptabel', en: 'Acceptable' },
    description: { nl: 'Medewerker en leidinggevende staan er allebei achter.', en: 'Employee and manager both stand behind it.' },
  },
  {
    id: 'realistic',
    label: { nl: 'Realistisch', en: 'Realistic' },
    description: { nl: 'Het past binnen tijd, geld en de rest van het werk.', en: 'It fits the time, the money and the rest of the work.' },
  },
  {
    id: 'timeBound',
    label: { nl: 'Tijdgebonden', en: 'Time-bound' },
    description: { nl: 'Er staat een datum bij.', en: 'It has a date.' },
  },
]);

/**
 * The verdicts of a criterion with their labels: met, not met, or not to be judged from the input.
 *
 * @example
 * ```ts
 * import { criterionStatusTerms } from 'ontwikkelgesprek';
 * criterionStatusTerms.find((term) => term.id === 'unmet')?.label.nl; // 'niet in orde'
 * ```
 */
export const criterionStatusTerms: readonly Term<CriterionStatus>[] = deepFreeze([
  { id: 'met', label: { nl: 'in orde', en: 'met' } },
  { id: 'unmet', label: { nl: 'niet in orde', en: 'not met' } },
  { id: 'unknown', label: { nl: 'onbekend', en: 'unknown' } },
]);
