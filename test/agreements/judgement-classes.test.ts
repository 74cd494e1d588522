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

describe('analyzeGoalText: a target on an indicator, also without a verb of its own', () => {
  it('"de doorlooptijd omlaag naar 3 dagen", predictability up to 80%: specific by usage, measurable, with the info finding', () => {
    for (const text of [
      "get our team's sprint predictability up to 80% by end of Q3",
      'Throughput up to 40 orders a day by June.',
      'de doorlooptijd omlaag naar 3 dagen voor 1 juni',
      'De doorlooptijd naar 3 dagen voor 1 juni.',
      'de gemiddelde afhandeltijd naar onder de 6 minuten in Q2',
      'De voorspelbaarheid van onze sprints omhoog naar 80% in Q3.',
      'De bezettingsgraad van de bedden naar 90% voor 1 oktober.',
    ]) {
      expect([text, verdicts(text)]).toEqual([text, 'SMT']);
      expect(codes(text)).toContain('agreement.text.indicatorOnly');
    }
  });

  it('an indicator without an amount, or an amount with no indicator, stays what it was', () => {
    expect(verdicts('De doorlooptijd korter.')).toBe('smt');
    expect(verdicts('Predictability better by Q3.')).toBe('smT');
    expect(verdicts('Het rooster naar 3 dagen voor 1 juni.')).toBe('sMT');
    // A verb of its own with a target on the indicator reads as before.
    expect(verdicts('Ik verlaag de doorlooptijd naar 3 dagen voor 1 juni.')).toBe('SMT');
    expect(verdicts('Raise our sprint predictability to 80% by the end of Q3.')).toBe('SMT');
  });
});

describe('analyzeGoalText: finishing written without a verb of finishing', () => {
  it('"klaar met module 3", done with the course: finishing it, measurable, and specific when the course is named', () => {
    for (const text of [
      'wk 14 klaar met module 3 van de opleiding tot praktijkopleider',
      'In week 14 ben ik klaar met de cursus Excel.',
      'Klaar met de e-learning AVG voor vrijdag.',
      'wk 14 done with module 3 of the practice educator programme',
      "By June I'm done with the Prince2 course.",
      'Finished with the GDPR e-learning by Friday.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SMT']);
    // An unnamed course is finished all the same, but says not which.
    expect(verdicts('Klaar met de cursus voor juni.')).toBe('sMT');
  });

  it('done with a habit, or "klaar" as the particle of a verb, is no finishing of a course', () => {
    expect(verdicts('Ik ben klaar met uitstellen.')).toBe('smt');
    expect(verdicts("I'm done with waiting around.")).toBe('smt');
    expect(verdicts('Ik maak de vergaderzaal klaar voor de teamdag van 3 juni.')).toBe('SMT');
  });

  it('an English participle after its thing says the thing is done: "module 3 finished", the report submitted by May', () => {
    for (const text of [
      'the report submitted by May',
      'Module 3 of the practice educator programme completed by week 14.',
      'the handover checklist written by the end of March',
      'GDPR e-learning passed by Friday.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SMT']);
    // The same as "Finish module 3 by week 14": finished, but which module?
    expect(verdicts('module 3 finished by week 14')).toBe(verdicts('Finish module 3 by week 14.'));
  });

  it('a participle before its noun, or after a verb of its own, reads as before', () => {
    expect(verdicts('the finished report by May')).toBe('smT');
    expect(verdicts('I want the report submitted by May.')).toBe('SMT');
    expect(verdicts('Review work submitted by students by June.')).toBe('SmT');
  });
});

describe('analyzeGoalText: shadowing a person is attending', () => {
  it('"shadow the nurse", *meelopen met een verpleegkundige*: specific (who is shadowed), no measure of its own', () => {
    for (const text of [
      'Until 15 April, shadow the tissue viability nurse.',
      'Shadow the ward manager in May.',
      'Shadow a team leader in May.',
      'Tot 15 april loop ik mee met een verpleegkundige.',
      'Ik loop tot 1 juni mee met mijn leidinggevende.',
      'In mei loop ik mee met de teamleider.',
    ]) {
      expect([text, verdicts(text)]).toEqual([text, 'SmT']);
      expect(codes(text)).toContain('agreement.text.attendanceOnly');
    }
    // A count of shadowing measures it.
    expect(verdicts('Shadow the ward manager on three shifts in May.')).toBe('SMT');
  });

  it('becoming a better nurse or leader is still no concrete act', () => {
    expect(verdicts('Become a better nurse.')).toBe('smt');
    expect(verdicts('Be a more confident leader by June.')).toBe('smT');
    expect(analyzeGoalText('Ik wil een betere leidinggevende worden.', { locale: 'nl' }).specific.status).toBe('unmet');
  });
});

