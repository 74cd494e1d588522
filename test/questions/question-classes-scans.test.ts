// Classes of question language found by metamorphic scans of the tuning and probe questions: a label
// or a statement of curiosity before a colon heads the question after it, which decides (before, "Ik
// ben benieuwd:" made 414 closed questions open, "Vraag:" hid 8 either/or choices); a bare statement
// of curiosity after a question asks nothing more (before, "Ik ben benieuwd." made 521 closed
// questions open); a lead before a which-question or a choice hides neither ("Hi Sam,", "By the way,",
// "Eerlijk gezegd:", 12 choices read as open).
import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../src/core/index.js';
import { isOpenQuestion, judgeQuestion } from '../../src/questions/index.js';
import { questionLexicons } from '../../src/questions/lexicon/index.js';
import { wordsOf } from '../../src/questions/open-words.js';

describe('isOpenQuestion: a lead before a colon', () => {
  it('judges the question after a statement of curiosity and a colon', () => {
    expect(isOpenQuestion('Ik ben benieuwd: ben je tevreden over je rooster?', 'nl')).toBe(false);
    expect(isOpenQuestion('Ik vraag me af: heb je de e-learning al afgerond?', 'nl')).toBe(false);
    expect(isOpenQuestion("I'm curious: do you like the new shift pattern?", 'en')).toBe(false);
    expect(isOpenQuestion('Ik ben benieuwd: hoe ging de overdracht met het nieuwe team?', 'nl')).toBe(true);
    expect(isOpenQuestion('I wonder: what made the difference for you this year?', 'en')).toBe(true);
    // Without a colon the statement itself still invites a story.
    expect(judgeQuestion('Ik ben benieuwd hoe de overdracht ging.', 'nl').reason).toBe('open.curiosity');
  });

  it('judges the question after a label', () => {
    expect(judgeQuestion('Vraag: welke cursus wil je liever, Excel of Power BI?', 'nl').reason).toBe('closed.choice');
    expect(judgeQuestion('Question: which site do you prefer, Leeds or York?', 'en').reason).toBe('closed.choice');
    expect(isOpenQuestion('Vraag: hoe kijk je terug op het afgelopen jaar?', 'nl')).toBe(true);
    expect(isOpenQuestion('My question: do you feel supported by your team lead?', 'en')).toBe(false);
  });

  it('leaves a colon after other words as it was', () => {
    // "Eén ding nog:" is no label: the sentence is read whole, and its open part decides.
    expect(isOpenQuestion('Eén ding nog: wat zou je anders doen?', 'nl')).toBe(true);
    expect(isOpenQuestion('Looking back: which moment are you most proud of, and why?', 'en')).toBe(true);
  });
});

describe('isOpenQuestion: what stands around a question', () => {
  it('reads a bare statement of curiosity after a question as asking nothing more', () => {
    expect(isOpenQuestion('Ben je tevreden met je werk? Ik ben benieuwd.', 'nl')).toBe(false);
    expect(isOpenQuestion('Hoeveel uur per week wil je aan leren besteden? Ik ben benieuwd!', 'nl')).toBe(false);
    expect(isOpenQuestion("Do you enjoy the new shift pattern? I'm curious.", 'en')).toBe(false);
    expect(isOpenQuestion('Wat geeft je energie? Ik ben benieuwd.', 'nl')).toBe(true);
    // Alone it asks nothing; with what it is curious about it invites a story.
    expect(judgeQuestion('Ik ben benieuwd.', 'nl').reason).toBe('none');
    expect(judgeQuestion('Ik ben benieuwd naar je verhaal over de overdracht.', 'nl').reason).toBe('open.curiosity');
    expect(judgeQuestion('I wonder how the handover went.', 'en').reason).toBe('open.curiosity');
  });

  it('finds a choice after a greeting, a lead or a colon', () => {
    expect(judgeQuestion('Hi Sam, which course do you want, Excel or Power BI?', 'en').reason).toBe('closed.choice');
    expect(judgeQuestion('By the way, which site do you prefer, Leeds or York?', 'en').reason).toBe('closed.choice');
    expect(judgeQuestion('Hoi Sanne, welke cursus wil je, Excel of Power BI?', 'nl').reason).toBe('closed.choice');
    expect(judgeQuestion('Eerlijk gezegd: wat wil je liever, thuiswerken of op kantoor?', 'nl').reason).toBe('closed.choice');
    expect(judgeQuestion('Honestly: what would you prefer, working from home or at the office?', 'en').reason).toBe('closed.choice');
    // Two options after a colon stay a choice.
    expect(judgeQuestion('Welke vorm past bij je: een cursus of een boek?', 'nl').reason).toBe('closed.choice');
    // A which-question with an open part after the choice stays open.
    expect(isOpenQuestion('Hi Sam, which course do you want, Excel or Power BI, and why?', 'en')).toBe(true);
  });
});

describe("isOpenQuestion: informal short forms ('k, 't, m'n)", () => {
  it('reads them as the words the lexicon is written with', () => {
    // Before, *'k ben benieuwd* was no statement of curiosity and *'t liefst* no preference.
    expect(judgeQuestion("'k ben benieuwd hoe je de eerste weken aan de balie hebt ervaren", 'nl').reason).toBe('open.curiosity');
    expect(isOpenQuestion("Mag 'k vragen hoe je de overstap naar de nieuwe afdeling hebt ervaren?", 'nl')).toBe(true);
    expect(isOpenQuestion("Wanneer zou je de opleiding 't liefst willen afronden?", 'nl')).toBe(
      isOpenQuestion('Wanneer zou je de opleiding het liefst willen afronden?', 'nl'),
    );
    expect(isOpenQuestion("Wat vind je van m'n voorstel voor 't rooster?", 'nl')).toBe(true);
  });

  it("points the evidence at the short form in the caller's text", () => {
    const text = "'k ben benieuwd hoe je 't ervaren hebt";
    const judged = judgeQuestion(text, 'nl');
    for (const word of judged.evidence) expect(text.slice(word.start, word.end)).toBe(word.text);
  });
});

describe('isOpenQuestion: the listener addressed as jij or u', () => {
  it('reads jij and the formal u with its verb as je', () => {
    for (const [plain, addressed] of [
      ['Heb je een voorbeeld van een situatie waarin dat goed ging?', 'Heb jij een voorbeeld van een situatie waarin dat goed ging?'],
      ['Heb je een voorbeeld van een situatie waarin dat goed ging?', 'Heeft u een voorbeeld van een situatie waarin dat goed ging?'],
      ['Kun je vertellen hoe het project is verlopen?', 'Kunt u vertellen hoe het project is verlopen?'],
      ['Heb je nog vragen?', 'Heeft u nog vragen?'],
      ['Wat vind je van je werk?', 'Wat vindt u van uw werk?'],
    ] as const)
      expect([addressed, isOpenQuestion(addressed, 'nl')]).toEqual([addressed, isOpenQuestion(plain, 'nl')]);
    expect(isOpenQuestion('Heeft u een voorbeeld van een situatie waarin dat goed ging?', 'nl')).toBe(true);
  });

  it('changes no word that only looks like a key of the tables', () => {
    const lowers = wordsOf(tokenizeWords('constructor toString u hasOwnProperty'), questionLexicons.nl).map((word) => word.lower);
    expect(lowers).toEqual(['constructor', 'tostring', 'je', 'hasownproperty']);
  });
});
