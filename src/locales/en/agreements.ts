import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

/** "‘A’, ‘B’ and 3 others": names the first three agreements and counts the rest. */
function agreementList(agreements: readonly unknown[], tools: MessageTools): string {
  const names = agreements.slice(0, 3).map((agreement) => tools.ref(agreement));
  const rest = agreements.length - names.length;
  if (rest > 0) names.push(`${rest} ${rest === 1 ? 'other' : 'others'}`);
  return tools.format.list(names);
}

/** English messages of the agreements module. */
export const agreementsMessagesEn = defineMessages({
  // ---- the goal text
  'agreement.text.invalid': 'The text of the agreement belongs here, but this is {received:agreementValueKind}.',
  'agreement.text.empty': 'Nothing written yet: describe in your own words what you will do.',
  'agreement.text.truncated':
    'The text is very long; only the first {limit} characters were read. An agreement usually fits in a sentence or two.',
  'agreement.text.vagueVerb':
    '{words:quote} {words|does|do} not say what you will actually do. Name the action: finish a course, give a presentation, deliver a report.',
  'agreement.text.hedge': '{words:quote} {words|makes|make} the agreement non-committal. Write down what you will do.',
  'agreement.text.vagueQuantity': '{words:quote} {words|is|are} not a measure. How many exactly, or how will you see that it worked?',
  'agreement.text.vagueTime':
    '{words:quote} {words|is|are} not a deadline. Give a date or a period, such as “by 1 June” or “within three months”.',
  'agreement.text.notSpecific': 'It is not clear what exactly will happen. What will you do, with what, and what will come of it?',
  'agreement.text.noMeasure': 'Nothing says how you will see that it worked: a number, a percentage, a certificate or another result.',
  'agreement.text.noDeadline': 'The text has no deadline. When will it be done?',
  'agreement.text.startOnly': 'Only the start is given ({words:quote}); agree on when it will be done or when you will review it too.',
  'agreement.text.multipleGoals': 'This text holds {count} goals. Make them separate agreements, each with its own who, what and when.',
  'agreement.text.goalFallsShort':
    '“{goal}” is not {criterion:smartCriterionAdjective} yet. A text with several goals is only that when every goal is: make them separate agreements.',
  'agreement.text.attendanceOnly':
    '{words:quote} only {words|says|say} that you will be there, not how you will see that it worked. Agree on what comes out of it: an exam, something you apply in your work, a talk for your team.',
  'agreement.text.unnamed':
    'Which one exactly? {words:quote} {words|names|name} no title or subject. Say which course, qualification or exam you mean.',
  'agreement.text.indicatorOnly': 'There is a target on a figure, but not what you will do yourself to reach it. Name the first step too.',
  'agreement.text.deficit':
    '{words:quote}: this goal only says what should happen less or stop. Describe what you will do instead, or build on something you are already good at.',
  'agreement.text.evaluative': ({ words, kinds }, tools) => {
    const about = kinds.includes('appraisal') && kinds.includes('pay') ? 'rating and pay' : kinds.includes('pay') ? 'pay' : 'rating';
    return `This agreement is about ${about} (${tools.value(words, 'quote')}). Ratings and pay belong in the appraisal conversation, and how the work is going in the performance conversation; this conversation looks ahead at your development.`;
  },
  'agreement.options.invalid': 'The language setting {locale:quote} is unknown, so the language of the text was detected instead.',
  // ---- WWW
  'agreement.www.who.empty': 'It does not say who does this. Name one person who takes it on.',
  'agreement.www.who.notParticipant':
    '{who:quote} is not part of this conversation. Give the agreement to someone at the table, or agree who arranges it with {who:quote}.',
  'agreement.www.who.ambiguous': ({ who, participants }, tools) =>
    `${tools.format.number(participants.length)} participants are called ${tools.value(who, 'quote')}. Choose the right person, so it is clear who takes it on.`,
  'agreement.www.what.empty': 'It does not say what happens. Describe the action in your own words.',
  'agreement.www.what.vague': 'What happens is still vague. Make it concrete: which action, which result?',
  'agreement.www.when.missing': 'There is no date: agree on when it will be done.',
  'agreement.www.when.past':
    'The date {when:date} has already passed (today is {today:date}). Choose a new date, or mark the agreement as done or dropped.',
  'agreement.www.when.beyondHorizon':
    'The date {when:date} is more than {months} {months|month|months} away. Agree on an intermediate step that is done sooner.',
  // ---- SMART
  'agreement.smart.measurable.missing':
    'The agreement is not measurable: write down how you will see that it worked, such as a number, a result or a certificate.',
  'agreement.smart.acceptable.employeeMissing':
    'The employee has not accepted the agreement yet. A plan the employee does not own has no effect.',
  'agreement.smart.acceptable.managerMissing':
    'The manager has not accepted the agreement yet; without backing from that side it stays a good intention.',
  'agreement.smart.acceptable.low':
    'Acceptance is low ({acceptance} out of 10). Discuss what it takes for the agreement to be truly owned.',
  'agreement.smart.realistic.overBudget': 'The cost ({cost}) is more than what is left in the development budget ({remaining}).',
  'agreement.smart.realistic.currencyMismatch':
    'The cost ({cost}) is in another currency than the budget ({budget}); without a conversion there is no telling whether it fits.',
  'agreement.smart.realistic.overloaded': ({ open, max, agreements }, tools) => {
    const listed = agreements.length > 0 ? ` (${agreementList(agreements, tools)})` : '';
    return `There ${open === 1 ? 'is' : 'are'} already ${tools.format.number(open)} other open ${open === 1 ? 'agreement' : 'agreements'}${listed}; the guideline is fewer than ${tools.format.number(max)}. Finish or drop something first.`;
  },
  'agreement.smart.realistic.tooClose':
    'The deadline is tight for {scope:agreementScope}: {days} {days|day|days}, where it needs at least {minimumDays} days. Choose a later date or a smaller first step.',
  'agreement.practice.missingLink':
    'Following a training alone is not yet development: link it to the work, for example a task or project where you apply it.',
  'agreement.effect.low': 'The expected effect is low: quality {quality} × acceptance {acceptance} = {effect} out of 100 (E = Q × A).',
  'agreement.effect.qualityOnly': 'Only quality ({quality}) is scored. Add acceptance too, and the effect follows from E = Q × A.',
  'agreement.effect.acceptanceOnly': 'Only acceptance ({acceptance}) is scored. Add quality too, and the effect follows from E = Q × A.',
  'agreement.check.unreadable': () => 'This agreement could not be read; check what was entered.',
  'agreement.status.closed':
    'This agreement is {status:conversationAgreementStatus}; a past date or a missing acceptance no longer counts as an error.',
  'agreement.provider.notEmployee':
    'Here the {searcher:providerSearcher} looks for the course, coach or provider. The plan is the employee’s: preferably let them search and choose themselves, or agree that they make the final choice.',
  // ---- the learning offer of a support agreement
  'agreement.offer.url':
    'The link to the offer ({value:quote}) is not a web address. Give an address that starts with http:// or https://.',
  'agreement.offer.hours': 'An offer always takes study time: give the study hours as a number above 0 (now {value}).',
  'agreement.offer.notSupport':
    'This agreement names an offer ({form:learningForm}) but is a development agreement. An offer belongs in a support agreement, which says what the organisation arranges or pays for. Record the offer there, and keep here what you will do with it.',
  'agreement.offer.providerMissing':
    'The {searcher:providerSearcher} is looking for a provider for this offer ({form:learningForm}), but none is named yet. Fill it in once chosen, and let the employee make or confirm the choice.',
  'agreement.offer.studyTimeShort':
    'The offer takes {hours} study {hours|hour|hours}, but the agreement claims {studyHours} {studyHours|hour|hours} of study time. Agree where the other hours come from: the employee’s own time, extra study time or a smaller offer.',
});

