import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeGoalText } from '../../src/agreements/index.js';
import type { GoalTextAnalysis } from '../../src/agreements/index.js';
import { plainText } from '../../src/core/index.js';
import { loadCorpus, score } from './corpus.js';

const analyze = (text: unknown, locale: 'nl' | 'en' | 'auto' = 'auto'): GoalTextAnalysis => analyzeGoalText(text, { locale });
const codes = (analysis: GoalTextAnalysis): string[] => analysis.findings.map((finding) => finding.code);
const evidenceOf = (analysis: GoalTextAnalysis, criterion: 'specific' | 'measurable' | 'timeBound'): string[] =>
  analysis[criterion].evidence.map((span) => span.text);

describe('analyzeGoalText: dates in every common form', () => {
  const timed: [string, 'nl' | 'en', string][] = [
    ['Ik rond de cursus af voor 1 juni', 'nl', 'voor 1 juni'],
    ['Binnen 3 maanden heb ik het rapport opgeleverd', 'nl', 'Binnen 3 maanden'],
    ['Eind Q3 staat het dashboard live', 'nl', 'Eind Q3'],
    ['Vanaf 1 september a.s. train ik wekelijks', 'nl', 'Vanaf 1 september a.s.'],
    ['Uiterlijk 2027-06-01 lever ik het plan op', 'nl', '2027-06-01'],
    ['Ik schrijf het verslag voor het einde van het boekjaar', 'nl', 'einde van het boekjaar'],
    ['Medio mei presenteer ik de resultaten', 'nl', 'Medio mei'],
    ['Ik haal mijn certificaat binnen een half jaar', 'nl', 'binnen een half jaar'],
    ['Pass the exam by March 15th', 'en', 'by March 15th'],
    ['Within six weeks I will give a talk', 'en', 'Within six weeks'],
    ['Deliver the report by the end of the financial year', 'en', 'the end of the financial year'],
    ['Finish the course before 31/01/2028', 'en', '31/01/2028'],
    ['Present the results in the third quarter', 'en', 'in the third quarter'],
    ['Write two articles next month', 'en', 'next month'],
    // Forms the independent review set found missing (holidays, ordinal days, half-years).
    ['Tegen de kerstdagen heb ik het verslag klaar', 'nl', 'Tegen de kerstdagen'],
    ['Rond Pinksteren rond ik de module af', 'nl', 'Rond Pinksteren'],
    ['Uiterlijk met Koningsdag lever ik de planning op', 'nl', 'Uiterlijk met Koningsdag'],
    ['Ik lever vóór de laatste week van augustus het plan op', 'nl', 'vóór de laatste week van augustus'],
    ['Op de eerste van maart presenteer ik het voorstel', 'nl', 'eerste van maart'],
    ['Het komende halfjaar volg ik elke week een les', 'nl', 'komende halfjaar'],
    ['I will send the survey around Easter', 'en', 'around Easter'],
    ['Pass the exam in the last week of May', 'en', 'the last week of May'],
    ['Submit the draft by the first of April', 'en', 'the first of April'],
  ];
  it.each(timed)('%s -> time-bound by "%s"', (text, locale, span) => {
    const analysis = analyze(text);
    expect(analysis.locale).toBe(locale);
    expect(analysis.timeBound.status).toBe('met');
    expect(evidenceOf(analysis, 'timeBound').join(' ')).toContain(span);
  });

  it('calls vague times what they are, and suggests a date', () => {
    for (const text of [
      'Binnenkort een cursus volgen',
      'Ooit wil ik een boek schrijven',
      'I will take a course soon',
      'Read more books someday',
    ]) {
      const analysis = analyze(text);
      expect(analysis.timeBound.status).toBe('unmet');
      expect(codes(analysis)).toContain('agreement.text.vagueTime');
      expect(analysis.timeBound.evidence.length).toBeGreaterThan(0);
    }
    expect(codes(analyze('Een presentatie geven'))).toContain('agreement.text.noDeadline');
  });

  it('notes a start without an end', () => {
    const analysis = analyze('Vanaf 1 september oefen ik drie keer per week Duits');
    expect(analysis.timeBound.status).toBe('met');
    expect(codes(analysis)).toContain('agreement.text.startOnly');
  });
});

describe('analyzeGoalText: learning a named subject, and intentions', () => {
  it('reads learning a concrete subject as specific, and a vague quantity beside it still as vague', () => {
    for (const text of [
      'Ik wil het nieuwe roostersysteem leren kennen',
      'Ik wil me de regels voor aanbesteden eigen maken',
      'I want to get familiar with the new payroll software',
      'Understand how our billing process works',
      'Learn how the scheduling tool assigns shifts',
    ]) {
      expect([text, analyze(text).specific.status]).toEqual([text, 'met']);
    }
    for (const text of ['Ik wil meer van de organisatie leren kennen', 'I want to understand myself better', 'Get to know more people']) {
      expect([text, analyze(text).specific.status]).toEqual([text, 'unmet']);
    }
  });

  it('reads "aim to" as an intention, like "want to", not as a vague verb', () => {
    expect(analyze('I aim to reduce the open tickets from 80 to 30').specific.status).toBe('met');
    expect(analyze('I aim to be more visible').specific.status).toBe('unmet');
  });

  it('counts parts of a day per period as a frequency', () => {
    expect(evidenceOf(analyze('I spend two mornings a week on the helpdesk'), 'measurable')).toContain('two mornings a week');
    expect(evidenceOf(analyze('Ik werk één middag per week aan het project'), 'measurable')).toContain('één middag per week');
  });
});

