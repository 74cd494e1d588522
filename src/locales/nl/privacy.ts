import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

/** ‘a’, ‘b’ en ‘c’: the words that gave it away, quoted. */
function words(evidence: readonly string[], tools: MessageTools): string {
  return tools.format.list(evidence.map((word) => tools.format.quote(word)));
}

/** Whether a kind of record is named in the plural (the verb follows it). */
const plural = { preparation: true, notes: true, conversation: false, eventLog: false, plan: false, patches: true } as const;

function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}

/** "12 maanden", "2 jaar": whole years as years, as people say a retention period. */
function months(count: number, tools: MessageTools): string {
  if (count >= 24 && count % 12 === 0) return `${tools.format.number(count / 12)} jaar`;
  return `${tools.format.number(count)} ${count === 1 ? 'maand' : 'maanden'}`;
}

/** Dutch messages of the privacy module. */
export const privacyMessagesNl = defineMessages({
  'privacy.sensitiveData': ({ category, evidence }, tools) =>
    category === 'health'
      ? `Deze tekst lijkt iets te zeggen over iemands gezondheid (${words(evidence, tools)}). Gezondheid hoort niet in het ontwikkeldossier maar bij de bedrijfsarts; noem hier alleen wat er in het werk nodig is, zoals minder avondwerk.`
      : `Deze tekst lijkt iets te zeggen over ${tools.labels.sensitiveCategory[category]} (${words(evidence, tools)}). Dat is een bijzonder persoonsgegeven en hoort niet in het ontwikkeldossier; laat het weg of noem alleen wat er in het werk nodig is.`,
  'privacy.record.unknown':
    'Dit is geen gesprek, logboek of POP zoals de bibliotheek die maakt; geef het door zoals de bibliotheek het eerder teruggaf.',
  'privacy.viewer.notParticipant': 'Deze persoon neemt niet deel aan dit gesprek en krijgt er niets van te zien.',
  'privacy.viewer.roleMismatch':
    'Deze persoon neemt aan dit gesprek deel als {role:participantRole} en niet als {given:participantRole}; wat te zien is, volgt de rol in het gesprek.',
  'privacy.redact.unknownText': 'De tekst die gewist moest worden ({text:textKind}) staat er niet in; er is niets gewist.',
  'privacy.redact.unknownPerson': 'Deze persoon heeft hier niets geschreven; er is niets gewist.',
  'privacy.redact.nothingToErase': 'Er was hier niets te wissen.',
  'privacy.redact.erased':
    '{count} {count|tekst is|teksten zijn} gewist; alleen wie {count|hem|ze} wiste, wanneer en waarom staat er nog bij.',
  'privacy.retention.due': ({ kind, action, anchor, months: count, from, dueOn }, tools) =>
    `De bewaartermijn is om: ${tools.labels.retentionKind[kind]} ${plural[kind] ? 'moeten' : 'moet'} uiterlijk ${tools.format.date(dueOn)} ${tools.labels.retentionAction[action]} worden (${months(count, tools)} na ${tools.labels.retentionAnchor[anchor]}, ${tools.format.date(from)}).`,
  'privacy.retention.upcoming': ({ kind, action, anchor, months: count, from, dueOn }, tools) =>
    `${capital(tools.labels.retentionKind[kind])} ${plural[kind] ? 'moeten' : 'moet'} op ${tools.format.date(dueOn)} ${tools.labels.retentionAction[action]} worden (${months(count, tools)} na ${tools.labels.retentionAnchor[anchor]}, ${tools.format.date(from)}).`,
  'privacy.retention.waiting': ({ kind, action, anchor, months: count }, tools) =>
    `${capital(tools.labels.retentionKind[kind])} ${plural[kind] ? 'moeten' : 'moet'} ${months(count, tools)} na ${tools.labels.retentionAnchor[anchor]} ${tools.labels.retentionAction[action]} worden; die datum is nog niet bekend.`,
  'privacy.retention.noRule': ({ kind }, tools) =>
    `Voor ${tools.labels.retentionKind[kind]} is geen bewaartermijn vastgelegd; leg er een vast, want persoonsgegevens mogen niet onbeperkt bewaard worden.`,
  'privacy.export.withheld':
    '{count} {count|tekst|teksten} over deze persoon {count|is|zijn} privé van iemand anders en {count|staat|staan} er niet in. Weeg de rechten van de schrijver af (artikel 15 lid 4 AVG) voordat {count|die tekst|die teksten} alsnog {count|wordt|worden} verstrekt.',
});

/** Dutch labels of the privacy module. */
export const privacyLabelsNl = {
  sensitiveCategory: {
    health: 'iemands gezondheid',
    religion: 'iemands geloof of levensovertuiging',
    unionMembership: 'lidmaatschap van een vakbond',
    ethnicOrigin: 'iemands afkomst',
    sexualOrientation: 'iemands seksuele geaardheid',
    criminalRecord: 'een strafrechtelijk verleden',
    politicalOpinion: 'iemands politieke voorkeur',
  },
  retentionKind: {
    preparation: 'de voorbereidingsantwoorden',
    notes: 'de notities',
    conversation: 'het gesprek',
    eventLog: 'het logboek van het gesprek',
    plan: 'het POP',
    patches: 'de vastgelegde wijzigingen',
  },
  retentionAnchor: {
    conversation: 'het gesprek',
    planPeriodEnd: 'het einde van de POP-periode',
    employmentEnd: 'het einde van het dienstverband',
  },
  retentionAction: { erase: 'gewist', delete: 'verwijderd' },
} satisfies Partial<Labels>;
