// Classes of goal language found by the third wave of metamorphic scans of the tuning and probe goals:
// how a message is dressed after or around its goal. A sentence on the mood one is in (196 verdicts
// flipped), an afterthought after "PS:" or "NB:" (612), a hashtag (199), a list's tail such as "enz."
// or "etc." (23), a lone item number in front (11) and a name signed after a dash (17) each changed
// verdicts they say nothing about. A scan that swapped a goal's one deadline for another of the same
// force found three more: a Dutch particle before "uiterlijk" or "eind", "book ... in Q2" read as the
// verb "book in", and "(by September 15)" read as a list item numbered 15. Each is read in Dutch and
// English, beside phrasings that must still count.
import { describe, expect, it } from 'vitest';
import { analyzeGoalText } from '../../src/agreements/index.js';
import { verdicts } from './verdicts.js';

const same = (pairs: readonly (readonly [string, string])[]): void => {
  for (const [plain, changed] of pairs) expect([changed, verdicts(changed)]).toEqual([changed, verdicts(plain)]);
};

const smart = {
  nl: 'Ik rond voor 1 juni de cursus Excel af.',
  en: 'I will pass the AWS Cloud Practitioner exam by March 15th.',
};

describe('analyzeGoalText: a sentence on the mood one is in is no goal', () => {
  it('passes over a short sentence of being or feeling and a mood, in both languages', () => {
    same([
      [smart.nl, `${smart.nl} Ik ben er blij mee.`],
      [smart.nl, `${smart.nl} Ik ben er echt heel blij mee!`],
      [smart.nl, `${smart.nl} Ik voel me gemotiveerd.`],
      [smart.nl, `${smart.nl} Mijn leidinggevende is er ook enthousiast over.`],
      [smart.en, `${smart.en} I am happy with it.`],
      [smart.en, `${smart.en} I'm so excited!`],
      [smart.en, `${smart.en} I feel really motivated.`],
      [smart.en, `${smart.en} We're both pleased with the plan.`],
    ]);
    expect(verdicts(`${smart.nl} Ik ben er blij mee.`)).toBe('SMT');
    expect(verdicts(`${smart.en} I'm so excited!`)).toBe('SMT');
  });

  it('keeps a sentence whose mood names an outcome, a goal or a change as what it says', () => {
    // A clause or an infinitive after the mood, or a number, says what is to happen: it is read.
    for (const text of [
      `${smart.nl} Ik ben blij als ik het examen haal.`,
      `${smart.nl} Ik ben gemotiveerd om daarna ook Word te leren.`,
      `${smart.en} I'm happy when the team is ready.`,
      `${smart.nl} Ik word blijer op mijn werk.`,
    ])
      expect([text, analyzeGoalText(text, { locale: 'auto' }).goals]).toEqual([text, 2]);
    // A word of intent makes it a goal whatever mood it names.
    expect(analyzeGoalText(`${smart.en} I will be happy and calm at work.`, { locale: 'en' }).goals).toBe(2);
    // Only a sentence around a goal is an aside: on its own, the mood is all the text says.
    expect(verdicts('Ik ben er blij mee.')).toBe('smt');
  });

  it('reads the sentence after PS or NB as if it stood alone', () => {
    same([
      [smart.nl, `${smart.nl} PS: daar heb ik echt zin in!`],
      [smart.nl, `${smart.nl} P.S. ik ben er blij mee.`],
      [smart.nl, `${smart.nl} NB: dit heb ik met Henk besproken.`],
      [smart.en, `${smart.en} PS: I'm really looking forward to it!`],
      [smart.en, `${smart.en} N.B. I discussed this with Henk.`],
    ]);
    // An afterthought that sets a goal is read as one, as it would be without the label.
    same([
      [`${smart.nl} Ik ga ook vaker feedback vragen.`, `${smart.nl} PS: ik ga ook vaker feedback vragen.`],
      [`${smart.en} I will also ask for feedback more often.`, `${smart.en} PS: I will also ask for feedback more often.`],
    ]);
    expect(verdicts(`${smart.nl} PS: ik ga ook vaker feedback vragen.`)).toBe('Smt');
  });
});