describe('analyzeGoalText: measures', () => {
  const measured: [string, string][] = [
    ['Ik oefen drie keer per week Spaans', 'drie keer per week'],
    ['Practise Spanish twice a day', 'twice a day'],
    ['Verlaag het foutpercentage met 20%', '20%'],
    ['Reduce costs by €500 per quarter', '€500'],
    ["Ik begeleid twee nieuwe collega's", 'twee nieuwe'],
    ['Ik lever een rapport op over de klantreis', 'rapport'],
    ['Earn the Scrum Master certificate', 'certificate'],
    ['Give a presentation to the board', 'presentation'],
    ['Ik spreek Duits op niveau B2', 'niveau B2'],
  ];
  it.each(measured)('%s -> measurable by "%s"', (text, span) => {
    const analysis = analyze(text);
    expect(analysis.measurable.status).toBe('met');
    expect(evidenceOf(analysis, 'measurable').join(' ')).toContain(span);
  });

  it('does not take a date for a number', () => {
    expect(analyze('Voor 1 juni beter communiceren').measurable.status).toBe('unmet');
    expect(analyze('Communicate better by 15 March 2028').measurable.status).toBe('unmet');
  });

  it('calls vague quantities by name', () => {
    const analysis = analyze("Meer feedback vragen aan een aantal collega's");
    expect(analysis.measurable.status).toBe('unmet');
    expect(codes(analysis)).toContain('agreement.text.vagueQuantity');
    expect(evidenceOf(analysis, 'measurable')).toEqual(expect.arrayContaining(['Meer', 'een aantal']));
  });
});

describe('analyzeGoalText: specific', () => {
  it('flags vague verbs and hedges in both languages', () => {
    const nl = analyze('Ik ga proberen mijn communicatie te verbeteren');
    expect(nl.specific.status).toBe('unmet');
    expect(codes(nl)).toEqual(expect.arrayContaining(['agreement.text.vagueVerb', 'agreement.text.hedge']));
    const en = analyze('Maybe improve my planning');
    expect(en.specific.status).toBe('unmet');
    expect(codes(en)).toEqual(expect.arrayContaining(['agreement.text.vagueVerb', 'agreement.text.hedge']));
  });

  it('reads Dutch word order: the verb at the end, separable verbs split', () => {
    const final = analyze('Ik wil voor 1 juni een presentatie over het nieuwe CRM aan mijn team geven');
    expect(final.specific.status).toBe('met');
    expect(evidenceOf(final, 'specific')).toContain('geven');
    const split = analyze('Eind Q3 rond ik de leergang projectmanagement af');
    expect(split.specific.status).toBe('met');
    // The split verb is shown as its parts with what it acts on, never the words in between.
    expect(evidenceOf(split, 'specific')).toEqual(['rond', 'projectmanagement af']);
  });

  it('finds several goals packed into one sentence, but not the steps of one goal', () => {
    const packed = analyze('Beter plannen, meer delegeren en iets doen aan mijn Engels');
    expect(packed.goals).toBeGreaterThan(1);
    expect(codes(packed)).toContain('agreement.text.multipleGoals');
    const steps = analyze('Ik volg in mei de training en pas de technieken daarna toe in mijn planning');
    expect(steps.goals).toBe(1);
    expect(analyze('I will finish my thesis. I will also apply for three jobs.').goals).toBe(2);
  });
});

