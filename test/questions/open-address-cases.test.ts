// The listener's name, a turn marker and a connective around a question, worked out on questions from
// development conversations: what is said to the listener is no part of the question, and a single word
// that is itself the question (an invitation, an option) stays. For each, the verdict, the rule and the
// decisive words, so a case fails when the wrong word is taken away or the wrong one kept.
import { describe, expect, it } from 'vitest';
import { judgeQuestion } from '../../src/questions/index.js';

type Case = readonly [locale: 'nl' | 'en', text: string, open: boolean, reason: string, words: readonly string[]];

function judged(locale: 'nl' | 'en', text: string): [boolean, string, string[]] {
  const judgement = judgeQuestion(text, locale);
  return [judgement.open, judgement.reason, judgement.evidence.map((span) => span.text)];
}

function check(cases: readonly Case[]): void {
  it.each(cases)('%s: %s', (locale, text, open, reason, words) => {
    expect(judged(locale, text)).toEqual([open, reason, words]);
  });
}

describe('a single word that is the question itself stays', () => {
  check([
    // One word, no comma: nothing is said to anyone else, the word is the invitation.
    ['nl', 'Vertel!', true, 'open.imperative', ['Vertel']],
    // After a colon the last word is what is asked, not a name.
    ['nl', 'Je eerste week bij ons: vertel!', true, 'open.imperative', ['vertel']],
    // Before a colon the first word is an invitation, not a name.
    ['nl', 'Vertel: hoe ging de overdracht met de nachtdienst?', true, 'open.imperative', ['Vertel']],
  ]);
});

describe('a word said to the listener or marking the turn is left out', () => {
  check([
    // "Kijk," and "Look," mark the turn; the question word decides, not the imperative.
    ['nl', 'Kijk, wat is er toen precies gebeurd?', true, 'open.questionWord', ['wat']],
    ['en', 'Look, what happened at the handover?', true, 'open.questionWord', ['what']],
    ['nl', 'Kijk, welk team wil je, sales of support?', false, 'closed.choice', ['of']],
  ]);
});

describe('a name in front changes nothing, whatever follows', () => {
  /** The judgement without the name, its spans moved by the name's length. */
  function shifted(text: string, name: string, locale: 'nl' | 'en') {
    const judgement = judgeQuestion(text, locale);
    const by = name.length + 2;
    return { ...judgement, evidence: judgement.evidence.map((span) => ({ ...span, start: span.start + by, end: span.end + by })) };
  }

  it.each([
    ['nl', 'Sanne', 'Meer of minder overuren dan vorig jaar?'],
    ['nl', 'Joost', 'Welk rooster wil je, vroeg of laat?'],
    ['nl', 'Fatima', 'Hoe kijk je terug op het eerste halfjaar?'],
    ['nl', 'Ahmed', 'Klopt het rooster zo, toch?'],
    ['en', 'Sam', 'More or less overtime than last year?'],
    ['en', 'Priya', 'Which shift do you want, early or late?'],
  ] as const)('%s: %s, %s', (locale, name, question) => {
    expect(judgeQuestion(`${name}, ${question}`, locale)).toEqual(shifted(question, name, locale));
  });
});

describe('a closed question inside a polite frame, its subject right after', () => {
  check([
    // "hoe vaak je": in a frame the subject always follows, and the frame asks for the number.
    ['nl', 'Kun je vertellen hoe vaak je overwerkt?', false, 'closed.politeRequest', ['Kun je']],
    ['en', 'Can you tell me how often you work late?', false, 'closed.politeRequest', ['Can you']],
  ]);
});

describe('which, welk and welke before two options, and what or which before a person', () => {
  check([
    // A person after "what" asks for a name, as after "which".
    ['en', 'What manager signs off your training budget?', false, 'closed.name', ['What manager']],
    ['nl', 'Welk team wil je, sales of support?', false, 'closed.choice', ['of']],
    ['nl', 'Welke dienst wil je, vroeg of laat?', false, 'closed.choice', ['of']],
    ['en', 'Which team do you want, sales or support?', false, 'closed.choice', ['or']],
    // "or not" asks yes or no, as "of niet" does.
    ['en', 'Are you happy with the new rota or not?', false, 'closed.choice', ['or not']],
  ]);
});

describe('two comparatives after a comma, and two inside the question', () => {
  check([
    // The side to pick is the evidence, not the words that follow it.
    ['nl', 'Wat vind je van de nieuwe werkschoenen, beter of slechter dan de oude?', false, 'closed.choice', ['beter of slechter']],
    // Eight words after the comma still ask to pick a side.
    ['nl', 'Hoe is de werkdruk nu, meer of minder dan in het vorige jaar?', false, 'closed.choice', ['meer of minder']],
    ['en', 'How is the workload now, more or less than it was last spring?', false, 'closed.choice', ['more or less']],
    // Inside the question, "beter of sneller" is what may change, not a choice offered.
    ['nl', 'Wat kan er beter of sneller in het proces?', true, 'open.questionWord', ['Wat']],
    ['en', 'What could be better or faster in the process?', true, 'open.questionWord', ['What']],
  ]);
});
