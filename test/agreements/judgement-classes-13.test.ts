// Classes of goal language named on set 13's probe half (education, retail, logistics, a contact
// centre, a municipality) and on metamorphic scans of the tuning and probe goals (a greeting, a filler
// or a bullet in front, an ampersand for "and", a purpose after the goal: none changes what the goal
// says), each read in Dutch and English in several phrasings, with phrasings next to them that must
// not change.
import { describe, expect, it } from 'vitest';
import { analyzeGoalText } from '../../src/agreements/index.js';
import { verdicts } from './verdicts.js';

describe('analyzeGoalText: what opens a message is no part of the goal', () => {
  it('passes over a greeting with the name of the reader', () => {
    for (const [plain, greeted] of [
      ['Meer structuur aanbrengen in mijn werk.', 'Hoi Marieke, meer structuur aanbrengen in mijn werk.'],
      ['Ik wil vaker nee zeggen.', 'Beste Jan en Sevda,\nIk wil vaker nee zeggen.'],
      ['Ik rond voor 1 juni de cursus Excel af.', 'Hallo! Ik rond voor 1 juni de cursus Excel af.'],
      ['Be a bit more assertive in meetings.', 'Hi Sarah, be a bit more assertive in meetings.'],
      ['Sell 15% more this quarter.', 'Good afternoon Raj, sell 15% more this quarter.'],
      ['Obtain a certificate.', 'Good morning Ms Evans: obtain a certificate.'],
    ] as const)
      expect([greeted, verdicts(greeted)]).toEqual([greeted, verdicts(plain)]);
    // The name in the greeting is no name of what will be done.
    expect(verdicts('Hoi Marieke, meer structuur aanbrengen in mijn werk.')).toBe('smt');
    expect(verdicts('Hi Sarah, lose weight.')).toBe('smt');
  });

  it('passes over a filler that opens typed or spoken text', () => {
    for (const [plain, filled] of [
      ['Ik rond voor 1 juni de cursus Excel af.', 'ok dus ik rond voor 1 juni de cursus Excel af.'],
      ['Sneller werken.', 'Oké, sneller werken.'],
      ['Ik wil me oriënteren op een andere functie.', 'Dus ik wil me oriënteren op een andere functie.'],
      [
        'I will pass the AWS Cloud Practitioner exam by March 15th.',
        'so basically i will pass the AWS Cloud Practitioner exam by March 15th.',
      ],
      ['Get my forklift licence in 2027.', 'okay so get my forklift licence in 2027.'],
      ['Make fewer mistakes.', 'Well, make fewer mistakes.'],
    ] as const)
      expect([filled, verdicts(filled)]).toEqual([filled, verdicts(plain)]);
    expect(verdicts('ok dus ik rond voor 1 juni de cursus Excel af.')).toBe('SMT');
  });

  it('must not change: a greeting word inside the goal, "so that", a word that only looks like a filler', () => {
    expect(verdicts('Beste verkoper van de regio worden voor de zomer.')).toBe('smT');
    expect(analyzeGoalText('So that I can plan better, I will use a planner every day.', { locale: 'en' }).specific.status).toBe('met');
    expect(verdicts('Goed leren onderhandelen.')).toBe('smt');
  });
});

describe('analyzeGoalText: an abbreviation spelled out in brackets still names what it stands before', () => {
  it('reads "BHV (in-house emergency response) certificate" as the BHV certificate', () => {
    for (const text of [
      'Get my BHV (in-house emergency response) certificate by 1 May.',
      'Ik haal mijn BHV (bedrijfshulpverlening) diploma voor 1 mei.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SMT']);
  });

  it('must not change: brackets with a number, or after a plain word, say more than a spelling out', () => {
    const counted = analyzeGoalText('Ik rond de cursus VCA (3 dagen) af.', { locale: 'nl' });
    expect(counted.measurable.evidence.map((span) => span.text)).toContain('3 dagen');
    expect(analyzeGoalText('Ik schrijf het plan (voor het MT) voor 1 mei.', { locale: 'nl' }).timeBound.status).toBe('met');
  });
});

