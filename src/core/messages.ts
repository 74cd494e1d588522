import { defineMessages } from './finding.js';

/**
 * Messages of the kernel: what `parseWith` says about input that does not match a schema.
 *
 * @example
 * ```ts
 * import { coreMessages } from 'ontwikkelgesprek';
 * coreMessages['input.required'].nl; // 'Dit veld is verplicht.'
 * ```
 */
export const coreMessages = defineMessages({
  'input.required': { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
  'input.invalid_type': {
    nl: 'Verkeerd soort waarde: verwacht {expected}, gekregen {received}.',
    en: 'Wrong kind of value: expected {expected}, got {received}.',
  },
  'input.too_small.string': {
    nl: 'Te kort: minstens {minimum} {minimum|teken|tekens}.',
    en: 'Too short: at least {minimum} {minimum|character|characters}.',
  },
  'input.too_big.string': {
    nl: 'Te lang: hoogstens {maximum} tekens.',
    en: 'Too long: at most {maximum} characters.',
  },
  'input.too_small.number': { nl: 'Te klein: minstens {minimum}.', en: 'Too small: at least {minimum}.' },
  'input.too_big.number': { nl: 'Te groot: hoogstens {maximum}.', en: 'Too large: at most {maximum}.' },
  'input.too_small.array': {
    nl: 'Te weinig elementen: minstens {minimum}.',
    en: 'Too few items: at least {minimum}.',
  },
  'input.too_big.array': {
    nl: 'Te veel elementen: hoogstens {maximum}.',
    en: 'Too many items: at most {maximum}.',
  },
  'input.too_small': { nl: 'Te klein (minimum {minimum}).', en: 'Too small (minimum {minimum}).' },
  'input.too_big': { nl: 'Te groot (maximum {maximum}).', en: 'Too large (maximum {maximum}).' },
  'input.invalid_format': {
    nl: 'Ongeldig formaat: verwacht {format}.',
    en: 'Invalid format: expected {format}.',
  },
  'input.invalid_format.date': {
    nl: 'Geen geldige kalenderdatum: gebruik JJJJ-MM-DD, bijvoorbeeld 2027-03-15.',
    en: 'Not a valid calendar date: use YYYY-MM-DD, for example 2027-03-15.',
  },
  'input.invalid_format.datetime': {
    nl: 'Geen geldig tijdstip: gebruik ISO 8601 met tijdzone, bijvoorbeeld 2027-03-15T10:00:00+01:00.',
    en: 'Not a valid instant: use ISO 8601 with an offset, for example 2027-03-15T10:00:00+01:00.',
  },
  'input.not_multiple_of': { nl: 'Moet een veelvoud zijn van {divisor}.', en: 'Must be a multiple of {divisor}.' },
  'input.unrecognized_keys': {
    nl: 'Onbekende velden: {keys}.',
    en: 'Unknown fields: {keys}.',
  },
  'input.invalid_value': {
    nl: 'Ongeldige waarde; toegestaan: {values}.',
    en: 'Invalid value; allowed: {values}.',
  },
  'input.invalid_union': {
    nl: 'Deze waarde past bij geen van de toegestane vormen.',
    en: 'This value matches none of the allowed shapes.',
  },
  'input.invalid_key': { nl: 'Ongeldige sleutel.', en: 'Invalid key.' },
  'input.invalid_element': { nl: 'Ongeldig element.', en: 'Invalid element.' },
  'input.custom': { nl: 'Ongeldige waarde: {detail}', en: 'Invalid value: {detail}' },
  'input.unreadable': {
    nl: 'De invoer kon niet worden gelezen: {detail}',
    en: 'The input could not be read: {detail}',
  },
  'date.invalid': {
    nl: '"{value}" is geen geldige kalenderdatum (JJJJ-MM-DD).',
    en: '"{value}" is not a valid calendar date (YYYY-MM-DD).',
  },
  'date.timeZone.invalid': {
    nl: '"{value}" is geen bekende IANA-tijdzone.',
    en: '"{value}" is not a known IANA time zone.',
  },
  'money.currency.mismatch': {
    nl: 'Bedragen in {left} en {right} kunnen niet worden opgeteld.',
    en: 'Amounts in {left} and {right} cannot be added.',
  },
});