describe('analyzeGoalText: every goal of a text counts', () => {
  it('a measure or a deadline for one goal does not cover another', () => {
    const renew = analyze("Ik wil mijn BIG-registratie verlengen en ik ga vaker om feedback vragen bij collega's.");
    expect(renew.goals).toBe(2);
    expect(renew.measurable.status).toBe('unmet');
    const forklift = analyze('Pass my forklift licence by June, and generally be more patient with new pickers from now on.');
    expect(forklift.goals).toBe(2);
    expect(forklift.measurable.status).toBe('unmet');
    expect(forklift.timeBound.status).toBe('unmet');
    // No verdict without evidence: the words of the goal that falls short.
    expect(forklift.timeBound.evidence.map((span) => span.text)).toEqual(['from now on']);
    expect(forklift.specific.status).toBe('unmet');
    expect(forklift.specific.evidence.map((span) => span.text)).toEqual(['be more']);
    const shortfalls = forklift.findings.filter((finding) => finding.code === 'agreement.text.goalFallsShort');
    expect(shortfalls.map((finding) => finding.params)).toEqual([
      { criterion: 'measurable', goal: 'generally be more patient with new pickers from now on' },
      { criterion: 'timeBound', goal: 'generally be more patient with new pickers from now on' },
    ]);
  });

  it('a separate goal that is only a vague aim is not made specific by the goal beside it', () => {
    const q4 = analyze('In Q4 wil ik mijn Engels verbeteren, de training Klantgericht schrijven volgen en minder overwerken.');
    expect(q4.specific.status).toBe('unmet');
    expect(q4.specific.evidence.map((span) => span.text)).toEqual(['verbeteren']);
    expect(q4.findings.find((finding) => finding.code === 'agreement.text.goalFallsShort')?.params).toEqual({
      criterion: 'specific',
      goal: 'In Q4 wil ik mijn Engels verbeteren',
    });
    // A vague aim with its concrete means is one goal, as concrete as the means.
    const means = analyze('Ik wil beter leren omgaan met lastige gesprekken door elke maand de intervisie voor te zitten.');
    expect(means.specific.status).toBe('met');
    expect(codes(means)).not.toContain('agreement.text.goalFallsShort');
  });

  it('a behaviour done more or less often, or compared with today, is specific but has no measure', () => {
    for (const text of [
      'Work overtime less often in December.',
      'Ik ga de leerlingen in mijn lessen vaker laten samenwerken in tweetallen.',
      'Bij mijn mid-year review in juni wil ik klantdossiers zelfstandiger afhandelen dan nu.',
    ]) {
      const read = analyze(text);
      expect([text, read.specific.status, read.measurable.status]).toEqual([text, 'met', 'unmet']);
    }
    // A vague verb with an abstract object stays vague, however often.
    expect(analyze('Ik wil vaker mijn communicatie verbeteren.').specific.status).toBe('unmet');
    // Giving praise is a behaviour, not an approval received.
    expect(analyze('Gedurende het schooljaar geef ik leerlingen vaker positieve feedback.').measurable.status).toBe('unmet');
    expect(analyze('Ik krijg voor de zomer positieve feedback van de klant op het ontwerp.').measurable.status).toBe('met');
    // An unnamed licence is not named by what it is for.
    expect(analyze('Get another licence so I can be put on more shifts.').specific.status).toBe('unmet');
  });

  it('a step after "daarna" without a verb of its own is still a step the deadline before it does not reach', () => {
    const forklift = analyze('Ik haal vóór 1 mei mijn heftruckcertificaat en daarna ook het certificaat reachtruck.');
    expect([forklift.specific.status, forklift.measurable.status, forklift.timeBound.status]).toEqual(['met', 'met', 'unmet']);
    expect(forklift.findings.find((finding) => finding.code === 'agreement.text.goalFallsShort')?.params).toEqual({
      criterion: 'timeBound',
      goal: 'daarna ook het certificaat reachtruck',
    });
  });

  it('a wish or a state after the first goal is judged on its own, under a shared deadline too', () => {
    const henk = analyze(
      'Na gesprek met Henk afgesproken: ik doe binnen 3 maanden de VCA-herhaling, en dan wil ik ook meer verantwoordelijkheid op de bouwplaats.',
    );
    expect([henk.specific.status, henk.measurable.status, henk.timeBound.status]).toEqual(['unmet', 'unmet', 'unmet']);
    const dave = analyze("Me and Dave agreed: I'll do my SMSTS within 3 months, and then I want more responsibility on site.");
    expect([dave.specific.status, dave.timeBound.status]).toEqual(['unmet', 'unmet']);
    const colleague = analyze('In Q2 rond ik de module Wondzorg af en word ik een betere collega.');
    expect([colleague.specific.status, colleague.measurable.status, colleague.timeBound.status]).toEqual(['unmet', 'unmet', 'met']);
    expect(colleague.specific.evidence.map((span) => span.text)).toContain('betere');
    // Steps of one goal under a shared deadline stay one goal with its means.
    const pounds = analyze('Lose 10 pounds in 3 months by exercising three times a week and cutting out sugary drinks.');
    expect([pounds.specific.status, pounds.measurable.status, pounds.timeBound.status]).toEqual(['met', 'met', 'met']);
  });

  it('a deadline in a list item of its own belongs to that item; a heading with a colon covers the list', () => {
    const bullets = analyze(
      "Doelen: - BIG-herregistratie rond voor 1/9 - elke maand een klinische les volgen - meer feedback vragen aan collega's",
    );
    expect(bullets.timeBound.status).toBe('unmet');
    const heading = analyze('Voor Xmas: - de cursus Excel afronden - twee workshops geven');
    expect(heading.timeBound.status).toBe('met');
  });

  it('names a course by its topic, a role move by the role, and a ratio in any form', () => {
    expect(analyze('Uiterlijk 15 mei een training over timemanagement volgen.').specific.status).toBe('met');
    // A generic level in front of the hyphen names no diploma, whatever route leads there.
    expect(analyze('Via de BBL wil ik een mbo-diploma halen.').specific.status).toBe('unmet');
    expect(analyze('Ik haal voor 1 juli mijn VCA-diploma.').specific.status).toBe('met');
    const shift = analyze('My aim is to step up to shift supervisor by the end of 2027.');
    expect([shift.specific.status, shift.measurable.status]).toEqual(['met', 'met']);
    const triples = analyze('Our team triples the number of volunteer sign-ups at the library desk.');
    expect([triples.specific.status, triples.measurable.status]).toEqual(['met', 'met']);
    expect(analyze('Ons team verdubbelt voor de zomer het aantal aanmeldingen voor de nieuwsbrief.').measurable.status).toBe('met');
  });

  it('a goal without time words of its own shares the deadline of the text', () => {
    const drill = analyze('Complete the fire warden training and run one evacuation drill by 31/10/2027.');
    expect(drill.goals).toBe(2);
    expect([drill.specific.status, drill.measurable.status, drill.timeBound.status]).toEqual(['met', 'met', 'met']);
    expect(codes(drill)).not.toContain('agreement.text.goalFallsShort');
  });

  it('a deadline inside an earlier goal does not reach a step that comes "daarna" or "and then"', () => {
    const after = analyze(
      "Ik rond in Q1 de opleiding Wmo-consulent af en begeleid daarna twee nieuwe collega's bij hun eerste gesprekken.",
    );
    expect(after.timeBound.status).toBe('unmet');
    expect(after.findings.find((finding) => finding.code === 'agreement.text.goalFallsShort')?.params).toEqual({
      criterion: 'timeBound',
      goal: "begeleid daarna twee nieuwe collega's bij hun eerste gesprekken",
    });
    // A step with a time of its own, and steps under a deadline in front of them, are time-bound.
    expect(analyze('Ik schrijf voor 15 maart een plan en bespreek het daarna in het teamoverleg van april.').timeBound.status).toBe('met');
    expect(analyze('Within two months I will analyse the figures and write a report.').timeBound.status).toBe('met');
    // ... but a deadline in front is the first step's: what comes "and then" on something new starts
    // after it (three independent labellers read it so), unless it works on what the first step made.
    expect(analyze('Within two months I will analyse the figures and then write a report.').timeBound.status).toBe('unmet');
    expect(analyze('Binnen drie maanden VCA-VOL halen en daarna de heftruckcursus afronden.').timeBound.status).toBe('unmet');
    expect(analyze('Binnen 10 weken rond ik de cursus Excel af en bespreek het daarna in het werkoverleg.').timeBound.status).toBe('met');
    expect(analyze("Voor Xmas: de cursus afronden en daarna twee collega's inwerken.").timeBound.status).toBe('met');
    // Attending a course is no measure, for that step as for a goal on its own.
    expect(
      analyze('I will attend the time management training in May and then apply the techniques in my weekly planning.').measurable.status,
    ).toBe('unmet');
  });

  it('reads an infinitive before "en ik" as the end of its own clause', () => {
    // "verlengen" is no word of the lexicon; after "wil" and before a new clause it is the verb.
    expect(analyze('Ik wil mijn registratie verlengen en ik ga elke week een cursusmodule afronden.').goals).toBe(2);
    // "wat ik ervan heb geleerd" is a clause, not a vague amount.
    expect(codes(analyze('Voor 1 juli bespreek ik met mijn leidinggevende wat ik ervan heb geleerd.'))).not.toContain(
      'agreement.text.vagueQuantity',
    );
  });

  it('property: a second goal with a vague amount or a vague time makes the text fall short of it', () => {
    const pools = {
      nl: {
        measured: ['Ik rond voor 1 juni de cursus Excel voor gevorderden af', 'Ik haal voor 1 oktober mijn VCA-diploma'],
        vague: ['en ik ga vaker om feedback vragen bij mijn collega’s', 'en vanaf nu ben ik geduldiger met nieuwe collega’s'],
      },
      en: {
        measured: ['Pass the ITIL Foundation exam by 30 June', 'Deliver the onboarding checklist to HR by 15 March'],
        vague: ['and from now on be more patient with new starters', 'and ask my colleagues for feedback more often'],
      },
    };
    const pair = fc
      .constantFrom('nl' as const, 'en' as const)
      .chain((lang) => fc.tuple(fc.constantFrom(...pools[lang].measured), fc.constantFrom(...pools[lang].vague)));
    fc.assert(
      fc.property(pair, ([first, second]) => {
        const whole = analyze(`${first}`);
        const both = analyze(`${first} ${second}.`);
        expect(whole.measurable.status === 'met' && whole.timeBound.status === 'met').toBe(true);
        expect(both.goals).toBe(2);
        expect(both.measurable.status === 'unmet' || both.timeBound.status === 'unmet').toBe(true);
        expect(codes(both)).toContain('agreement.text.goalFallsShort');
      }),
    );
  });
});

