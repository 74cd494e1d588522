import type { FindingParamsOf, Labels, MessageTools } from '../../../src/index.js';
import { defineMessages } from '../../../src/index.js';
import { capital } from './grammar.js';

type Kind = FindingParamsOf<'privacy.retention.noRule'>['kind'];

/** Kinds of stored data that take a plural verb ("die Notizen müssen ..."). */
const plural: Readonly<Record<Kind, boolean>> = {
  preparation: true,
  notes: true,
  conversation: false,
  eventLog: false,
  plan: false,
  patches: true,
};

/** The kinds in the accusative, after "für". */
const accusative: Readonly<Record<Kind, string>> = {
  preparation: 'die Antworten zur Vorbereitung',
  notes: 'die Notizen',
  conversation: 'das Gespräch',
  eventLog: 'das Protokoll des Gesprächs',
  plan: 'den Entwicklungsplan',
  patches: 'die festgehaltenen Änderungen',
};

/** „a“, „b“ und „c“: the words that gave it away, quoted. */
function words(evidence: readonly string[], tools: MessageTools): string {
  return tools.format.list(evidence.map((word) => tools.format.quote(word)));
}

/** "12 Monate", "2 Jahre": whole years as years, as people say a retention period. */
function months(count: number, tools: MessageTools): string {
  if (count >= 24 && count % 12 === 0) return `${tools.format.number(count / 12)} Jahre`;
  return `${tools.format.number(count)} ${count === 1 ? 'Monat' : 'Monate'}`;
}

/** "müssen ... gelöscht werden": the verb agrees with what is kept. */
function must(kind: Kind): string {
  if (!Object.hasOwn(plural, kind)) throw new TypeError('unknown kind');
  return plural[kind] ? 'müssen' : 'muss';
}

/** German messages of the privacy module. */
export const privacyMessagesDe = defineMessages({
  'privacy.sensitiveData': ({ category, evidence }, tools) =>
    category === 'health'
      ? `Dieser Text scheint etwas über die Gesundheit einer Person zu sagen (${words(evidence, tools)}). Gesundheitliches gehört nicht in die Entwicklungsakte, sondern zum Betriebsarzt; halten Sie nur fest, was die Arbeit braucht, etwa weniger Spätschichten.`
      : `Dieser Text scheint etwas über ${tools.labels.sensitiveCategory[category]} zu sagen (${words(evidence, tools)}). Das sind besondere Kategorien personenbezogener Daten, die nicht in die Entwicklungsakte gehören; lassen Sie sie weg oder halten Sie nur fest, was die Arbeit braucht.`,
  'privacy.record.unknown':
    'Das ist weder ein Gespräch noch ein Ereignisprotokoll oder ein Entwicklungsplan, wie die Bibliothek sie erstellt; geben Sie die Daten so weiter, wie die Bibliothek sie zurückgegeben hat.',
  'privacy.viewer.notParticipant': 'Diese Person nimmt nicht an diesem Gespräch teil und sieht nichts davon.',
  'privacy.viewer.roleMismatch': ({ role, given }, tools) =>
    `Diese Person nimmt an diesem Gespräch in der Rolle ${tools.format.quote(tools.value(role, 'participantRole'))} teil, nicht als ${tools.format.quote(tools.value(given, 'participantRole'))}; was sie sieht, richtet sich nach ihrer Rolle im Gespräch.`,
  'privacy.redact.unknownText': 'Der zu schwärzende Text ({text:textKind}) ist nicht vorhanden; es wurde nichts geschwärzt.',
  'privacy.redact.unknownPerson': 'Diese Person hat hier nichts geschrieben; es wurde nichts geschwärzt.',
  'privacy.redact.nothingToErase': 'Hier gab es nichts zu schwärzen.',
  'privacy.redact.erased':
    '{count} {count|Text wurde|Texte wurden} geschwärzt; aufbewahrt wird nur, wer {count|ihn|sie} wann und warum geschwärzt hat.',
  'privacy.retention.due': ({ kind, action, anchor, months: count, from, dueOn }, tools) =>
    `Die Aufbewahrungsfrist ist abgelaufen: ${capital(tools.labels.retentionKind[kind])} ${must(kind)} bis zum ${tools.format.date(dueOn)} ${tools.labels.retentionAction[action]} werden (${months(count, tools)} nach ${tools.labels.retentionAnchor[anchor]}, ${tools.format.date(from)}).`,
  'privacy.retention.upcoming': ({ kind, action, anchor, months: count, from, dueOn }, tools) =>
    `${capital(tools.labels.retentionKind[kind])} ${must(kind)} am ${tools.format.date(dueOn)} ${tools.labels.retentionAction[action]} werden (${months(count, tools)} nach ${tools.labels.retentionAnchor[anchor]}, ${tools.format.date(from)}).`,
  'privacy.retention.waiting': ({ kind, action, anchor, months: count }, tools) =>
    `${capital(tools.labels.retentionKind[kind])} ${must(kind)} ${months(count, tools)} nach ${tools.labels.retentionAnchor[anchor]} ${tools.labels.retentionAction[action]} werden; dieses Datum ist noch nicht bekannt.`,
  'privacy.retention.noRule': ({ kind }) =>
    `Für ${accusative[kind]} ist keine Aufbewahrungsfrist festgelegt; legen Sie eine fest, denn personenbezogene Daten dürfen nicht unbegrenzt aufbewahrt werden.`,
  'privacy.export.withheld':
    '{count} {count|Text|Texte} über diese Person {count|ist|sind} nur für jemand anderen bestimmt und {count|wurde|wurden} weggelassen. Wägen Sie die Rechte der verfassenden Person ab (Art. 15 Abs. 4 DSGVO), bevor Sie {count|ihn|sie} herausgeben.',
});

/** German labels of the privacy module. */
export const privacyLabelsDe = {
  sensitiveCategory: {
    health: 'die Gesundheit einer Person',
    religion: 'die Religion oder Weltanschauung einer Person',
    unionMembership: 'eine Gewerkschaftszugehörigkeit',
    ethnicOrigin: 'die ethnische Herkunft einer Person',
    sexualOrientation: 'die sexuelle Orientierung einer Person',
    criminalRecord: 'strafrechtliche Verurteilungen',
    politicalOpinion: 'die politischen Meinungen einer Person',
  },
  retentionKind: {
    preparation: 'die Antworten zur Vorbereitung',
    notes: 'die Notizen',
    conversation: 'das Gespräch',
    eventLog: 'das Protokoll des Gesprächs',
    plan: 'der Entwicklungsplan',
    patches: 'die festgehaltenen Änderungen',
  },
  retentionAnchor: {
    conversation: 'dem Gespräch',
    planPeriodEnd: 'dem Ende des Planzeitraums',
    employmentEnd: 'dem Ende des Arbeitsverhältnisses',
  },
  retentionAction: { erase: 'geschwärzt', delete: 'gelöscht' },
} satisfies Partial<Labels>;
