import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

/** “a”, “b” and “c”: the words that gave it away, quoted. */
function words(evidence: readonly string[], tools: MessageTools): string {
  return tools.format.list(evidence.map((word) => tools.format.quote(word)));
}

function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}

/** "12 months", "2 years": whole years as years, as people say a retention period. */
function months(count: number, tools: MessageTools): string {
  if (count >= 24 && count % 12 === 0) return `${tools.format.number(count / 12)} years`;
  return `${tools.format.number(count)} ${count === 1 ? 'month' : 'months'}`;
}

/** English messages of the privacy module. */
export const privacyMessagesEn = defineMessages({
  'privacy.sensitiveData': ({ category, evidence }, tools) =>
    category === 'health'
      ? `This text seems to say something about someone’s health (${words(evidence, tools)}). Health matters do not belong in the development file but with the company doctor; note only what the work needs, such as fewer evening shifts.`
      : `This text seems to say something about ${tools.labels.sensitiveCategory[category]} (${words(evidence, tools)}). That is special-category personal data and does not belong in the development file; leave it out or note only what the work needs.`,
  'privacy.record.unknown':
    'This is not a conversation, event log or PDP as the library makes them; pass it on as the library returned it.',
  'privacy.viewer.notParticipant': 'This person does not take part in this conversation and sees nothing of it.',
  'privacy.viewer.roleMismatch':
    'In this conversation this person takes part as {role:participantRole}, not as {given:participantRole}; what they see follows their role in the conversation.',
  'privacy.redact.unknownText': 'The text to be erased ({text:textKind}) is not there; nothing was erased.',
  'privacy.redact.unknownPerson': 'This person wrote nothing here; nothing was erased.',
  'privacy.redact.nothingToErase': 'There was nothing to erase here.',
  'privacy.redact.erased': '{count} {count|text was|texts were} erased; only who erased {count|it|them}, when and why is kept.',
  'privacy.retention.due': ({ kind, action, anchor, months: count, from, dueOn }, tools) =>
    `The retention period has ended: ${tools.labels.retentionKind[kind]} must be ${tools.labels.retentionAction[action]} by ${tools.format.date(dueOn)} (${months(count, tools)} after ${tools.labels.retentionAnchor[anchor]}, ${tools.format.date(from)}).`,
  'privacy.retention.upcoming': ({ kind, action, anchor, months: count, from, dueOn }, tools) =>
    `${capital(tools.labels.retentionKind[kind])} must be ${tools.labels.retentionAction[action]} on ${tools.format.date(dueOn)} (${months(count, tools)} after ${tools.labels.retentionAnchor[anchor]}, ${tools.format.date(from)}).`,
  'privacy.retention.waiting': ({ kind, action, anchor, months: count }, tools) =>
    `${capital(tools.labels.retentionKind[kind])} must be ${tools.labels.retentionAction[action]} ${months(count, tools)} after ${tools.labels.retentionAnchor[anchor]}; that date is not known yet.`,
  'privacy.retention.noRule': ({ kind }, tools) =>
    `No retention period is set for ${tools.labels.retentionKind[kind]}; set one, as personal data may not be kept indefinitely.`,
  'privacy.export.withheld':
    '{count} {count|text|texts} about this person {count|is|are} private to someone else and left out. Weigh the rights of the writer (Article 15(4) GDPR) before handing {count|it|them} over.',
});

/** English labels of the privacy module. */
export const privacyLabelsEn = {
  sensitiveCategory: {
    health: 'someone’s health',
    religion: 'someone’s religion or belief',
    unionMembership: 'trade-union membership',
    ethnicOrigin: 'someone’s ethnic origin',
    sexualOrientation: 'someone’s sexual orientation',
    criminalRecord: 'a criminal record',
    politicalOpinion: 'someone’s political opinions',
  },
  retentionKind: {
    preparation: 'the preparation answers',
    notes: 'the notes',
    conversation: 'the conversation',
    eventLog: "the conversation's event log",
    plan: 'the PDP',
    patches: 'the recorded changes',
  },
  retentionAnchor: {
    conversation: 'the conversation',
    planPeriodEnd: 'the end of the PDP period',
    employmentEnd: 'the end of employment',
  },
  retentionAction: { erase: 'erased', delete: 'deleted' },
} satisfies Partial<Labels>;