describe('analyzeGoalText: a bullet, an ampersand and a purpose keep the goal as it was', () => {
  it('a bullet in front of one goal does not part a time in front from the goals after it', () => {
    expect(verdicts('- In Q2 de PRINCE2 Foundation halen en een beetje beter plannen.')).toBe(
      verdicts('In Q2 de PRINCE2 Foundation halen en een beetje beter plannen.'),
    );
    expect(analyzeGoalText('- In Q2 pass PRINCE2 Foundation and plan a bit better.', { locale: 'en' }).timeBound.status).toBe('met');
    // A numbered list after the bullet keeps each item's time its own.
    expect(
      analyzeGoalText('- 1. voor 1/10 de BHV-cursus afronden 2. een keer per kwartaal de AED-check doen', { locale: 'nl' }).timeBound
        .status,
    ).toBe('unmet');
  });

  it('an ampersand between two goals joins them as "en" and "and" do', () => {
    for (const [written, spelled] of [
      [
        'Ik rond mijn scriptie af voor 1 juli & start daarna met sollicitaties bij drie gemeenten.',
        'Ik rond mijn scriptie af voor 1 juli en start daarna met sollicitaties bij drie gemeenten.',
      ],
      [
        'Finish the wound-care module by Friday & keep my patient documentation up to date.',
        'Finish the wound-care module by Friday and keep my patient documentation up to date.',
      ],
      ['In Q2 pass PRINCE2 Foundation & plan a bit better.', 'In Q2 pass PRINCE2 Foundation and plan a bit better.'],
    ] as const) {
      const a = analyzeGoalText(written, { locale: 'auto' });
      const b = analyzeGoalText(spelled, { locale: 'auto' });
      expect([written, verdicts(written), a.goals]).toEqual([written, verdicts(spelled), b.goals]);
    }
  });

  it('a purpose after a target without a verb leaves it a target', () => {
    for (const text of [
      'klanttevredenheid balie burgerzaken minimaal een 8, zodat ik me prettiger voel op mijn werk.',
      'customer satisfaction at the council front desk at least 8 out of 10, so that I feel better at work.',
      'no more than one late handover per month on ward 4, so that I feel better at work.',
    ])
      expect([text, analyzeGoalText(text, { locale: 'auto' }).specific.status]).toEqual([text, 'met']);
    expect(analyzeGoalText('Meer rust, zodat ik me prettiger voel op mijn werk.', { locale: 'nl' }).specific.status).toBe('unmet');
  });
});

describe('analyzeGoalText: periods of a school and a shop floor (set 13)', () => {
  it('reads a numbered school period, a run of weeks, the end of a week and a count of shifts as bounded', () => {
    for (const text of [
      'In period 2:\n- mark every mock exam within a week\n- work 3 extra shifts as shift leader',
      'In periode 2 kijk ik alle proeftoetsen binnen een week na.',
      'Ik probeer de nieuwe opdrachten uit voor blok 3.',
      "In wk 49 t/m 52 minder vaak collega's onderbreken tijdens de briefing.",
      'In weeks 49 to 52 I will interrupt colleagues less often in the briefing.',
      'By the end of week 6 I will have finished the course Excel for Planners.',
      'Binnen twee diensten doe ik de kasafsluiting zelfstandig.',
      'Run the forklift check on my own within 3 shifts.',
      'Up to the May holiday I will write the rota every Friday.',
    ])
      expect([text, analyzeGoalText(text, { locale: 'auto' }).timeBound.status]).toEqual([text, 'met']);
  });

  it('the numbers of a week range or a week belong to the date, they count nothing', () => {
    const range = analyzeGoalText("In wk 49 t/m 52 minder vaak collega's onderbreken tijdens de briefing.", { locale: 'nl' });
    expect(range.measurable.status).toBe('unmet');
    const edge = analyzeGoalText('By the end of week 6 I will interrupt colleagues less often.', { locale: 'en' });
    expect(edge.measurable.status).toBe('unmet');
  });

  it('must not change: shifts as a thing done, a period without a number, a module', () => {
    expect(verdicts('Work 3 extra shifts as shift leader.')).toBe('SMt');
    expect(analyzeGoalText('In de volgende periode wil ik meer leren.', { locale: 'nl' }).timeBound.status).toBe('unmet');
    expect(analyzeGoalText('Finish module 3 of the course.', { locale: 'en' }).timeBound.status).toBe('unmet');
  });
});