describe('analyzeGoalText: classes an independent labeller showed us', () => {
  const verdicts = (text: string): string =>
    ((analysis) => [analysis.specific, analysis.measurable, analysis.timeBound].map((v) => (v.status === 'met' ? 1 : 0)).join(''))(
      analyze(text),
    );

  it('reading or studying a document takes it in; it delivers nothing', () => {
    expect(verdicts('Ik ga voor de audit in mei de procesbeschrijvingen van inkoop doorlezen.')).toBe('101');
    expect(verdicts('Read the procurement process descriptions before the audit in May.')).toBe('101');
    expect(verdicts('Ik lees voor 1 juni drie boeken over leiderschap.')).toBe('111');
  });

  it('a lesson is named by whose it is, a course by what it leads to, not by its provider', () => {
    expect(verdicts('Ik ga elke maand een les bij een collega observeren.')).toBe('110');
    expect(verdicts('Observe a lesson by a colleague every month.')).toBe('110');
    expect(verdicts('Ik rond voor 1 juni de opleiding tot verpleegkundige af.')).toBe('111');
    expect(codes(analyze('Ik volg een cursus bij NCOI.'))).toContain('agreement.text.unnamed');
  });

  it('time spent is how much, not on what: the thing it goes to decides', () => {
    expect(verdicts('Ik wil in Q3 20 uur besteden aan mijn ontwikkeling.')).toBe('011');
    expect(verdicts('Spend 20 hours on my development in Q3.')).toBe('011');
    expect(verdicts('Spend ten hours on the Excel e-learning in Q3.')).toBe('111');
    // Running for 30 minutes: there the time is the task.
    expect(verdicts('Ik ga de komende 12 weken drie keer per week 30 minuten hardlopen.')).toBe('111');
  });

  it('passes by any word of a verb of several words, and doing a counted thing is an act', () => {
    expect(verdicts('Get certified by Q4.')).toBe('011');
    expect(verdicts('Ik word voor 1 juni gecertificeerd.')).toBe('011');
    expect(verdicts("i'll do 2 night shifts a month on ICU to keep my skills up")).toBe('110');
  });

  it('bounds a period by one unit or a count, not by units without a count', () => {
    expect(verdicts('Over the coming months I want to log at least 10 hours of coaching with my mentor.')).toBe('110');
    expect(codes(analyze('Ik ga de komende weken de nieuwe software leren kennen.'))).toContain('agreement.text.vagueTime');
    expect(analyze('Launch the new rota in the coming quarter.').timeBound.status).toBe('met');
    expect(analyze('De komende zes maanden schrijf ik elke maand een blog.').timeBound.status).toBe('met');
    expect(analyze('Write in my reflective journal after every shift for the whole of my 12-month preceptorship.').timeBound.status).toBe(
      'met',
    );
    expect(analyze('Het hele schooljaar 2026-2027 observeer ik elke maand een les van een collega.').timeBound.status).toBe('met');
    expect(analyze('For my team, write a 12-month plan.').timeBound.status).toBe('unmet');
  });

  it('a light verb with a testable outcome is that act; a number on liking is a feeling', () => {
    expect(verdicts('Within 8 weeks I know the 50 most common product codes by heart.')).toBe('111');
    expect(verdicts('Voor 1 juni ken ik de 50 productcodes uit mijn hoofd.')).toBe('111');
    expect(verdicts('By the end of my probation I do the end-of-day cash-up on the till system on my own.')).toBe('111');
    expect(analyze('Enjoy my job 30% more for the rest of the year.').measurable.status).toBe('unmet');
    expect(analyze('Rate my job satisfaction an 8 out of 10 by the summer break.').measurable.status).toBe('unmet');
    expect(analyze('Increase customer satisfaction to 8 out of 10 by June.').measurable.status).toBe('met');
  });

  it('taking on a named role is an event that says what: specific and measurable', () => {
    for (const text of [
      'Ik wil graag doorgroeien naar teamleider.',
      'Move into a team lead role on the service desk.',
      "Ik word BHV'er.",
      'Become a first aider.',
    ]) {
      expect(verdicts(text)).toBe('110');
    }
    expect(verdicts('Ik wil doorgroeien.')).toBe('000');
  });

  it('a presentation or report says what with its topic, or as the one both know of', () => {
    expect(verdicts('Give a presentation in March.')).toBe('011');
    expect(codes(analyze('Eind Q3 lever ik een rapport op.'))).toContain('agreement.text.unnamed');
    expect(verdicts('Give a 10-minute presentation on our new CRM in March.')).toBe('111');
    expect(verdicts('presentatie geven op teamdag in sept over de nieuwe werkwijze.')).toBe('111');
    expect(verdicts('Voor 1 juni lever ik het rapport op.')).toBe('111');
  });

  it('a vague aim with a concrete means is as concrete as the means', () => {
    expect(
      analyze('Ik wil beter leren omgaan met lastige gesprekken door elke maand de intervisie in ons team voor te zitten.').specific.status,
    ).toBe('met');
    expect(analyze('Ik wil beter communiceren.').specific.status).toBe('unmet');
  });

  it('a vague amount of courses still says what they are about', () => {
    expect(analyze("I'll attend a few webinars on GDPR over the coming weeks.").specific.status).toBe('met');
    expect(codes(analyze('Ik wil een paar cursussen volgen.'))).toContain('agreement.text.unnamed');
  });

  it('reads multiplying the number of something as a target on an indicator', () => {
    for (const text of [
      'Triple the number of referrals from the GP practices in Q2.',
      'Ik wil het aantal aanmeldingen in Q3 verdrievoudigen.',
    ]) {
      expect(verdicts(text)).toBe('111');
      expect(codes(analyze(text))).toContain('agreement.text.indicatorOnly');
    }
  });
});

