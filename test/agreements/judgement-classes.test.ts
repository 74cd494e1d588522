// Classes of goal language named on the probe halves (issue 13), each read in Dutch and English in
// several phrasings, with phrasings next to them that must not change.
import { describe, expect, it } from 'vitest';
import { analyzeGoalText } from '../../src/agreements/index.js';
import { verdicts } from './verdicts.js';

const codes = (text: string): string[] => analyzeGoalText(text, { locale: 'auto' }).findings.map((finding) => finding.code);

describe('analyzeGoalText: "every" before a thing says how often, and the thing is still acted on', () => {
  it('reads a verb with "elke"/"every" and its thing as a concrete act with a frequency', () => {
    for (const text of [
      'Ik reageer binnen een dag op elke klantmail.',
      'Ik reageer op elke klantmail binnen een werkdag.',
      'Ik controleer elke factuur voordat hij de deur uitgaat.',
      'I check every invoice before it goes out.',
      'Respond to every complaint within two days.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SMt']);
  });

  it("keeps a time after a preposition a time, and a thing with its own verb that verb's subject", () => {
    expect(verdicts('Ik vraag na elk klantgesprek feedback.')).toBe('sMt');
    expect(verdicts('Make sure every new starter has had a buddy by the end of March.')).toBe('SMT');
    expect(verdicts('Elke nieuwe collega krijgt een buddy.')).toBe('SMt');
  });
});

describe('analyzeGoalText: a frequency word that names a recurring meeting is no frequency of the goal', () => {
  it('the daily stand-up, het wekelijks overleg: the meeting is where it happens, not how often', () => {
    for (const text of [
      "I'll cut in on colleagues less often during the daily stand-up.",
      'Speak up more often in the monthly team meeting.',
      "Ik val collega's minder vaak in de rede tijdens de dagelijkse stand-up.",
      'Ik stel vaker een vraag in het wekelijks werkoverleg.',
    ]) {
      expect([text, analyzeGoalText(text, { locale: 'auto' }).measurable.status]).toEqual([text, 'unmet']);
      expect(codes(text)).toContain('agreement.text.vagueQuantity');
    }
    expect(verdicts('Attend the weekly huddle.')).toBe('Smt');
  });

  it('a weekly meeting one holds, or a weekly rota one makes, still says how often', () => {
    expect(verdicts('Hold a weekly team meeting.')).toBe('SMt');
    expect(verdicts('Ik organiseer een wekelijks teamoverleg.')).toBe('SMt');
    expect(verdicts('Ik ga het wekelijks bespreken.')).toBe('sMt');
    expect(analyzeGoalText('Take over making the weekly staff rota from my manager.', { locale: 'en' }).measurable.status).toBe('met');
    // Leading the meeting is an act that happened or not, whatever its rhythm.
    expect(verdicts('Lead the weekly team meeting in Q2.')).toBe('SMT');
    expect(verdicts('Ik zit het wekelijks overleg voor in Q2.')).toBe('SMT');
  });
});

describe('analyzeGoalText: hours worked ("uren maken") are a behaviour, measurable only by a count', () => {
  it('hours made or clocked without a count are no measure', () => {
    for (const text of [
      'ik wil in december minder vaak overwerken, teveel uren gemaakt dit jaar',
      'Ik wil minder uren maken.',
      'Ik heb dit jaar teveel uren gemaakt, dus in december draai ik minder overuren.',
      'I want to clock fewer hours in December.',
      'I clocked too many hours this year, so in December I work overtime less often.',
    ])
      expect([text, analyzeGoalText(text, { locale: 'auto' }).measurable.status]).toEqual([text, 'unmet']);
  });

  it('a count or zero of hours is a measure, and making a thing is still making it', () => {
    expect(verdicts('Ik maak in december geen overuren.')).toBe('SMT');
    expect(verdicts('In Q4 heb ik geen overuren gedraaid.')).toBe('SMT');
    expect(verdicts('Ik draai in Q1 maximaal vier overuren per maand.')).toBe('SMT');
    expect(verdicts('Put in no overtime in December.')).toBe('SMT');
    expect(verdicts('Ik maak de planning voor de zomer.')).toBe('SMT');
    expect(verdicts('Ik maak voor 1 juni een overdrachtschecklist.')).toBe('SMT');
  });
});