describe('analyzeGoalText: a deadline after all goals, in words of its own, covers the last goal too', () => {
  it('"... and debrief each one. Deadline: before half-term.": every goal is time-bound', () => {
    for (const text of [
      'Goal: observe two lessons taught by a colleague in the English department and debrief each one. Deadline: before the October half-term.',
      'Finish the Excel course and help a colleague every week. Deadline: 1 June.',
      'Doel: de training Excel afronden en elke week een collega helpen. Deadline: 1 juni.',
      'Ik rond de training Excel af en help elke week een collega. Uiterlijk 1 juni.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SMT']);
  });

  it('a vague step stays vague, and a goal with a vague time of its own stays open', () => {
    expect(verdicts('Finish the Excel course and then get better at planning. Deadline: 1 June.')).toBe('smT');
    expect(verdicts('Finish the Excel course and help a colleague every week from now on. Deadline: 1 June.').at(2)).toBe('t');
  });
});

describe('analyzeGoalText: "Zo word ik ...", so I become ...: what the goal brings is no goal of its own', () => {
  it('a sentence after the goal that says what it brings leaves the verdicts of the goal', () => {
    for (const [goal, aside] of [
      ['In de komende drie maanden breng ik bij elk MDO minstens één casus in.', 'Zo word ik zichtbaarder voor het team.'],
      ['In de komende drie maanden breng ik bij elk MDO minstens één casus in.', 'Daardoor word ik zichtbaarder.'],
      ['Within three months I lead one case review at every team meeting.', "So I'll become more visible to the team."],
      ['Within three months I lead one case review at every team meeting.', 'So I become more visible to the team.'],
    ] as const)
      expect([goal, aside, verdicts(`${goal} ${aside}`)]).toEqual([goal, aside, verdicts(goal)]);
  });

  it('a vague sentence of that kind on its own is still read, and is still vague', () => {
    expect(verdicts('Zo word ik zichtbaarder voor het team.')).toBe('smt');
    expect(verdicts('So I become more visible to the team.')).toBe('smt');
  });
});