describe('analyzeGoalText: what is done, named in a few more ways (set 13)', () => {
  it('a vague length of time says how long, not what: the action stays specific', () => {
    const text = 'binnenkort een paar dagen meelopen met de planning om te zien hoe zij de ritten maken';
    const analysis = analyzeGoalText(text, { locale: 'nl' });
    expect([analysis.specific.status, analysis.measurable.status, analysis.timeBound.status]).toEqual(['met', 'unmet', 'unmet']);
    expect(verdicts('Een paar dagen meelopen.')).toBe('smt');
  });

  it('counting the stock is a job done or not; an exercise that takes place is an event', () => {
    expect(verdicts('Na de uitverkoop de complete voorraad schoenen opnieuw tellen en de verschillen corrigeren.')).toMatch(/^SM/u);
    expect(verdicts('Count the whole stock after the sale and correct the differences.')).toMatch(/^SM/u);
    expect(verdicts('Voor 1 februari de ontruimingsoefening laten plaatsvinden.')).toBe('SMT');
  });

  it('a pass on a resit is a pass/fail outcome; a webinar on a named system is named', () => {
    expect(verdicts('finally get a pass on that resit before the april exam week')).toBe('sMT');
    expect(analyzeGoalText('Watch the webinar on the new WMS asap.', { locale: 'en' }).specific.status).toBe('met');
    expect(analyzeGoalText('Follow a course on the ward.', { locale: 'en' }).specific.status).toBe('unmet');
  });

  it('something fun, iets leuks: how it is, not what; an aim after the goal adds no act', () => {
    expect(verdicts('Dave will organize something fun with the team 4 times this quarter, to lift the mood.')).toBe('sMT');
    expect(verdicts('Iets leuks organiseren met het team, 4 keer dit kwartaal.')).toBe('sMT');
    expect(verdicts('Lift the morale of the night team.')).toBe('smt');
    expect(analyzeGoalText('Lift 20 kg boxes safely.', { locale: 'en' }).specific.status).toBe('met');
  });
});

describe('analyzeGoalText: a numbered goal label and a number on a feeling in figures', () => {
  it('"Goal 1:" labels the goal, it orders nothing', () => {
    for (const [labelled, plain] of [
      [
        'Goal 1: Until summer, phone new clients more often instead of sending an email.',
        'Until summer, phone new clients more often instead of sending an email.',
      ],
      ['Goal 2: In Q2 pass PRINCE2 Foundation and plan a bit better.', 'In Q2 pass PRINCE2 Foundation and plan a bit better.'],
      ['Doel 1: Tot de zomer vaker nieuwe klanten bellen.', 'Tot de zomer vaker nieuwe klanten bellen.'],
    ] as const)
      expect([labelled, verdicts(labelled)]).toEqual([labelled, verdicts(plain)]);
    // A word of the goal that is also a verb stays one: "Plan the review".
    expect(analyzeGoalText('Plan 3 reviews with the team by May.', { locale: 'en' }).specific.status).toBe('met');
  });

  it('"2 keer zo gemotiveerd" is as unmeasurable as "twee keer zo gemotiveerd"', () => {
    for (const text of [
      'Ik wil 2 keer zo gemotiveerd zijn als vorig jaar.',
      'voor de kerstvakantie 2 keer zo gemotiveerd zijn als nu',
      'Be 2 times as motivated as last year.',
    ])
      expect([text, analyzeGoalText(text, { locale: 'auto' }).measurable.status]).toEqual([text, 'unmet']);
    expect(analyzeGoalText('Ik bel 2 keer zo veel klanten als vorig jaar.', { locale: 'nl' }).measurable.status).toBe('met');
  });
});

describe('analyzeGoalText: software goes by its name, also typed in lower case', () => {
  it('reads a tool typed in lower case as named, as it is with a capital', () => {
    for (const [lower, capital] of [
      ['ik wil beter worden in het gebruik van excel.', 'Ik wil beter worden in het gebruik van Excel.'],
      ['get better at using excel.', 'Get better at using Excel.'],
      ['voor de zomer de basiscursus power bi afronden', 'Voor de zomer de basiscursus Power BI afronden'],
    ] as const)
      expect([lower, verdicts(lower)]).toEqual([lower, verdicts(capital)]);
    expect(analyzeGoalText('get better at using excel.', { locale: 'en' }).specific.evidence.map((span) => span.rule)).toContain('name');
  });

  it('must not change: a common word that is no tool, a plural of team', () => {
    expect(analyzeGoalText('Ik wil beter worden in mijn werk.', { locale: 'nl' }).specific.status).toBe('unmet');
    expect(analyzeGoalText('Beter samenwerken met andere teams.', { locale: 'nl' }).specific.status).toBe('unmet');
    expect(analyzeGoalText('Get a better outlook on my career.', { locale: 'en' }).specific.status).toBe('unmet');
  });
});
