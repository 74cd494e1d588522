// The rules of the open-question reader worked out on questions a manager or an employee asks in a
// development conversation: for each, the verdict, the rule that decided (docs/questions.md, "The
// contract") and the decisive words as they stand in the text. Pinning the words, not only the
// verdict, checks that each rule reads the words it should and not its neighbours.
import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../../src/questions/index.js';

type Case = readonly [locale: 'nl' | 'en', text: string, open: boolean, reason: string, words: readonly string[]];

/** The judgement in short: verdict, reason, and the evidence as the words of the text (each span checked against it). */
function judged(locale: 'nl' | 'en', text: string): [boolean, string, string[]] {
  const judgement = judgeQuestion(text, locale);
  for (const span of judgement.evidence) {
    expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(span.rule).toBe(judgement.reason);
  }
  return [judgement.open, judgement.reason, judgement.evidence.map((span) => span.text)];
}

function check(cases: readonly Case[]): void {
  it.each(cases)('%s: %s', (locale, text, open, reason, words) => {
    expect(judged(locale, text)).toEqual([open, reason, words]);
  });
}

describe('curiosity', () => {
  check([
    // About a yes or a no: "of", "whether", "if", right after the phrase or one word further.
    ['nl', 'Ik vraag me af of je het rooster prettig vindt.', false, 'closed.curiosity', ['Ik vraag me af of']],
    ['nl', 'Ik ben benieuwd of het nieuwe rooster bevalt.', false, 'closed.curiosity', ['Ik ben benieuwd of']],
    ['en', 'I wonder whether the new rota suits you.', false, 'closed.curiosity', ['I wonder whether']],
    ['en', 'I am curious if the training helped.', false, 'closed.curiosity', ['I am curious if']],
    // About a story.
    ['nl', 'Ik ben benieuwd hoe je het eerste halfjaar hebt ervaren.', true, 'open.curiosity', ['Ik ben benieuwd']],
    ['en', "I'm curious what you learned from the project.", true, 'open.curiosity', ["I'm curious"]],
    // The yes/no word one word after the phrase still asks yes or no.
    ['en', 'I wonder though whether the new rota suits you.', false, 'closed.curiosity', ['I wonder though']],
    ['en', "I'd be curious whether the coaching helped.", false, 'closed.curiosity', ["I'd be curious whether"]],
  ]);
});

describe('polite frames', () => {
  check([
    ['nl', 'Kun je vertellen hoe je het project hebt aangepakt?', true, 'open.invitation', ['Kun je vertellen']],
    // An example further on in the frame: the frame and the word, two spans.
    ['nl', 'Zou je een voorbeeld kunnen geven van een lastig gesprek?', true, 'open.invitation', ['Zou je', 'voorbeeld']],
    ['en', 'Could you give me an example of feedback that helped you?', true, 'open.invitation', ['Could you give']],
    // A frame that asks leave to ask, right before a question word.
    ['nl', 'Mag ik vragen hoe je daar nu naar kijkt?', true, 'open.invitation', ['Mag ik vragen hoe']],
    ['en', 'May I ask how you see that now?', true, 'open.invitation', ['May I ask how']],
    // Around anything else: yes or no.
    ['nl', 'Kun je het verslag voor vrijdag afronden?', false, 'closed.politeRequest', ['Kun je']],
    ['en', 'Could you send me the report by Friday?', false, 'closed.politeRequest', ['Could you']],
    ['nl', 'Zou je willen uitleggen hoe je de overdracht aanpakt?', true, 'open.invitation', ['Zou je willen uitleggen']],
    ['nl', 'Wil je eens beschrijven hoe een gewone dienst eruitziet?', true, 'open.invitation', ['Wil je eens beschrijven']],
    ['nl', 'Heb je een voorbeeld van een goede werkdag?', true, 'open.invitation', ['Heb je', 'voorbeeld']],
    ['nl', 'Mag ik je vragen wat je zou veranderen?', true, 'open.invitation', ['Mag ik je vragen wat']],
    ['en', 'Would you mind describing a typical day?', true, 'open.invitation', ['Would you mind describing']],
    ['en', 'Would you like to talk me through the project?', true, 'open.invitation', ['Would you like to talk']],
    ['en', 'Can I ask what you would change?', true, 'open.invitation', ['Can I ask what']],
    ['en', 'Could I ask what you would change?', true, 'open.invitation', ['Could I ask what']],
    ['en', 'Do you have an example of a good day?', true, 'open.invitation', ['Do you have', 'example']],
    // Telling a number, a date or a name answers the closed question inside the frame.
    ['nl', 'Kun je me zeggen wanneer de cursus begint?', false, 'closed.politeRequest', ['Kun je']],
    ['nl', 'Kun je me ongeveer vertellen hoeveel uur je overwerkt?', false, 'closed.politeRequest', ['Kun je']],
    ['en', 'Can you tell me how many hours you worked?', false, 'closed.politeRequest', ['Can you']],
    ['en', 'Could you tell us who approves your leave?', false, 'closed.politeRequest', ['Could you']],
    // A mass noun inside the frame still asks for a story.
    ['nl', 'Kun je vertellen hoeveel begeleiding je krijgt?', true, 'open.invitation', ['Kun je vertellen']],
    ['nl', 'Wil je volgend jaar de cursus volgen?', false, 'closed.politeRequest', ['Wil je']],
    ['en', 'Would you like to learn Excel?', false, 'closed.politeRequest', ['Would you like to']],
  ]);
});

