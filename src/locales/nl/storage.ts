import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** Dutch messages of the storage module (migrations of stored data). */
export const storageMessagesNl = defineMessages({
  'storage.input.notJson':
    'Deze gegevens kunnen niet zo zijn opgeslagen: er zit een {received:storedValueKind} in, en die past niet in opgeslagen gegevens.',
  'storage.input.cycle': 'Deze gegevens verwijzen naar zichzelf terug; zo kunnen ze niet zijn opgeslagen, en ze zijn niet gelezen.',
  'storage.input.tooLarge': 'Deze gegevens bevatten meer dan {limit} waarden; ze zijn niet gelezen.',
  'storage.shape.unknown':
    'Niet te herkennen wat deze opgeslagen gegevens zijn: geen gesprek, logboek, POP, planning, herinnering, vragenbank, gespreksmodel of melding.',
  'storage.version.newer':
    'Deze gegevens zijn opgeslagen in opslagversie {version}, door een nieuwere versie van de bibliotheek; deze versie leest opslagversies tot en met {current}. Werk de bibliotheek bij om ze te lezen.',
  'storage.version.invalid': 'De opslagversie van deze gegevens is onbekend; een opslagversie is een geheel getal vanaf 1.',
  'storage.invalid':
    'De opgeslagen gegevens ({shape:storedShape}) konden niet worden bijgewerkt naar opslagversie {version}; de details zeggen waarom.',
  'storage.unrecognized.kept':
    'Deze versie van de bibliotheek kent dit veld niet; het is ongewijzigd bewaard bij de onbekende velden en wordt verder niet gebruikt.',
  'storage.plan.approvalsCarried': ({ version, roles }, tools) =>
    `De controlecode van versie ${tools.format.number(version)} van het POP klopt met de inhoud; de goedkeuring door ${tools.format.list(roles.map((role) => `de ${tools.labels.role[role]}`))} blijft gelden onder de nieuwe controlecode.`,
  'storage.plan.hashMismatch':
    'De inhoud van versie {version} van het POP past niet bij de controlecode waarmee die is opgeslagen: de tekst is na het opslaan veranderd. Eerdere goedkeuringen gelden daarom niet meer; laat het POP opnieuw goedkeuren.',
  'storage.plan.approvalNotCarried':
    'De goedkeuring door de {role:role} geldt niet voor versie {version} van het POP; ze staat nu in de geschiedenis bij de vervallen goedkeuringen.',
  'storage.reminder.languageChosen':
    'De herinnering had een Nederlandse en een Engelse tekst; de {locale:storedLanguage} tekst is overgenomen en de andere is bewaard bij de onbekende velden.',
  'storage.finding.textKept':
    'Deze melding uit een eerdere versie kon niet worden omgezet naar de huidige vorm; ze is bewaard zoals ze is opgeslagen, met haar oorspronkelijke tekst.',
});

/** Dutch labels of the storage module. */
export const storageLabelsNl = {
  storedShape: {
    conversation: 'een gesprek',
    conversationEvent: 'een stap van een gesprek',
    conversationEvents: 'de stappen van een gesprek',
    conversationEventLog: 'het logboek van een gesprek',
    conversationTemplate: 'een gespreksmodel',
    conversationTemplates: 'een set gespreksmodellen',
    developmentPlan: 'een POP',
    question: 'een vraag',
    questionBank: 'een vragenbank',
    plannedConversation: 'de planning van het volgende gesprek',
    reminder: 'een herinnering',
    finding: 'een melding',
    findings: 'een lijst meldingen',
  },
  storedLanguage: { nl: 'Nederlandse', en: 'Engelse' },
  storedValueKind: {
    function: 'functie',
    symbol: 'symbool',
    bigint: 'getal dat te groot is om op te slaan',
    number: 'getal dat geen gewoon getal is',
    object: 'object dat geen gewone gegevens bevat',
    undefined: 'lege plek in een lijst',
  },
} satisfies Partial<Labels>;