describe('analyzeGoalText: Black Friday is a day in the calendar, like a holiday', () => {
  it('before Black Friday, ahead of the Black Friday rush, voor Black Friday: a deadline', () => {
    for (const text of [
      'Ahead of the Black Friday rush: train 4 new starters on the tills and the returns desk.',
      'Before Black Friday I train 4 new starters on the tills.',
      "Voor Black Friday werk ik 4 nieuwe collega's in op de kassa.",
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SMT']);
    // A rush without a day is no scheduled event.
    expect(verdicts('Ahead of the rush: train 4 new starters on the tills.')).toBe('SMt');
  });
});

describe('analyzeGoalText: a named role with words of its own is that role', () => {
  it('become a mental health first aider: specific and measurable, like a first aider', () => {
    expect(verdicts('Become a mental health first aider by June.')).toBe('SMT');
    expect(verdicts('Become a first aider by June.')).toBe('SMT');
    expect(verdicts("when things calm down after the merger I'll become a mental health first aider")).toBe('SMt');
    expect(verdicts('Voor 1 juni word ik mental health first aider.')).toBe('SMT');
    // "word ik" after a time in front is the same taking on of a role as "ik word".
    expect(verdicts("Voor 1 juni word ik bhv'er.")).toBe('SMT');
    expect(verdicts('Voor 1 juni word ik praktijkopleider.')).toBe('SMT');
    // A better one is no role taken on.
    expect(verdicts('Become a better first aider by June.').slice(0, 2)).toBe(verdicts('Become a better manager by June.').slice(0, 2));
  });
});

describe('analyzeGoalText: in Dutch a topic right behind a course names it, in lower case too', () => {
  it('"de cursus timemanagement", de training klantvriendelijkheid: as named as with a capital', () => {
    for (const [lower, capital] of [
      ['ik rond voor 1 juni de cursus timemanagement af', 'Ik rond voor 1 juni de cursus Timemanagement af.'],
      ['ik rond voor 1 juni de training klantvriendelijkheid af', 'Ik rond voor 1 juni de training Klantvriendelijkheid af.'],
    ] as const) {
      expect([lower, verdicts(lower)]).toEqual([lower, 'SMT']);
      expect(verdicts(capital)).toBe('SMT');
    }
  });

  it('a course with nothing behind it, or an English noun that makes a compound with it, names nothing', () => {
    expect(verdicts('ik rond voor 1 juni de cursus af')).toBe('sMT');
    expect(verdicts('Ik rond de cursus voor 1 juni af.')).toBe('sMT');
    expect(verdicts('Look into training options soon.')).toBe('smt');
  });
});

describe('analyzeGoalText: a learning platform says where a course is taken, not which', () => {
  it('a course on LinkedIn Learning, een e-learning op Studytube: as unnamed as a course', () => {
    for (const text of [
      'complete a course on LinkedIn Learning by June',
      'Complete a course on Udemy by June.',
      'Ik rond voor juni een e-learning op Studytube af.',
      'Ik rond voor juni een training van GoodHabitz af.',
    ]) {
      expect([text, verdicts(text)]).toEqual([text, 'sMT']);
      expect(codes(text)).toContain('agreement.text.unnamed');
    }
  });

  it('a course named by its title or topic stays named wherever it is taken', () => {
    expect(verdicts('Complete a LinkedIn Learning course on Excel by June.')).toBe('SMT');
    expect(verdicts('Complete a course on LinkedIn Learning about negotiation by June.')).toBe('SMT');
    expect(verdicts('Ik rond voor juni de e-learning Excel op Studytube af.')).toBe('SMT');
  });
});

describe('analyzeGoalText: a visit paid is an event, and a lesson discussed afterwards too', () => {
  it('"twee lesbezoeken afleggen", pay two lesson visits: an act that happened or not', () => {
    for (const text of [
      'Doel: twee lesbezoeken afleggen bij een collega uit de sectie wiskunde en die nabespreken. Deadline: voor de voorjaarsvakantie.',
      'Voor de voorjaarsvakantie leg ik twee lesbezoeken af bij een collega.',
      'Pay two lesson visits to a colleague before half-term.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SMT']);
  });

  it('an exam taken (afleggen) is still passing it, and says which only with its name', () => {
    expect(verdicts('Ik leg voor 1 juni het examen Boekhouden af.')).toBe('SMT');
    expect(verdicts('Ik leg voor 1 juni een examen af.')).toBe('sMT');
  });
});

describe('analyzeGoalText: an article after a preposition points back to nothing', () => {
  it('"... en vaker verbeterideeën aandragen in het werkoverleg": a habit of its own, not a step of the course', () => {
    for (const text of [
      'Binnen 10 weken: de cursus Lean Yellow Belt afronden en vaker verbeterideeën aandragen in het werkoverleg.',
      'Binnen 10 weken: de cursus Excel afronden en vaker feedback vragen in het werkoverleg.',
      'Within 10 weeks: finish the Excel course and ask for feedback more often in the team meeting.',
    ]) {
      expect([text, verdicts(text)]).toEqual([text, 'SmT']);
      expect(codes(text)).toContain('agreement.text.goalFallsShort');
    }
  });

  it('a word that does point back keeps the step with its goal', () => {
    expect(verdicts('Binnen 10 weken rond ik de cursus Excel af en bespreek het daarna in het werkoverleg.')).toBe('SMT');
    expect(analyzeGoalText('Ik rond de cursus Excel voor 1 juni af en bespreek het in het werkoverleg.', { locale: 'nl' }).goals).toBe(1);
  });

  it('a capitalised word right after another is part of a name, not a verb ("Lean Yellow Belt" is no form of "bellen")', () => {
    expect(verdicts('Ik rond voor juni de cursus Lean Yellow Belt af.')).toBe('SMT');
    expect(
      analyzeGoalText('Ik rond voor juni de cursus Lean Yellow Belt af.', { locale: 'nl' }).specific.evidence.map((e) => e.rule),
    ).not.toContain('action.event');
  });
});

describe('analyzeGoalText: in Dutch, after a verb and its subject comes the object, not another verb', () => {
  it('"Gedurende het schooljaar geef ik leerlingen vaker positieve feedback": leerlingen are who get it', () => {
    for (const text of [
      'Gedurende het schooljaar geef ik leerlingen vaker positieve feedback tijdens de les.',
      'In mei geef ik leerlingen vaker positieve feedback tijdens de les.',
      'Ik geef leerlingen vaker positieve feedback tijdens de les in mei.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SmT']);
    // English word order has no inversion of this kind: the same goal reads the same.
    expect(verdicts('During the school year I give pupils positive feedback more often in lessons.')[0]).toBe(
      verdicts('I give pupils positive feedback more often in lessons.')[0],
    );
  });

  it('after a helping verb and its subject an infinitive is still the verb', () => {
    expect(verdicts('In mei ga ik dossiers digitaliseren.')).toBe('SMT');
    expect(verdicts('In mei stuur ik klanten een enquête.')).toBe('SMT');
  });
});

describe('analyzeGoalText: in Dutch, "elke" + thing before the verb at the end is still its object', () => {
  it('"ik ga elke factuur controleren", door elke factuur te controleren: a concrete act', () => {
    expect(verdicts('Ik ga elke factuur controleren.')).toBe('SMt');
    expect(verdicts('Voor 1 juni heb ik elke factuur gecontroleerd.')).toBe('SMT');
    expect(verdicts('Minder fouten in facturen door elke factuur twee keer te controleren voor juni.')).toBe('SMT');
    expect(verdicts('Minder fouten in facturen doordat ik elke factuur controleer.')).toBe('SMt');
    // The same goals in English read the same.
    expect(verdicts('I will check every invoice.')).toBe('SMt');
  });

  it('a thing with "elke" and no subject before it is the subject of the verb after it', () => {
    expect(verdicts('Elke nieuwe collega krijgt een buddy.')).toBe('SMt');
    expect(verdicts('Ik zorg dat elke nieuwe collega voor 1 juni een buddy heeft.')).toBe('SMT');
  });
});

describe('analyzeGoalText: a result without a verb is as concrete as a thing done as its means', () => {
  it('"fewer invoice errors by a second check", *door een tweede controle*: specific by the means', () => {
    for (const text of [
      'Fewer invoice errors by a second check on every invoice by June.',
      'Fewer invoice errors by means of a second check on every invoice by June.',
      'Minder fouten in facturen door een tweede controle op elke factuur voor juni.',
      'Minder fouten in facturen door middel van een tweede controle op elke factuur voor juni.',
    ]) {
      expect([text, verdicts(text)]).toEqual([text, 'SMT']);
      expect(analyzeGoalText(text, { locale: 'auto' }).specific.evidence.map((span) => span.rule)).toContain('action.means');
    }
  });

  it('a date, a cause in an abstraction or a vague amount after "by" or "door" is no means', () => {
    expect(verdicts('Fewer invoice errors by June.')[0]).toBe('s');
    expect(verdicts('Minder verzuim door een betere sfeer.')).toBe('smt');
    expect(verdicts('Fewer errors by a bit more focus.')).toBe('smt');
    expect(verdicts('Fewer complaints by customers by June.')[0]).toBe('s');
    // With a verb of its own the goal is read by that verb, as before.
    expect(verdicts('Improve my planning by a weekly review.')[0]).toBe('s');
  });
});

describe('analyzeGoalText: one unit of time with an article is a bounded period', () => {
  it('for a week, een jaar lang, gedurende een jaar: time-bound, and a length of doing it', () => {
    for (const text of [
      'Shadow a team leader for a week.',
      'For a year, I will chair the works council.',
      'Ik loop een week lang mee met de teamleider.',
      'Gedurende een jaar zit ik de ondernemingsraad voor.',
      'Een jaar lang zit ik de ondernemingsraad voor.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SMT']);
  });

  it('a while, or a unit with "a" that counts how often, is no period', () => {
    expect(verdicts('Shadow a team leader for a while.')[2]).toBe('t');
    expect(verdicts('Ik loop een week mee met de teamleider.')[2]).toBe('t');
    expect(verdicts('Speak up once a week in the team meeting.')[2]).toBe('t');
  });
});

describe('analyzeGoalText: "ik wil mee met ..." is going along, without a verb of going', () => {
  it('a wish and "mee", with no verb of their own, are attending: specific, no measure', () => {
    for (const text of [
      'Ik wil mee met de accountmanager naar klantbezoeken in de regio Noord.',
      'Ik wil mee met de accountmanager om klantbezoeken te doen.',
      'Ik ga mee met de accountmanager naar klantbezoeken in de regio Noord.',
    ]) {
      expect([text, verdicts(text)]).toEqual([text, 'Smt']);
      expect(codes(text)).toContain('agreement.text.attendanceOnly');
    }
    expect(verdicts('Ik wil mee naar de beurs in Utrecht in mei.')).toBe('SmT');
    expect(verdicts('Go along with the driver on his route in May.')).toBe('SmT');
  });

  it('with a verb of its own, "mee" is that verb\'s particle, and "meer" is no particle', () => {
    expect(verdicts('Ik wil meedoen aan de hackathon.')).toBe('Smt');
    expect(verdicts('Ik wil meer verantwoordelijkheid.')).toBe('smt');
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

describe('analyzeGoalText: "done by", "klaar voor" a date finishes the goal before it (set 8)', () => {
  it('reads the finish by a date as an outcome of the goal before it, not as a goal of its own', () => {
    expect(verdicts("I'll take care of it, done by end of October.")).toBe('sMT');
    expect(analyzeGoalText("I'll write the user guide, done before 9 December.", { locale: 'auto' }).goals).toBe(1);
    expect(analyzeGoalText('Ik schrijf de handleiding. Af voor 9 december.', { locale: 'auto' }).goals).toBe(1);
    expect(verdicts('Ik pak het op, klaar voor 1 oktober.')).toBe('sMT');
    // Done without a date after it is no finish by a date.
    expect(verdicts('I have done the course before.')).toBe('smt');
    expect(verdicts('Ik ben klaar met de cursus Excel voor 1 juni.')).toBe('SMT');
  });
});