/** English labels of the agreements module. */
export const agreementsLabelsEn = {
  wwwCriterion: { who: 'Who', what: 'What', when: 'When' },
  wwwCriterionQuestion: {
    who: 'Who carries out the agreement?',
    what: 'What exactly will happen?',
    when: 'By when is it done?',
  },
  smartCriterionDescription: {
    specific: 'It is clear what concretely happens.',
    measurable: 'You can see whether it worked.',
    acceptable: 'Employee and manager both stand behind it.',
    realistic: 'It fits the time, the money and the rest of the work.',
    timeBound: 'It has a date.',
  },
  smartCriterionAdjective: { specific: 'specific', measurable: 'measurable', timeBound: 'time-bound' },
  criterionStatus: { met: 'met', unmet: 'not met', unknown: 'unknown' },
  agreementScope: {
    degree: 'a degree programme',
    language: 'a language level',
    certificate: 'a certificate or exam',
    course: 'a course or training',
    deliverable: 'a presentation, workshop or report',
  },
  agreementValueKind: {
    number: 'a number',
    bigint: 'a number',
    boolean: 'yes or no',
    null: 'an empty value',
    undefined: 'nothing',
    array: 'a list',
    object: 'a set of data',
    symbol: 'a symbol',
    function: 'a function',
  },
  providerSearcher: { employee: 'employee', manager: 'manager', hrAdviser: 'HR adviser' },
  learningForm: {
    course: 'course',
    eLearning: 'e-learning',
    coaching: 'coaching',
    assessment: 'assessment',
    jobRotation: 'job rotation',
    mentoring: 'mentoring',
  },
} satisfies Partial<Labels>;