describe('analyzeGoalText: getting something sorted ("op orde brengen") is a placeholder', () => {
  it('says how a thing should end up, not what will be done: not specific, no measure', () => {
    for (const text of [
      'Get the stockroom sorted.',
      "I'll get my filing sorted by May.",
      'Getting the shared drive sorted before the audit.',
      'Het magazijn op orde krijgen.',
      'Ik breng voor 1 mei het archief op orde.',
      'Het archief op orde maken voor de audit.',
      'Voor 1 mei heb ik het archief op orde gebracht.',
    ]) {
      expect([text, verdicts(text).slice(0, 2)]).toEqual([text, 'sm']);
      expect(codes(text)).toContain('agreement.text.vagueVerb');
    }
  });

  it('an act that puts things in order still says what', () => {
    expect(verdicts('Sort out the rota for December by 1 November.')).toBe('SMT');
    expect(verdicts('I sorted the returns by date.')).toBe('SMt');
    expect(verdicts('Ik orden het archief voor 1 mei op datum.')).toBe('SMT');
    expect(verdicts('Ik scan voor 1 mei alle dossiers.')).toBe('SMT');
  });
});

describe('analyzeGoalText: a field in front of a credential does not say which one', () => {
  it('an accountancy exam, een boekhoudexamen: which exam? unnamed, and still a pass/fail outcome', () => {
    for (const text of [
      'Pass an accountancy exam in the June sitting.',
      'Pass a bookkeeping exam by June.',
      'Get a marketing certificate this year.',
      'Ik haal in juni een boekhoudexamen.',
      'Ik haal dit jaar een marketing-certificaat.',
      'Ik haal in 2027 een managementdiploma.',
    ]) {
      expect([text, verdicts(text)]).toEqual([text, 'sMT']);
      expect(codes(text)).toContain('agreement.text.unnamed');
    }
  });

  it('a name beside the field names it, a licence of a kind is named, and a course is named by its field', () => {
    expect(verdicts('Pass the AAT Level 2 bookkeeping exam by June.')).toBe('SMT');
    expect(verdicts('Pass the ACCA Financial Accounting exam in June.')).toBe('SMT');
    expect(verdicts('Ik haal in juni het diploma Praktijkdiploma Boekhouden.')).toBe('SMT');
    expect(verdicts('Get my forklift licence in 2027.')).toBe('SMT');
    expect(verdicts('Ik haal voor 1 juni mijn heftruckcertificaat.')).toBe('SMT');
    expect(verdicts('Take an accountancy course in spring.')).toBe('SmT');
    expect(verdicts('Ik volg in het voorjaar een boekhoudcursus.')).toBe('SmT');
  });
});

describe('analyzeGoalText: a cause after a result without a verb of its own is the means', () => {
  it('"fewer errors, because every invoice gets checked", *omdat*: as concrete as the means, and no deficit hint', () => {
    for (const text of [
      'Fewer invoice errors, because from now on every invoice gets checked by a second colleague.',
      'Fewer complaints, because I call every unhappy customer back on the same day.',
      'Minder fouten in facturen, omdat voortaan elke factuur door een tweede collega wordt gecontroleerd.',
      'Minder klachten omdat ik elke ontevreden klant persoonlijk bel.',
    ]) {
      expect([text, analyzeGoalText(text, { locale: 'auto' }).specific.status]).toEqual([text, 'met']);
      expect(codes(text)).not.toContain('agreement.text.deficit');
    }
    // The conjunction is neither the act nor what it acts on.
    const evidence = analyzeGoalText('Minder fouten, doordat elke factuur wordt gecontroleerd.', { locale: 'nl' }).specific.evidence;
    expect(evidence.map((span) => span.text)).not.toContain('doordat');
  });

  it('after a verb of its own, a cause is only a reason: it makes nothing concrete', () => {
    expect(verdicts('Improve my communication because I give presentations often.')).toBe('smt');
    expect(verdicts('Beter communiceren, omdat ik dat belangrijk vind.')).toBe('smt');
    expect(verdicts('I want to take the Excel course because I like numbers.')).toBe('Smt');
    expect(codes('Make fewer mistakes because I am rushed.')).toContain('agreement.text.deficit');
  });
});

