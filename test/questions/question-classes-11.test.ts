// Classes of question language named on the probe halves of set 11 (hands-on and shift work), each
// asked in Dutch and English with phrasings of our own, next to phrasings that must not change.
import { describe, expect, it } from 'vitest';
import { isOpenQuestion, judgeQuestion } from '../../src/questions/index.js';

describe('isOpenQuestion: two comparatives after a comma ask to pick a side', () => {
  it.each([
    ['nl', 'Wat vind je van de nieuwe werkschoenen, beter of slechter dan de oude?'],
    ['nl', 'Hoe is de werkdruk nu, meer of minder dan in het voorjaar?'],
    ['nl', 'hoe bevalt de nieuwe route, makkelijker of moeilijker'],
    ['en', 'What do you make of the new boots, better or worse than the old ones?'],
    ['en', 'How is the workload now, more or less than in spring?'],
    ['en', 'How are the night shifts going, busier or quieter than last year?'],
  ] as const)('%s: %s is closed', (locale, question) => {
    expect(isOpenQuestion(question, locale)).toBe(false);
    expect(judgeQuestion(question, locale).reason).toBe('closed.choice');
  });

  it.each([
    ['nl', 'Wat verandert er, privé of op het werk?'],
    ['nl', 'Wat maakt het werk zwaarder voor je?'],
    ['en', 'What would make the night shifts easier, and why?'],
    ['en', 'What changes for you, at home or at work?'],
  ] as const)('%s: %s stays open', (locale, question) => {
    expect(isOpenQuestion(question, locale)).toBe(true);
  });
});

describe('isOpenQuestion: who can, wie kan asks for a name; who could, wie zou, a possibility', () => {
  it.each([
    ['nl', 'Wie kan jou inwerken op de heftruck?'],
    ['nl', 'Wie kan je helpen met de nieuwe kassa?'],
    ['en', 'Who can show you the new milking robot?'],
    ['en', 'Who can take over your round in May?'],
  ] as const)('%s: %s is closed', (locale, question) => {
    expect(isOpenQuestion(question, locale)).toBe(false);
  });

  it.each([
    ['nl', 'Van wie zou je graag leren?'],
    ['nl', 'Wie zou jouw mentor kunnen zijn?'],
    ['en', 'Who could be your mentor?'],
    ['en', 'Who would you like to learn from?'],
  ] as const)('%s: %s stays open', (locale, question) => {
    expect(isOpenQuestion(question, locale)).toBe(true);
  });
});

describe('isOpenQuestion: a polite frame with the -ing form of telling invites as the verb does', () => {
  it.each([
    'Would you mind talking me through what happened at the gate on Saturday?',
    'would you mind walking me through the new rota',
    'Would you mind taking me through how the handover went?',
    'Would you mind outlining what you need from the team?',
  ])('%s is open', (question) => {
    expect(isOpenQuestion(question, 'en')).toBe(true);
  });

  it.each(['Would you mind taking the late shift on Friday?', 'Would you mind swapping shifts with Tom?'])(
    '%s stays a closed request',
    (question) => {
      expect(isOpenQuestion(question, 'en')).toBe(false);
    },
  );
});
