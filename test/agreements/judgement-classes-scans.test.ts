// Classes of goal language found by metamorphic scans of the tuning and probe goals (a change that
// must not alter a verdict, applied to every goal; each flip a class, found without a held-out text or
// a labeller's call): a condition before a colon, a remark in brackets, small numbers in words, a
// purpose clause after the goal, a topic of a thing that reads like a vague verb, ", &" before a next
// step. Each is read in Dutch and English, beside phrasings that must not change.
import { describe, expect, it } from 'vitest';
import { verdicts } from './verdicts.js';

const same = (pairs: readonly (readonly [string, string])[]): void => {
  for (const [plain, changed] of pairs) expect([changed, verdicts(changed)]).toEqual([changed, verdicts(plain)]);
};

describe('analyzeGoalText: what stands around a goal does not change it', () => {
  it('reads each step after a condition that ends in a colon, and a role after it', () => {
    same([
      [
        'Ik rond voor 1 juni de cursus Excel af en begeleid daarna twee stagiairs.',
        'Als het rooster het toelaat: ik rond voor 1 juni de cursus Excel af en begeleid daarna twee stagiairs.',
      ],
      [
        'I will finish the forklift course by May and then train two new drivers.',
        'If the budget allows: I will finish the forklift course by May and then train two new drivers.',
      ],
      [
        'As a team lead I will take the coaching course and get the certificate.',
        'If time allows: as a team lead I will take the coaching course and get the certificate.',
      ],
    ]);
    // The step that comes "daarna" has no deadline of its own, with or without the condition.
    expect(verdicts('Als het rooster het toelaat: ik rond voor 1 juni de cursus Excel af en begeleid daarna twee stagiairs.')).toBe('SMt');
  });

  it('passes over a remark in brackets on how the goal was agreed', () => {
    same([
      ['Plan the stock count for hall 2 by Friday.', 'Plan the stock count for hall 2 by Friday (discussed with Mark).'],
      ['Hooguit twee klachten per maand.', 'Hooguit twee klachten per maand (overlegd met Ingrid).'],
      ['No more than one late handover per month.', 'No more than one late handover per month (approved by my team lead).'],
      ['Voor 1 april de werkinstructie schrijven.', 'Voor 1 april de werkinstructie schrijven (afgestemd met het team).'],
    ]);
    expect(verdicts('No more than one late handover per month (discussed with my manager).')).toBe('SMt');
    // Outside brackets "approved" is the goal's own passive, with its deadline.
    expect(verdicts('The new rota is approved by HR before 1 March.')).toBe('SMT');
  });

  it('reads small numbers in words as it reads digits', () => {
    same([
      ['Vanaf week 8 stuur ik elke vrijdag het weekrapport.', 'Vanaf week acht stuur ik elke vrijdag het weekrapport.'],
      ['In week 12 geef ik een demo van het nieuwe kassasysteem.', 'In week twaalf geef ik een demo van het nieuwe kassasysteem.'],
      ['Starting week 9 I will send the stock report every Friday.', 'Starting week nine I will send the stock report every Friday.'],
      [
        'Sanne verbetert 2 van de 3 punten uit haar beoordeling voor 1 mei.',
        'Sanne verbetert twee van de drie punten uit haar beoordeling voor 1 mei.',
      ],
      ['Get our wellbeing a 7 out of 10 by the summer.', 'Get our wellbeing a seven out of ten by the summer.'],
      ['Finish the food safety level 3 course by June.', 'Finish the food safety level three course by June.'],
      ['recalibrate 5 scanners by Friday', 'recalibrate five scanners by Friday'],
    ]);
    // A week's number is a date; a count after "per week" or "each week" is still a count.
    expect(verdicts('In week twaalf geef ik een demo van het nieuwe kassasysteem.')).toBe('SMT');
    expect(verdicts('Ik sport per week twee keer.')).toBe('sMt');
    expect(verdicts('Each week two sessions with a client.')).toBe('sMt');
    expect(verdicts('Ik train de groep twee keer per week.')).toBe('SMt');
    // The number of a level names the course; it does not turn the verb after it into a counted noun.
    expect(verdicts('De cursus niveau 2 afronden voor 1 juni.')).toBe('SMT');
  });

  it('does not read a purpose clause after the goal as a goal of its own', () => {
    same([
      ['Ik ga de module Excel doen en afronden.', 'Ik ga de module Excel doen en afronden, zodat ik beter voorbereid ben.'],
      [
        'Ik rond mijn BHV af voor 1 juli en begin daarna aan de cursus Excel.',
        'Ik rond mijn BHV af voor 1 juli en begin daarna aan de cursus Excel, zodat ik sterker sta.',
      ],
      [
        'I will pass the BLS refresher by March and then be more involved in the team.',
        'I will pass the BLS refresher by March and then be more involved in the team, so that I am better prepared.',
      ],
    ]);
  });

  it('reads a vague verb that names what a thing is about as its topic', () => {
    expect(verdicts('Voor 1 juni geef ik een workshop over het omgaan met lastige klanten.')).toBe('SMT');
    expect(verdicts('By May I will give a talk about dealing with complaints.')).toBe('SMT');
    // Learning about it, or the vague verb itself, stays vague.
    expect(verdicts('Ik wil meer leren over het omgaan met stress.')).toBe('smt');
    expect(verdicts('Ik wil beter leren omgaan met lastige klanten.')).toBe('smt');
    expect(verdicts('Deal with complaints better.')).toBe('smt');
  });

  it('reads ", &" before a next step as ", en"', () => {
    same([
      [
        'Het overzicht voor de ziekmeldingen opleveren voor de kwartaalreview in oktober, en daarna een workshop over het overzicht geven aan de teamleiders.',
        'Het overzicht voor de ziekmeldingen opleveren voor de kwartaalreview in oktober, & daarna een workshop over het overzicht geven aan de teamleiders.',
      ],
    ]);
    expect(
      verdicts(
        'Het overzicht voor de ziekmeldingen opleveren voor de kwartaalreview in oktober, & daarna een workshop over het overzicht geven aan de teamleiders.',
      ),
    ).toBe('SMt');
  });

  it('passes over a short sentence on how the goal is felt, but not a goal that says it', () => {
    same([
      [
        'Ik schrijf voor 1 april de werkinstructie voor de kassa.',
        'Ik schrijf voor 1 april de werkinstructie voor de kassa. Daar heb ik zin in!',
      ],
      ['Ik haal in maart mijn heftruckcertificaat.', 'Ik haal in maart mijn heftruckcertificaat. Ik kijk er echt naar uit.'],
      ['Beter leren plannen.', 'Beter leren plannen. Dat lijkt me mooi.'],
      ['Finish the SQL course by May.', "Finish the SQL course by May. Can't wait!"],
      [
        'I will present the new rota at the team meeting in June.',
        'I will present the new rota at the team meeting in June. Really excited about this.',
      ],
    ]);
    // A sentence with a word of intent, or a goal before a comma, is read as a goal.
    expect(verdicts('Ik rond voor 1 juni de cursus Excel af. Ik wil daarna vaker feedback vragen, daar heb ik zin in.')).toBe('Smt');
  });

  it('passes over emoji and a pointer to an attachment', () => {
    same([
      [
        'Ik zorg dat voor de inspectie in oktober alle medicatielijsten kloppen.',
        'Ik zorg dat voor de inspectie in oktober alle medicatielijsten kloppen 👍',
      ],
      ['Het celgetal de hele winter onder de 200 houden.', 'Het celgetal de hele winter onder de 200 houden 💪🏽'],
      ['Voor 1 juni de cursus Excel afronden.', 'Voor 1 juni de cursus Excel afronden (zie bijlage).'],
      // ("see" is no Dutch word for its double e: the text stays English.)
      ['pass ITIL4.', 'pass ITIL4 (see attachment).'],
      ['Goal: Google Analytics certification\nDue: wk 23.', 'Goal: Google Analytics certification\nDue: wk 23 (see attachment).'],
    ]);
  });

  it('passes over with whom the goal was agreed, before it or in a sentence after it', () => {
    same([
      ['Mijn kennis over HR verdiepen.', 'Na overleg met Henk: mijn kennis over HR verdiepen.'],
      ['Try to be more proactive.', 'After talking it over with Henk: try to be more proactive.'],
      ['Ik rond voor 1 juni de cursus Excel af.', 'Ik rond voor 1 juni de cursus Excel af. Dit heb ik met Fatima besproken.'],
      ['Ik wil vaker nee zeggen.', 'Ik wil vaker nee zeggen. Daarover heb ik met mijn leidinggevende overlegd.'],
      ['Improve my time management.', 'Improve my time management. I discussed this with Henk.'],
      ['Finish the SQL course by May.', 'Finish the SQL course by May. Dana and I agreed on it.'],
    ]);
    // The name of whom it was agreed with is no name of what will be done.
    expect(verdicts('Na overleg met Henk: mijn kennis over HR verdiepen.')).toBe('smt');
    // A sentence with an article, not a word that points back, is read as it was: "bij het team" points at nothing.
    expect(
      verdicts('1) voor eind maart de BLS-herhaling halen 2) meer betrokken zijn bij het team (besproken met mijn leidinggevende).'),
    ).toBe(verdicts('1) voor eind maart de BLS-herhaling halen 2) meer betrokken zijn bij het team.'));
  });
});
