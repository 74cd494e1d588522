import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeGoalText } from '../../src/agreements/index.js';
import type { GoalTextAnalysis } from '../../src/agreements/index.js';
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
    expect(evidenceOf(split, 'specific').join(' ')).toContain('rond ik de leergang projectmanagement af');
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

describe('analyzeGoalText: locale', () => {
  it('detects the language, and honours an explicit one', () => {
    expect(analyze('Ik wil beter worden in plannen').locale).toBe('nl');
    expect(analyze('I want to get better at planning').locale).toBe('en');
    expect(analyze('Ik wil beter worden in plannen', 'en').locale).toBe('en');
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
});

/**
 * The figures reported in docs/agreements.md. The corpus was used to build the rules, so its
 * figures are the ceiling; the held-out set was written afterwards and never tuned on, so its figures
 * are the honest estimate. A change to the rules may not push either below what the guide reports.
 */
const reported = {
  'corpus.txt': {
    specific: { met: [0.99, 1.0], unmet: [1.0, 0.99] },
    measurable: { met: [1.0, 0.99], unmet: [0.99, 1.0] },
    timeBound: { met: [1.0, 1.0], unmet: [1.0, 1.0] },
  },
  'holdout.txt': {
    specific: { met: [1.0, 0.93], unmet: [0.93, 1.0] },
    measurable: { met: [1.0, 0.93], unmet: [0.93, 1.0] },
    timeBound: { met: [1.0, 0.93], unmet: [0.93, 1.0] },
  },
  // Written by a reviewer who had not read the lexicon; labelled before the first run. Its misses then
  // led to general fixes (holidays, ordinal dates, half-year, learning verbs, parts of a day), so these
  // figures are now a ceiling too; the blind first measurement is in the guide.
  'review-set.txt': {
    specific: { met: [1.0, 0.98], unmet: [0.95, 1.0] },
    measurable: { met: [1.0, 0.97], unmet: [0.96, 1.0] },
    timeBound: { met: [1.0, 1.0], unmet: [1.0, 1.0] },
  },
} as const;

describe('analyzeGoalText against the labelled corpus', () => {
  it('has at least 150 goals, half Dutch and half English', () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    const dutch = corpus.filter((goal) => goal.locale === 'nl').length;
    expect(Math.abs(dutch - (corpus.length - dutch))).toBeLessThanOrEqual(1);
    const holdout = loadCorpus('holdout.txt');
    expect(holdout.filter((goal) => goal.locale === 'nl').length).toBe(holdout.length / 2);
    const review = loadCorpus('review-set.txt');
    expect(review.length).toBeGreaterThanOrEqual(60);
    expect(review.filter((goal) => goal.locale === 'nl').length).toBe(review.length / 2);
  });

  for (const file of ['corpus.txt', 'holdout.txt', 'review-set.txt'] as const) {
    it(`keeps precision and recall on ${file} at or above the reported figures`, () => {
      const corpus = loadCorpus(file);
      const scores = score(corpus, (goal) => {
        const analysis = analyze(goal.text);
        return {
          specific: analysis.specific.status === 'met',
          measurable: analysis.measurable.status === 'met',
          timeBound: analysis.timeBound.status === 'met',
        };
      });
      for (const criterion of ['specific', 'measurable', 'timeBound'] as const) {
        for (const verdict of ['met', 'unmet'] as const) {
          const [precision, recall] = reported[file][criterion][verdict];
          expect(scores[criterion][verdict].precision, `${file} ${criterion} ${verdict} precision`).toBeGreaterThanOrEqual(precision);
          expect(scores[criterion][verdict].recall, `${file} ${criterion} ${verdict} recall`).toBeGreaterThanOrEqual(recall);
        }
      }
    });
  }

  it('counts the goals of at least 69 of the 72 review-set goals (the rest are labelling conventions)', () => {
    const review = loadCorpus('review-set.txt');
    const right = review.filter((goal) => analyze(goal.text).goals === goal.goals).length;
    expect(right).toBeGreaterThanOrEqual(69);
  });

  it('does not count a role in front ("As a coach, ...", "Als mentor, ...") as a goal of its own', () => {
    expect(analyze('As a mentor, I will hold five one-to-ones with new starters before June').goals).toBe(1);
    expect(analyze("Als coach, begeleid ik vóór 1 juni twee nieuwe collega's").goals).toBe(1);
    expect(analyze('I will coach two interns, and I will write a report on the pilot by May').goals).toBe(2);
  });

  it('detects the language of every corpus goal, and of at least 98% of the held-out goals', () => {
    for (const goal of loadCorpus()) {
      expect([goal.line, analyze(goal.text).locale]).toEqual([goal.line, goal.locale]);
    }
    const holdout = loadCorpus('holdout.txt');
    const right = holdout.filter((goal) => analyze(goal.text).locale === goal.locale).length;
    expect(right / holdout.length).toBeGreaterThanOrEqual(0.98);
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
