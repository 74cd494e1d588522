import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationEventInput } from '../../src/index.js';
import { replay, transition } from '../../src/index.js';
import { deficitWords } from '../../src/conversation/deficit.js';
import { msg } from '../finding-text.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const deficits = [
  'Minder fouten maken in offertes',
  'Niet meer te laat komen bij het overleg',
  'Stoppen met uitstellen',
  'Mijn zwakke punten verbeteren',
  'Make fewer mistakes in quotes',
  'Stop being late for stand-ups',
  'Work on my weaknesses',
];
const strengths = [
  'Zorgvuldig werken aan offertes',
  'Elke dag goed voorbereid en op tijd beginnen',
  'Mijn sterke punten in klantcontact verder uitbouwen',
  'Presenteren voor klanten',
  'Minder bekende klanten zelf benaderen',
  'Work carefully on quotes',
  'Build on my strengths with clients',
];

describe('deficit wording in a need or goal', () => {
  it('finds the phrase that asks for a repair, and nothing in a strengths phrasing', () => {
    expect(deficits.map((text) => deficitWords(text))).toEqual([
      ['Minder fouten'],
      ['Niet meer te laat'],
      ['Stoppen met'],
      ['zwakke punten'],
      ['fewer mistakes'],
      ['Stop being'],
      ['weaknesses'],
    ]);
    for (const text of strengths) expect(deficitWords(text), text).toEqual([]);
  });

  it('only ever quotes words of the text itself, and finds a deficit wherever it stands in a sentence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...strengths), fc.constantFrom(...deficits), fc.string({ maxLength: 30 }), (before, deficit, noise) => {
        const text = `${before}, ${noise} en ${deficit.toLowerCase()}`;
        const found = deficitWords(text);
        expect(found.length).toBeGreaterThan(0);
        for (const words of found) expect(text.replace(/\s+/gu, ' ')).toContain(words);
        for (const words of deficitWords(noise)) expect(noise.replace(/\s+/gu, ' ').toLowerCase()).toContain(words.toLowerCase());
      }),
    );
  });

  it('hints when a need or the overarching goal is phrased as a deficit', () => {
    const needAt = developmentEvents.findIndex((event) => event.type === 'addNeed');
    const before = replay(developmentEvents.slice(0, needAt), { input: developmentInput });
    if (!before.ok) throw new Error('replay');
    const event = developmentEvents[needAt] as ConversationEventInput & { type: 'addNeed' };
    const result = transition(before.value, { ...event, need: { ...event.need, text: 'Minder fouten maken in offertes' } });
    const hint = result.findings.find((f) => f.code === 'conversation.need.deficit');
    expect(hint?.severity).toBe('info');
    expect(msg(hint, 'nl')).toBe(
      'Ontwikkelbehoefte ‘Minder fouten maken in offertes’ zegt vooral wat er weg moet (‘Minder fouten’). Bouw liever voort op wat goed gaat: welke sterke kant wil de medewerker verder ontwikkelen? Bijvoorbeeld ‘zorgvuldig werken’ in plaats van ‘minder fouten maken’.',
    );
    const purposeAt = developmentEvents.findIndex((entry) => entry.type === 'setPurpose');
    const early = replay(developmentEvents.slice(0, purposeAt), { input: developmentInput });
    if (!early.ok) throw new Error('replay');
    const purpose = developmentEvents[purposeAt] as ConversationEventInput & { type: 'setPurpose' };
    const set = transition(early.value, { ...purpose, overarchingGoal: 'Stop being late for stand-ups' });
    const goal = set.findings.find((f) => f.code === 'conversation.purpose.deficit');
    expect(msg(goal, 'en')).toBe(
      'The overarching goal mainly says what has to go (“Stop being”). Phrase it as a strength to develop, for example “start every day prepared and on time” rather than “stop being late”.',
    );
    // The fixture's own needs and goal build on strengths: no hint there.
    const whole = developmentEvents.reduce<{ codes: string[]; state: typeof early.value }>(
      (acc, entry) => {
        const next = transition(acc.state, entry);
        return next.ok ? { codes: [...acc.codes, ...next.findings.map((f) => f.code)], state: next.value.conversation } : acc;
      },
      { codes: [], state: (replay([], { input: developmentInput }) as { ok: true; value: typeof early.value }).value },
    );
    expect(whole.codes.filter((code) => code.endsWith('.deficit'))).toEqual([]);
  });
});
