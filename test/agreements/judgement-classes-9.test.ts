// Classes of goal language named on the probe half of set 9 (public sector: wards, schools, a water
// board, childcare), each read in Dutch and English, with phrasings next to them that must not change.
import { describe, expect, it } from 'vitest';
import { analyzeGoalText } from '../../src/agreements/index.js';
import { verdicts } from './verdicts.js';

const analysis = (text: string) => analyzeGoalText(text, { locale: 'auto' });

describe('analyzeGoalText: a limit after "each" and what recurs is a response time, no deadline', () => {
  it('reads "bij elke nieuwe aanmelding binnen 5 werkdagen", for every new referral ... within 5 working days as how fast each time', () => {
    for (const text of [
      'Bij elke nieuwe aanmelding binnen 5 werkdagen op huisbezoek.',
      'Na elke klacht bel ik de klant binnen 2 uur terug.',
      'For every new referral I do a home visit within 5 working days.',
      'Reply to every customer email within a day.',
    ]) {
      expect([text, analysis(text).timeBound.status]).toEqual([text, 'unmet']);
      expect([text, analysis(text).measurable.status]).toEqual([text, 'met']);
    }
  });

  it('keeps a bounded period of weeks or months a deadline beside a frequency', () => {
    expect(verdicts('Elke week bel ik drie klanten, en binnen drie maanden heb ik twintig nieuwe klanten.')).toBe('SMT');
    expect(verdicts('Within two months I will call every new client.')).toBe('SMT');
  });
});

describe('analyzeGoalText: a numbered list on one line has its numbers as list marks', () => {
  it('reads "1) ... 2) ..." and "a) ... b) ..." as items: the vague second item falls short, and has no deadline of its own', () => {
    for (const text of [
      '1) voor eind maart de BLS-training halen 2) meer betrokken zijn bij het team',
      'a) pass the first-aid exam by June b) be more involved in the team',
    ]) {
      const read = analysis(text);
      expect([text, read.goals, read.specific.status, read.measurable.status]).toEqual([text, 2, 'unmet', 'unmet']);
    }
    expect(analysis('a) pass the first-aid exam by June b) be more involved in the team').timeBound.status).toBe('unmet');
  });

  it('does not read the next item\'s number as a day: "by June 2) present it" is June', () => {
    const read = analysis('1) pass the exam by June 2) present it at the team meeting in May');
    expect(read.timeBound.evidence.map((span) => span.text)).toEqual(['by June', 'the team meeting in May']);
    expect(read.goals).toBe(2);
    // Evidence still points into the caller's text.
    expect(read.timeBound.evidence[0]?.start).toBe('1) pass the exam '.length);
  });

  it('leaves a closing bracket after a word alone', () => {
    expect(verdicts('Ik haal voor juni mijn VCA (met hulp van mijn coach).')).toBe('SMT');
    expect(verdicts('Pass the B2 exam (level 2) by June.')).toBe(verdicts('Pass the B2 exam by June.'));
  });
});

describe('analyzeGoalText: an opening aim that the next sentences work out is no goal of its own', () => {
  it('judges "X wants to get better at ... She will ..." by the sentences that say how', () => {
    for (const [text, expected] of [
      [
        'Priya wants to get better at assessing flood risk consents. She will shadow a senior officer on at least five applications before her probation ends in June.',
        'SMT',
      ],
      ['Sam wants to develop further as a buyer. He will negotiate two supplier contracts on his own before the end of Q2.', 'SMT'],
      ['Ik wil beter worden in plannen. Ik maak vanaf januari elke maandag een weekplanning.', 'SMT'],
      [
        'Jeroen wil zich verder ontwikkelen in het beoordelen van vergunningen. Hij leest in het eerste kwartaal van 2027 mee met een senior bij minimaal zes aanvragen.',
        'SMT',
      ],
    ] as const) {
      expect([text, verdicts(text)]).toEqual([text, expected]);
      expect([text, analysis(text).goals]).toEqual([text, 1]);
    }
  });

  it('keeps the aim a goal of its own when it stands alone or a sentence adds something else', () => {
    expect(verdicts('Ik wil beter worden in plannen.')).toBe('smt');
    expect(verdicts('Sam wants to develop further as a buyer.')).toBe('smt');
    expect(verdicts('Ik wil groeien als teamleider. Daarnaast haal ik voor juni mijn VCA.')).toBe('smT');
    expect(analysis('Ik wil groeien als teamleider. Daarnaast haal ik voor juni mijn VCA.').goals).toBe(2);
  });
});