describe('analyzeGoalText: tags, list tails, item numbers and signatures dress a goal', () => {
  it('passes over a hashtag', () => {
    same([
      [smart.nl, 'Ik rond voor 1 juni de cursus Excel af #pop2027'],
      ['Beter leren plannen.', 'Beter leren plannen. #leerdoel #2027'],
      [smart.en, 'I will pass the AWS Cloud Practitioner exam by March 15th. #growth'],
    ]);
    expect(verdicts('Beter leren plannen #pop2027')).toBe('smt');
  });

  it('passes over "enz.", "etc." and "and so on" at the end of a sentence, not "en zo" that goes on', () => {
    same([
      ['Eind Q3 rond ik de leergang projectmanagement af.', 'Eind Q3 rond ik de leergang projectmanagement af enz.'],
      ['Eind Q3 rond ik de leergang projectmanagement af.', 'Eind Q3 rond ik de leergang projectmanagement af e.d.'],
      [
        'Eind Q3 rond ik de leergang projectmanagement af. Daarna oefen ik.',
        'Eind Q3 rond ik de leergang projectmanagement af en zo. Daarna oefen ik.',
      ],
      [smart.en, 'I will pass the AWS Cloud Practitioner exam by March 15th and so on.'],
      ['By June I will write the manual, the checklist.', 'By June I will write the manual, the checklist etc.'],
    ]);
    // "en zo" that goes on with the sentence is a connective ("and that way"), not a list's tail.
    expect(verdicts('Ik volg een training en zo leer ik beter plannen.')).toBe(verdicts('Ik volg een training en leer zo beter plannen.'));
  });

  it('passes over a lone item number in front, not the numbers of a list', () => {
    same([
      [smart.nl, `1. ${smart.nl}`],
      [smart.en, `1) ${smart.en}`],
      [
        'Jeroen wil zich verder ontwikkelen in vergunningen. Hij leest in het eerste kwartaal van 2027 mee bij minimaal zes aanvragen.',
        '1. Jeroen wil zich verder ontwikkelen in vergunningen. Hij leest in het eerste kwartaal van 2027 mee bij minimaal zes aanvragen.',
      ],
    ]);
    // With a second item it is a list: each item is a goal of its own.
    expect(analyzeGoalText('1. Voor 1 juni de BHV halen. 2. Beter plannen.', { locale: 'nl' }).goals).toBe(2);
    // "1.5 uur" is an amount.
    expect(analyzeGoalText('1.5 uur per week oefen ik tot juni met Excel.', { locale: 'nl' }).measurable.status).toBe('met');
  });

  it('passes over a name signed after a dash at the end, also for the language', () => {
    same([
      ['Mijn kennis over HR verdiepen.', 'Mijn kennis over HR verdiepen. - Sanne de Vries'],
      ['Mijn kennis over HR verdiepen.', 'Mijn kennis over HR verdiepen. — Jan van der Berg'],
      ['Deepen my HR knowledge.', 'Deepen my HR knowledge. - Sanne'],
      ['pass SQE2.', 'pass SQE2. - Sanne de Vries'],
      ['Learn Spanish.', 'Learn Spanish.\n- Sanne de Vries'],
    ]);
    // A Dutch name signed under an English goal leaves it English.
    expect(analyzeGoalText('Learn Spanish. - Sanne de Vries', { locale: 'auto' }).locale).toBe('en');
    // Without a sentence's end before the dash, the words after it are read with the goal.
    expect(verdicts('Mijn kennis over HR verdiepen - Sanne de Vries')).toBe('Smt');
    // Lower-case words after the dash are no name.
    expect(verdicts('Mijn kennis over HR verdiepen. - met Sanne de Vries als coach')).not.toBe(verdicts('Mijn kennis over HR verdiepen.'));
  });
});

describe('analyzeGoalText: a deadline written another way', () => {
  it('finds a Dutch particle before a time, whatever word opens the time', () => {
    same([
      ['Ik rond de BHV-herhalingscursus af voor eind maart.', 'Ik rond de BHV-herhalingscursus af uiterlijk eind maart.'],
      ['Ik rond de BHV-herhalingscursus af voor eind maart.', 'Ik rond de BHV-herhalingscursus af eind maart.'],
      ['Ik rond de BHV-herhalingscursus af voor 1 maart.', 'Ik rond de BHV-herhalingscursus af uiterlijk 1 maart.'],
    ]);
    expect(verdicts('Ik rond de BHV-herhalingscursus af uiterlijk eind maart.')).toBe('SMT');
  });

  it('keeps the preposition that opens a time out of a verb', () => {
    same([
      ['Read 12 books on leadership this year to broaden my perspective.', 'Read 12 books on leadership in Q2 to broaden my perspective.'],
    ]);
    expect(verdicts('Read 12 books on leadership in Q2 to broaden my perspective.')).toBe('SMT');
    // A particle after the time is still the verb's.
    expect(verdicts('Ik werk de nieuwe collega in juni in.')).toBe('SMT');
  });

  it('reads a number that closes a bracket as part of it, not as a list item', () => {
    same([
      [
        'Before the next team day (by 12 March) I will prepare and deliver a one-hour workshop for my department.',
        'Before the next team day (by September 15) I will prepare and deliver a one-hour workshop for my department.',
      ],
    ]);
    expect(analyzeGoalText('Before the team day (by September 15) I will deliver a workshop.', { locale: 'en' }).goals).toBe(1);
    // A list numbered on one line is still a list.
    expect(analyzeGoalText('1) de BLS-training halen 2) meer betrokken zijn', { locale: 'nl' }).goals).toBe(2);
  });
});