describe('analyzeGoalText: locale', () => {
  it('detects the language, and honours an explicit one', () => {
    expect(analyze('Ik wil beter worden in plannen').locale).toBe('nl');
    expect(analyze('I want to get better at planning').locale).toBe('en');
    expect(analyze('Ik wil beter worden in plannen', 'en').locale).toBe('en');
  });

  it('reads a text that neither function words nor spelling place in the language in which it says more', () => {
    // "pass ITIL4": no function word, no Dutch or English spelling; only English knows "pass".
    const english = analyze('pass ITIL4');
    expect(english.locale).toBe('en');
    expect([english.specific.status, english.measurable.status]).toEqual(['met', 'met']);
    const dutch = analyze('haal ITIL4');
    expect(dutch.locale).toBe('nl');
    expect([dutch.specific.status, dutch.measurable.status]).toEqual(['met', 'met']);
    // Nothing said in either language: Dutch, as before.
    expect(analyze('VCA').locale).toBe('nl');
  });

  it('reads a text in the language of its date when function words point the other way', () => {
    // Two one-letter words outvote "voor"; the Dutch month settles it.
    const mixed = analyze('A I voor 1 juni');
    expect(mixed.locale).toBe('nl');
    expect(evidenceOf(mixed, 'timeBound')).toEqual(['voor 1 juni']);
    expect(analyze('Verhoging per 1 januari').timeBound.status).toBe('met');
    const english = analyze('Ik doe het the workshop by March 15th');
    expect(english.timeBound.status).toBe('met');
    // A date both languages could write does not switch the language.
    const shared = analyze('Mijn bonus over 2026');
    expect(shared.locale).toBe('nl');
    // Read by the Dutch rule (the year a figure is measured over, as English reads "over 2026").
    expect(shared.timeBound.evidence.map((span) => span.rule)).toEqual(['calendar.yearOver']);
    // A caller who names the language is taken at their word.
    expect(analyze('A I voor 1 juni', 'en').timeBound.status).toBe('unmet');
  });

  it('property: function words of one language before a date of the other still make a time-bound text', () => {
    const words = fc.constantFrom('the', 'a', 'I', 'and', 'to', 'de', 'het', 'ik', 'en', 'een', 'van');
    const dates = fc.constantFrom('voor 1 juni', 'binnen drie maanden', 'eind Q3', 'by March 15th', 'within six weeks');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 6 }), dates, (prefix, date) => {
        expect(analyze(`${prefix.join(' ')} ${date}`).timeBound.status).toBe('met');
      }),
    );
  });

  it('answers a bad locale option with a finding and detects instead', () => {
    const analysis = analyzeGoalText('Beter plannen', { locale: 'fr' as never });
    expect(codes(analysis)).toContain('agreement.options.invalid');
    expect(analysis.locale).toBe('nl');
    expect(codes(analyzeGoalText('Beter plannen', null as never))).toContain('agreement.options.invalid');
  });
});

describe('analyzeGoalText: bad input', () => {
  it('answers non-strings with a finding and unknown verdicts', () => {
    for (const input of [undefined, null, 42, {}, [], { what: 'x' }, true]) {
      const analysis = analyze(input);
      expect(codes(analysis)).toEqual(['agreement.text.invalid']);
      expect(analysis.specific.status).toBe('unknown');
      expect(analysis.goals).toBe(0);
    }
  });

  it('answers an empty text with a finding', () => {
    expect(codes(analyze('   '))).toEqual(['agreement.text.empty']);
  });

  it('reads only the start of a 100 kB text, says so, and stays fast', () => {
    const huge = 'Ik geef voor 1 juni een presentatie. '.repeat(3_000);
    expect(huge.length).toBeGreaterThan(100_000);
    const analysis = analyze(huge);
    expect(codes(analysis)).toContain('agreement.text.truncated');
    expect(analysis.timeBound.status).toBe('met');
    const nonsense = analyze('a'.repeat(100_000));
    expect(codes(nonsense)).toContain('agreement.text.truncated');
  });
});