describe('a clause before the question', () => {
  check([
    ['nl', 'Als je terugkijkt op het jaar, waar ben je trots op?', true, 'open.questionWord', ['waar']],
    ['nl', 'Wanneer je terugkijkt op het jaar, wat valt je op?', true, 'open.questionWord', ['wat']],
    ['en', 'When you look back on the year, what stands out?', true, 'open.questionWord', ['what']],
  ]);
});

describe('quantities, dates and names', () => {
  check([
    ['nl', 'Hoe vaak spreek je je mentor?', false, 'closed.quantity', ['Hoe vaak']],
    // After a preposition, the quantity alone is the evidence.
    ['nl', 'Over hoeveel weken wil je de opleiding afronden?', false, 'closed.quantity', ['hoeveel']],
    // "Hoe laat je ..." is "how do you let ...", not "at what time".
    ['nl', 'Hoe laat je me weten hoe het gaat?', true, 'open.questionWord', ['Hoe']],
    ['en', 'How much?', false, 'closed.quantity', ['How much']],
    // A mass noun asks how it is, unless a rate follows.
    ['en', 'How much time a week do you spend on learning?', false, 'closed.quantity', ['How much']],
    ['nl', 'Hoeveel tijd per week besteed je aan leren?', false, 'closed.quantity', ['Hoeveel']],
    ['nl', 'Hoeveel ruimte krijg je om te leren?', true, 'open.questionWord', ['Hoeveel']],
    ['en', 'How much of your week goes to meetings?', false, 'closed.quantity', ['How much']],
    ['nl', 'Wanneer ben je klaar met de cursus?', false, 'closed.date', ['Wanneer']],
    ['nl', 'Tot wanneer loopt je contract?', false, 'closed.date', ['Tot wanneer']],
    ['nl', 'Wanneer voel je je op je best?', true, 'open.questionWord', ['Wanneer']],
    ['en', 'Who is your mentor?', false, 'closed.name', ['Who']],
    ['en', 'Which colleague signs off your leave?', false, 'closed.name', ['Which colleague']],
    // A wish, a superlative, a second question word or a description: a story.
    ['nl', 'Met wie werk je het liefst samen?', true, 'open.questionWord', ['Met wie']],
    ['nl', 'Van wie zou je graag leren?', true, 'open.questionWord', ['Van wie']],
    ['nl', 'Wie doet wat in het team?', true, 'open.questionWord', ['Wie']],
    ['nl', 'Wie ben je op je best?', true, 'open.questionWord', ['Wie']],
    ['nl', 'Welke collega helpt je het vaakst?', true, 'open.questionWord', ['Welke']],
    ['en', 'Which colleague would you like to learn from?', true, 'open.questionWord', ['Which']],
    ['nl', 'Hoeveel uur per week besteed je aan overleg?', false, 'closed.quantity', ['Hoeveel']],
    ['nl', 'Hoe lang werk je al in deze rol?', false, 'closed.quantity', ['Hoe lang']],
    ['nl', 'Hoe lang wil je deze rol nog doen, en waarom?', true, 'open.multiPart', ['waarom']],
    ['nl', 'Hoeveel begeleiding heb je nodig?', true, 'open.questionWord', ['Hoeveel']],
    ['nl', 'Hoeveel hulp krijg je per week?', false, 'closed.quantity', ['Hoeveel']],
    ['en', 'How many courses did you finish this year?', false, 'closed.quantity', ['How many']],
    ['en', 'How long have you been in this role?', false, 'closed.quantity', ['How long']],
    ['en', 'How often do you get feedback from your manager?', false, 'closed.quantity', ['How often']],
    ['en', 'How long do you want to stay in this role, and why?', true, 'open.multiPart', ['why']],
    // "How much" before a noun asks how it is, before a verb or "of" an amount; a rate asks a number.
    ['en', 'How much support do you get from the team?', true, 'open.questionWord', ['How']],
    ['en', 'How much budget per year do you get for training?', false, 'closed.quantity', ['How much']],
    ['en', 'How much more can you take on?', false, 'closed.quantity', ['How much']],
    ['en', 'How much would the course cost?', false, 'closed.quantity', ['How much']],
    ['en', 'When does the course start?', false, 'closed.date', ['When']],
    ['en', 'When do you feel at your best?', true, 'open.questionWord', ['When']],
    ['en', 'When would you like to start?', true, 'open.questionWord', ['When']],
    ['en', 'When do you want to start the course?', false, 'closed.date', ['When']],
    ['en', 'What is the end date of your contract?', false, 'closed.date', ['What']],
    ['nl', 'Wanneer wil je beginnen met de cursus?', false, 'closed.date', ['Wanneer']],
    ['nl', 'Wanneer zou je willen beginnen?', true, 'open.questionWord', ['Wanneer']],
    ['nl', 'Wat is de einddatum van je contract?', false, 'closed.date', ['Wat']],
    ['nl', 'Op welke dag begint de cursus?', false, 'closed.quantity', ['welke dag']],
    ['en', 'On which day does the course start?', false, 'closed.quantity', ['which day']],
    ['nl', 'Wie is je mentor?', false, 'closed.name', ['Wie']],
    ['nl', 'Welke collega keurt je verlof goed?', false, 'closed.name', ['Welke collega']],
    // What one can do now asks for a name ("wie kan", who can); "wie zou", who could is a possibility.
    ['nl', 'Bij wie kun je terecht met vragen?', false, 'closed.name', ['Bij wie']],
    ['nl', 'Bij wie zou je terecht willen kunnen met vragen?', true, 'open.questionWord', ['Bij wie']],
    ['nl', 'Wie wil je worden over vijf jaar?', true, 'open.questionWord', ['Wie']],
    ['en', 'Who could be your mentor?', true, 'open.questionWord', ['Who']],
    ['en', 'From whom did you learn the most?', true, 'open.questionWord', ['From whom']],
    ['en', 'Who do you want to be in five years?', true, 'open.questionWord', ['Who']],
    ['en', 'Who does what in the team?', true, 'open.questionWord', ['Who']],
  ]);
});