describe('analyzeGoalText: a name or a title in quotes', () => {
  it('reads the words inside the quotes as it reads them without', () => {
    same([
      ['Before the Black Friday sale, redo the shop window.', "Before the 'Black Friday' sale, redo the shop window."],
      [
        'By New Year all files of the department will have been digitised.',
        'By "New Year" all files of the department will have been digitised.',
      ],
      ['Voor de Black Friday-actie richt ik de etalage opnieuw in.', "Voor de 'Black Friday'-actie richt ik de etalage opnieuw in."],
      ['Ik haal voor 1 juni het certificaat VCA Basis.', "Ik haal voor 1 juni het certificaat 'VCA Basis'."],
    ]);
    // Evidence still points into the text as written, quotes included.
    const text = "Before the 'Black Friday' sale, redo the shop window.";
    const [deadline] = analyzeGoalText(text, { locale: 'en' }).timeBound.evidence;
    expect(deadline?.text).toBe("Before the 'Black Friday' sale");
    expect(text.slice(deadline?.start, deadline?.end)).toBe(deadline?.text);
  });
});

describe('analyzeGoalText: a heading before an aside', () => {
  it('keeps a time that heads the text when the sentence after its colon is an aside', () => {
    const goal = 'Daarom wil ik bij elk MDO minstens één casus zelf inbrengen.';
    expect(verdicts(`In de komende drie maanden: ik merk dat ik in MDO's vaak niet aan het woord kom. ${goal}`)).toBe('SMT');
    expect(
      verdicts(
        "Ahead of my mid-year check: I tend to lose track of deadlines. So I'll build a checklist for putting together trial bundles.",
      ),
    ).toBe('SMT');
    // A sentence that is an aside as a whole, its first word before the colon, is passed over whole.
    same([
      [
        'Ik haal voor de zomer mijn VCA-diploma.',
        'Ik haal voor de zomer mijn VCA-diploma. Nodig: opleidingsbudget, studietijd en studieverlof.',
      ],
    ]);
  });
});

describe('analyzeGoalText: numbers written another way', () => {
  it('reads a percentage in words with a feeling as it reads one with the sign: no measure', () => {
    same([
      ['Binnen drie maanden wil ik 40% rustiger zijn.', 'Binnen drie maanden wil ik 40 procent rustiger zijn.'],
      ['Eind dit jaar 20% meer plezier in mijn werk.', 'Eind dit jaar 20 procent meer plezier in mijn werk.'],
      ['Feel 30% less stressed within three months.', 'Feel 30 percent less stressed within three months.'],
      ['Enjoy my job 30% more for the rest of the year.', 'Enjoy my job 30 percent more for the rest of the year.'],
    ]);
    // On an indicator a percentage in words still measures.
    expect(verdicts('Het responspercentage stijgt dit jaar naar 80 procent.').charAt(1)).toBe('M');
  });

  it('reads an ordinal in digits as the word: het 2e kwartaal, de 2de helft, the 2nd quarter', () => {
    same([
      [
        'Ik wil in het tweede kwartaal 20 uur besteden aan de cursus Excel.',
        'Ik wil in het 2e kwartaal 20 uur besteden aan de cursus Excel.',
      ],
      ['In de tweede helft van het jaar geef ik drie workshops.', 'In de 2de helft van het jaar geef ik drie workshops.'],
      ['In het eerste halfjaar geef ik drie workshops.', 'In het 1e halfjaar geef ik drie workshops.'],
      ['In the second quarter I will run three workshops.', 'In the 2nd quarter I will run three workshops.'],
    ]);
    expect(verdicts('In het 1ste kwartaal rond ik de cursus Excel af.')).toBe('SMT');
  });
});
