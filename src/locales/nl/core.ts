import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** Dutch messages of the kernel and of input validation. */
export const coreMessagesNl = defineMessages({
  'input.required': 'Dit veld is verplicht.',
  'input.invalid_type': 'Verkeerd soort waarde: verwacht {expected}, gekregen {received}.',
  'input.too_small.string': 'Te kort: minstens {minimum} {minimum|teken|tekens}.',
  'input.too_big.string': 'Te lang: hoogstens {maximum} tekens.',
  'input.too_small.number': 'Te klein: minstens {minimum}.',
  'input.too_big.number': 'Te groot: hoogstens {maximum}.',
  'input.too_small.array': 'Te weinig elementen: minstens {minimum}.',
  'input.too_big.array': 'Te veel elementen: hoogstens {maximum}.',
  'input.too_small': 'Te klein (minimum {minimum}).',
  'input.too_big': 'Te groot (maximum {maximum}).',
  'input.invalid_format': 'Ongeldig formaat: verwacht {format}.',
  'input.invalid_format.date': 'Geen geldige kalenderdatum: gebruik JJJJ-MM-DD, bijvoorbeeld 2027-03-15.',
  'input.invalid_format.datetime': 'Geen geldig tijdstip: gebruik ISO 8601 met tijdzone, bijvoorbeeld 2027-03-15T10:00:00+01:00.',
  'input.not_multiple_of': 'Moet een veelvoud zijn van {divisor}.',
  'input.unrecognized_keys': 'Onbekende velden: {keys}.',
  'input.invalid_value': 'Ongeldige waarde; toegestaan: {values:or}.',
  'input.invalid_union': 'Deze waarde past bij geen van de toegestane vormen.',
  'input.invalid_key': 'Ongeldige sleutel.',
  'input.invalid_element': 'Ongeldig element.',
  // `detail` is the technical reason in English (a schema's or the engine's words): for a developer, not in the text.
  'input.custom': () => 'Deze waarde is niet geldig.',
  'input.unreadable': () => 'De invoer kon niet worden gelezen.',
  'input.tooDeep': 'De invoer is dieper genest dan {limit} niveaus en is niet gelezen.',
  'input.notJson': 'Hier hoort een object met gewone JSON-gegevens: geen kringverwijzingen, functies of meer dan 64 niveaus diep.',
  'date.invalid': '"{value}" is geen geldige kalenderdatum (JJJJ-MM-DD).',
  'date.outOfRange': '{value:date} valt buiten de ondersteunde jaren: van {from:date} tot en met {to:date}.',
  'date.timeZone.invalid': '"{value}" is geen bekende IANA-tijdzone.',
  'money.currency.mismatch': 'Bedragen in {left} en {right} kunnen niet worden opgeteld.',
  'money.invalid': () => 'Dit is geen geldig bedrag.',
  'money.overflow': 'Het bedrag is te groot om exact te rekenen.',
});

/** A reference without a title, by what it is. */
const thing = {
  agreement: 'deze afspraak',
  supportAgreement: 'deze ondersteuningsafspraak',
  agendaPoint: 'dit agendapunt',
  need: 'deze ontwikkelbehoefte',
  note: 'deze notitie',
  question: 'deze vraag',
  answer: 'dit antwoord',
  plan: 'dit ontwikkelplan',
  conversation: 'dit gesprek',
  phase: 'deze fase',
  participant: 'deze deelnemer',
  event: 'deze gebeurtenis',
  reminder: 'deze herinnering',
  costLine: 'deze kostenpost',
  expense: 'deze uitgave',
  fundingSource: 'deze financieringsbron',
  budget: 'dit budget',
  wish: 'deze wens',
  ambition: 'deze ambitie',
  theme: 'dit thema',
  competence: 'deze competentie',
  template: 'dit gespreksmodel',
  session: 'deze sessie',
  group: 'deze groep',
};

/** Dutch labels of the shared vocabulary. */
export const coreLabelsNl = {
  severity: { error: 'fout', warning: 'waarschuwing', info: 'info' },
  findingLine: { at: 'bij' },
  thing,
  // Dutch does not decline a reference by case: every form is the same.
  thingAccusative: thing,
  thingDative: thing,
  thingGenitive: thing,
  role: { employee: 'medewerker', manager: 'leidinggevende' },
  conversationKind: {
    development: 'ontwikkelgesprek',
    career: 'loopbaangesprek',
    checkIn: 'voortgangsgesprek',
    futureDialogue: 'toekomstdialoog',
  },
} satisfies Partial<Labels>;
