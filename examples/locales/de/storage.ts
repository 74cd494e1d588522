import type { Labels } from '../../../src/index.js';
import { defineMessages } from '../../../src/index.js';
import { role } from './grammar.js';

/** German messages of the storage module (migrations of stored data). */
export const storageMessagesDe = defineMessages({
  'storage.input.notJson':
    'So können diese Daten nicht gespeichert worden sein: Sie enthalten {received:storedValueKind}, und das können gespeicherte Daten nicht enthalten.',
  'storage.input.cycle':
    'Diese Daten verweisen auf sich selbst; so können sie nicht gespeichert worden sein, und sie wurden nicht gelesen.',
  'storage.input.tooLarge': 'Diese Daten enthalten mehr als {limit} Werte; sie wurden nicht gelesen.',
  'storage.shape.unknown':
    'Es ist nicht zu erkennen, was diese gespeicherten Daten sind: weder ein Gespräch noch ein Protokoll, ein Entwicklungsplan, ein Zeitplan, eine Erinnerung, ein Fragenkatalog, eine Gesprächsvorlage oder ein Hinweis.',
  'storage.version.newer':
    'Diese Daten wurden in Speicherversion {version} von einer neueren Version der Bibliothek gespeichert; diese Version liest Speicherversionen bis {current}. Aktualisieren Sie die Bibliothek, um sie zu lesen.',
  'storage.version.invalid': 'Die Speicherversion dieser Daten ist unbekannt; eine Speicherversion ist eine ganze Zahl ab 1.',
  'storage.invalid':
    'Die gespeicherten Daten ({shape:storedShape}) ließen sich nicht auf Speicherversion {version} bringen; die Einzelheiten nennen den Grund.',
  'storage.unrecognized.kept':
    'Diese Version der Bibliothek kennt dieses Feld nicht; es wurde unverändert bei den nicht erkannten Feldern aufbewahrt und wird nicht weiter verwendet.',
  'storage.plan.approvalsCarried': ({ version, roles }, tools) =>
    `Der Prüfcode von Version ${tools.format.number(version)} des Entwicklungsplans passt zu seinem Inhalt; die Freigabe durch ${tools.format.list(roles.map((side) => role(side, 'acc')))} gilt auch unter dem neuen Prüfcode.`,
  'storage.plan.hashMismatch':
    'Der Inhalt von Version {version} des Entwicklungsplans passt nicht zu dem Prüfcode, mit dem er gespeichert wurde: Der Text hat sich nach dem Speichern geändert. Frühere Freigaben gelten daher nicht mehr; lassen Sie den Entwicklungsplan erneut freigeben.',
  'storage.plan.approvalNotCarried': ({ role: side, version }, tools) =>
    `Die Freigabe durch ${role(side, 'acc')} gilt nicht für Version ${tools.format.number(version)} des Entwicklungsplans; sie steht jetzt im Verlauf bei den entfallenen Freigaben.`,
  'storage.reminder.languageChosen':
    'Die Erinnerung hatte einen niederländischen und einen englischen Text; übernommen wurde der Text auf {locale:storedLanguage}, der andere wurde bei den nicht erkannten Feldern aufbewahrt.',
  'storage.finding.textKept':
    'Dieser Hinweis aus einer früheren Version ließ sich nicht in seine heutige Form bringen; er wurde so aufbewahrt, wie er gespeichert war, mit seinem ursprünglichen Text.',
});

/** German labels of the storage module. */
export const storageLabelsDe = {
  storedShape: {
    conversation: 'ein Gespräch',
    conversationEvent: 'ein Schritt eines Gesprächs',
    conversationEvents: 'die Schritte eines Gesprächs',
    conversationEventLog: 'das Protokoll eines Gesprächs',
    conversationTemplate: 'eine Gesprächsvorlage',
    conversationTemplates: 'eine Sammlung von Gesprächsvorlagen',
    developmentPlan: 'ein Entwicklungsplan',
    question: 'eine Frage',
    questionBank: 'ein Fragenkatalog',
    plannedConversation: 'das geplante nächste Gespräch',
    reminder: 'eine Erinnerung',
    finding: 'ein Hinweis',
    findings: 'eine Liste von Hinweisen',
  },
  storedLanguage: { nl: 'Niederländisch', en: 'Englisch' },
  storedValueKind: {
    function: 'eine Funktion',
    symbol: 'ein Symbol',
    bigint: 'eine Zahl, die zu groß zum Speichern ist',
    number: 'eine Zahl, die keine gewöhnliche Zahl ist',
    object: 'ein Objekt ohne reine Daten',
    undefined: 'eine Lücke in einer Liste',
  },
} satisfies Partial<Labels>;
