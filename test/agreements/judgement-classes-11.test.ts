// Classes of goal language named on the probe half of set 11 (hands-on and shift work: building sites,
// a greenhouse and a dairy farm, care homes, a kitchen, a salon, a bus company), each read in Dutch and
// English with phrasings of our own, next to phrasings that must not change.
import { describe, expect, it } from 'vitest';
import { analyzeGoalText } from '../../src/agreements/index.js';
import { verdicts } from './verdicts.js';

const analysis = (text: string) => analyzeGoalText(text, { locale: 'auto' });

describe('analyzeGoalText: an item of a list that leaves open which course or diploma', () => {
  it('makes the whole list not specific, as a vague item does', () => {
    for (const text of [
      'Voor 1 juni: 1) VCA basis halen 2) heftruckcertificaat halen 3) een cursus afronden',
      'Voor de zomer:\n- mijn BHV-diploma halen\n- een training volgen en afronden',
      'By 1 June: 1) pass the IPAF licence 2) finish a course',
      'Before winter:\n- get my Gas Safe registration\n- pass an exam',
    ]) {
      const read = analysis(text);
      expect([text, read.specific.status]).toEqual([text, 'unmet']);
      expect(read.findings.map((finding) => finding.code)).toContain('agreement.text.goalFallsShort');
    }
  });

  it('keeps a list of named items specific, and a step that names its course by the one before', () => {
    expect(analysis('Voor 1 juni: 1) VCA basis halen 2) heftruckcertificaat halen').specific.status).toBe('met');
    expect(analysis('By 1 June: 1) pass the IPAF licence 2) pass the PASMA course').specific.status).toBe('met');
    // "the state exam" is the one the course before prepares for: named by its article.
    expect(analysis('Finish the Dutch B1 course before the summer and pass the state exam in September.').specific.status).toBe('met');
  });
});

describe('analyzeGoalText: "na" a holiday is a start, as "vanaf" is', () => {
  it('reads "na de bouwvak", after the Easter break as the start it is, with the start-only advice', () => {
    for (const text of ['Na de bouwvak rond ik de NEN 3140-training af.', 'Na de kerstvakantie begin ik aan de module.']) {
      const read = analysis(text);
      expect([text, read.timeBound.evidence.map((span) => span.rule.split('.')[0])]).toEqual([text, ['start']]);
      expect(read.findings.map((finding) => finding.code)).toContain('agreement.text.startOnly');
    }
  });

  it('keeps "voor de bouwvak", before a holiday, a deadline without that advice', () => {
    const read = analysis('Voor de bouwvak rond ik de NEN 3140-training af.');
    expect(read.timeBound.evidence.map((span) => span.rule)).toEqual(['anchor.holiday']);
    expect(read.findings.map((finding) => finding.code)).not.toContain('agreement.text.startOnly');
  });
});

describe('analyzeGoalText: a move to a post named by its grade in the trade', () => {
  it('reads "doorgroeien naar eerste monteur", also split ("ik groei ... door naar"), and head or chief in English', () => {
    for (const text of [
      'Doorgroeien naar eerste monteur per 1 september.',
      'Ik groei in 2027 door naar allround timmerman.',
      'Ik groei per 1 maart door naar teamleider.',
      'Move into head gardener when Jim retires in May.',
      'Grow into chief engineer on the ferry by 2028.',
    ]) {
      const read = analysis(text);
      expect([text, read.specific.status, read.measurable.status]).toEqual([text, 'met', 'met']);
    }
  });

  it('keeps growing without a post vague', () => {
    expect(verdicts('Ik wil verder doorgroeien.')).toBe('smt');
    expect(verdicts('Ik groei door.')).toBe('smt');
  });
});

describe('analyzeGoalText: being on time is a behaviour one shows or not', () => {
  it('makes "vaker op tijd zijn", be on time more often, specific and not measurable', () => {
    for (const text of [
      'De komende zes weken vaker op tijd zijn bij de ritten.',
      'Ik kom vaker op tijd op de dagstart.',
      'Be on time more often for the early shift over the next six weeks.',
      'Arrive on time more often for the dialysis runs.',
      'Show up on time for the Monday briefing more often.',
    ]) {
      const read = analysis(text);
      expect([text, read.specific.status, read.measurable.status]).toEqual([text, 'met', 'unmet']);
    }
  });

  it('keeps "stop being late" measurable (a zero), and "on time" after another act that act', () => {
    expect(verdicts('Stop being late for the morning handover.')).toBe('SMt');
    expect(verdicts('I will finish my reports on time.')).toBe(verdicts('I will finish my reports.'));
  });
});

