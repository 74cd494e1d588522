import type { Labels } from '../types.js';
import { defineMessages } from '../render.js';

/** English messages of the storage module (migrations of stored data). */
export const storageMessagesEn = defineMessages({
  'storage.input.notJson':
    'This data cannot have been stored like this: it holds a {received:storedValueKind}, which stored data cannot hold.',
  'storage.input.cycle': 'This data refers back to itself; it cannot have been stored like this, and it was not read.',
  'storage.input.tooLarge': 'This data holds more than {limit} values; it was not read.',
  'storage.shape.unknown':
    'There is no telling what this stored data is: not a conversation, log, PDP, schedule, reminder, question bank, conversation template or notice.',
  'storage.version.newer':
    'This data was stored in storage version {version}, by a newer version of the library; this version reads storage versions up to {current}. Upgrade the library to read it.',
  'storage.version.invalid': 'The storage version of this data is unknown; a storage version is a whole number from 1.',
  'storage.invalid': 'The stored data ({shape:storedShape}) could not be brought up to storage version {version}; the details say why.',
  'storage.unrecognized.kept':
    'This version of the library does not know this field; it was kept unchanged with the unrecognised fields and is not used further.',
  'storage.plan.approvalsCarried': ({ version, roles }, tools) =>
    `The check code of version ${tools.format.number(version)} of the PDP matches its content; the approval by ${tools.format.list(roles.map((role) => `the ${tools.labels.role[role]}`))} still holds under the new check code.`,
  'storage.plan.hashMismatch':
    'The content of version {version} of the PDP does not match the check code it was stored with: the text changed after it was stored. Earlier approvals therefore no longer hold; have the PDP approved again.',
  'storage.plan.approvalNotCarried':
    'The approval by the {role:role} does not hold for version {version} of the PDP; it is now in the history with the approvals that lapsed.',
  'storage.reminder.languageChosen':
    'The reminder had a Dutch and an English text; the {locale:storedLanguage} text was taken over and the other was kept with the unrecognised fields.',
  'storage.finding.textKept':
    'This notice from an earlier version could not be brought to its current form; it was kept as it was stored, with its original text.',
});

/** English labels of the storage module. */
export const storageLabelsEn = {
  storedShape: {
    conversation: 'a conversation',
    conversationEvent: 'a step of a conversation',
    conversationEvents: 'the steps of a conversation',
    conversationEventLog: 'the log of a conversation',
    conversationTemplate: 'a conversation template',
    conversationTemplates: 'a set of conversation templates',
    developmentPlan: 'a PDP',
    question: 'a question',
    questionBank: 'a question bank',
    plannedConversation: 'the planned next conversation',
    reminder: 'a reminder',
    finding: 'a notice',
    findings: 'a list of notices',
  },
  storedLanguage: { nl: 'Dutch', en: 'English' },
  storedValueKind: {
    function: 'function',
    symbol: 'symbol',
    bigint: 'number too large to store',
    number: 'number that is not an ordinary number',
    object: 'object that holds no plain data',
    undefined: 'gap in a list',
  },
} satisfies Partial<Labels>;
