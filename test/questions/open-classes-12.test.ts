// Classes of question named on set 12's probe half (knowledge work and leadership), in Dutch and
// English, with phrasings next to them that must not change.
import { describe, expect, it } from 'vitest';
import { isOpenQuestion } from '../../src/questions/index.js';

describe('isOpenQuestion: a question for a target date is closed (set 12)', () => {
  it('wat is de streefdatum, what is the target date, the deadline: a date is the answer', () => {
    for (const text of [
      'Wat is de streefdatum voor je terugkeer in je eigen functie?',
      'Wat is je streefdatum voor het afronden van de opleiding?',
      'Wat is de deadline voor het verbeterplan?',
    ])
      expect([text, isOpenQuestion(text, 'nl')]).toEqual([text, false]);
    for (const text of [
      "What's the target date for your return to your own role?",
      'What is the target date for finishing the course?',
      "What's the deadline for the improvement plan?",
    ])
      expect([text, isOpenQuestion(text, 'en')]).toEqual([text, false]);
  });

  it('must not change: asking what a date means or how it feels stays open', () => {
    expect(isOpenQuestion('Wat betekent die streefdatum voor je?', 'nl')).toBe(true);
    expect(isOpenQuestion('Hoe kijk je aan tegen de deadline?', 'nl')).toBe(true);
    expect(isOpenQuestion('What does the target date mean for you?', 'en')).toBe(true);
    expect(isOpenQuestion('How do you feel about the deadline?', 'en')).toBe(true);
  });
});

describe('isOpenQuestion: after "heb je", a word of telling is a thing had (set 12)', () => {
  it('heb je nog vragen, do you have any questions: yes or no', () => {
    for (const text of [
      'Heb je nog vragen over de regeling voor oudere medewerkers?',
      'Heb je vragen?',
      'Hebt u nog vragen over de regeling?',
    ])
      expect([text, isOpenQuestion(text, 'nl')]).toEqual([text, false]);
    expect(isOpenQuestion('Do you have any questions about the scheme for older employees?', 'en')).toBe(false);
    expect(isOpenQuestion('Have you got questions about the scheme?', 'en')).toBe(false);
  });

  it('must not change: asking for an example, or a polite frame around telling, invites a story', () => {
    expect(isOpenQuestion('Heb je een voorbeeld van een lastig gesprek?', 'nl')).toBe(true);
    expect(isOpenQuestion('Kun je vertellen hoe het project is verlopen?', 'nl')).toBe(true);
    expect(isOpenQuestion('Do you have an example of a difficult conversation?', 'en')).toBe(true);
    expect(isOpenQuestion('Could you tell me how the project went?', 'en')).toBe(true);
  });
});