describe('analyzeGoalText: a limit on a measured figure is a target on it', () => {
  it('reads "het celgetal onder de 200 houden", keep X below N, as a target (a Dutch verb at the end after a number)', () => {
    for (const text of [
      'Het celgetal van de tank de hele winter onder de 200 houden.',
      'De uitval in de kas dit seizoen onder de 3% houden.',
      'Keep the cell count of the tank below 200 all winter.',
    ]) {
      const read = analysis(text);
      expect([text, read.specific.status, read.measurable.status, read.timeBound.status]).toEqual([text, 'met', 'met', 'met']);
    }
  });

  it('reads a cap over a bounded period as a target, as a cap per week is', () => {
    for (const text of [
      'No more than one no-show on my shifts for the next 3 months.',
      'Niet meer dan één no-show in mijn diensten de komende 3 maanden.',
      'At most two late deliveries in the coming quarter.',
    ]) {
      expect([text, analysis(text).specific.status]).toEqual([text, 'met']);
    }
    expect(verdicts('No more than two complaints per month.')).toBe('SMt');
    // Without a period or a rate the cap says nothing about when.
    expect(analysis('No more than one no-show.').timeBound.status).toBe('unmet');
  });
});

describe('analyzeGoalText: "sort it", "het uitzoeken": a placeholder for what will be done', () => {
  it('reads them as placeholders', () => {
    for (const text of [
      "Sort it with Mark's family before the next team meeting.",
      'Fix it with the supplier by Friday.',
      'Work it out with the planner before the new rota.',
      'Het met de leverancier uitzoeken voor vrijdag.',
      'Het met de familie gladstrijken voor de volgende teamdag.',
    ]) {
      expect([text, analysis(text).specific.status]).toEqual([text, 'unmet']);
    }
  });

  it('keeps an object one sorts or fixes concrete', () => {
    expect(analysis('Sort the spray records by field before harvest.').specific.status).toBe('met');
    expect(analysis('Fix the leaking valve on line 2 by Friday.').specific.status).toBe('met');
  });
});

describe('analyzeGoalText: a season of a kind is an event', () => {
  it('reads "before wedding season", *voor het trouwseizoen* as a deadline', () => {
    for (const text of [
      'Learn the new balayage technique before wedding season.',
      'Calibrate the milking robot on my own ahead of calving season.',
      'Voor het trouwseizoen beheers ik de nieuwe föhntechniek.',
      'Voor het oogstseizoen haal ik mijn trekkerrijbewijs.',
      'De melkrobot zelf kalibreren voor het afkalfseizoen begint.',
    ]) {
      expect([text, analysis(text).timeBound.status]).toEqual([text, 'met']);
    }
  });

  it('does not read a season ticket as a season', () => {
    expect(analysis('Sell more season tickets.').timeBound.status).toBe('unmet');
  });
});

describe('analyzeGoalText: saying it does not matter which leaves open what', () => {
  it('reads "maakt niet uit welke", no matter which as vague, also with a condition about the CV', () => {
    for (const text of [
      'Een certificaat erbij halen, maakt niet uit welke, als het maar op mijn cv staat.',
      'Een cursus afronden, om het even welke.',
      "Get another certificate, doesn't matter which, as long as it's on my CV.",
      'Finish one course, no matter which.',
    ]) {
      expect([text, analysis(text).specific.status]).toEqual([text, 'unmet']);
      expect([text, analysis(text).measurable.status]).toEqual([text, 'met']);
    }
  });

  it('keeps a named certificate specific, and a CV one writes a deliverable', () => {
    expect(analysis('Het VCA-certificaat halen, zodat het op mijn cv staat.').specific.status).toBe('met');
    expect(analysis('Mijn cv herschrijven voor 1 maart.').specific.status).toBe('met');
  });
});

