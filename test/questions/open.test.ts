import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/index.js';
import { isOpenQuestion } from '../../src/questions/index.js';
import { judgeQuestion } from '../../src/questions/open.js';
import { loadQuestions } from './open-corpus.js';

/** Floors under the accuracies in docs/questions.md: the tuning part and the frozen held-out fifth. */
const reported = {
  tuning: { nl: 0.99, en: 0.99 },
  heldout: { nl: 0.93, en: 0.95 },
} as const;

describe('isOpenQuestion', () => {
  describe.each(['nl', 'en'] as const)('the labelled set (%s)', (locale) => {
    const set = loadQuestions(locale);
    const heldout = loadQuestions(locale, 'heldout');

    it('has at least 150 questions, with both labels well represented, and a held-out fifth', () => {
      expect(set.length + heldout.length).toBeGreaterThanOrEqual(150);
      expect(set.filter((q) => q.open).length).toBeGreaterThanOrEqual(40);
      expect(set.filter((q) => !q.open).length).toBeGreaterThanOrEqual(40);
      // The held-out fifth was frozen before any rule changed; the tuning part has grown since with
      // probes that were tuned on and therefore belong there.
      expect(heldout.length).toBe(locale === 'nl' ? 44 : 45);
    });

    it.each(['tuning', 'heldout'] as const)('classifies the %s part at or above the reported accuracy', (part) => {
      const questions = part === 'tuning' ? set : heldout;
      const right = questions.filter((q) => isOpenQuestion(q.text, locale) === q.open).length;
      expect(right / questions.length).toBeGreaterThanOrEqual(reported[part][locale]);
    });
  });

  // The held-out halves of the independent sets (never tuned on): floors just under docs/questions.md.
  it.each([
    ['heldout-3', 'nl', 0.96],
    ['heldout-3', 'en', 0.93],
    ['heldout-4', 'nl', 0.96],
    ['heldout-4', 'en', 0.93],
    ['heldout-5', 'nl', 1],
    ['heldout-5', 'en', 1],
    ['heldout-6', 'nl', 1],
    ['heldout-6', 'en', 1],
    ['heldout-7', 'nl', 1],
    ['heldout-7', 'en', 1],
    ['heldout-8', 'nl', 1],
    ['heldout-8', 'en', 1],
    ['heldout-9', 'nl', 1],
    ['heldout-9', 'en', 0.92],
    ['heldout-10', 'nl', 0.96],
    ['heldout-10', 'en', 0.96],
    ['heldout-11', 'nl', 1],
    ['heldout-11', 'en', 1],
    ['heldout-12', 'nl', 1],
    ['heldout-12', 'en', 1],
    ['heldout-13', 'nl', 0.96],
    ['heldout-13', 'en', 0.92],
  ] as const)('classifies the independent %s (%s) at or above %s', (part, locale, floor) => {
    const questions = loadQuestions(locale, part);
    const right = questions.filter((q) => isOpenQuestion(q.text, locale) === q.open).length;
    expect(right / questions.length).toBeGreaterThanOrEqual(floor);
  });

  it.each([
    ['nl', 'Wat geeft je energie?', true],
    ['nl', 'Ben je tevreden?', false],
    ['nl', 'Heb je hulp nodig?', false],
    ['nl', 'Is er nog iets?', false],
    ['nl', 'Vertel eens over je week.', true],
    ['nl', 'Welke taak past bij je?', true],
    ['nl', 'Hoe gaat het?', true],
    ['en', 'How did it go?', true],
    ['en', 'Do you like it?', false],
    ['en', 'Describe your week.', true],
    // A polite frame around a quantity asks for a number; around a mass noun it still asks for a story.
    ['nl', 'Kun je vertellen hoeveel uur je vorige maand hebt overgewerkt?', false],
    ['nl', 'Kun je vertellen hoe vaak je de cursus hebt gevolgd?', false],
    ['nl', 'Kun je vertellen hoeveel ruimte je krijgt om te leren?', true],
    ['en', 'Can you tell me how many courses you finished this year?', false],
    ['en', 'Could you tell me how much room you get to learn?', true],
    ['en', 'Can you tell me how the first weeks went?', true],
    // English "how much" takes only uncountable nouns, so any noun after it is a mass noun; before a
    // verb it asks an amount.
    ['en', 'How much overtime have you done this quarter?', true],
    ['en', 'How much does the course cost?', false],
    ['en', 'How much overtime do you work a week?', false],
    // "When" asking for a wish is open (the contract's convention), also with "ideally", "het liefst".
    ['en', 'When would you ideally like to finish the course?', true],
    ['nl', 'Wanneer zou je de opleiding het liefst willen afronden?', true],
    ['nl', 'Wanneer ben je klaar met de opleiding?', false],
    // Two short options ending a which-question after a comma are a choice; a qualifier is not.
    ['en', 'Which course do you want, Excel or Power BI?', false],
    ['nl', 'Welke cursus wil je, Excel of Power BI?', false],
    ['nl', 'Welke loopbaanstap zie je voor jezelf, op korte of langere termijn?', true],
    ['en', 'Which course do you want, Excel or Power BI, and why?', true],
    // A polite frame around a closed question asks for its name, date or number (set 8's probe half).
    ['en', 'Could you tell me who signs off your timesheets?', false],
    ['en', 'Can you tell me when the course starts?', false],
    ['nl', 'Kun je me vertellen wie je uren goedkeurt?', false],
    ['nl', 'Kun je vertellen wanneer de training begint?', false],
    ['en', 'Could you tell me who you would like to learn from?', true],
    ['en', 'Can you tell me how you handled the complaint?', true],
    ['nl', 'Kun je vertellen van wie je het meest hebt geleerd?', true],
    ['nl', 'Kun je vertellen hoe je dat hebt aangepakt?', true],
    // Curiosity in the conditional is curiosity.
    ['en', "I'd be curious to hear how the new till is working for you.", true],
    ['en', 'I would be curious whether the new rota suits you.', false],
    ['nl', 'Ik zou benieuwd zijn hoe je dat aanpakt.', true],
    ['nl', 'Ik zou benieuwd zijn of je het rooster prettig vindt.', false],
    // A percentage asks for a number, like "how many" (set 10's probe half); with "and why" it is open.
    ['en', 'What percentage of your week goes on admin?', false],
    ['en', 'Which percentage of the tickets do you close yourself?', false],
    ['nl', 'Welk percentage van je week gaat op aan administratie?', false],
    ['en', 'What percentage would you like to spend on projects, and why?', true],
    ['nl', 'Welk percentage van je tijd wil je aan projecten besteden, en waarom?', true],
    ['en', 'What would you like to spend more of your week on?', true],
  ] as const)('%s: %s -> %s', (locale, text, open) => {
    expect(isOpenQuestion(text, locale)).toBe(open);
  });

  it('does not read a Dutch question as English or the other way round when the words differ', () => {
    expect(isOpenQuestion('Wat wil je leren?', 'en')).toBe(false);
    expect(isOpenQuestion('Do you want to learn?', 'nl')).toBe(false);
  });

  it('answers false for text that asks nothing, and for input that is not a string or not a locale', () => {
    expect(isOpenQuestion('', 'nl')).toBe(false);
    expect(isOpenQuestion('Het weer is mooi.', 'nl')).toBe(false);
    expect(isOpenQuestion(42 as unknown as string, 'en')).toBe(false);
    expect(isOpenQuestion('What now?', 'de' as Locale)).toBe(false);
  });

  it('ignores case and surrounding punctuation', () => {
    expect(isOpenQuestion('  "WAT wil je leren?"  ', 'nl')).toBe(true);
    expect(isOpenQuestion('…and how did that feel?', 'en')).toBe(true);
  });

  it('never throws and always answers a boolean, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom<Locale>('nl', 'en'), (text, locale) => {
        expect(typeof isOpenQuestion(text, locale)).toBe('boolean');
      }),
    );
  });

  it('property: judgeQuestion agrees with isOpenQuestion, is deterministic, and its evidence is the caller’s text', () => {
    const words = fc.constantFrom(
      'Kun',
      'je',
      'vertellen',
      'hoe',
      'het',
      'ging',
      'of',
      'niet',
      'Can',
      'you',
      'tell',
      'me',
      'how',
      'often',
      'what',
      'or',
      'why',
      'wanneer',
      'ik vraag me af',
      'right',
      '?',
      ',',
    );
    const gaps = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', ' \u200b');
    const messy = fc
      .array(fc.tuple(words, gaps), { minLength: 1, maxLength: 14 })
      .map((parts) => parts.map(([word, gap]) => `${word}${gap}`).join(''));
    fc.assert(
      fc.property(messy, fc.constantFrom<Locale>('nl', 'en'), (text, locale) => {
        const judgement = judgeQuestion(text, locale);
        expect(judgement.open).toBe(isOpenQuestion(text, locale));
        expect(judgeQuestion(text, locale)).toEqual(judgement);
        for (const span of judgement.evidence) expect(text.slice(span.start, span.end)).toBe(span.text);
      }),
    );
  });

  it('keeps its verdict when the question is lower-cased or padded', () => {
    const all = [...loadQuestions('nl').map((q) => ['nl', q.text] as const), ...loadQuestions('en').map((q) => ['en', q.text] as const)];
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.constantFrom('', ' ', '\n', '  '), ([locale, text], pad) => {
        expect(isOpenQuestion(`${pad}${text.toLowerCase()}${pad}`, locale)).toBe(isOpenQuestion(text, locale));
      }),
    );
  });
});
