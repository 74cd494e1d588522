import type { QuestionLexicon } from './types.js';

/**
 * The English word knowledge of the open-question judge.
 *
 * @internal
 * @example
 * ```ts
 * import { isOpenQuestion } from 'ontwikkelgesprek';
 * isOpenQuestion('Could you talk me through how the project went?', 'en'); // true
 * ```
 */
export const en: QuestionLexicon = {
  locale: 'en',
  questionWords: ['what', 'how', 'which', 'why', 'where', 'when', 'who', 'whom', 'whose'],
  prepositions: ['in', 'on', 'at', 'with', 'for', 'from', 'to', 'by', 'about', 'of', 'under', 'through', 'during', 'within', 'into', 'towards', 'toward', 'across', 'after', 'before', 'since'],
  imperatives: [
    'tell', 'describe', 'name', 'give', 'share', 'imagine', 'think', 'picture', 'walk', 'explain', 'reflect', 'consider', 'recall', 'look', 'take', 'write', 'sketch', 'pick', 'choose', 'outline',
    'say', 'talk', 'identify', 'mention', 'summarise', 'summarize', 'paint', 'try', 'put', 'let', 'help', 'list', 'elaborate',
  ],
  finiteVerbs: [
    'is', 'are', 'am', 'was', 'were', "isn't", "aren't", "wasn't", "weren't", 'do', 'does', 'did', "don't", "doesn't", "didn't", 'have', 'has', 'had', "haven't", "hasn't", "hadn't", 'can',
    'could', "can't", "couldn't", 'will', 'would', "won't", "wouldn't", 'shall', 'should', "shouldn't", 'may', 'might', 'must', 'need', 'anything', 'any',
  ],
  subjects: ['you', 'i', 'we', 'they', 'he', 'she', 'it'],
  conjunctionLike: ['when', 'where', 'how', 'what', 'which', 'while'],
  determiners: ['you', 'i', 'we', 'they', 'he', 'she', 'it', 'the', 'a', 'an', 'this', 'that', 'your', 'my', 'our', 'their', 'there'],
  connectives: ['and', 'but', 'so', 'or', 'also', 'then', 'please', 'ok', 'okay', 'well', 'now'],
  subordinators: ['if', 'once', 'unless', 'although', 'though', 'because', 'as', 'while', 'whenever', 'now', 'given', 'looking', 'thinking', 'assuming', 'supposing', 'suppose'],
  leadIns: ['what do you think', 'what do you say', 'what would you say', 'tell me', 'honestly', 'let me see'],
  politeFrames: [
    'can you', 'could you', 'would you', 'will you', 'would you mind', 'would you be willing to', 'do you want to', 'would you like to', 'can i ask', 'may i ask', 'could i ask', 'do you have',
    'have you got', 'would you care to', 'are you able to', 'would you be able to',
  ],
  tellVerbs: [
    'tell', 'explain', 'describe', 'describing', 'talk', 'walk', 'take me through', 'share', 'elaborate', 'expand', 'say more', 'say a bit more', 'give an example', 'give me an example',
    'example', 'paint a picture', 'go into', 'talk me through', 'walk me through', 'telling', 'explaining', 'sharing', 'outline', 'sketch', 'clarify',
  ],
  exampleWords: ['example', 'examples', 'instance'],
  curiosity: ["i wonder", 'i am curious', "i'm curious", "i'd love to hear", 'i would love to hear', "i'd like to understand", "i'd like to know", 'i would like to know', "i'm interested in", 'i am interested in', "i'd like to hear", 'i want to understand'],
  yesNoWords: ['whether', 'if'],
  quantityQuestions: ['how many', 'how much', 'how often', 'how long', 'how old', 'what time', 'which date', 'what date', 'which day', 'what day', 'how far', 'what year', 'which year'],
  dateQuestions: ['when'],
  conditionCues: [
    'feel', 'feels', 'most', 'at your best', 'best', 'notice', 'energy', 'proud', 'happy', 'satisfied', 'do you know', 'really add', 'get stuck', 'feel like', 'thrive', 'enjoy', 'struggle',
    'go wrong', 'goes wrong', 'goes well', 'go well', 'felt', 'noticed', 'do you want', 'would you like', 'want to',
  ],
  nameQuestions: ['who', 'whom', 'whose', 'with whom', 'from whom', 'for whom', 'to whom', 'by whom'],
  personNouns: ['colleague', 'colleagues', 'person', 'people', 'manager', 'mentor', 'coach', 'customer', 'client', 'team member', 'lead'],
  descriptiveWho: ['who are you', 'who do you want to be', 'who would you like to be'],
  scaleMarkers: ['scale', 'from 1 to', 'out of 10', 'out of five', 'out of 5', 'rate', 'what score', 'which score', 'give it a number', 'give it a score', 'a number', 'what mark', 'what grade', 'from one to'],
  choiceCues: ['prefer', 'rather', 'preference', 'choose', 'better for you', 'works better', 'suits you better', 'appeals to you more', 'go for', 'or rather'],
  orWords: ['or'],
  tags: ['right', "isn't it", "aren't you", "don't you", "didn't it", "wasn't it", "doesn't it", "won't you", "isn't that so", 'correct', 'ok', 'okay', 'yes', 'shall we', 'no', 'yeah', "haven't you", "didn't you", "weren't you", "can't you", "won't it", 'true'],
  leading: [
    "don't you think", 'surely', "wouldn't you agree", "isn't it true", "wouldn't it be", "shouldn't you", 'just', 'you must be', 'you must have', 'you agree that', "isn't it obvious",
    'i assume', 'i take it',
  ],
  reasons: ['why', 'how come'],
  coordinators: ['and', 'but', 'or'],
  massNouns: ['room', 'time', 'money', 'budget', 'development budget', 'guidance', 'support', 'freedom', 'help', 'space', 'attention', 'influence', 'energy', 'autonomy'],
  rateMarkers: ['a week', 'a month', 'a day', 'a year', 'per week', 'per month', 'per day', 'per year', 'each week', 'every week', 'hours', 'days', 'minutes', 'euros'],
  wishes: ['would', 'could', 'want', 'wants', 'like', 'need', 'needs', 'might', 'can', 'wish', 'hope'],
  superlatives: ['most', 'best', 'biggest', 'greatest', 'largest', 'least'],
};