describe('analyzeGoalText: a state compared is no behaviour', () => {
  it('be more visible, zichtbaarder zijn, more approachable: not specific, wherever and whenever', () => {
    for (const text of [
      'Be more visible on the shop floor on busy Saturdays during December.',
      'Be more visible on the ward.',
      'Be more approachable for my team.',
      'Ik wil zichtbaarder zijn op de werkvloer.',
      'Vaker zichtbaar zijn op de werkvloer.',
      'Meer aanwezig zijn op de afdeling in december.',
    ])
      expect([text, verdicts(text).slice(0, 2)]).toEqual([text, 'sm']);
  });

  it('a concrete act done more often, or counted, still says what', () => {
    expect(verdicts('Vaker doorvragen bij klanten.')).toBe('Smt');
    expect(verdicts('Speak up more often in team meetings.')).toBe('Smt');
    expect(verdicts('Walk the shop floor twice a day in December.')).toBe('SMT');
    expect(verdicts('Ik loop in december twee keer per dag over de werkvloer.')).toBe('SMT');
  });
});

describe('analyzeGoalText: learning without an end is no concrete act', () => {
  it('learn more about BIM, zoveel mogelijk leren: not specific, even about a named subject', () => {
    for (const text of [
      'Learn more about BIM.',
      'During my traineeship I want to learn as much as possible about risk.',
      'Learn as much as possible about the new ERP system.',
      'Meer leren over BIM.',
      'Ik wil zoveel mogelijk leren over risicomanagement.',
    ]) {
      expect([text, analyzeGoalText(text, { locale: 'auto' }).specific.status]).toEqual([text, 'unmet']);
      expect(codes(text)).toContain('agreement.text.vagueQuantity');
    }
  });

  it('getting (more) familiar with a named subject, or learning it, still says what', () => {
    for (const text of [
      'Become more familiar with our CRM system.',
      'Ik wil meer bekend raken met ons CRM-systeem.',
      'Beter bekend raken met ons CRM-systeem.',
      'Learn about BIM in Q2.',
      'I want to get familiar with the new payroll software',
      // An amount of what is learned is no amount of learning.
      'Learn to use more Excel functions.',
      'Ik wil meer functies van Excel leren gebruiken.',
    ])
      expect([text, analyzeGoalText(text, { locale: 'auto' }).specific.status]).toEqual([text, 'met']);
  });
});

describe('analyzeGoalText: a step under one deadline that names nothing before it stands alone', () => {
  it('"... and get better at supervising new cleaners" is a vague aim of its own: the text is not specific', () => {
    const text = "Before the audit I'll tidy up the COSHH folder and get better at supervising new cleaners.";
    expect(verdicts(text)).toBe('smT');
    expect(codes(text)).toContain('agreement.text.goalFallsShort');
    expect(verdicts('Voor 1 juni rond ik de cursus Excel af en word ik beter in draaitabellen.')).toBe('smT');
  });

  it('a step that refers back to what the first named stays concrete with it', () => {
    expect(verdicts('Within two months I write an improvement plan and work on putting it into practice.')).toBe('SMT');
    expect(verdicts('Binnen twee maanden schrijf ik een verbeterplan en werk ik aan de uitvoering ervan.')).toBe('SMT');
    expect(verdicts('Ik start in mei met de opleiding Lean en rond die in juni af.')).toBe('SMT');
  });
});

describe('analyzeGoalText: trying something out is using it', () => {
  it('*uitproberen* says what, but has no outcome of its own; a count still measures it', () => {
    expect(verdicts('Tijdens de pilot in april de nieuwe planningstool uitproberen.')).toBe('SmT');
    expect(verdicts('Voor 1 mei heb ik de nieuwe planningstool uitgeprobeerd.')).toBe('SmT');
    expect(verdicts('Ik ga in mei drie nieuwe recepten uitproberen.')).toBe('SMT');
    // Making something is still making it.
    expect(verdicts('Ik maak voor 1 mei een planning voor de pilot.')).toBe('SMT');
  });
});

