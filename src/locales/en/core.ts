import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** English messages of the kernel and of input validation. */
export const coreMessagesEn = defineMessages({
  'input.required': 'This field is required.',
  'input.invalid_type': 'Wrong kind of value: expected {expected}, got {received}.',
  'input.too_small.string': 'Too short: at least {minimum} {minimum|character|characters}.',
  'input.too_big.string': 'Too long: at most {maximum} characters.',
  'input.too_small.number': 'Too small: at least {minimum}.',
  'input.too_big.number': 'Too large: at most {maximum}.',
  'input.too_small.array': 'Too few items: at least {minimum}.',
  'input.too_big.array': 'Too many items: at most {maximum}.',
  'input.too_small': 'Too small (minimum {minimum}).',
  'input.too_big': 'Too large (maximum {maximum}).',
  'input.invalid_format': 'Invalid format: expected {format}.',
  'input.invalid_format.date': 'Not a valid calendar date: use YYYY-MM-DD, for example 2027-03-15.',
  'input.invalid_format.datetime': 'Not a valid instant: use ISO 8601 with an offset, for example 2027-03-15T10:00:00+01:00.',
  'input.not_multiple_of': 'Must be a multiple of {divisor}.',
  'input.unrecognized_keys': 'Unknown fields: {keys}.',
  'input.invalid_value': 'Invalid value; allowed: {values:or}.',
  'input.invalid_union': 'This value matches none of the allowed shapes.',
  'input.invalid_key': 'Invalid key.',
  'input.invalid_element': 'Invalid element.',
  'input.custom': 'Invalid value: {detail}',
  // `detail` of an unreadable input is the engine's reason (or a field name): for a developer, not in the text.
  'input.unreadable': () => 'The input could not be read.',
  'input.tooDeep': 'The input is nested deeper than {limit} levels and was not read.',
  'input.notJson': 'This must be an object of plain JSON data: no cycles, no functions, and no deeper than 64 levels.',
  'date.invalid': '"{value}" is not a valid calendar date (YYYY-MM-DD).',
  'date.outOfRange': '{value:date} lies outside the supported years: from {from:date} up to and including {to:date}.',
  'date.timeZone.invalid': '"{value}" is not a known IANA time zone.',
  'money.currency.mismatch': 'Amounts in {left} and {right} cannot be added.',
  'money.invalid': 'Not a valid amount: {detail}',
  'money.overflow': 'The amount is too large to calculate exactly.',
});

/** A reference without a title, by what it is. */
const thing = {
  agreement: 'this agreement',
  supportAgreement: 'this support agreement',
  agendaPoint: 'this agenda point',
  need: 'this development need',
  note: 'this note',
  question: 'this question',
  answer: 'this answer',
  plan: 'this development plan',
  conversation: 'this conversation',
  phase: 'this phase',
  participant: 'this participant',
  event: 'this event',
  reminder: 'this reminder',
  costLine: 'this cost line',
  expense: 'this expense',
  fundingSource: 'this funding source',
  budget: 'this budget',
  wish: 'this wish',
  ambition: 'this ambition',
  theme: 'this theme',
  competence: 'this competence',
  template: 'this conversation template',
  session: 'this session',
  group: 'this group',
};

/** English labels of the shared vocabulary. */
export const coreLabelsEn = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  findingLine: { at: 'at' },
  thing,
  // English does not decline a reference by case: every form is the same.
  thingAccusative: thing,
  thingDative: thing,
  thingGenitive: thing,
  role: { employee: 'employee', manager: 'manager' },
  conversationKind: {
    development: 'development conversation',
    career: 'career conversation',
    checkIn: 'check-in',
    futureDialogue: 'future dialogue',
  },
} satisfies Partial<Labels>;