describe('question words, imperatives and verbs first', () => {
  check([
    ['nl', 'Op welke manier wil je groeien?', true, 'open.questionWord', ['Op welke']],
    ['nl', 'Waarom koos je voor deze functie?', true, 'open.questionWord', ['Waarom']],
    ['nl', 'In hoeverre past je rol bij je?', true, 'open.questionWord', ['In hoeverre']],
    ['nl', 'Hoezo koos je voor deze rol?', true, 'open.questionWord', ['Hoezo']],
    ['en', 'To what extent does your role suit you?', true, 'open.questionWord', ['To what']],
    ['en', 'How come you chose this role?', true, 'open.questionWord', ['How']],
    ['en', 'Tell me about your week.', true, 'open.imperative', ['Tell']],
    ['en', 'Do you like your work?', false, 'closed.verbFirst', ['Do']],
    ['nl', 'Ga eens na wat je het meest heeft geholpen.', true, 'open.imperative', ['Ga eens']],
    ['nl', 'Kijk maar eens terug op het jaar.', true, 'open.imperative', ['Kijk maar']],
    ['nl', 'Ben je tevreden?', false, 'closed.verbFirst', ['Ben']],
    ['nl', 'Denk je dat het lukt?', false, 'closed.verbFirst', ['Denk je']],
    ['en', 'Imagine you could start over.', true, 'open.imperative', ['Imagine']],
    // Without a question mark "je" is "your"; with one it is the subject after a verb.
    ['nl', 'Beschrijf je werkdag.', true, 'open.imperative', ['Beschrijf']],
    ['nl', 'Beschrijf je je werkdag?', false, 'closed.verbFirst', ['Beschrijf je']],
    ['nl', 'Vertel over je week.', true, 'open.imperative', ['Vertel']],
    ['en', 'Describe your week.', true, 'open.imperative', ['Describe']],
  ]);
});

