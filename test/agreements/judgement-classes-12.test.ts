// Classes of goal language named on set 12's probe half (knowledge work and leadership: policy
// advisers, lawyers, audit, research, HR, IT, project managers, new team leads), each read in Dutch
// and English in several phrasings, with phrasings next to them that must not change.
import { describe, expect, it } from 'vitest';
import { analyzeGoalText } from '../../src/agreements/index.js';
import { verdicts } from './verdicts.js';

const codes = (text: string): string[] => analyzeGoalText(text, { locale: 'auto' }).findings.map((finding) => finding.code);

describe('analyzeGoalText: the return-to-work period and the next appraisal bound a goal (set 12)', () => {
  it('reads the reintegration period as a named period with a known end', () => {
    for (const text of [
      'within the reintegration period, build my hours back up from 16 to 32 a week',
      'During my phased return, work three full days a week.',
      'Binnen de re-integratieperiode bouw ik mijn uren op van 16 naar 32 per week.',
      'tijdens mijn reintegratieperiode werk ik 3 dagen per week',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SMT']);
  });

  it('reads the next appraisal as a scheduled event in Dutch as in English', () => {
    expect(verdicts('Ik rond de cursus Excel af voor mijn volgende beoordeling.')).toBe('SMT');
    expect(verdicts('voor de volgende beoordeling lever ik het verbeterplan op')).toBe('SMT');
    expect(verdicts('Finish the Excel course before my next appraisal.')).toBe('SMT');
    expect(verdicts('ff mijn eigen ontwikkeling oppakken voor de volgende beoordeling')).toBe('smT');
  });

  it('must not change: an appraisal as a thing, a period that is not named', () => {
    expect(verdicts('Ik wil een betere beoordeling.')).toBe('smt');
    expect(analyzeGoalText('De beoordeling van mijn werk verbetert.', { locale: 'nl' }).timeBound.status).toBe('unmet');
    expect(analyzeGoalText('na mijn terugkeer werk ik maximaal 6 uur per dag', { locale: 'nl' }).timeBound.status).toBe('unmet');
    expect(analyzeGoalText('after my return, work no more than 6 hours a day', { locale: 'en' }).timeBound.status).toBe('unmet');
    expect(analyzeGoalText('Build my hours back up to 32 a week.', { locale: 'en' }).timeBound.status).toBe('unmet');
  });
});

describe('analyzeGoalText: working a counted time says what is done (set 12)', () => {
  it('werken, work with a count of hours or days: specific and measurable', () => {
    for (const text of [
      'ik werk na mijn terugkeer maximaal 6 uur per dag',
      'after my return, work no more than 6 hours a day and no evening work',
      'Ik werk voortaan 32 uur per week.',
      'I work 32 hours a week.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SMt']);
    for (const text of [
      'met ingang van 1 januari 2028 werk ik vier dagen in plaats van vijf, via de 80-90-100-regeling.',
      'Vanaf 1 januari werkt Sanne vier dagen in plaats van vijf.',
      'From 1 March Tom works four days instead of five.',
      'from 1 March I work four days a week instead of five',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SMT']);
  });

  it('must not change: working on something vague stays vague, whatever the hours', () => {
    expect(verdicts('Ik werk 2 dagen per week aan mijn ontwikkeling.')).toBe('sMt');
    expect(verdicts('Work 2 days a week on my development.')).toBe('sMt');
    expect(verdicts('Ik werk aan mijn communicatie, 2 uur per week.')).toBe('sMt');
    expect(verdicts('Work on my communication 2 hours a week.')).toBe('sMt');
    expect(verdicts('I will work harder, 50 hours a week.')).toBe('sMt');
    expect(verdicts('Ik wil minder uren maken.')).toBe('Smt');
    expect(verdicts('spend at least 4 hours a week on my own development')).toBe('sMt');
  });

  it('"block" first in its clause is a verb, not the name of a block: its mornings a week are counted', () => {
    expect(analyzeGoalText('from now on, block 3 mornings a week for focus time', { locale: 'en' }).measurable.status).toBe('met');
    expect(verdicts('From now on, block 3 mornings a week to write the business case.')).toBe('SMt');
    expect(verdicts('Reserve 2 afternoons a week to write the business case.')).toBe('SMt');
    expect(verdicts('voortaan blok ik 3 ochtenden per week focustijd in mijn agenda')).toBe('SMt');
    expect(codes('from now on, block 3 mornings a week for focus time')).not.toContain('agreement.text.noMeasure');
  });
});

describe('analyzeGoalText: a move to another job happens or not; only a named role says which (set 12)', () => {
  it('a move to a job it does not name: measurable, not specific', () => {
    for (const text of [
      'ik wil de overstap maken naar een baan buiten de overheid, bv bij een adviesbureau',
      'Ik wil overstappen naar een andere werkgever.',
      'move to a job outside the public sector, e.g. at a consultancy',
      'I want to switch to another employer.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'sMt']);
    expect(verdicts('I want to make the switch to a new job by 2028.')).toBe('sMT');
    expect(verdicts('Uiterlijk 1 juni wil ik de overstap maken naar een andere functie.')).toBe('sMT');
  });

  it('a move to a role it names: specific and measurable', () => {
    for (const text of [
      'Medewerker stapt over naar de functie van senior beleidsadviseur bij de directie Wonen (interne vacature).',
      'Ik wil de overstap maken naar teamleider.',
      'Move to the role of senior policy adviser.',
      'Transfer to the position of team lead on the service desk.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SMt']);
  });

  it('must not change: growing to another department, moving to a new system', () => {
    expect(verdicts('Ik wil doorgroeien naar een andere afdeling.')).toBe('smt');
    expect(verdicts('Move to a new CRM system.')).toBe('smt');
    expect(verdicts('Tzt wil ik doorgroeien naar een leidinggevende functie.')).toBe(
      verdicts('Ik wil doorgroeien naar een leidinggevende functie.'),
    );
    expect(verdicts('Step up to shift supervisor by June.')).toBe('SMT');
  });
});

describe('analyzeGoalText: a "when" clause after the object says when, not what (set 12)', () => {
  it('saying no to requests when the diary is full: specific behaviour without a measure', () => {
    for (const text of [
      'learn to say no to extra requests from the director when my schedule is already full',
      'Learn to say no to extra requests when my diary is full.',
      'ik leer nee zeggen tegen extra verzoeken wanneer mijn agenda vol is',
      'leren nee zeggen tegen extra verzoeken van de directeur wanneer mijn agenda al vol zit',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'Smt']);
  });

  it('must not change: a question the verb acts on, right after it or after a phrase', () => {
    expect(verdicts('learn how the pricing engine works')).toBe('Smt');
    expect(verdicts('learn when to escalate a ticket')).toBe('Smt');
    expect(verdicts('Learn from the chef how to make a proper stock.')).toBe('Smt');
    expect(verdicts('leren hoe de kassa werkt')).toBe('Smt');
    expect(analyzeGoalText('ask the client what matters most', { locale: 'en' }).specific.status).toBe('met');
  });
});

describe('analyzeGoalText: writing more concisely is a concrete act in another way, without a measure (set 12)', () => {
  it('bondiger, beknopter schrijven: specific, not measurable', () => {
    for (const text of [
      'Vanaf januari schrijf ik mijn memo’s korter en bondiger.',
      'voor 31 januari schrijf ik mijn notities voor het bestuur korter en bondiger op',
      'Voor 1 maart schrijf ik mijn adviezen aan het bestuur beknopter op.',
      'by 31/01 write my briefing notes to the board more concisely',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SmT']);
  });

  it('must not change: a short summary or version written is one deliverable', () => {
    expect(verdicts('Ik schrijf voor 1 mei een beknopte samenvatting van het rapport.')).toBe('SMT');
    expect(verdicts('Maak voor 1 mei een kortere versie van het rapport.')).toBe('SMT');
    expect(verdicts('Write a shorter version of the report by May.')).toBe('SMT');
  });
});

describe('analyzeGoalText: a number of actions says how many, not which (set 12)', () => {
  it('3 acties, three actions: measurable, not specific', () => {
    for (const text of [
      'binnen 8 weken 3 acties uitzetten',
      'Ik zet voor 1 juni drie acties uit.',
      'take 3 actions within 8 weeks',
      'Set out three actions by June.',
      'Agree 2 action points with the team by 1 May.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'sMT']);
  });

  it('must not change: actions named by what they are or whose they are', () => {
    expect(verdicts('Voor 1 juni voer ik de 3 verbeteracties uit de audit uit.')).toBe('SMT');
    expect(analyzeGoalText('Ik richt voor 1 mei de acties voor Moederdag in.', { locale: 'nl' }).specific.status).toBe('met');
    expect(verdicts('apply two things from the leadership programme in my team over the next 3 months')).toBe('sMT');
  });
});

describe('analyzeGoalText: feedback given to people is an act aimed at someone (set 12)', () => {
  it('give N team members feedback: specific, with the count or frequency measurable', () => {
    for (const text of [
      'komend halfjaar geef ik elke week aan minstens twee teamleden concrete feedback op hun werk',
      'Komend halfjaar geef ik elke week twee teamleden feedback op hun werk.',
      'for the next six months, give at least two team members specific feedback on their work every week',
      'For the next six months, give two team members feedback every week.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'SMT']);
    expect(verdicts('Ik geef elke maand twee stagiairs feedback op hun verslag.')).toBe('SMt');
    expect(verdicts('Give two trainees feedback on their reports every month.')).toBe('SMt');
  });

  it('must not change: feedback given without saying to whom, a feeling given, feedback asked', () => {
    expect(verdicts('Ik wil beter feedback geven.')).toBe('smt');
    expect(verdicts('I want to get better at giving feedback.')).toBe('smt');
    expect(analyzeGoalText('Ik geef feedback.', { locale: 'nl' }).specific.status).toBe('unmet');
    expect(analyzeGoalText('Give feedback.', { locale: 'en' }).specific.status).toBe('unmet');
    expect(verdicts('komend halfjaar geef ik mijn teamleden vaker positieve feedback')).toBe('SmT');
  });
});

describe('analyzeGoalText: "meer gaan doen met" is the vague frame "meer doen met" with a helping verb (set 12)', () => {
  it('doing more with a field of work says not what', () => {
    for (const text of [
      'als de formatie het toelaat wil ik meer gaan doen met projectleiding',
      'Als de formatie het toelaat, wil ik meer gaan doen met projectleiding.',
      'Ik wil meer gaan doen met data-analyse.',
      'Ik ga meer doen met projectleiding.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'smt']);
    expect(verdicts('Do more with data analysis.')).toBe('smt');
  });

  it('must not change: a condition does not take the deadline away; doing more of a concrete thing stays concrete', () => {
    expect(
      verdicts('ik wil idd voor okt. het Prince2 Foundation examen halen, als de formatie het toelaat en ik er tijd voor krijg.'),
    ).toBe('SMT');
    expect(verdicts('If headcount allows, pass the PRINCE2 Foundation exam by October.')).toBe('SMT');
    expect(verdicts('Ik ga vaker presentaties geven over ons product.')).toBe('Smt');
    expect(verdicts('Do more home visits.')).toBe('Smt');
  });
});

describe('analyzeGoalText: a verb alone after "en" shares the course of the verb before it (set 12)', () => {
  it('de cursus volgen en afronden, doen en afronden: the course is finished or not', () => {
    for (const text of [
      "'k ga de cursus 'Python voor data-analisten' in de leeromgeving doen en afronden",
      'ik ga de cursus Python volgen en afronden',
      'Ik ga de training Timemanagement volgen en afronden.',
      'Voor de zomer wil ik de opleiding Scrum Master doen en afronden.',
    ])
      expect([text, verdicts(text).slice(0, 2)]).toEqual([text, 'SM']);
    expect(verdicts('I will take the Python course and finish it.')).toBe('SMt');
  });

  it('must not change: a verb alone after "en" with nothing before it to finish, or a vague verb', () => {
    expect(verdicts('Ik ga mijn best doen en afronden.')).toBe(verdicts('Ik ga mijn best doen.'));
    expect(analyzeGoalText('Ik volg de training en verbeter.', { locale: 'nl' }).measurable.status).toBe('unmet');
    expect(analyzeGoalText('ik ga de cursus Python volgen', { locale: 'nl' }).measurable.status).toBe('unmet');
  });
});

describe('analyzeGoalText: het woord nemen is speaking up, an act (set 12)', () => {
  it('a vague aim with "het woord nemen" as its means is as concrete as speaking up in English', () => {
    for (const text of [
      'Meer zichtbaar worden in de organisatie door vaker zelf het woord te nemen in het MT-overleg.',
      'Ik neem vaker het woord in het MT-overleg.',
      'be more visible by speaking up more often in the senior management meeting',
      'Speak up more often in the monthly team meeting.',
    ])
      expect([text, verdicts(text)]).toEqual([text, 'Smt']);
    expect(verdicts('Ik neem elke week het woord in het teamoverleg.')).toBe('SMt');
  });

  it('must not change: words as a thing, a dictionary taken along', () => {
    expect(verdicts('Ik ga beter mijn woorden kiezen.')).toBe('smt');
    expect(verdicts('Ik verhoog mijn typsnelheid van 40 naar 60 woorden per minuut voor het einde van het kwartaal.')).toBe('SMT');
    expect(verdicts('In het teamoverleg minder vaak het woord nemen en collega’s eerst laten uitpraten.')).toBe('Smt');
  });
});
