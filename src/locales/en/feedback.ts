import { defineMessages } from '../render.js';

/** English messages of the feedback module. */
export const feedbackMessagesEn = defineMessages({
  'feedback.anonymity.tooFew':
    'The question {question} has {count} {count|answer|answers} without a name so far. Answers without a name are shown only from {minimum} answers on, so that nobody can be identified: {needed} more {needed|is|are} needed.',
  'feedback.answers.unknownQuestion':
    '{count} {count|answer belongs|answers belong} to a question that was not asked; {count|it does|they do} not count.',
  'feedback.answers.byEmployee':
    '{count} {count|answer comes|answers come} from the employee themselves; only colleagues’ answers count here.',
  'feedback.answers.notAsked':
    '{count} {count|answer comes|answers come} from someone who was not asked for feedback; {count|it does|they do} not count.',
  'feedback.view.notShared':
    'The employee has not shared the feedback from colleagues yet. The employee sees the answers first and decides whether the manager gets to see them.',
  'feedback.summary.tooFewAnonymous':
    'For one of the questions, this summary shows answers without a name although there are too few to keep their writers unrecognisable. Make the summary again: those answers are then held back until there are enough.',
});