describe('the sentence as a whole', () => {
  check([
    ['nl', 'Je hebt het druk gehad, toch?', false, 'closed.tag', ['toch']],
    ['en', 'That went well, right?', false, 'closed.tag', ['right']],
    ['en', "The course was useful, wasn't it?", false, 'closed.tag', ["wasn't it"]],
    ['nl', 'Vind je ook niet dat je meer verantwoordelijkheid aankunt?', false, 'closed.leading', ['Vind je ook niet']],
    ['en', "Don't you think the team needs more structure?", false, 'closed.leading', ["Don't you think"]],
    ['nl', 'Wat denk je, hoe gaat het met het project?', true, 'open.questionWord', ['hoe']],
    ['en', 'What do you think, how is the project going?', true, 'open.questionWord', ['how']],
    ['nl', 'Op een schaal van 1 tot 10, hoe tevreden ben je?', false, 'closed.scale', ['Op een schaal']],
    ['nl', 'Op een schaal van 1 tot 10, hoe tevreden ben je, en waarom?', true, 'open.multiPart', ['waarom']],
    ['en', 'On a scale from 1 to 10, how happy are you with your role?', false, 'closed.scale', ['scale']],
    ['nl', 'Wil je liever een cursus of een coach?', false, 'closed.choice', ['of']],
    ['nl', 'Wil je liever een cursus of een coach, en waarom?', true, 'open.multiPart', ['waarom']],
    ['nl', 'Welke vorm past beter bij je: een cursus of een coach?', false, 'closed.choice', ['of']],
    ['nl', 'Welke dag komt je beter uit, dinsdag of donderdag?', false, 'closed.choice', ['of']],
    ['en', 'Which do you prefer: working from home or at the office?', false, 'closed.choice', ['or']],
    // Options that qualify the question, or a list of three, leave it open.
    ['nl', 'Wat verandert er, privé of op het werk?', true, 'open.questionWord', ['Wat']],
    ['nl', 'Waar wil je aan werken: kennis, vaardigheden of houding?', true, 'open.questionWord', ['Waar']],
    ['nl', 'Ben je tevreden of niet?', false, 'closed.choice', ['of niet']],
    ['nl', 'Ja of nee: ga je de cursus doen?', false, 'closed.choice', ['Ja of nee']],
    ['nl', 'Ben je tevreden en wat zou je anders doen?', true, 'open.multiPart', ['wat']],
    ['nl', 'Wie inspireert je en waarom?', true, 'open.multiPart', ['waarom']],
    ['nl', 'Vertel eens, hoe ging het project?', true, 'open.questionWord', ['hoe']],
    ['nl', 'Zeg eens, wat heb je geleerd?', true, 'open.questionWord', ['wat']],
    ['nl', 'Eerlijk gezegd, hoe gaat het?', true, 'open.questionWord', ['hoe']],
    ['nl', 'Je bent toch tevreden over je werk?', false, 'closed.leading', ['Je bent toch']],
    ['nl', 'Je hebt het toch goed naar je zin, hè?', false, 'closed.tag', ['hè']],
    ['nl', 'Het was een druk jaar, nietwaar?', false, 'closed.tag', ['nietwaar']],
    ['nl', 'Dat ging goed, of niet?', false, 'closed.tag', ['niet']],
    ['nl', 'Dat klopt, ja?', false, 'closed.tag', ['ja']],
    ['nl', 'Welk cijfer geef je je werkplezier?', false, 'closed.scale', ['Welk cijfer']],
    ['nl', 'Wat kies je: een cursus of een coach?', false, 'closed.choice', ['of']],
    ['nl', 'Wat kies je, een cursus of een coach?', false, 'closed.choice', ['of']],
    ['nl', 'Wat past beter bij je, een cursus of een coach?', false, 'closed.choice', ['of']],
    ['nl', 'Wat doe je liever, plannen of uitvoeren?', false, 'closed.choice', ['of']],
    ['nl', 'Wat vond je van de training: nuttig of niet?', false, 'closed.choice', ['of niet']],
  ]);
});

describe('words and sentences', () => {
  check([
    // A contracted question word leads, as written out.
    ['en', "What's on your mind?", true, 'open.questionWord', ["What's"]],
    ['en', "How's the new role going?", true, 'open.questionWord', ["How's"]],
    ['en', "Where'd you like to be in a year?", true, 'open.questionWord', ["Where'd"]],
    // Connectives at the start are skipped.
    ['nl', 'En hoe gaat het nu?', true, 'open.questionWord', ['hoe']],
    ['en', 'And so how did it go?', true, 'open.questionWord', ['how']],
    ['en', 'Please, what would help you most?', true, 'open.questionWord', ['what']],
    // Several sentences: open when one is, else the first closed one decides.
    ['nl', 'Wat ging goed? Ben je tevreden?', true, 'open.questionWord', ['Wat']],
    ['nl', 'Ben je tevreden? Is het druk?', false, 'closed.verbFirst', ['Ben']],
    ['nl', 'Het weer is mooi.', false, 'none', []],
  ]);
});