describe('analyzeGoalText: deadlines tied to events people name by their length, season or school year', () => {
  it("reads a review by its length, a rota by its season, a parents' evening and a split school year as deadlines", () => {
    for (const [text, words] of [
      ['Pass my NEBOSH certificate by my six-month review.', 'by my six-month review'],
      ['Run two stand-ups on my own before my 90-day review.', 'before my 90-day review'],
      ['Draw up the checklist ahead of the winter rota.', 'ahead of the winter rota'],
      ["Present the new reading plan at the March parents' evening.", "at the March parents' evening"],
      ['Mentor one trainee during the 2026/27 academic year.', 'during the 2026/27 academic year'],
      ['Ik begeleid in het eerste kwartaal van 2027 twee stagiairs.', 'in het eerste kwartaal van 2027'],
    ] as const) {
      const read = analysis(text);
      expect([text, read.timeBound.status]).toEqual([text, 'met']);
      expect(read.timeBound.evidence.map((span) => span.text)).toContain(words);
    }
  });

  it('counts nothing with the length of the review or the year of the quarter', () => {
    expect(analysis('Feel 40% less stressed on night shifts by my six-month review.').measurable.status).toBe('unmet');
    expect(
      analysis('Hij leest in het eerste kwartaal van 2027 mee met een senior.').measurable.evidence.map((span) => span.text),
    ).not.toContain('2027 mee');
  });
});

describe('analyzeGoalText: doing a concrete thing is that act; "het ... regelen" stays a placeholder', () => {
  it('reads "de bestellingen doen", do a home visit as specific', () => {
    for (const text of [
      'Vanaf nu zelf de bestellingen bij de leverancier doen.',
      'I do a home visit for every new client.',
      'Doe de kasopmaak zelf.',
    ])
      expect([text, analysis(text).specific.status]).toEqual([text, 'met']);
    for (const text of ['Do my best.', 'Ik doe mijn werk.', 'Do things differently.'])
      expect([text, analysis(text).specific.status]).toEqual([text, 'unmet']);
  });

  it('reads "het met de klant regelen", het zsm oplossen as a placeholder, an object before the verb not', () => {
    for (const text of ['Het met de klant regelen.', 'Ik ga het zsm oplossen.', 'Dat samen met Piet afhandelen voor 1 juni.'])
      expect([text, analysis(text).specific.status, analysis(text).measurable.status]).toEqual([text, 'unmet', 'unmet']);
    expect(analysis('Ik bespreek voor 1 juni het rapport met de klant.').specific.status).toBe('met');
  });
});

describe('analyzeGoalText: a step that comes first, on what the goal made, is part of that goal', () => {
  it('reads "Ze test ze eerst zelf met één klas", I will first test them as under the goal\'s deadline', () => {
    for (const text of [
      'Lisa ontwikkelt vóór de start van blok 3 drie nieuwe praktijkopdrachten. Ze test ze eerst zelf met één klas.',
      'Voor 1 juni schrijf ik drie nieuwe casussen. Ik bespreek ze van tevoren met mijn coach.',
      'By June I will write three new case studies. First of all I will test them with my coach.',
    ]) {
      const read = analysis(text);
      expect([text, read.goals, read.timeBound.status]).toEqual([text, 1, 'met']);
    }
  });

  it('keeps a first step without a word pointing back, or "the first" module, a goal of its own', () => {
    expect(analysis('Ik haal voor juni mijn VCA. Ik wil eerst meer rust.').goals).toBe(2);
    expect(verdicts('Ik haal voor juni mijn VCA. Ik wil eerst meer rust.')).toBe('smt');
    expect(analysis('Pass the exam by June. The first module I finish in March.').goals).toBe(2);
  });
});

describe('analyzeGoalText: a number on how something feels measures nothing (set 9)', () => {
  it('reads "30% more enjoyable", 40% less stressed as a feeling', () => {
    for (const text of [
      'Make my job 30% more enjoyable.',
      'Feel 40% less stressed on night shifts.',
      'Make the work 20% more fun by June.',
    ])
      expect([text, analysis(text).measurable.status]).toEqual([text, 'unmet']);
    expect(analysis('Cut the overtime by 30% by June.').measurable.status).toBe('met');
  });
});

describe("analyzeGoalText: a time inside the first item of a list is that item's", () => {
  it('does not let "1) voor eind maart ..." bound the second item, but a heading with a colon bounds all', () => {
    expect(analysis('1) voor eind maart de BLS-training halen 2) elke week een collega inwerken').timeBound.status).toBe('unmet');
    expect(analysis('a) by June pass the first-aid exam b) coach one new colleague every week').timeBound.status).toBe('unmet');
    expect(analysis("Voor eind maart: 1) de BLS-training halen 2) twee collega's inwerken").timeBound.status).toBe('met');
    // Without a list, a time in front of all goals still covers them.
    expect(analysis("Voor eind maart haal ik de BLS-training en werk ik twee collega's in.").timeBound.status).toBe('met');
  });
});