describe('analyzeGoalText: a line that ends in an article, a preposition or "and" was only wrapped', () => {
  it('reads the break as a space, also in a text written in lower case', () => {
    for (const [wrapped, plain] of [
      ["'k wil voor\nde zomer me BHV halen.", "'k wil voor de zomer me BHV halen."],
      ['asap but def before\nsummer, sth with my English.', 'asap but def before summer, sth with my English.'],
      ['voortaan 3x per\nweek iets nieuws leren', 'voortaan 3x per week iets nieuws leren'],
      ['from 1 sept: step up to\ndeputy room leader in the baby room', 'from 1 sept: step up to deputy room leader in the baby room'],
      [
        'Within two months I will analyse the\n2026 sales figures and write a report.',
        'Within two months I will analyse the 2026 sales figures and write a report.',
      ],
      [
        'Ik verdiep me voor de zomer in de\nOmgevingswet door de handreiking te lezen.',
        'Ik verdiep me voor de zomer in de Omgevingswet door de handreiking te lezen.',
      ],
    ]) {
      expect([wrapped, verdicts(wrapped as string)]).toEqual([wrapped, verdicts(plain as string)]);
    }
  });

  it('keeps a break after a full word, and before a numbered item, a break', () => {
    // Two lines, each a goal of its own.
    expect(analysis('de BHV-cursus afronden voor 1 juni\nmijn VCA halen voor de zomer').goals).toBe(2);
    expect(analysis('1) pass the first-aid exam by June\n2) present it at the team meeting in May').goals).toBe(2);
  });
});

describe('analyzeGoalText: a field label without its colon in a bulleted list', () => {
  it('reads "• deadline 30 june" as the deadline of the list, and "to hr" as no verb', () => {
    for (const text of [
      '• finish advanced excel • deadline 30 june • proof: certificate to hr',
      '• de cursus excel gevorderd afronden • deadline 30 juni • bewijs: certificaat naar hr',
    ]) {
      const read = analysis(text);
      expect([text, read.timeBound.status]).toEqual([text, 'met']);
      expect(read.timeBound.evidence.map((span) => span.text)).toEqual([text.includes('june') ? 'deadline 30 june' : 'deadline 30 juni']);
    }
  });

  it("keeps the deadline as a thing one meets a verb's object", () => {
    expect(analysis('Meet every deadline of the payroll run this quarter.').timeBound.status).toBe('met');
  });
});

describe('analyzeGoalText: in Dutch a course is named by what it teaches, also in lower case', () => {
  it('reads "het certificaat veilig werken langs de weg", "de training klantgericht communiceren" as named', () => {
    for (const text of [
      'ik behaal in het tweede kwartaal het certificaat veilig werken langs de weg.',
      'jeroen volgt in okt. de training klantgericht communiceren.',
      'Ik rond voor 1 juni de cursus effectief vergaderen af.',
      'ik ga de training assertief communiceren volgen voor de zomer',
    ]) {
      expect([text, analysis(text).specific.status]).toEqual([text, 'met']);
    }
  });

  it('keeps the infinitive the verb where it is the only full verb of the clause', () => {
    const read = analysis('De cursus snel afronden.');
    expect(read.specific.evidence.map((span) => span.rule)).toContain('action.pass');
    expect(analysis('Ik ga de scholing wondzorg volgen in maart.').measurable.status).toBe('unmet');
  });
});

describe('analyzeGoalText: a short code after a credential says which, also without a verb', () => {
  it('reads "rijbewijs B", driving licence cat b, HGV licence class 2 as named credentials', () => {
    for (const text of ['rijbewijs B', 'Rijbewijs categorie C voor de zomer.', 'driving licence cat b', 'HGV licence class 2 by March.']) {
      const read = analysis(text);
      expect([text, read.specific.status, read.measurable.status]).toEqual([text, 'met', 'met']);
    }
  });

  it('keeps a credential without a code unnamed', () => {
    expect(analysis('certificaat voor de zomer').specific.status).toBe('unmet');
    expect(analysis('a licence by June').specific.status).toBe('unmet');
  });
});