describe('analyzeGoalText: a placeholder action finished by a date is done or not (set 8)', () => {
  it('reads "het" or "it" after a placeholder as the thing finished: measurable, still not specific', () => {
    expect(verdicts('Ik ga het oppakken: uiterlijk 1 oktober is het afgerond.')).toBe('sMT');
    expect(verdicts('Ik ga het oppakken en rond het voor 1 oktober af.')).toBe('sMT');
    expect(verdicts('I will take care of it and finish it by October.')).toBe('sMT');
    // Without a placeholder or anything named before, "it" finishes nothing a reader can check.
    expect(verdicts("I'll finish it by end of October.")).toBe('smT');
    expect(verdicts('Ik rond het uiterlijk 1 oktober af.')).toBe('smT');
  });
});

describe('analyzeGoalText: a deadline the writer leaves open in its own sentence bounds nothing (set 8)', () => {
  it('reads "liefst dit jaar, maar we zien wel" and "ideally this year but we\'ll see" as no deadline', () => {
    expect(verdicts('Ik wil het certificaat VCA halen, liefst nog dit jaar maar we zien wel.')).toBe('SMt');
    expect(verdicts("I'd like to sit the CeMAP 1 exam, ideally this year but we'll see how busy it gets.")).toBe('SMt');
    // An open ending in another sentence leaves that sentence's matter open, not the deadline before it.
    expect(verdicts('Ik haal voor 1 juni het certificaat VCA. Welke module daarna komt, zien we wel.')).toBe('SMT');
    expect(verdicts("I'll pass the CeMAP 1 exam by June. Which module comes next, we'll see.")).toBe('SMT');
  });
});

describe('analyzeGoalText: a period of doing something more or less often counts nothing (set 8)', () => {
  it('reads the period as the time, and "less often" as a change without a count', () => {
    expect(verdicts("for the next 6 weeks i'll interrupt colleagues less often in stand-ups")).toBe('SmT');
    expect(verdicts('Acht weken lang vaker doorvragen bij klanten.')).toBe('SmT');
    // A period of doing a counted or plain thing is still an amount.
    expect(verdicts('Acht weken lang loop ik twee keer per week mee met de planner.')).toBe('SMT');
    expect(verdicts('For two weeks I will shadow the planner.')).toBe('SMT');
  });
});

describe("analyzeGoalText: one's own figures name no indicator (set 8)", () => {
  it('reads "my numbers", "mijn cijfers" as no indicator: measurable, not specific', () => {
    expect(verdicts('Increase my numbers by 15 percent.')).toBe('sMt');
    expect(verdicts('Dit jaar wil ik mijn cijfers met 15 procent verhogen.')).toBe('sMT');
    expect(verdicts('Grow my figures by 10% this year.')).toBe('sMT');
    // A named indicator is specific by common usage, written in digits or in words.
    expect(verdicts('Grow sales by 10% this year.')).toBe('SMT');
    expect(verdicts('Het aantal klachten daalt naar 5 per maand.')).toBe(verdicts('Het aantal klachten daalt naar vijf per maand.'));
    expect(verdicts('Cut the number of complaints to five a month by July.')).toBe('SMT');
  });
});

describe('analyzeGoalText: prioritising, reflecting and optimising are vague in Dutch as in English (set 8)', () => {
  it('reads "beter leren prioriteren" as a vague aim, also as a step under a shared deadline', () => {
    expect(verdicts('Ik wil beter leren prioriteren.')).toBe(verdicts('I want to learn to prioritise better.'));
    expect(verdicts('Deze maand: cursus Timemanagement afronden en daarnaast beter leren prioriteren.')[0]).toBe('s');
    expect(verdicts('This month: finish the Time management course and also learn to prioritise better.')[0]).toBe('s');
  });
});