describe('analyzeGoalText: properties', () => {
  it('never throws on any string, and every evidence span points into the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.constantFrom('nl', 'en', 'auto') as fc.Arbitrary<'nl' | 'en' | 'auto'>,
        (text, locale) => {
          const analysis = analyzeGoalText(text, { locale });
          for (const criterion of ['specific', 'measurable', 'timeBound'] as const) {
            expect(['met', 'unmet', 'unknown']).toContain(analysis[criterion].status);
            for (const span of analysis[criterion].evidence) {
              expect(text.slice(span.start, span.end)).toBe(span.text);
            }
          }
        },
      ),
    );
  });

  it('never throws on anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (text, options) => {
        const analysis = analyzeGoalText(text, options as never);
        expect(Object.isFrozen(analysis)).toBe(true);
      }),
    );
  });

  it('is deterministic', () => {
    const words = fc.constantFrom(
      'ik',
      'geef',
      'voor',
      '1 juni',
      'een',
      'presentatie',
      'beter',
      'binnen 3 maanden',
      'improve',
      'by March 15th',
      'twice a week',
      'misschien',
      'and',
      'en',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 15 }), (parts) => {
        const text = parts.join(' ');
        expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(analyze(text)));
      }),
    );
  });

  // Goal-like texts with messy white space (tabs, runs of spaces, line breaks, no-break and
  // zero-width spaces), so that evidence is found and has to be mapped back through the normalisation.
  const goalWords = fc.constantFrom(
    'Ik',
    'rond',
    'de',
    'cursus',
    'Excel',
    'af',
    'voor',
    '1 juni',
    'binnen drie maanden',
    'schrijf',
    'een',
    'rapport',
    'drie keer per week',
    'beter',
    'misschien',
    'I',
    'will',
    'write',
    'the',
    'report',
    'by March 15th',
    'twice a week',
    'improve',
    'my',
    'planning',
    '20%',
    'every Monday',
    'soon',
    'and',
    'en',
    'minder',
    'fouten',
  );
  const gaps = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', ' \u200b', '\r\n ');
  const messyGoal = fc
    .array(fc.tuple(goalWords, gaps), { minLength: 1, maxLength: 18 })
    .map((parts) => parts.map(([word, gap]) => `${word}${gap}`).join(''));

  it('property: evidence is the caller’s own text, in order, and spans of one criterion never overlap', () => {
    fc.assert(
      fc.property(messyGoal, fc.constantFrom('nl', 'en', 'auto') as fc.Arbitrary<'nl' | 'en' | 'auto'>, (text, locale) => {
        const analysis = analyzeGoalText(text, { locale });
        for (const criterion of ['specific', 'measurable', 'timeBound'] as const) {
          let end = 0;
          for (const span of analysis[criterion].evidence) {
            expect(text.slice(span.start, span.end)).toBe(span.text);
            expect(span.start).toBeGreaterThanOrEqual(end);
            expect(span.end).toBeGreaterThan(span.start);
            end = span.end;
          }
        }
      }),
    );
  });

  it('property: white space is settled once, so messy and tidy text get the same verdicts', () => {
    fc.assert(
      fc.property(messyGoal, (text) => {
        const tidy = plainText(text).text;
        expect(plainText(tidy).text).toBe(tidy);
        const verdicts = (analysis: GoalTextAnalysis): string[] => [
          analysis.locale,
          analysis.specific.status,
          analysis.measurable.status,
          analysis.timeBound.status,
          String(analysis.goals),
        ];
        expect(verdicts(analyze(text))).toEqual(verdicts(analyze(tidy)));
        expect(analyze(text).findings.map((finding) => finding.code)).toEqual(analyze(tidy).findings.map((finding) => finding.code));
      }),
    );
  });

  it('property: the same text gives the same analysis, messy or not', () => {
    fc.assert(
      fc.property(messyGoal, (text) => {
        expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(analyze(text)));
      }),
    );
  });

  it('adding a date phrase never makes a text less time-bound', () => {
    const dates = fc.constantFrom(
      'voor 1 juni',
      'binnen drie maanden',
      'eind Q3',
      'by March 15th',
      'within six weeks',
      'by the end of the year',
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), dates, (text, date) => {
        expect(analyze(`${text} ${date}`).timeBound.status).toBe('met');
      }),
    );
  });

  it('a date tells the language of a text whose function words do not', () => {
    // Found by the property above with a random seed: two Dutch function words against one English
    // made the text Dutch, and its English date went unread; read in English, "voor 1" looked like an
    // action and a count and outvoted the Dutch date.
    expect(analyze('to en een by March 15th')).toMatchObject({ locale: 'en', timeBound: { status: 'met' } });
    expect(analyze('the we voor 1 juni')).toMatchObject({ locale: 'nl', timeBound: { status: 'met' } });
    expect(analyze('is the voor 1 juni').timeBound.status).toBe('met');
  });

  it('property: a date keeps a text of mixed function words time-bound', () => {
    const dates = fc.constantFrom('voor 1 juni', 'uiterlijk 15 april', 'op 3 maart', 'by March 15th', 'during March', 'by 1 June 2027');
    const word = fc.constantFrom('to', 'en', 'een', 'de', 'the', 'I', 'ik', 'a', 'and', 'of', 'het', 'is', 'op', 'we', 'by', 'x', 'Q');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), dates, (words, date) => {
        expect(analyze(`${words.join(' ')} ${date}`).timeBound.status).toBe('met');
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Floors under the figures in docs/agreements.md, per file: `met` and `unmet` precision and recall and
 * the accuracy of each criterion, and how often all three are right. corpus.txt is the tuning part
 * (rules may be changed while looking at it); heldout-2.txt is the frozen held-out fifth, never
 * tuned on. A change to the rules may not push either below these.
 */
const reported = {
  'corpus.txt': {
    specific: { met: [0.99, 0.98], unmet: [0.97, 0.99], accuracy: 0.99 },
    measurable: { met: [0.99, 0.99], unmet: [0.99, 0.99], accuracy: 0.99 },
    timeBound: { met: [0.99, 0.99], unmet: [0.99, 0.99], accuracy: 0.99 },
    allThree: 0.98,
  },
  'heldout-2.txt': {
    specific: { met: [0.96, 0.95], unmet: [0.89, 0.92], accuracy: 0.94 },
    measurable: { met: [0.97, 0.99], unmet: [0.98, 0.95], accuracy: 0.97 },
    timeBound: { met: [0.99, 1], unmet: [1, 0.98], accuracy: 0.99 },
    allThree: 0.93,
  },
  // The held-out halves of the independent labellers' sets 3, 4 and 5, never tuned on.
  'heldout-3.txt': {
    specific: { met: [0.91, 0.93], unmet: [0.85, 0.81], accuracy: 0.9 },
    measurable: { met: [0.95, 0.93], unmet: [0.88, 0.91], accuracy: 0.92 },
    timeBound: { met: [0.93, 0.97], unmet: [0.96, 0.88], accuracy: 0.94 },
    allThree: 0.78,
  },
  'heldout-4.txt': {
    specific: { met: [0.98, 0.98], unmet: [0.94, 0.94], accuracy: 0.97 },
    measurable: { met: [0.96, 0.98], unmet: [0.96, 0.92], accuracy: 0.96 },
    timeBound: { met: [0.95, 1], unmet: [1, 0.94], accuracy: 0.97 },
    allThree: 0.93,
  },
  // Set 5: one goal down after the judgement classes of 30 November evening (specific 0.929 -> 0.914,
  // all three 0.843 -> 0.829), up again after the night's classes (0.943, 0.843).
  'heldout-5.txt': {
    specific: { met: [0.98, 0.94], unmet: [0.76, 0.9], accuracy: 0.94 },
    measurable: { met: [0.96, 0.97], unmet: [0.95, 0.9], accuracy: 0.95 },
    timeBound: { met: [0.97, 0.97], unmet: [0.96, 0.96], accuracy: 0.97 },
    allThree: 0.88,
  },
  // Set 6: measured first before any set-6 rule (S 0.914, M 0.914, T 0.929, all three 0.786); after
  // the rules found on its probe half it was lower (two goals: 0.757), after the night's classes 0.800.
  'heldout-6.txt': {
    specific: { met: [0.97, 0.94], unmet: [0.85, 0.94], accuracy: 0.94 },
    measurable: { met: [0.92, 0.97], unmet: [0.96, 0.9], accuracy: 0.94 },
    timeBound: { met: [1, 0.9], unmet: [0.87, 1], accuracy: 0.94 },
    allThree: 0.84,
  },
  // Set 7: first measured on 30 November 2026 at 17:45, before any set-7 rule (S 0.857, M 0.986, T 0.929,
  // all three 0.786); after the rules found on its probe half (a heading with the plan's year, open endings).
  'heldout-7.txt': {
    specific: { met: [0.91, 0.93], unmet: [0.86, 0.83], accuracy: 0.9 },
    measurable: { met: [1, 0.97], unmet: [0.96, 1], accuracy: 0.98 },
    timeBound: { met: [0.97, 0.92], unmet: [0.91, 0.96], accuracy: 0.94 },
    allThree: 0.82,
  },
  // Set 8: first measured on 30 November 2026 at 20:02, before any set-8 rule and before the night's
  // classes from the probe halves of set 7 were merged (S 0.971, M 0.900, T 1.000, all three 0.900);
  // measured a second time at 21:16 after both (S 0.986, M 0.929, T 1.000, all three 0.929).
  'heldout-8.txt': {
    specific: { met: [1, 1], unmet: [1, 1], accuracy: 1 },
    measurable: { met: [0.95, 0.97], unmet: [0.96, 0.92], accuracy: 0.95 },
    timeBound: { met: [1, 1], unmet: [1, 1], accuracy: 1 },
    allThree: 0.95,
  },
  // Sets 9 and 10 (public sector; private sector): first measured on 30 November 2026 at 22:40,
  // right after the split and before any rule for them (9: S 0.843, M 0.929, T 0.957, all three 0.814;
  // 10: 0.900, 0.914, 0.957, 0.800); again at 23:58 after the classes of both probe halves (9: 0.857,
  // 0.943, 0.986, 0.843; 10: 0.929, 0.971, 0.971, 0.886); set 9 on 1 December at 12:23 after the second
  // wave of metamorphic scans (0.886, 0.971, 0.986, 0.871; the accuracies raised, the other floors kept).
  'heldout-9.txt': {
    specific: { met: [0.95, 0.85], unmet: [0.73, 0.9], accuracy: 0.88 },
    measurable: { met: [0.95, 0.97], unmet: [0.96, 0.93], accuracy: 0.97 },
    timeBound: { met: [1, 0.96], unmet: [0.97, 1], accuracy: 0.98 },
    allThree: 0.87,
  },
  'heldout-10.txt': {
    specific: { met: [0.97, 0.92], unmet: [0.82, 0.95], accuracy: 0.92 },
    measurable: { met: [1, 0.95], unmet: [0.93, 1], accuracy: 0.97 },
    timeBound: { met: [0.97, 0.97], unmet: [0.97, 0.97], accuracy: 0.97 },
    allThree: 0.88,
  },
  // Sets 11 and 12 (hands-on and shift work; knowledge work and leadership): first measured on
  // 1 December 2026 at 02:00, right after the split and before any rule for them (11: S 0.829, M 0.900,
  // T 0.971, all three 0.771; 12: 0.857, 0.886, 0.886, 0.729); again at 03:33 after the classes of both
  // probe halves (11 unchanged; 12: 0.857, 0.914, 0.900, 0.771).
  'heldout-11.txt': {
    specific: { met: [0.95, 0.8], unmet: [0.64, 0.9], accuracy: 0.82 },
    measurable: { met: [0.91, 0.93], unmet: [0.88, 0.84], accuracy: 0.9 },
    timeBound: { met: [0.96, 0.96], unmet: [0.97, 0.97], accuracy: 0.97 },
    allThree: 0.77,
  },
  'heldout-12.txt': {
    specific: { met: [0.89, 0.89], unmet: [0.76, 0.76], accuracy: 0.85 },
    measurable: { met: [0.91, 0.95], unmet: [0.9, 0.83], accuracy: 0.91 },
    timeBound: { met: [0.96, 0.84], unmet: [0.83, 0.96], accuracy: 0.9 },
    allThree: 0.77,
  },
  // Set 13 (education, retail, logistics, a contact centre, a municipality): first measured on
  // 1 December 2026 at 05:47, right after the split and before any rule (S 0.857, M 0.943, T 0.929,
  // all three 0.743); again at 06:28 and 07:13 after the classes of its probe half and of the
  // metamorphic scans (0.871, 0.957, 0.957, 0.786). Sets 6 and 7 rose with those classes too.
  'heldout-13.txt': {
    specific: { met: [0.88, 0.96], unmet: [0.81, 0.56], accuracy: 0.87 },
    measurable: { met: [0.94, 1], unmet: [1, 0.8], accuracy: 0.95 },
    timeBound: { met: [1, 0.94], unmet: [0.83, 1], accuracy: 0.95 },
    allThree: 0.78,
  },
} as const;

const criteria = ['specific', 'measurable', 'timeBound'] as const;

describe('analyzeGoalText against the labelled corpus', () => {
  it('has at least 600 goals, half Dutch and half English, and a held-out fifth', () => {
    const tuning = loadCorpus();
    const heldout = loadCorpus('heldout-2.txt');
    const all = [...tuning, ...heldout];
    expect(all.length).toBeGreaterThanOrEqual(600);
    expect(all.filter((goal) => goal.locale === 'nl').length).toBe(all.length / 2);
    // The held-out part is the fifth frozen before any rule changed (93 goals per language); the
    // tuning part has grown since with probes, which were tuned on and therefore belong there.
    expect(heldout.length).toBe(186);
    expect(heldout.filter((goal) => goal.locale === 'nl').length).toBe(93);
    // Specific and measurable differ in at least a quarter of the goals, so neither can stand in for the other.
    expect(all.filter((goal) => goal.specific !== goal.measurable).length / all.length).toBeGreaterThanOrEqual(0.25);
  });

  for (const file of [
    'corpus.txt',
    'heldout-2.txt',
    'heldout-3.txt',
    'heldout-4.txt',
    'heldout-5.txt',
    'heldout-6.txt',
    'heldout-7.txt',
    'heldout-8.txt',
    'heldout-9.txt',
    'heldout-10.txt',
    'heldout-11.txt',
    'heldout-12.txt',
    'heldout-13.txt',
  ] as const) {
    it(`keeps precision, recall and accuracy on ${file} at or above the reported figures`, () => {
      const corpus = loadCorpus(file);
      const analyses = new Map(corpus.map((goal) => [goal, analyze(goal.text)]));
      const met = (goal: (typeof corpus)[number]): Record<(typeof criteria)[number], boolean> => {
        const analysis = analyses.get(goal) as GoalTextAnalysis;
        return {
          specific: analysis.specific.status === 'met',
          measurable: analysis.measurable.status === 'met',
          timeBound: analysis.timeBound.status === 'met',
        };
      };
      const scores = score(corpus, met);
      for (const criterion of criteria) {
        for (const verdict of ['met', 'unmet'] as const) {
          const [precision, recall] = reported[file][criterion][verdict];
          expect(scores[criterion][verdict].precision, `${file} ${criterion} ${verdict} precision`).toBeGreaterThanOrEqual(precision);
          expect(scores[criterion][verdict].recall, `${file} ${criterion} ${verdict} recall`).toBeGreaterThanOrEqual(recall);
        }
        expect(scores[criterion].accuracy, `${file} ${criterion} accuracy`).toBeGreaterThanOrEqual(reported[file][criterion].accuracy);
      }
      const allThree =
        corpus.filter((goal) => criteria.every((criterion) => met(goal)[criterion] === goal[criterion])).length / corpus.length;
      expect(allThree, `${file} all three right`).toBeGreaterThanOrEqual(reported[file].allThree);
    });
  }

  it('counts the goals a text packs together for at least 97% of the corpus', () => {
    const corpus = loadCorpus();
    const right = corpus.filter((goal) => analyze(goal.text).goals === goal.goals).length;
    expect(right / corpus.length).toBeGreaterThanOrEqual(0.97);
  });

  it('does not count a role in front ("As a coach, ...", "Als mentor, ...") as a goal of its own', () => {
    expect(analyze('As a mentor, I will hold five one-to-ones with new starters before June').goals).toBe(1);
    expect(analyze("Als coach, begeleid ik vóór 1 juni twee nieuwe collega's").goals).toBe(1);
    expect(analyze('I will coach two interns, and I will write a report on the pilot by May').goals).toBe(2);
  });

  it('detects the language of at least 99% of the corpus goals and 98% of the held-out goals', () => {
    for (const [file, floor] of [
      ['corpus.txt', 0.99],
      ['heldout-2.txt', 0.98],
    ] as const) {
      const corpus = loadCorpus(file);
      const right = corpus.filter((goal) => analyze(goal.text).locale === goal.locale).length;
      expect(right / corpus.length, file).toBeGreaterThanOrEqual(floor);
    }
  });
});

describe('analyzeGoalText: intentions in both languages', () => {
  it('lets what follows "streven naar" and "strive to" decide', () => {
    expect(analyze('Ik wil streven naar een klanttevredenheid van minimaal 8 in het tweede kwartaal').specific.status).toBe('met');
    expect(analyze('I strive to answer every customer email within one working day').specific.status).toBe('met');
    expect(analyze('Ik wil streven naar meer rust').specific.status).toBe('unmet');
    expect(analyze('I strive to be a better leader').specific.status).toBe('unmet');
  });
});
