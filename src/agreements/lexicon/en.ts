import type { Lexicon } from './types.js';

// English word knowledge of the goal-text analyzer. Entries are plain strings; `[brackets]` in an
// example mark what its rule must find. Misspellings and abbreviations people really type are
// entries too (Feburary, Oct., b4, wks).

const months = [
  'january', 'february', 'feburary', 'febuary', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'jan.', 'feb', 'feb.', 'mar', 'mar.', 'apr', 'apr.', 'jun', 'jun.', 'jul', 'jul.', 'aug', 'aug.', 'sep', 'sep.', 'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.',
];

/**
 * The English lexicon of the goal-text analyzer (internal; the guide lists its rules).
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Pass the exam by the end of Feb.', { locale: 'en' }).timeBound.status; // 'met'
 * ```
 */
export const en: Lexicon = {
  locale: 'en',
  slots: {
    month: months,
    ordinal: ['st', 'nd', 'rd', 'th'],
    ordinalWord: ['first', 'second', 'third', 'fourth', 'last'],
    dayOrdinal: ['first', 'second', 'third', 'fourth', 'fifth', 'tenth', 'fifteenth', 'twentieth', 'last'],
    deadlinePrep: ['over', 'by', 'before', 'no later than', 'not later than', 'until', 'till', 'through', 'in', 'during', 'on', 'b4', 'prior to', 'due', 'latest by', 'around', 'throughout', 'at', 'by early', 'by mid', 'by late'],
    monthPrep: ['by', 'before', 'in', 'during', 'until', 'till', 'through', 'throughout', 'no later than', 'b4', 'around', 'for', 'within'],
    monthEdge: ['early', 'mid', 'late', 'end of', 'the end of', 'start of', 'the start of', 'beginning of', 'the beginning of', 'middle of', 'the middle of', 'the first half of', 'the second half of'],
    hyphenEdge: ['mid', 'early', 'late', 'end'],
    periodEdge: ['end of', 'the end of', 'start of', 'the start of', 'beginning of', 'the beginning of', 'middle of', 'the middle of'],
    timeUnit: ['day', 'days', 'working day', 'working days', 'business day', 'business days', 'week', 'weeks', 'wk', 'wks', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'sprint', 'sprints', 'fortnight', 'fortnights', 'half year', 'semester', 'semesters'],
    count: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'eighteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'ninety', 'hundred', 'a dozen', 'one and a half'],
    fewCount: ['a', 'an', 'half a', 'a couple of', 'a few', 'few', 'couple of'],
    next: ['next', 'coming', 'following', 'upcoming', 'first'],
    withinPrep: ['within', 'in', 'over', 'inside', 'in the space of', 'after'],
    forPrep: ['for', 'during', 'throughout', 'over'],
    relative: ['the new', 'this', 'next', 'the coming', 'coming', 'later this', 'the following', 'the next'],
    anchorNoun: ['year', 'month', 'week', 'quarter', 'spring', 'summer', 'autumn', 'fall', 'winter', 'semester', 'term', 'school year', 'financial year', 'fiscal year', 'academic year', 'sprint', 'season', 'half year', 'half term'],
    season: ['spring', 'summer', 'autumn', 'fall', 'winter'],
    holiday: [
      'christmas', 'christmas holidays', 'christmas break', 'easter', 'easter holidays', 'easter break', 'summer holidays', 'summer holiday', 'summer break',
      'half term', 'half-term', 'autumn break', 'spring break', 'new year', "new year's", 'holidays', 'bank holiday', 'may bank holiday', 'festive season', 'thanksgiving',
    ],
    eventPrep: ['before', 'ahead of', 'by', 'prior to', 'in time for', 'no later than', 'not later than', 'until', 'b4', 'at the latest by'],
    eventDet: ['the', 'my', 'our', 'this', 'their', 'his', 'her', "this year's", "next year's"],
    upcoming: ['next', 'upcoming', 'coming', 'first', 'following'],
    event: [
      'review', 'mid-year review', 'mid-year check', 'midyear review', 'year-end review', 'quarterly review', 'annual review', 'appraisal', 'performance review', 'check-in', 'one-to-one', '1:1',
      'meeting', 'team meeting', 'board meeting', 'council meeting', 'all-hands', 'town hall', 'team day', 'away day', 'offsite', 'kick-off', 'conference', 'trade fair', 'fair', 'trade show', 'expo',
      'audit', 'inspection', 'release', 'launch', 'go-live', 'deadline', 'season', 'sale', 'black friday sale', 'peak season', 'busy season', 'reorganisation', 'reorganization', 'merger', 'exams', 'exam period',
      'development conversation', 'conversation', 'evaluation', 'handover', 'opening', 'start of the season', 'summer season', 'christmas rush', 'elections', 'budget round', 'open day', 'visit',
    ],
    periodNoun: [
      'year', 'month', 'week', 'quarter', 'term', 'semester', 'financial year', 'fiscal year', 'school year', 'academic year', 'project', 'sprint', 'probation', 'probation period', 'contract',
      'season', 'programme', 'program', 'pilot', 'trial period', 'day', 'summer', 'placement', 'internship', 'school term', 'calendar year',
    ],
    periodDet: ['the', 'this', 'next', 'my', 'our', 'the current', 'the next'],
    weekday: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    weekdays: ['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'],
    weekdayPrep: ['by', 'before', 'next', 'this', 'on', 'coming', 'until', 'by next', 'this coming'],
    dayWord: ['today', 'tomorrow', 'tonight'],
    startPrep: ['from', 'starting', 'starting from', 'starting in', 'starting on', 'as of', 'as from', 'beginning', 'beginning in', 'effective', 'with effect from', 'after'],
    startAnchor: ['next week', 'next month', 'next year', 'next quarter', 'tomorrow', 'monday', 'january onwards', 'the new year', 'the summer', 'summer'],
    fieldLabel: ['deadline', 'timeline', 'due', 'due date', 'target date', 'end date', 'completion date', 'by when', 'when'],
    yearEnd: ['year-end', 'year end', 'end-of-year', 'end of year', 'eoy', 'eoq', 'month-end', 'month end'],
    probation: ['during my probation period', 'during my probation', 'within my probation period', 'within the probation period', 'within the probation', 'within my probation', 'before the end of my probation', 'during the probation period', 'during probation'],
    half: ['first', 'second', 'last'],
    whole: ['the whole', 'the entire', 'for the whole', 'for the entire', 'for the rest of the', 'the rest of the', 'throughout the', 'all through the'],
    throughout: ['throughout the year', 'all year', 'all year round', 'the whole year', 'this whole year', 'throughout this year'],
    timesAs: ['twice as', 'two times as', 'three times as', 'twice so'],
    freqUnit: ['day', 'week', 'month', 'quarter', 'year', 'sprint', 'working day', 'shift', 'lesson', 'meeting', 'team meeting', 'fortnight', 'term', 'semester', 'workday'],
    freqUnits: ['days', 'weeks', 'months', 'quarters', 'years', 'sprints', 'shifts'],
    freqEvery: ['every', 'each', 'every other', 'once every', 'after every', 'after each', 'at every', 'at each', 'for every', 'for each', 'with every', 'with each'],
    freqAdverb: ['daily', 'weekly', 'biweekly', 'bi-weekly', 'fortnightly', 'monthly', 'quarterly', 'yearly', 'annually', 'twice-weekly', 'every day', 'once a week'],
    timesWord: ['times', 'time', 'x'],
    perWord: ['a', 'an', 'per', 'each', 'every'],
    onceTwice: ['once', 'twice', 'three times'],
    durationUnit: ['hour', 'hours', 'minute', 'minutes', 'day', 'days', 'half-day', 'half-days', 'morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'night', 'nights', 'shift', 'shifts', 'session', 'sessions'],
    durationCount: ['an', 'a', 'half an', 'one', 'two', 'three', 'four', 'five', 'ten', 'twenty', 'thirty'],
    percentWord: ['percent', 'per cent', 'percentage points', 'percentage point'],
    currency: ['euro', 'euros', 'eur', 'dollar', 'dollars', 'usd', 'pounds', 'gbp'],
    bound: ['at least', 'at most', 'no more than', 'no fewer than', 'fewer than', 'less than', 'more than', 'under', 'below', 'above', 'a minimum of', 'a maximum of', 'up to', 'exactly', 'minimum', 'maximum', 'max', 'min', 'over'],
    ratio: ['halve', 'halved', 'double', 'doubled', 'triple', 'tripled', 'by half', 'by a third', 'by a quarter', 'by two thirds', 'twice as many', 'twice as much', 'three times as many'],
    allWord: ['all', 'all the', 'every one of', 'each of', 'all of'],
    zero: ['zero', 'no'],
    zeroNoun: ['errors', 'mistakes', 'complaints', 'backlog', 'open tickets', 'incidents', 'accidents', 'defects', 'late deliveries', 'no-shows'],
    zeroPhrase: ['stop being late', 'never late again', 'no longer late', 'not late again', 'stop coming in late', 'stop arriving late'],
    rangeFrom: ['from'],
    rangeTo: ['to', 'down to', 'up to'],
    target: ['to', 'below', 'under', 'above', 'reach', 'reaches', 'hit', 'at'],
    grade: ['grade', 'score', 'mark', 'rating', 'average'],
    feeling: [
      'motivated', 'calm', 'calmer', 'confident', 'satisfied', 'happy', 'happier', 'relaxed', 'energised', 'energized', 'engaged', 'self-assured', 'fit', 'fitter', 'healthier', 'stressed',
      'comfortable', 'content', 'enthusiastic', 'at ease', 'secure', 'assertive', 'positive',
    ],
    moreLess: ['more', 'less'],
    copula: ['is', 'are', 'will be', "'ll be", 'goes', 'go', 'will go', 'gets', 'will get', 'to be', 'must be', 'should be', 'has been', 'have been', 'is fully', 'are all'],
    state: ['ready', 'done', 'live', 'finished', 'complete', 'completed', 'in place', 'online', 'up and running', 'signed off', 'approved', 'published', 'finalised', 'finalized', 'in use'],
    exists: ["there's a", 'there is a', "there's an", 'there is an', 'there will be a', "there'll be a"],
    levelWord: ['level'],
    passOutcome: ['with a pass', 'with a passing grade', 'a pass mark', 'with distinction', 'with merit', 'with a pass mark', 'pass mark'],
    independent: ['independently', 'on my own', 'on their own', 'on his own', 'on her own', 'without help', 'without supervision', 'unaided', 'unsupervised', 'by myself', 'without assistance'],
    approval: ['positive feedback', 'signed off', 'approved by', 'sign-off', 'sign off from'],
    vagueTime: [
      'soon', 'sooner', 'asap', 'a.s.a.p.', 'as soon as possible', 'as soon as i can', 'someday', 'some day', 'one day', 'eventually', 'at some point', 'in the future', 'in due course', 'later',
      'later on', 'going forward', 'moving forward', 'from now on', 'in the coming period', 'when i have time', 'when time allows', 'when possible', 'sometime', 'over time', 'in the long run',
      'in the long term', 'for now', 'in time', 'down the line', 'from here on', 'whenever possible', 'as and when',
    ],
    afterPrep: ['after'],
    afterEvent: ['move', 'reorganisation', 'reorganization', 'merger', 'renovation', 'restructuring', 'busy period', 'relocation', 'holiday', 'holidays', 'transition'],
    vagueFrame: [
      'do something with', 'do something about', 'do something', 'do more with', 'work on', 'working on', 'get better at', 'get better', 'become better', 'be better', 'be a better', 'become a better',
      'be more', 'become more', 'keep growing', 'keep developing', 'stay up to date', 'keep up with', 'take a step', 'take a step forward', 'take steps', 'grow into', 'pay more attention to', 'pay attention to',
      'focus more on', 'get more of a grip', 'get a grip', 'learn more', 'dig a bit deeper', 'dive deeper', 'dive a bit deeper', 'step up', 'up my game', 'develop myself', 'work on myself',
    ],
    placeholder: ['take care of it', 'take care of', 'deal with it', 'sort it out', 'handle it', 'do it', 'pick it up', 'get it done', 'get on with it', 'see to it', 'sort that out'],
    hedge: [
      'try', 'trying', 'tries', 'try to', 'attempt', 'maybe', 'perhaps', 'possibly', 'hopefully', 'hope', 'hoping', 'if possible', 'where possible', 'if time permits', 'might', 'i may', 'we may',
      'would like', "i'd like", 'ideally', 'i think', 'kind of', 'sort of', 'see if', 'should really', "i'd love to", 'would love to', 'if i can', 'if all goes well',
    ],
    vagueQuantity: [
      'some', 'a few', 'a couple of', 'several', 'more', 'less', 'fewer', 'a bit', 'a little', 'a lot', 'lots of', 'many', 'much', 'enough', 'sufficient', 'various', 'as much as possible',
      'as many as possible', 'more often', 'less often', 'all sorts of', 'further', 'plenty of', 'a bit more', 'more and more',
    ],
    vagueObject: ['something', 'things', 'stuff', 'anything', 'everything', 'some things', 'this and that', 'sth', 'all sorts of things', 'all sorts of topics', 'whatever'],
    idNoun: ['year', 'group', 'hall', 'module', 'level', 'version', 'phase', 'room', 'class', 'line', 'gate', 'dock', 'chapter', 'step', 'block', 'iso', 'unit', 'floor', 'building', 'lane', 'route', 'platform', 'zone', 'area', 'stage', 'grade', 'key stage', 'band', 'pspo', 'statistics'],
    clock: ['am', 'pm', "o'clock", 'a.m.', 'p.m.', 'h'],
    atWord: ['at', 'from', 'until'],
    practice: [
      'apply', 'applying', 'in practice', 'in my work', 'in my team', 'in the project', 'on the project', 'project', 'client', 'clients', 'customer', 'customers', 'assignment', 'case', 'colleague',
      'colleagues', 'team meeting', 'department', 'on the job', 'use it', 'use them', 'presentation', 'present', 'knowledge session',
    ],
    training: ['training', 'trainings', 'course', 'courses', 'programme', 'program', 'e-learning', 'workshop', 'webinar', 'masterclass', 'bootcamp', 'conference', 'seminar'],
  },
  rules: {
    start: [
      {
        id: 'start.date',
        pattern: '{startPrep} the? {#day}{ordinal?} of? {month} {#year?}',
        match: ['[From 1 September] I will practise Spanish.', 'I take over [as of the 1st of March 2027].', '[starting 15 Jan.] I run the stand-up'],
        noMatch: ['From now on I will ask for feedback.'],
      },
      {
        id: 'start.monthDay',
        pattern: '{startPrep} {month} {#day}{ordinal?}',
        match: ['[As of January 1] I take over as scrum master.', '[From March 1st] I am the contact person.'],
      },
      {
        id: 'start.month',
        pattern: '{startPrep} {month} {#year?}',
        match: ['[From October] I will visit a branch every week.', '[From June], the close is done in five days.', '[Starting in February] I read an article a week.', '[from Jan 2028] on'],
        noMatch: ['I may start in time.'],
      },
      {
        id: 'start.anchor',
        pattern: '{startPrep} {startAnchor}',
        match: ['[Starting next month] I run three times a week.', '[From January onwards] I will spend one afternoon a week on it.', '[After the summer] I will be a buddy.'],
        noMatch: ['After the move, set up my workspace.'],
      },
      {
        id: 'start.week',
        pattern: '{startPrep} week {#int}',
        match: ['[From week 10] the rota goes out on Thursdays.'],
      },
      {
        id: 'start.date.numeric',
        pattern: '{startPrep} {#dmy}',
        match: ['[from 01-09-2027] I will lead the stand-up'],
      },
    ],
    deadline: [
      {
        id: 'calendar.iso',
        pattern: '{deadlinePrep?} {#iso}',
        match: ['Run the half marathon [on 2027-06-01] in under two hours.', 'Deliver it [2027-03-01].'],
      },
      {
        id: 'calendar.numeric',
        pattern: '{deadlinePrep?} {#dmy}',
        match: ['Finish the module [before 31/01/2028].', 'Deadline: [30/09/2027].', 'Finish the course [by 12/15/2026].'],
        noMatch: ['I scored 7/10 on the test.'],
      },
      {
        id: 'calendar.dayMonth',
        pattern: '{deadlinePrep?} the? {#day}{ordinal?} of? {month} {#year?}',
        match: ['[By 15 April] I will have written the unit.', 'Hand in my thesis [on 1st August].', 'Submit it [by the 15th of March 2027].', '[No later than 1 Dec] there is a proposal.', 'Send it [before 1 June] and [on 3 March].'],
        noMatch: ['I may present it to 15 people.'],
      },
      {
        id: 'calendar.monthDay',
        pattern: '{deadlinePrep?} {month} {#day}{ordinal?}',
        match: ['Pass the exam [by March 15th].', '[By December 31], I will publish two articles.', 'Run a 5K [by June 1st].', 'Open incidents drop below 25 [by July 1].'],
      },
      {
        id: 'calendar.month',
        pattern: '{monthPrep} {monthEdge?} {month} {#year?}',
        match: ['Present the results [in March].', '[By the end of April], digitise the archive.', 'Hand it in [by mid Feb.]', 'Take the exam [in June] and [by early May 2027].', 'Wrap it up [by end of Oct.]'],
        noMatch: ['I may be able to do it.', 'Learn it for my job.'],
      },
      {
        id: 'calendar.monthEdge',
        pattern: '{monthEdge} {month} {#year?}',
        match: ['[End of Jan] I will have given the workshop.', 'Deliver it [the end of May].'],
      },
      {
        id: 'calendar.monthHyphen',
        pattern: '{monthPrep?} {hyphenEdge}-{month} {#year?}',
        match: ['Cut the backlog [by mid-March].', 'Hand it in [by mid-Feb.]', 'Be fitter [mid-May].'],
      },
      {
        id: 'calendar.monthYear',
        pattern: '{month} {#year}',
        match: ['Finish it [March 2027].'],
        noMatch: ['We meet in March.'],
      },
      {
        id: 'calendar.quarter',
        pattern: '{deadlinePrep?} {periodEdge?} {#quarter} {#year?}',
        match: ['Complete the course [by the end of Q3].', '[In Q1], automate the export.', 'Reduce complaints [by Q2 2027].', '[Q4] is when it lands.'],
      },
      {
        id: 'calendar.quarterWord',
        pattern: '{deadlinePrep?} {periodEdge?} the {ordinalWord} quarter',
        match: ['Present the results [in the third quarter].', 'Raise it [by the end of the third quarter].'],
      },
      {
        id: 'period.within',
        pattern: '{withinPrep} the? {next?} {#int} {timeUnit}',
        match: ['[Within 3 months] I will migrate the reports.', '[Within 90 days], reduce the response time.', '[Within 2 wks] I will send the quote.', '[in the next 6 weeks] I will call them'],
      },
      {
        id: 'period.withinWords',
        pattern: '{withinPrep} the? {next?} {count} {timeUnit}',
        match: ['[Within six weeks] I will give a talk.', '[Over the next six weeks] I will call three clients.', 'Lose weight [in three months].', '[Within ninety days] I will document it.'],
      },
      {
        id: 'period.withinFew',
        pattern: '{withinPrep} the? {next?} {fewCount} {timeUnit}',
        match: ['[Within a month] I can open the bar.', '[Within half a year] I can close the books.', '[In a few months] I want to feel confident.', '[within a couple of weeks] it is done'],
      },
      {
        id: 'period.for',
        pattern: '{forPrep} the? {next?} {count} {timeUnit}',
        match: ['[For eight weeks], log every day how I spend my time.', '[For one year], I will be the point of contact.', '[For the next three months], spend a day a month on another ward.', '[for two weeks] I shadow the nurse'],
      },
      {
        id: 'period.forDigits',
        pattern: '{forPrep} the? {next?} {#int} {timeUnit}',
        match: ['[For the next 4 weeks] I practise daily.'],
      },
      {
        id: 'period.coming',
        pattern: '{forPrep?} the {next} {fewCount?} {timeUnit}',
        match: ['[Over the coming weeks], get to know the software.', 'Keep it up [the next few weeks].'],
        noMatch: ['Take the next step.'],
      },
      {
        id: 'period.comingBare',
        pattern: '{withinPrep} the {next} {timeUnit}',
        match: ['[In the coming months], explore the module.', 'I will map it [over the coming month].'],
      },
      {
        id: 'period.fromNow',
        pattern: '{count} {timeUnit} from now',
        match: ['[Two weeks from now] I will have set up the calendar.'],
      },
      {
        id: 'anchor.relative',
        pattern: '{deadlinePrep?} {relative} {anchorNoun}',
        match: ['Write two posts [this quarter].', '[Next year] I want to take a step.', 'Restyle it [later this year].', 'Publish it [throughout next year].', '[In the coming year] I will grow.'],
        noMatch: ['Tell the next person.'],
      },
      {
        id: 'anchor.endOf',
        pattern: '{deadlinePrep?} {periodEdge} {periodDet?} {periodNoun}',
        match: ['Deliver the report [by the end of the financial year].', 'Publish it [before the end of the year].', 'Host a demo [before the end of the sprint].', '[At the end of the month] I will send it.'],
      },
      {
        id: 'anchor.yearEnd',
        pattern: '{deadlinePrep?} {yearEnd}',
        match: ['Close it [by year-end].', 'Finish [EOY].'],
      },
      {
        id: 'anchor.season',
        pattern: '{deadlinePrep} the? {season} {#year?}',
        match: ['Get my certificate [before the summer].', 'Three certifications [before summer].', 'The Revit course [in the spring].', 'gonna get it [b4 summer]'],
        noMatch: ['I love summer.'],
      },
      {
        id: 'anchor.seasonOf',
        pattern: 'the? {season} of {#year}',
        match: ['Start it [the spring of 2028].'],
      },
      {
        id: 'anchor.holiday',
        pattern: '{deadlinePrep} the? {holiday}',
        match: ['Close all tickets [before the Christmas break].', 'Observe two lessons [before the Christmas holidays].', 'Run it [before the May bank holiday].', '[By Easter] I will have the menu.', 'Send the survey [around Easter].'],
      },
      {
        id: 'anchor.monthHoliday',
        pattern: '{deadlinePrep} the {month} {holiday}',
        match: ['Restock the folder [by the May half-term].'],
      },
      {
        id: 'anchor.half',
        pattern: '{deadlinePrep?} the {half} half of the|this|next {anchorNoun}',
        match: ['Get two diplomas [in the first half of the year].', 'Do it [by the second half of next year].'],
      },
      {
        id: 'anchor.event',
        pattern: '{eventPrep} {eventDet?} {upcoming?} {month?} {event}',
        match: ['[Ahead of the September council meeting], deliver the briefing.', 'Prepare a demo [before the trade fair] in March.', '[Ahead of my mid-year check], finish two modules.', '[Ahead of the next release], document every endpoint.', '[No later than the next team day], share the results.', '[Before the audit] in May.'],
        noMatch: ['I will attend the meeting.'],
      },
      {
        id: 'anchor.nextEvent',
        pattern: 'at|during|in|for {eventDet} {upcoming} {event}',
        match: ['Present it [at the next team meeting].', 'Share it [in my next review].'],
      },
      {
        id: 'anchor.eventMonth',
        pattern: '{eventPrep?} the|my {event} in {month}',
        match: ['Write the plan [ahead of the quarterly review in October].'],
      },
      {
        id: 'calendar.year',
        pattern: '{deadlinePrep} {#year}',
        match: ['Get my forklift licence [in 2027].', 'Score better [in 2027].', 'Be done [by 2028].'],
        noMatch: ['I have 2027 reasons.'],
      },
      {
        id: 'calendar.yearEdge',
        pattern: '{deadlinePrep?} {periodEdge} {#year}',
        match: ['Cut the time [by the end of 2027].', 'Publish it [before the end of 2028].'],
      },
      {
        id: 'calendar.yearField',
        pattern: '{fieldLabel}: {#year}',
        match: ['Objective: personal effectiveness. [Timeline: 2027].', '[Deadline: 2028]'],
      },
      {
        id: 'calendar.week',
        pattern: '{deadlinePrep?} week {#int}',
        match: ['Publish it [in week 12].', 'Observed by the team lead, [through week 26].', '[By week 45] at the latest.'],
      },
      {
        id: 'calendar.weekday',
        pattern: '{weekdayPrep} {weekday}',
        match: ['Sort the returns [by Friday].', '[This Saturday] I will plan the route.', 'Finish it [next Monday].'],
        noMatch: ['I go swimming on Mondays.'],
      },
      {
        id: 'calendar.dayWord',
        pattern: '{dayWord}',
        match: ['Send it [tomorrow].'],
      },
      {
        id: 'calendar.ordinalDay',
        pattern: '{deadlinePrep?} the {dayOrdinal} of {month}',
        match: ['Submit the draft [by the first of April].', 'Do it [on the last of June].'],
      },
      {
        id: 'calendar.ordinalWeek',
        pattern: '{deadlinePrep?} the? {ordinalWord} week|fortnight|half|day of {month} {#year?}',
        match: ['Get my licence [in the first week of September].', 'Organise a lunch [in the last week of June].', 'Pass the exam [in the last week of May].'],
      },
      {
        id: 'calendar.firstWeekday',
        pattern: '{deadlinePrep?} the {ordinalWord} {weekday} of {month}',
        match: ['Meet [on the first Monday of March].'],
      },
      {
        id: 'anchor.probation',
        pattern: '{probation}',
        match: ['[During my probation period] I will shadow a technician.', 'Learn it [within the probation].'],
      },
      {
        id: 'anchor.contractEnds',
        pattern: 'before|by my|the contract ends',
        match: ['Publish an article [before my contract ends] in December.'],
      },
      {
        id: 'anchor.sprint',
        pattern: 'in|during|by sprint {#int}',
        match: ['[In sprint 14], write unit tests.'],
      },
      {
        id: 'anchor.whole',
        pattern: '{whole} {anchorNoun}',
        match: ['Answer every email within a day [for the rest of the quarter].', 'Run the stand-up [the whole year].'],
      },
      {
        id: 'anchor.throughout',
        pattern: '{throughout}',
        match: ['[Throughout the year], call our ten biggest customers.'],
      },
    ],
    vagueTime: [
      {
        id: 'vagueTime.word',
        pattern: '{vagueTime}',
        match: ['I will take a course [soon].', 'Do something about it [as soon as possible].', '[Going forward], send a report.', 'Grow [in due course].', '[Someday] I will write a book.', '[eventually] I lead a team', 'Do it [asap].'],
      },
      {
        id: 'vagueTime.afterEvent',
        pattern: '{afterPrep} the|my|our {afterEvent}',
        match: ['[After the move], set up my workspace.'],
        noMatch: ['After the summer I will be a buddy.'],
      },
    ],
    frequency: [
      {
        id: 'frequency.timesPer',
        pattern: '{#int} {timesWord} {perWord} {freqUnit}',
        match: ['Swim [2 times a week].', 'Practise [3 x per week].'],
      },
      {
        id: 'frequency.timesPerWords',
        pattern: '{count} {timesWord} {perWord} {freqUnit}',
        match: ['Practise [three times a week].', 'Meet [three times per quarter].'],
        noMatch: ['Three colleagues a day.'],
      },
      {
        id: 'frequency.glued',
        pattern: '{#int}x {perWord} {freqUnit}',
        match: ['Train [3x per week].'],
      },
      {
        id: 'frequency.onceTwice',
        pattern: '{onceTwice} {perWord} {count?} {freqUnit}',
        match: ['Swim 1000 metres [twice a week].', 'Organise a session [once a month].'],
      },
      {
        id: 'frequency.onceTwicePlural',
        pattern: '{onceTwice} every|each {count} {freqUnits}',
        match: ['Meet [once every two weeks].'],
      },
      {
        id: 'frequency.every',
        pattern: '{freqEvery} {count?} {freqUnit}',
        match: ['Read an article [every week].', 'Log it [every day].', 'Run the retro [every sprint].'],
      },
      {
        id: 'frequency.everyPlural',
        pattern: '{freqEvery} {count} {freqUnits}',
        match: ['Run the retrospective [every two weeks].'],
      },
      {
        id: 'frequency.everyDay',
        pattern: '{freqEvery} {weekday}',
        match: ['Call three clients [every Friday].', '[Every Thursday] until Christmas.'],
      },
      {
        id: 'frequency.everyThing',
        pattern: '{freqEvery} {#word}',
        match: ['I will ask for feedback [after every client] call.', 'Train [every new] cashier.', 'Go through it [with every pupil].'],
      },
      {
        id: 'frequency.adverb',
        pattern: '{freqAdverb}',
        match: ['Practise for twenty minutes [daily].', 'Publish it [quarterly].'],
      },
      {
        id: 'frequency.per',
        pattern: 'per {freqUnit}',
        match: ['Complete one training [per quarter].'],
      },
      {
        id: 'frequency.duration',
        pattern: '{durationCount} {durationUnit} {perWord} {freqUnit}',
        match: ['I spend [two mornings a week] on it.', 'Spend [half an hour every day] on my development.', 'Spend [an hour a week] on it.'],
      },
      {
        id: 'frequency.durationDigits',
        pattern: '{#number} {durationUnit} {perWord} {freqUnit}',
        match: ['Spend [10 hours a month] on training.'],
      },
      {
        id: 'frequency.weekdays',
        pattern: 'on {weekdays}',
        match: ['Bake and sell [on Saturdays].'],
      },
      {
        id: 'frequency.weekdayAfternoon',
        pattern: '{freqEvery} {weekday} morning|afternoon|evening',
        match: ['Tutor two pupils [every Tuesday afternoon].'],
      },
      {
        id: 'frequency.firstWeekday',
        pattern: 'the {ordinalWord} {weekday} of every|each month',
        match: ['Call them on [the first Monday of every month].'],
      },
    ],
    quantity: [
      {
        id: 'quantity.percent',
        pattern: '{#percent}',
        match: ['Reduce complaints by [20%].', 'Raise the pass rate from [62%] to [75%].'],
      },
      {
        id: 'quantity.percentWord',
        pattern: '{#number} {percentWord}',
        match: ['Score at least [70 percent].', 'Achieve [5 percent] more.'],
      },
      {
        id: 'quantity.money',
        pattern: '{#money}',
        match: ['Reduce costs by [€500] per quarter.', 'From [€23] to [€26].', 'Raise [$5k].'],
      },
      {
        id: 'quantity.moneyWord',
        pattern: '{#number} {currency}',
        match: ['Save [150 euros] every month.'],
      },
      {
        id: 'quantity.count',
        pattern: '{#number} {#word}',
        match: ['Interview [5 customers].', 'Read [12 books] on leadership.', 'Lose [10 pounds].', 'Run [1000 metres].'],
      },
      {
        id: 'quantity.countWords',
        pattern: '{count} {#word}',
        match: ['Mentor [two junior] developers.', 'Read [four books].', 'Take on [two new] tasks.', 'Read [one management] book a month.'],
      },
      {
        id: 'quantity.hyphen',
        pattern: '{#int}-{#word}',
        match: ['A [20-minute] talk.', 'A [60-kilometre] route.'],
      },
      {
        id: 'quantity.hyphenWords',
        pattern: '{count}-{#word}',
        match: ['A [two-day] training.', 'A [one-hour] session.', 'A [four-lesson] unit.'],
      },
      {
        id: 'quantity.bound',
        pattern: '{bound} {#number}',
        match: ['Score [at least 70] percent.', 'Cut it to [under 40].', 'Open incidents drop [below 25].'],
      },
      {
        id: 'quantity.boundWords',
        pattern: '{bound} {count}',
        match: ['Follow up with [at least five] contacts.'],
      },
      {
        id: 'quantity.all',
        pattern: '{allWord} {#word}',
        match: ['Close [all open] tickets.', 'Label [all the pallets].'],
      },
      {
        id: 'quantity.ratio',
        pattern: '{ratio}',
        match: ['[Halve] the waiting time.', 'Cut the costs [by a third].'],
      },
      {
        id: 'quantity.zero',
        pattern: '{zero} {zeroNoun}',
        match: ['Bring it down to [zero errors].', '[No complaints] about late deliveries.'],
      },
      {
        id: 'quantity.zeroPhrase',
        pattern: '{zeroPhrase}',
        match: ['[Stop being late] for the morning handover.'],
      },
      {
        id: 'quantity.range',
        pattern: '{rangeFrom} {#number} {rangeTo} {#number}',
        match: ['Cut the backlog [from 120 to 40].', 'Bring my handling time down [from 9 to 7] minutes.'],
      },
      {
        id: 'quantity.rangeWords',
        pattern: '{rangeFrom} {count} {rangeTo} {count}',
        match: ['Cut the time [from five to three] working days.', 'Cut the procedure [from ten to four] steps.'],
      },
      {
        id: 'quantity.target',
        pattern: '{target} {#number}',
        match: ['Get the response rate [to 60]%.', 'Score [at 8].'],
      },
      {
        id: 'quantity.grade',
        pattern: 'a|an {grade} of {bound?} {#number}',
        match: ['Finish with [a grade of at least 6].', 'Achieve [a score of 8.5].', 'Reach [an average of 4.5] stars.'],
      },
    ],
    feeling: [
      {
        id: 'feeling.times',
        pattern: '{timesAs} {feeling}',
        match: ['I want my pupils to be [twice as motivated].', 'Be [twice as confident] when presenting.'],
      },
      {
        id: 'feeling.percent',
        pattern: '{#percent} {moreLess?} {feeling}',
        match: ['I want to feel [40% calmer].', 'Be [80% satisfied] with my job.', 'Be [50% more confident].'],
      },
    ],
    outcome: [
      {
        id: 'outcome.pass',
        pattern: '{passOutcome}',
        match: ['Complete the e-learning [with a pass].'],
      },
      {
        id: 'outcome.independent',
        pattern: '{independent}',
        match: ['Close the books [independently].', 'Open the bar [on my own].', 'Handle accounts [on their own].'],
      },
      {
        id: 'outcome.level',
        pattern: '{levelWord} {#level}',
        match: ['Speak German at [level B2].'],
      },
      {
        id: 'outcome.levelAfter',
        pattern: '{#level} level',
        match: ['Reach [B1 level] in Dutch.'],
      },
      {
        id: 'outcome.state',
        pattern: '{copula} {state}',
        match: ['The prototype [is ready].', 'My first episode [goes live] in May.', 'The close [is done] within five days.'],
      },
      {
        id: 'outcome.ready',
        pattern: 'ready|finalised|finalized',
        match: ['Have the first version of the plan [ready] by May.'],
      },
      {
        id: 'outcome.exists',
        pattern: '{exists}',
        match: ["By 1 Dec [there's a] proposal on the desk."],
      },
      {
        id: 'outcome.approval',
        pattern: '{approval}',
        match: ['Get [positive feedback] from the client.', 'Have the plan [signed off] by the board.'],
      },
    ],
    vagueFrame: [
      {
        id: 'vague.frame',
        pattern: '{vagueFrame}',
        match: ['[Work on] my leadership skills.', 'I want to [do something with] leadership.', '[Get better at] giving feedback.', '[Be more] proactive in meetings.', 'I want to [take a step forward].'],
      },
    ],
    placeholder: [
      {
        id: 'placeholder.phrase',
        pattern: '{placeholder}',
        match: ['[Take care of it] before summer.', '[Take care of] the backlog.'],
      },
    ],
    hedge: [
      {
        id: 'hedge.word',
        pattern: '{hedge}',
        match: ['[Maybe] take a course.', "I'll [try to] listen better.", '[Hopefully] I get my licence.', 'Next quarter I [might] reach it, [if possible].', 'I [would like] to give talks.'],
        noMatch: ['Submit it by May 1.'],
      },
    ],
    vagueQuantity: [
      {
        id: 'vagueQuantity.word',
        pattern: '{vagueQuantity}',
        match: ['Ask for [more] feedback.', 'Be [a bit more] assertive.', 'Perhaps take on [a few] [more] responsibilities.', 'Dig into [all sorts of] topics.'],
      },
    ],
    vagueObject: [
      {
        id: 'vagueObject.word',
        pattern: '{vagueObject}',
        match: ['Do [something] with data.', 'Make [things] run better.', 'I want to learn three [things].'],
      },
    ],
    identifier: [
      {
        id: 'identifier.numbered',
        pattern: '{idNoun} {#int}',
        match: ['Label the pallets in [hall 3].', 'A unit for [Year 6].', 'The [ISO 9001] course.'],
      },
      {
        id: 'identifier.clock',
        pattern: '{atWord?} {#time} {clock}',
        match: ['Every Monday [at 9 am].', 'Start [at 7.30 h].'],
      },
      {
        id: 'identifier.clockBare',
        pattern: 'at {#time}',
        match: ['A stand-up every Monday [at 9].'],
      },
    ],
    practice: [
      {
        id: 'practice.word',
        pattern: '{practice}',
        match: ['Attend the course and [apply] it [in my team].', 'Share it with my [colleagues].'],
      },
    ],
    training: [
      {
        id: 'training.word',
        pattern: '{training}',
        match: ['Attend the [course].', 'Follow a [webinar] and a [masterclass].'],
      },
    ],
  },
  verbs: [
    {
      class: 'produce',
      verbs: [
        'write:wrote:written', 'write up:wrote:written', 'draft', 'draw up:drew:drawn', 'create', 'make:made:made', 'build:built:built', 'design', 'deliver', 'present',
        'give:gave:given', 'hold:held:held', 'host', 'run:ran:run', 'lead:led:led', 'chair', 'organise', 'organize', 'facilitate', 'conduct', 'publish', 'send:sent:sent', 'submit',
        'hand in', 'launch', 'ship', 'release', 'roll out', 'set up:set:set', 'put together:put:put', 'compile', 'document', 'record', 'describe', 'summarise', 'summarize', 'map',
        'map out', 'translate', 'rewrite:rewrote:rewritten', 'update', 'revise', 'redesign', 'redo:redid:redone', 'restyle', 'rearrange', 'reorganise', 'digitise', 'digitize', 'automate',
        'migrate', 'implement', 'introduce', 'install', 'configure', 'replace', 'decommission', 'phase out', 'close', 'resolve', 'fix', 'handle', 'process', 'answer', 'label', 'book',
        'book in', 'schedule', 'plan', 'arrange', 'negotiate', 'sign', 'finalise', 'test', 'pilot', 'evaluate', 'analyse', 'analyze', 'audit', 'survey', 'hire', 'recruit', 'onboard',
        'share', 'circulate', 'distribute', 'put up:put:put', 'take over:took:taken', 'take on:took:taken', 'hand over', 'open', 'reconcile', 'sort', 'enrol', 'enroll', 'sign up',
        'register', 'work out', 'take minutes:took:taken', 'tag', 'check and tag', 'bake', 'sell:sold:sold', 'decorate', 'clean up', 'tidy up', 'inventory', 'set:set:set', 'draw:drew:drawn',
        'interview', 'brief', 'fill in', 'take stock:took:taken', 'put:put:put', 'place', 'pitch', 'demo', 'rehearse', 'wrap up', 'turn', 'start', 'begin:began:begun', 'email', 'post',
      ],
      examples: [
        'I will [write] two articles.', 'I will [write up] what they say.', '[Draft] the migration plan.', 'A protocol will be [drawn up].', '[Create] a dashboard.',
        '[Make] an overview.', '[Build] a sales dashboard.', '[Design] a new intake form.', '[Deliver] the advisory report.', 'I will [present] the results.', 'I will [give] a presentation.',
        'I will [hold] an evaluation meeting.', '[Host] a team demo.', 'I will [run] a parents\' evening.', 'I will [lead] a peer supervision session.', 'I will [chair] the meeting.', '[Organise] a knowledge session.',
        '[Organize] a lunch.', 'I will [facilitate] the retro.', 'I will [conduct] five interviews.', '[Publish] an article.', 'I will [send] the newsletter.', 'I will [submit] the proposal.',
        '[Hand in] the draft.', '[Launch] a newsletter.', 'We [ship] the app.', 'We [release] version two.', 'We will [roll out] the tool.', '[Set up] a dashboard.', '[Put together] an induction folder.',
        '[Compile] a list of contracts.', '[Document] every endpoint.', 'I will [record] their findings.', 'I will [describe] the process.', '[Summarise] the procedure.', '[Summarize] the findings.',
        'I will [map] the customer flow.', '[Map out] the process.', '[Translate] the guide.', '[Rewrite] the welcome email.', '[Update] the manual.', '[Revise] the policy.', '[Redesign] the form.',
        '[Redo] the shop window.', '[Restyle] the menu.', 'I will have [rearranged] the racks.', '[Reorganise] the archive.', '[Digitise] the archive.', '[Digitize] the files.', '[Automate] the export.',
        'I will [migrate] the reports.', '[Implement] the new rota.', '[Introduce] a checklist.', '[Install] the software.', '[Configure] the scanner.', '[Replace] the lighting.', '[Decommission] the old servers.',
        '[Phase out] the old system.', '[Close] all open tickets.', '[Resolve] the incidents.', '[Fix] the bugs.', '[Handle] the complaints.', '[Process] sick reports.', '[Answer] every question.',
        '[Label] every pallet.', '[Book] the venue.', 'Sort the returns and [book] them [in].', '[Schedule] a meeting.', 'I will [plan] the route.', '[Arrange] a tour.', '[Negotiate] new terms.',
        '[Sign] three contracts.', '[Finalise] the budget.', 'I will [test] the app.', '[Pilot] the new intake.', '[Evaluate] the pilot.', 'I will [analyse] the figures.', '[Analyze] the data.',
        '[Audit] the process.', '[Survey] the staff.', '[Hire] two nurses.', '[Recruit] five volunteers.', '[Onboard] three new hires.', '[Share] the results.', '[Circulate] the minutes.',
        '[Distribute] the flyers.', '[Put up] the poster.', '[Take over] purchasing.', '[Take on] two new tasks.', '[Hand over] the files.', 'I can [open] the bar.', 'All statements will be [reconciled].',
        '[Sort] the returns.', 'I will [enrol] in the programme.', 'I will [enroll] in the course.', '[Sign up] for the course.', '[Register] for the exam.', '[Work out] the new menu.',
        '[Take minutes] at every meeting.', 'They will be checked and [tagged].', '[Check and tag] the extinguishers.', 'I am going to [bake] forty loaves.', 'I will [sell] them.', '[Decorate] the hall.',
        '[Clean up] the stockroom.', '[Tidy up] the archive.', '[Inventory] the stock.', '[Set] the table.', '[Draw] a map.', '[Interview] five customers.', '[Brief] the pickers.', 'The shift [fills in] the log.', '[Take stock] of the software we use.', '[Put] the answers on the website.', '[Place] the vacancy.', '[Pitch] the idea.',
        '[Demo] the workflow.', '[Rehearse] it twice.', "I'll [wrap up] the migration.", '[Turn] the notes into a guide.', '[Start] the part-time degree.', 'I will [begin] the master\'s.', '[Email] the report.', '[Post] the update.',
      ],
    },
    {
      class: 'pass',
      verbs: [
        'pass', 'complete', 'finish', 'obtain', 'earn', 'achieve', 'gain', 'graduate', 'qualify', 'certify', 'get?:got:gotten', 'sit?:sat:sat', 'take?:took:taken', 'do?:did:done:does',
        'score', 'attain', 'secure', 'get certified:got:gotten',
      ],
      examples: [
        '[Pass] the exam.', '[Complete] the course.', '[Finish] my thesis.', '[Obtain] the certificate.', '[Earn] my certificate.', '[Achieve] a score of 8.', '[Gain] the diploma.',
        '[Graduate] in June.', '[Qualify] as a nurse.', '[Certify] as auditor.', '[Get] my forklift certificate.', '[Sit] the exam.', '[Take] the exam in June.', '[Do] the exam.', '[Score] at least 70 percent.',
        '[Attain] the qualification.', '[Secure] the licence.', '[Get certified] as product owner.',
      ],
    },
    {
      class: 'change',
      verbs: [
        'increase', 'reduce', 'cut:cut:cut', 'raise', 'lower', 'decrease', 'bring down:brought:brought', 'halve', 'double', 'shorten', 'speed up', 'drop', 'rise:rose:risen', 'fall:fell:fallen',
        'minimise', 'maximise', 'limit', 'grow?:grew:grown', 'boost?', 'bring:brought:brought', 'go up:went:gone', 'go down:went:gone',
      ],
      examples: [
        '[Increase] my sales by 15%.', '[Reduce] the time.', '[Cut] the backlog.', '[Raise] the value.', '[Lower] the costs.', '[Decrease] the errors.', 'I will [bring down] my time.', '[Halve] the queue.',
        '[Double] the number.', '[Shorten] the lead time.', '[Speed up] the intake.', 'Open incidents [drop] below 25.', 'The share [rises] to 90%.', 'Absence [falls] to 5%.', '[Minimise] the waste.',
        '[Maximise] the yield.', '[Limit] the delays.', '[Grow] revenue by 10%.', '[Boost] sales by 5%.', 'We [bring] absence [down].', 'I want sales to [go up] by 5%.', 'I want costs to [go down] by 5%.',
      ],
    },
    {
      class: 'attend',
      verbs: [
        'attend', 'follow~', 'go on~:went:gone', 'go to:went:gone', 'take~:took:taken', 'do~:did:done', 'sit in on:sat:sat', 'shadow', 'join', 'take part in:took:taken', 'participate in',
        'look over:looked', 'accompany', 'sit with:sat:sat', 'go along with:went:gone', 'watch',
      ],
      examples: [
        '[Attend] the training.', '[Follow] the e-learning.', '[Go on] the forklift course.', "I'll [go to] the conference.", '[Take] the Revit course.', '[Do] a course.', "I'll [sit in on] the rounds.",
        '[Shadow] an account manager.', '[Join] the district nurses.', '[Take part in] a panel.', '[Participate in] two hackathons.', '[Look over] the shoulder of the lead.', '[Accompany] the chef.',
        '[Sit with] the finance team.', '[Go along with] the driver.', '[Watch] the night shift.',
      ],
    },
    {
      class: 'learn',
      verbs: [
        'learn', 'get familiar with:got:gotten', 'become familiar with:became:become', 'get acquainted with:got:gotten', 'get to know:got:gotten', 'familiarise myself with', 'understand:understood:understood', 'master',
        'read up on:read:read', 'dig into:dug:dug', 'look into', 'explore', 'research', 'investigate', 'study', 'get the hang of:got:gotten', 'brush up on', 'find out:found:found', 'discover',
        'dive into:dove:dived', 'immerse myself in', 'go through:went:gone', 'learn about', 'read:read:read',
      ],
      examples: [
        '[Learn] how the pricing engine works.', '[Get familiar with] Kubernetes.', '[Become] more [familiar with] the CRM.', '[Get acquainted with] the planning system.', '[Get to know] the new HR software.', '[Familiarise myself with] the rules.',
        '[Understand] the reporting lines.', '[Master] Excel.', '[Read up on] the new act.', '[Dig into] the collective agreement.', '[Look into] the training programme.', '[Explore] the new module.',
        '[Research] which programme fits.', '[Investigate] a move to legal.', '[Study] the regulations.', '[Get the hang of] basic SQL.', '[Brush up on] my French.',
        '[Find out] how the budget works.', '[Discover] the archive.', '[Dive into] statistics.', '[Immerse myself in] the law.', "I'll [go through] the client files.", '[Learn about] the law.', '[Read] four books.',
      ],
    },
    {
      class: 'event',
      verbs: [
        'call', 'phone', 'ring:rang:rung', 'ask', 'check', 'observe', 'visit', 'discuss', 'meet:met:met', 'tell:told:told', 'explain', 'consult', 'check in', 'report', 'report back', 'sort out',
      ],
      examples: [
        '[Call] three former clients.', '[Phone] new clients.', '[Ring] the client.', '[Ask] residents how they slept.', '[Check] with A&E.', '[Observe] two lessons.', '[Visit] a branch.', '[Discuss] it with my manager.', '[Meet] my mentor.', '[Tell] the team.', '[Explain] the house rules.', '[Consult] the officer.', '[Check in] with the team.', 'I will [report] the figures to the board.', '[Report] the main lessons [back] to the team.', '[Sort out] all open items.',
      ],
    },
    {
      class: 'activity',
      verbs: [
        'practise', 'practice', 'prepare', 'coach', 'mentor', 'tutor', 'teach:taught:taught', 'train', 'help', 'guide', 'assist',
        'talk:talked:talked', 'speak:spoke:spoken', 'greet', 'welcome', 'point', 'let know:let:let', 'use', 'apply', 'spend:spent:spent', 'exercise',
        'swim:swam:swum', 'walk', 'cycle', 'log', 'track', 'keep:kept:kept', 'monitor', 'follow up', 'wait', 'interrupt', 'pick up:picked', 'pair', 'show:showed:shown', 'save', 'take photos:took:taken', 'take a photo:took:taken', 'tinker', 'speak up:spoke:spoken', 'supervise', 'review', 'rotate', 'volunteer', 'say:said:said',
        'listen', 'delegate', 'network', 'stop', 'exercise more', 'spend time:spent:spent', 'take the floor:took:taken', ],
      examples: [
        '[Practise] Spanish.', '[Prepare] for the talk.', '[Practice] the techniques.', '[Coach] a new teacher.', '[Mentor] two juniors.', '[Tutor] two pupils.', '[Teach] a Dutch lesson.', '[Train] every new cashier.', '[Help] the new colleague.',
        '[Guide] the interns.', '[Assist] the nurse.', '[Talk] to the client.', '[Speak] to the manager.', '[Greet] guests personally.',
        '[Welcome] new staff.', '[Point] customers to the scheme.', '[Let] drivers [know] more often.', '[Use] the SBAR method.', '[Apply] the techniques.',
        '[Spend] an hour a week.', '[Exercise] three times a week.', '[Swim] 1000 metres.', '[Walk] to work.', '[Cycle] to work.', '[Log] every day.', '[Track] my hours.', '[Keep] a log.',
        '[Monitor] the servers.', '[Follow up] with contacts.', '[Wait] until the class is quiet.', '[Interrupt] colleagues less often.', '[Pick up] the phone.', '[Pair] with a junior.', '[Show] the new colleagues around.', '[Save] 150 euros.', '[Take photos] of damaged parcels.', '[Take a photo] of damaged parcels.',
        '[Tinker] with it.', '[Speak up] in meetings.', '[Supervise] the night shift.', '[Review] the code.', '[Rotate] the stock.', '[Volunteer] at the club.', '[Say] no.',
        '[Listen] to customers.', '[Delegate] more.', '[Stop] being late.', '[Network] more.', '[Exercise more] often.', '[Spend time] on it.', '[Take the floor] less often.',
        ],
    },
    {
      class: 'vague',
      verbs: [
        'improve', 'develop', 'grow:grew:grown', 'strengthen', 'deepen', 'enhance', 'boost', 'broaden', 'expand', 'focus', 'invest', 'progress', 'evolve', 'upskill', 'upgrade', 'optimise',
        'optimize', 'engage', 'connect', 'reflect', 'cope:coped', 'manage', 'grow into:grew:grown', 'stand up:stood:stood', 'procrastinate', 'communicate', 'cooperate', 'prioritise', 'prioritize',
        'succeed', 'perform', 'thrive', 'collaborate', 'enjoy', 'work:worked:worked', 'feel:felt:felt', 'stay', 'keep up:kept:kept',
      ],
      examples: [
        '[Improve] my planning.', '[Develop] my skills.', '[Grow] as a professional.', '[Strengthen] my knowledge.', '[Deepen] my HR knowledge.', '[Enhance] my skills.', '[Boost] my career.',
        '[Broaden] my perspective.', '[Expand] my network.', '[Focus] on quality.', '[Invest] in myself.', '[Progress] in my role.', '[Evolve] as a leader.', '[Upskill] myself.', '[Upgrade] my skills.',
        '[Optimise] my time.', '[Optimize] my workflow.', '[Engage] with colleagues.', '[Connect] with people.', '[Reflect] on my work.', '[Cope] better.', '[Manage] my time.', '[Grow into] a management role.',
        '[Stand up] for myself.', '[Procrastinate] less.', '[Communicate] better.', '[Cooperate] more.', '[Prioritise] better.', '[Prioritize] my tasks.', '[Succeed] at work.', '[Collaborate] more.', '[Perform] better.',
        '[Thrive] in my role.', '[Enjoy] my work.', '[Work] faster.', '[Feel] more confident.', '[Stay] up to date.', '[Keep up] with trends.',
      ],
    },
    {
      class: 'placeholder',
      verbs: ['take care of:took:taken', 'deal with:dealt:dealt', 'tackle', 'see to:saw:seen', 'get on with:got:gotten'],
      examples: ['[Take care of] the backlog.', '[Deal with] it.', '[Tackle] the backlog.', '[See to] the orders.', '[Get on with] it.'],
    },
    {
      class: 'light',
      verbs: [
        'have:had:had:has', 'get:got:gotten', 'do:did:done:does', 'be:was:been:am/is/are/were', 'become:became:become', 'go:went:gone:goes', 'come:came:come', 'make sure:made:made', 'ensure',
        'want:wanted', 'need', 'like', 'take:took:taken', 'bring about:brought:brought', 'let:let:let', 'want to', 'keep doing:kept:kept',
      ],
      examples: [
        '[Have] a diploma.', '[Get] 30% more done.', '[Do] something.', '[Be] a better listener.', '[Become] the contact person.', '[Go] for it.', '[Come] across as professional.', '[Make sure] it works.',
        '[Ensure] quality.', 'I [want] more fun.', 'I [need] help.', 'I [like] it.', '[Take] more responsibility.', '[Bring about] change.', '[Let] them go.',
        'I [want to] grow.', 'Just [keep doing] my thing.',
      ],
    },
  ],
  words: {
    subjects: ['i', 'we', 'you', 'he', 'she', 'they', 'the team', 'my team', 'our team', 'the employee', 'everyone', 'each of us', 'the department', "i'll", "we'll", "i'm", "we're", "i've", "i'd"],
    auxiliaries: [
      'will', "'ll", 'shall', 'would', "'d", 'can', 'could', 'should', 'must', 'may', 'might', 'want', 'wants', 'need', 'needs', 'have', 'has', 'am', 'is', 'are', 'going', 'gonna', 'wanna',
      'aim', 'aims', 'intend', 'intends', 'hope', 'hopes', 'try', 'tries', 'like', 'love', 'able', 'be', 'to', 'would like', 'want to', 'wish', 'expect', 'strive', 'strives',
      'also', 'then', 'first', 'really', 'just', 'personally', 'actively', 'definitely', 'certainly', 'always', 'still', 'not', 'never',
    ],
    passiveAuxiliaries: ['be', 'been', 'is', 'are', 'was', 'were', 'being', 'get', 'gets', 'got', 'have', 'has', 'had', "'ve", 'having'],
    determiners: [
      'the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'every', 'each', 'all', 'some', 'any', 'no', 'both', 'either', 'several', 'many',
      'few', 'more', 'most', 'less', 'other', 'another', 'such', 'what', 'which', 'whose',
    ],
    prepositions: [
      'in', 'on', 'at', 'with', 'for', 'from', 'to', 'by', 'about', 'of', 'under', 'through', 'during', 'within', 'into', 'towards', 'toward', 'across', 'after', 'before', 'since', 'over',
      'around', 'between', 'among', 'without', 'via', 'per', 'like', 'against', 'along', 'onto', 'upon', 'beyond', 'near', 'behind', 'inside', 'outside', 'until', 'till', 'as',
    ],
    function: [
      'and', 'or', 'but', 'so', 'then', 'also', 'too', 'very', 'really', 'just', 'only', 'even', 'still', 'already', 'again', 'often', 'always', 'never', 'sometimes', 'usually', 'more', 'less',
      'much', 'well', 'better', 'best', 'not', "n't", 'no', 'yes', 'it', 'them', 'him', 'her', 'me', 'us', 'myself', 'ourselves', 'themselves', 'yourself', 'himself', 'herself', 'itself', 'there',
      'here', 'how', 'what', 'which', 'who', 'whom', 'when', 'where', 'why', 'whether', 'if', 'that', 'than', 'as', 'such', 'own', 'first', 'next', 'last', 'new', 'instead', 'straight',
      'away', 'together', 'afterwards', 'once', 'twice', 'quickly', 'fully', 'personally', 'actively', 'regularly', 'carefully', 'properly', 'mostly', 'tbh', 'def', 'etc', 'e.g',
      'i.e', 'please', 'around', 'up', 'down', 'out', 'off', 'back', 'forward', 'ahead', 'else', 'each', 'other', 'all', 'any', 'can', 'will', 'would', 'should', 'could', 'must', 'might',
      'have', 'has', 'had', 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'done', 'get', 'got', 'lot', 'lots', 'bit', 'way', 'time', 'times',
    ],
    purpose: ['to', 'so that', 'so', 'in order to', 'in order that', 'so as to', 'which will', 'to help', 'to make sure'],
    method: ['by', 'through', 'via', 'using', 'by means of'],
    clauseOpeners: [
      'and', 'or', 'but', 'so', 'then', 'and then', 'because', 'since', 'while', 'when', 'whenever', 'if', 'unless', 'although', 'though', 'before', 'after', 'until', 'once', 'where', 'which',
      'who', 'that', 'whether', 'instead of', 'rather than', 'as well as', 'as soon as', 'how', 'what', 'why', 'whom',
    ],
    abstract: [
      'communication', 'collaboration', 'cooperation', 'knowledge', 'skill', 'skills', 'confidence', 'self-confidence', 'development', 'career', 'role', 'network', 'health', 'fitness', 'balance',
      'work-life balance', 'structure', 'responsibility', 'responsibilities', 'productivity', 'motivation', 'leadership', 'time management', 'presence', 'assertiveness', 'effectiveness', 'growth',
      'mindset', 'attitude', 'overview', 'grip', 'attention', 'focus', 'quality', 'performance', 'potential', 'expertise', 'competence', 'competences', 'competencies', 'professionalism', 'peace',
      'peace of mind', 'stress', 'energy', 'fun', 'work', 'job', 'organisation', 'organization', 'people', 'trends', 'atmosphere', 'technology', 'feedback', 'things', 'topics', 'options',
      'possibilities', 'roles', 'appreciation', 'perspective', 'horizons', 'strengths', 'weaknesses', 'priorities', 'self', 'myself', 'experience', 'information', 'insight', 'step',
      'steps', 'change', 'difference', 'impact', 'game', 'english', 'data', 'numbers', 'criticism', 'conflicts', 'rush', 'position', 'level', 'thing', 'way', 'lot', 'bit', 'success', 'value',
      'visibility', 'initiative', 'ownership', 'wellbeing', 'well-being', 'happiness', 'calm', 'rest', 'time', 'opinion', 'year', 'month', 'week', 'last', 'voice', 'ideas', 'manner', 'writing', 'public speaking', 'listener',
      'communicator', 'professional', 'leader', 'nurse', 'employee', 'manager', 'person', 'start', 'mistakes', 'home', 'improvement', 'improvements', 'progress', 'sustainability', 'statistics', 'data analysis', 'percent',
    ],
    vehicles: [
      'course', 'training', 'trainings', 'programme', 'program', 'module', 'e-learning', 'workshop', 'masterclass', 'webinar', 'seminar', 'bootcamp', 'class', 'lesson', 'degree', 'qualification',
      'certification', 'certificate', 'cert', 'diploma', 'exam', 'test', 'licence', 'license', 'study', 'studies', 'education', 'coaching programme', 'refresher', 'training programme',
    ],
    genericModifiers: [
      'new', 'online', 'short', 'long', 'internal', 'external', 'good', 'nice', 'extra', 'first', 'next', 'mandatory', 'compulsory', 'some', 'a', 'an', 'the', 'one', 'two', 'three', 'several',
      'bachelor', "bachelor's", 'master', "master's", 'professional', 'relevant', 'useful', 'interesting', 'further', 'additional', 'part-time', 'full-time', 'certification', 'training', 'more',
      'coaching', 'suitable', 'other', 'another', 'any', 'my', 'our', 'university', 'college', 'higher', 'degree', 'at', 'least', 'programmes', 'courses', 'trainings',
    ],
    deliverables: [
      'report', 'presentation', 'talk', 'plan', 'proposal', 'business case', 'manual', 'handbook', 'guide', 'checklist', 'dashboard', 'prototype', 'demo', 'workshop', 'lunch talk',
      'knowledge session', 'session', 'article', 'blog post', 'blog', 'newsletter', 'memo', 'briefing', 'analysis', 'evaluation', 'portfolio', 'thesis', 'list', 'form', 'template',
      'protocol', 'procedure', 'policy', 'instruction', 'work instruction', 'unit', 'lesson', 'menu', 'rota', 'roster', 'schedule', 'script', 'model', 'podcast', 'episode', 'video', 'website',
      'page', 'folder', 'flyer', 'poster', 'summary', 'minutes', 'meeting', 'conversation', 'interview', 'tour', 'pitch', 'stand-up', 'lunch', 'evening', 'event', 'drill', 'survey', 'quote',
      'contract', 'budget', 'calendar', 'archive', 'wiki', 'knowledge base', 'speech', 'speeches', 'paper', 'book', 'route', 'window', 'one-to-one', 'review', 'retrospective', 'retro', 'release',
      'point of contact', 'contact person', 'planning', 'leaflet', 'brochure', 'buddy', 'notetaker', 'chair', 'induction', 'onboarding programme', 'handover', 'migration', 'export', 'process', 'tests', 'sheet',
    ],
    credentials: [
      'certificate', 'cert', 'certification', 'diploma', 'exam', 'examination', 'test', 'licence', 'license', 'degree', 'qualification', 'card', 'card test', 'state exam', 'first aid',
    ],
    indicators: [
      'number', 'rate', 'percentage', 'share', 'score', 'average', 'lead time', 'handling time', 'response time', 'waiting time', 'turnaround time', 'sales', 'revenue', 'absence', 'satisfaction',
      'customer satisfaction', 'coverage', 'conversion', 'costs', 'cost', 'margin', 'backlog', 'incidents', 'complaints', 'errors', 'pass rate', 'response rate', 'error rate', 'value',
      'basket value', 'turnover', 'profit', 'nps', 'kpi', 'weight', 'typing speed', 'time', 'orders', 'tickets', 'calls', 'stars', 'rating', 'budget', 'spend', 'sick leave', 'attendance',
    ],
    feelings: [
      'motivated', 'calm', 'calmer', 'confident', 'satisfied', 'happy', 'happier', 'relaxed', 'energised', 'energized', 'engaged', 'fit', 'fitter', 'healthier', 'stressed', 'comfortable',
      'content', 'enthusiastic', 'secure', 'assertive', 'proactive', 'visible', 'professional', 'successful', 'friendlier', 'hospitable', 'caring', 'patient', 'positive', 'organised', 'better',
    ],
    quality: ['differently', 'better', 'well', 'good', 'best', 'more effectively', 'effectively', 'more efficiently', 'efficiently', 'smarter', 'stronger', 'more professionally', 'faster', 'more safely', 'safer'],
    stopwords: [
      'the', 'a', 'an', 'and', 'i', 'will', 'to', 'of', 'for', 'with', 'on', 'in', 'my', 'is', 'that', 'by', 'at', 'be', 'within', 'over', 'from', 'want', 'would', 'like', 'more', 'better',
      'this', 'next', 'months', 'weeks', 'times', 'per', 'week', 'month', 'year', 'end', 'before', 'team', 'have', 'are', 'some', 'can', 'every', 'each', 'two', 'three', 'four', 'five', 'give',
      'get', 'take', 'complete', 'finish', 'try', 'improve', 'colleagues', 'myself', 'our', 'their', 'about', 'least', 'it', 'as', 'into', 'or', 'then', 'work', 'do', 'make', 'faster', 'your',
      'less', 'fewer', 'mistakes', 'stop', 'being', 'late',
    ],
    coordinators: ['and', 'plus', '&', 'as well as', 'also', 'and also'],
    backReferences: ['it', 'them', 'then', 'this', 'these', 'that', 'which', 'who', 'their', 'its', 'the results', 'the outcome', 'the findings', 'her', 'him'],
    abbreviations: ['a', 's', 'z', 't', 'm', 'i', 'v', 'd', 'c', 'e', 'b', 'g', 'n', 'etc', 'e.g', 'i.e', 'mr', 'dr', 'ca', 'no', 'incl', 'oct', 'dec', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'nov', 'a.s.a.p', 'vs'],
    eventOpeners: ['before', 'until', 'by the time', 'ahead of when'],
    eventVerbs: ['starts', 'begins', 'ends', 'opens', 'closes', 'shuts', 'kicks off', 'goes live', 'expires', 'runs out', 'finishes', 'starts up', 'comes in', 'arrives', 'takes effect', 'start', 'begin', 'end', 'open', 'close', 'shut'],
    reflexiveLearning: ['familiarise', 'familiarize', 'immerse'],
    indefinite: ['some', 'a few', 'a couple of', 'several', 'various', 'all sorts of', 'a number of', 'certain', 'a bit'],
    adjectiveVerbs: ['open', 'close', 'clean', 'clear', 'free', 'empty', 'slow', 'fit', 'double', 'complete', 'present', 'last', 'light', 'mean', 'total', 'average'],
    rolePrefixes: ['as a', 'as an', 'as the', 'as my', 'as our', 'in my role as'],
  },
  goals: [
    ['I will pass the AWS Cloud Practitioner exam by March 15th.', 'SMT'],
    ['Communicate better.', 'smt'],
    ['Improve my Excel skills by completing the Advanced Excel course by June.', 'SMT'],
    ['I want to get a degree.', 'sMt'],
    ['Take care of it before summer.', 'smT'],
    ['In June I will go to the Health & IT conference in Utrecht.', 'SmT'],
    ['Within three months I want to feel 40% calmer during busy shifts.', 'smT'],
    ['Interrupt colleagues less often in stand-ups.', 'Smt'],
    ['Open incidents drop below 25 by July 1.', 'SMT'],
    ['A protocol for reporting aggression by visitors will be drawn up.', 'SMt'],
    ['Use more technology in the classroom.', 'smt'],
    ['Ask residents more often how they slept before starting the morning routine.', 'Smt'],
    ['Get familiar with Kubernetes.', 'Smt'],
    ['Take the Revit drawing course in January.', 'SmT'],
    ['Get three certifications before summer.', 'sMT'],
    ['Organise the warehouse better.', 'smt'],
    ['Increase sales.', 'smt'],
    ['Increase productivity by 20% by the end of the year.', 'sMT'],
    ['Hand in the draft annual report to the controller by mid-Feb.', 'SMT'],
    ['As a developer I will pair with a junior colleague for two hours every week for the next three months.', 'SMT'],
    ['Be a bit more assertive in meetings.', 'smt'],
    ['Ask for more feedback.', 'smt'],
    ['After the move, set up my workspace differently.', 'smt'],
    ['Going forward, send the client a short report after every site visit.', 'SMt'],
    ['I will increase my monthly sales by 15% by making ten more cold calls per day.', 'SMt'],
    ['Stop being late for the morning handover.', 'SMt'],
    ['Become the contact person for the new ERP integration.', 'SMt'],
    ['Read 12 books on leadership this year to broaden my perspective.', 'SMT'],
    ['By December I want to have mastered three new skills.', 'sMT'],
    ['Be 80% satisfied with my job.', 'smt'],
    ['In Q1, automate the export of timesheets to the payroll package.', 'SMT'],
    ['gonna get my first aid cert b4 summer.', 'SMT'],
    ['Soon I will write a blog post about our new services.', 'SMt'],
    ['Every Monday at 9 we hold a stand-up until the end of the year.', 'SMT'],
    ['Do something about our technical debt.', 'smt'],
    ['I want to learn three things.', 'sMt'],
    ['Spot-check ten expense claims for errors every month.', 'SMt'],
    ['Maybe learn some new tools at some point.', 'smt'],
    ['Within six months I want my pupils to be twice as motivated.', 'smT'],
  ],
  scopes: [
    { id: 'degree', entries: ['degree', 'mba', 'bachelor', "bachelor's", "master's degree", 'master programme', 'university', 'part-time degree', 'postgraduate', 'phd'] },
    { id: 'language', entries: ['level a1', 'level a2', 'level b1', 'level b2', 'level c1', 'level c2', 'fluent', 'new language'] },
    { id: 'certificate', entries: ['certificate', 'certification', 'certified', 'exam', 'diploma', 'licence', 'license'] },
    { id: 'course', entries: ['course', 'training', 'programme', 'program', 'bootcamp'] },
    { id: 'deliverable', entries: ['presentation', 'workshop', 'knowledge session', 'report', 'action plan', 'article'] },
  ],
};