describe('analyzeGoalText: how often in vague words measures nothing; a counted frequency makes a behaviour concrete', () => {
  it('reads regelmatig, af en toe, regularly, from time to time as a vague amount', () => {
    for (const text of [
      "Ik vraag regelmatig feedback aan mijn collega's.",
      'Ik neem af en toe een vroege dienst.',
      'Ask colleagues for feedback regularly.',
      'From time to time I present a case at the team meeting.',
    ]) {
      const read = analysis(text);
      expect([text, read.measurable.status]).toEqual([text, 'unmet']);
      expect(read.findings.map((finding) => finding.code)).toContain('agreement.text.vagueQuantity');
    }
    expect(analysis("Ik vraag elke maand feedback aan twee collega's.").measurable.status).toBe('met');
  });

  it('reads "work overtime at most once a week" as concrete, "improve my planning by a weekly review" not', () => {
    expect(verdicts('Work overtime at most once a week.')).toBe('SMt');
    expect(verdicts('Improve my planning by a weekly review.')[0]).toBe('s');
  });
});

describe('analyzeGoalText: a move to a post named by its title is an outcome', () => {
  it('reads "step up to deputy room leader", promoted to senior claims officer as specific and measurable', () => {
    for (const text of [
      'From 1 September step up to deputy room leader in the baby room.',
      'Get promoted to senior claims officer by June.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SMT']);
    expect(verdicts('Step up to the plate.')).toBe('smt');
  });

  it('reads a job made more enjoyable or pleasant as no concrete act', () => {
    expect(verdicts('Make my job 30% more enjoyable.')).toBe('smt');
    expect(verdicts('Find my work more rewarding and satisfying this year.')).toBe('smT');
  });
});

describe('analyzeGoalText: an opening aim without a verb of its own, or two in a row, still only introduces the goal', () => {
  it('judges "I want to get better at my job. Before my next review I will have three conversations ..." by the second sentence', () => {
    expect(
      verdicts('I want to get better at my job. Before my next review I will have three exploratory conversations with colleagues.'),
    ).toBe('SMT');
    expect(verdicts('Ik wil me verder ontwikkelen in mijn vak. Ik wil beter worden in plannen. Ik haal voor juni mijn VCA.')).toBe('SMT');
    // A list number in front changes nothing.
    expect(verdicts('1) Ik wil me verder ontwikkelen in mijn vak. Ik haal voor juni mijn VCA.')).toBe('SMT');
  });

  it('keeps a remark on support after the aim a remark: the aim is then the goal, and a vague one', () => {
    expect(
      verdicts('De medewerker moet zich verder ontwikkelen in zijn communicatie. Daarbij heb ik steun van mijn leidinggevende nodig.'),
    ).toBe('smt');
  });
});

describe('analyzeGoalText: a short goal in title case with a capitalised function word is not a name', () => {
  it('reads "Mijn Kennis Over HR Verdiepen", Improve My Planning as the sentences they are', () => {
    expect(verdicts('Mijn Kennis Over HR Verdiepen.')).toBe('smt');
    expect(verdicts('Mijn kennis over HR verdiepen.')).toBe('smt');
    expect(verdicts('Improve My Planning')).toBe('smt');
    expect(verdicts('Pass Prince2 Foundation By June')).toBe('SMT');
  });

  it('keeps a name of capitalised words without a function word a name', () => {
    expect(verdicts('Lean Six Sigma Green Belt')).toBe('SMt');
  });
});

describe('analyzeGoalText: a day of the month in Dutch words is a date', () => {
  it('reads "op drie juni", voor tien januari as dates, "drie maanden" as no date', () => {
    expect(analysis('Op drie juni verzorg ik de opening van de teamdag.').timeBound.evidence.map((span) => span.text)).toEqual([
      'Op drie juni',
    ]);
    expect(analysis('Voor tien januari zijn alle afschriften afgeletterd.').timeBound.status).toBe('met');
    const period = analysis('Ik geef drie maanden lang elke week een les.');
    expect(period.timeBound.status).toBe('met');
    expect(period.timeBound.evidence.map((span) => span.rule)).not.toContain('calendar.dayWordMonth');
  });
});

describe('analyzeGoalText: without a verb, a thing one does with how often is doing it', () => {
  it('reads "elke vrijdag 30 min. intervisie", every month a case review as specific', () => {
    for (const text of [
      'Tot de zomervakantie elke vrijdag 30 min. intervisie met mijn buddy over lastige casussen.',
      'Bij elke nieuwe aanmelding binnen 5 werkdagen op huisbezoek.',
      'Elke week een presentatie voor het team.',
      'Every month a case review with my mentor.',
    ])
      expect([text, analysis(text).specific.status]).toEqual([text, 'met']);
  });

  it('keeps a vague thing, or such a noun without how often, unspecific', () => {
    expect(analysis('Elke week iets met Excel.').specific.status).toBe('unmet');
    expect(analysis('Every week a bit more focus.').specific.status).toBe('unmet');
    expect(analysis('Meer intervisie.').specific.status).toBe('unmet');
  });
});
