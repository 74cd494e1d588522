// Classes of question language found by metamorphic scans of the tuning and probe questions: a
// question that opens with "en", "so" or "okay", or that names the listener ("Sanne, ...", "..., Sam?"),
// asks what it asks without them. Each in Dutch and English, with phrasings that must not change.
import { describe, expect, it } from 'vitest';
import { isOpenQuestion, judgeQuestion } from '../../src/questions/index.js';

describe('isOpenQuestion: a connective in front leaves a choice a choice', () => {
  it.each([
    ['nl', 'En welke vorm past beter bij je: een cursus of een coach?'],
    ['nl', 'En welke dienst heeft je voorkeur: vroeg of laat?'],
    ['en', 'So which course do you want, Excel or Power BI?'],
    ['en', 'Okay, which course do you want, Excel or Power BI?'],
    ['en', 'And which shift suits you better: early or late?'],
  ] as const)('%s: %s is closed', (locale, question) => {
    expect(isOpenQuestion(question, locale)).toBe(false);
    expect(judgeQuestion(question, locale).reason).toBe('closed.choice');
  });

  it.each([
    ['nl', 'En hoe tevreden ben je over de begeleiding, van 1 tot 5?', 'closed.scale'],
    ['en', 'So how satisfied are you with your workplace, on a scale of 1 to 10?', 'closed.scale'],
  ] as const)('%s: %s stays a scale', (locale, question, reason) => {
    expect(judgeQuestion(question, locale).reason).toBe(reason);
  });

  it.each([
    ['nl', 'Welke cursus kies je: Excel of Power BI, en waarom?'],
    ['en', 'Which course do you pick, Excel or Power BI, and why?'],
    ['nl', 'En wat denk je, hoe pak je dat aan?'],
  ] as const)('must not change: %s: %s stays open (a part after the choice, a lead-in after "en")', (locale, question) => {
    expect(isOpenQuestion(question, locale)).toBe(true);
  });

  it('a lead-in after a connective only introduces the part after it', () => {
    expect(isOpenQuestion('En wat denk je, lukt dat voor de zomer?', 'nl')).toBe(false);
    expect(isOpenQuestion('So what do you think, will that work before the summer?', 'en')).toBe(false);
  });
});

describe('isOpenQuestion: a name said to the listener is no part of the question', () => {
  it.each([
    ['nl', 'Wat denk je, Sanne?', true],
    ['en', 'What do you think, Sam?', true],
    ['nl', 'Sanne, hoe gaat het met de nieuwe collega’s?', true],
    ['en', 'Sam, which course do you want, Excel or Power BI?', false],
    ['en', 'Which course do you want, Excel or Power BI, Sam?', false],
    ['nl', 'Ben je tevreden over je rooster, Joost?', false],
  ] as const)('%s: %s', (locale, question, open) => {
    expect(isOpenQuestion(question, locale)).toBe(open);
  });

  it.each([
    ['nl', 'Dat lukt wel, toch?', false],
    ['en', 'You enjoyed the course, right?', false],
    ['nl', 'Wat wil je liever, thuiswerken of kantoor?', false],
    ['en', 'Why?', true],
  ] as const)('must not change: %s: %s (a tag, an option, a question word alone)', (locale, question, open) => {
    expect(isOpenQuestion(question, locale)).toBe(open);
  });
});
