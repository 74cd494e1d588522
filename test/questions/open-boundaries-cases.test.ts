// Where the open-question reader's rules draw their lines, worked out on conversation questions:
// how far a polite frame looks for a verb of telling, when options after a colon or a comma are a
// choice, when a last word is a tag, how sentences and parts are cut. Each case names the rule that
// decides (docs/questions.md, "The contract") and the decisive words.
import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../../src/questions/index.js';

type Case = readonly [locale: 'nl' | 'en', text: string, open: boolean, reason: string, words: readonly string[]];

function judged(locale: 'nl' | 'en', text: string): [boolean, string, string[]] {
  const judgement = judgeQuestion(text, locale);
  for (const span of judgement.evidence) expect(text.slice(span.start, span.end)).toBe(span.text);
  return [judgement.open, judgement.reason, judgement.evidence.map((span) => span.text)];
}

function check(cases: readonly Case[]): void {
  it.each(cases)('%s: %s', (locale, text, open, reason, words) => {
    expect(judged(locale, text)).toEqual([open, reason, words]);
  });
}

describe('sentences and parts', () => {
  check([
    // A sentence that asks nothing does not decide: the closed question after it does.
    ['nl', 'Het weer is mooi. Ben je tevreden?', false, 'closed.verbFirst', ['Ben']],
    // A closed part before "en waarom" stays a part of its own.
    ['nl', 'Wie is je mentor en waarom?', true, 'open.multiPart', ['waarom']],
    // Without a question mark at the end it is still asked: a verb before "je" asks yes or no.
    ['nl', 'vertel je het zelf aan het team', false, 'closed.verbFirst', ['vertel je']],
    ['nl', 'Vertel je het zelf aan het team?', false, 'closed.verbFirst', ['Vertel je']],
    // A lead-in alone is the question itself.
    ['nl', 'Wat denk je?', true, 'open.questionWord', ['Wat']],
    // A single word after the comma that is both a connective and a tag is a tag.
    ['nl', 'We spreken volgende week verder, oké?', false, 'closed.tag', ['oké']],
    ['en', "Let's pick this up next week, okay?", false, 'closed.tag', ['okay']],
    // "niet" after a bracket is no tag: "(nog) niet" is part of the question.
    ['nl', 'Wat gaat er goed, en wat (nog) niet?', true, 'open.questionWord', ['Wat']],
  ]);

  it('reads only the start of a very long text', () => {
    const filler = 'Dit is een lange toelichting bij het gesprek. '.repeat(120);
    expect(filler.length).toBeGreaterThan(5_000);
    expect(judged('nl', `${filler}Wat wil je leren?`)).toEqual([false, 'none', []]);
    expect(judged('nl', `Wat wil je leren? ${filler}`)).toEqual([true, 'open.questionWord', ['Wat']]);
  });
});

describe('polite frames', () => {
  check([
    // The verb of telling at the end of the question.
    ['nl', 'Kun je daar iets over vertellen?', true, 'open.invitation', ['Kun je', 'vertellen']],
    ['en', 'Could you elaborate?', true, 'open.invitation', ['Could you elaborate']],
    // Examples in the plural, and an example after a closed question word ("voor wie nieuw is").
    ['nl', 'Heb je voorbeelden van momenten waarop je trots was?', true, 'open.invitation', ['Heb je voorbeelden']],
    ['nl', 'Heb je voor wie nieuw is een goed voorbeeld?', true, 'open.invitation', ['Heb je', 'voorbeeld']],
    // A verb of telling further than eight words from the frame asks someone to pass something on.
    [
      'nl',
      "Zou je de nieuwe collega's die volgende maand beginnen willen vertellen hoe het rooster werkt?",
      false,
      'closed.politeRequest',
      ['Zou je'],
    ],
    // Only "mag ik vragen", "can I ask" may stand right before a question word; "could you look at what" is a request.
    ['en', 'Could you look at what the team needs?', false, 'closed.politeRequest', ['Could you']],
    // Not a frame at all: the question word decides, an example word further on does not.
    ['nl', 'Wat is een goed voorbeeld van samenwerking in je team?', true, 'open.questionWord', ['Wat']],
  ]);
});

describe('clauses and imperatives', () => {
  check([
    // "If ..." is a clause before the question, not curiosity about a yes or a no.
    ['en', 'If you could change one thing, what would it be?', true, 'open.questionWord', ['what']],
    // An imperative before a question word is an imperative.
    ['en', 'Describe what you need from me.', true, 'open.imperative', ['Describe']],
    // An English imperative keeps "you" as its object, also in a question.
    ['en', 'Imagine you had a free day every week: what would you do with it?', true, 'open.imperative', ['Imagine']],
    // "Whatever colleague" asks for no name: the question after the comma decides.
    ['en', 'Whatever colleague you ask, what do they say about you?', true, 'open.questionWord', ['what']],
  ]);
});

describe('choices', () => {
  check([
    // A word of choosing at the very start.
    ['nl', 'Liever thuis of op kantoor werken?', false, 'closed.choice', ['of']],
    // "of" as the last word offers no second option.
    ['nl', 'Wil je liever thuis werken of?', false, 'closed.politeRequest', ['Wil je']],
    // "jaar of" is no "ja of nee"; the years qualify a what-question.
    ['nl', 'Wat wil je dit jaar of volgend jaar leren?', true, 'open.questionWord', ['Wat']],
    // Three options after a colon are a list to think about, not a choice between two.
    ['nl', 'Welke vorm past beter bij je: een cursus, een coach of een mentor?', true, 'open.questionWord', ['Welke']],
    // Two options after a colon, up to twelve words.
    [
      'nl',
      "Waar zit voor jou de uitdaging: in het werk zelf of in de samenwerking met je directe collega's?",
      false,
      'closed.choice',
      ['of'],
    ],
    // After a colon a question of its own is no option.
    ['nl', 'Nog één ding: wat wil je leren of verbeteren?', true, 'open.questionWord', ['wat']],
    // Two short options end a which-question only as its last part; up to five words.
    ['en', 'Which course do you want, Excel or Power BI, and why?', true, 'open.questionWord', ['Which']],
    ['nl', 'Welke kant wil je op, de inhoud of het team?', false, 'closed.choice', ['of']],
    // Quotation marks cut nothing: the options are still two after the colon.
    ['nl', 'Welke vorm past beter bij je: "een cursus" of "een coach"?', false, 'closed.choice', ['of']],
    // A name that ends in "ja" is no "ja of nee".
    ['nl', 'Wat kun je van Sonja of Ahmed leren?', true, 'open.questionWord', ['Wat']],
    ['nl', 'Ga je de cursus doen ja of nee?', false, 'closed.choice', ['ja of nee']],
    // Two options after a colon, then "and why" of its own, also when the part is cut there.
    ['nl', 'Tot slot: een cursus of een coach en waarom?', true, 'open.multiPart', ['waarom']],
    ['en', 'One last thing: a course or a coach and why?', true, 'open.multiPart', ['why']],
    // After a choice only an open part reopens the question.
    ['nl', 'Wil je liever thuis of op kantoor werken, en heb je daar een reden voor?', false, 'closed.choice', ['of']],
  ]);
});
