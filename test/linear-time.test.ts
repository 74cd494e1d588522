import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { mergeAgendas } from '../src/agenda/index.js';
import { analyzeGoalText, checkAgreement, evaluativeSignals, sensitiveDataHints } from '../src/agreements/index.js';
import { createConversation, transition } from '../src/conversation/index.js';
import type { Conversation } from '../src/conversation/index.js';
import { aggregateDevelopmentAgenda } from '../src/dialogue/index.js';
import { isOpenQuestion } from '../src/questions/index.js';
import { developmentEvents, developmentInput } from './conversation/fixtures.js';

/**
 * Untrusted text must cost time in proportion to its length. Each entry point is fed the hostile
 * shapes below at about half and the whole of the longest length it accepts, and the time at 2n must
 * stay within 2.5 times the time at n. Times are a ratio in one run (interleaved samples, the
 * median of each size, each sample long enough to be measured), never a wall-clock limit: a cubic
 * pattern gives 8 here, a quadratic one 4.
 */

const unit = [
  // every kind of white space, alone and mixed
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u2003',
  '\u3000',
  ' \t\n\u00a0\u2003\u202f',
  // digits, numbers and punctuation
  '1',
  '1.',
  '1,5 ',
  '12-',
  '2027-03-',
  '...',
  ',,',
  '?!',
  '€',
  // repeated words and phrases of each kind of rule
  'en ',
  'and ',
  ', en ',
  ', and ',
  'as well as ',
  'rond ',
  'rond het ',
  'binnen drie maanden ',
  'voor 1 juni ',
  'by the end of ',
  'the first of ',
  'within the next few ',
  'elke week ',
  'every ',
  '3 keer per ',
  '10 klanten ',
  'iets met ',
  'iets met presenteren doen ',
  'I will present and ',
  'Ik ga presenteren ',
  'een presentatie ',
  'Wat ',
  'Kun je vertellen ',
  'Could you tell me ',
  'of ',
  'or ',
  'Salaris ',
  // words and phrases of the sensitive-data detector, with and without a person near them
  'ik ben ziek ',
  'ziek goed ',
  'burn-out ',
  'mijn kerk als klant ',
  'sick of ',
  'called in sick ',
  'uit de kast ',
  'member of the ',
  'FNV ',
  'de-de-de-',
  "I'm ",
  // shapes of the issue-13 rules: evaluative guards, deficit phrases, abbreviations, date lists
  'beoordeling van ',
  'rating of our ',
  'trede in mijn schaal ',
  'minder ',
  'niet meer ',
  "don't ",
  'never again ',
  'stop being ',
  'mrt. ',
  'i.p.v. ',
  '3 sep., ',
  'rond eind mei ',
  'voordat het ',
  'dus ',
  'ask what ',
  'Spot-check ',
  'consistently ',
  // shapes of the evening's rules: frequency comparatives, praise given, steps after "daarna" and
  // "en dan", a wish or state after a goal, pronouns after a course, topics of a course
  'vaker overwerken ',
  'work overtime less often ',
  'geef positieve feedback ',
  'en daarna ook het certificaat ',
  'en dan wil ik meer ',
  'and then I want more ',
  'en word ik een betere ',
  'de cursus X en rond die af ',
  'een training over ',
  'dan nu ',
  // set 10's classes: a rule never broken, a capped rate, numbered items, a part of a list, steps under one deadline
  'no client call without ',
  'no more than one handover per ',
  '1. voor 1/10 x 2. ',
  '3 van de 5 punten ',
  'Rick haalt zijn targets ',
  'feedback vragen aan klanten ',
  'Goal: X certification ',
  'Voor EOY: VCA halen en beter ',
  // shapes of how goals are typed: remarks on the agreement, capitals, title case, typographic
  // quotes, wrapped lines, exam codes, slips in month names
  '(zo afgesproken met Ahmed) ',
  ', as agreed with my manager ',
  'ZOALS AFGESPROKEN MET ',
  'Get Better At ',
  '\u201cExcel\u201d ',
  'voor\nde ',
  'az-900 ',
  '1 septmber ',
  'afonden complte ',
  'Klopt dat zo? ',
  'Groetjes, Sanne\n',
  'Vorig jaar heb ik ',
  'Zo kan ik ',
  'Hiervoor heb ik steun nodig. ',
  // shapes of set 9's rules: opening aims, list numbers, steps done first, response times with what
  // recurs, activities without a verb, vague frequencies
  'Ik wil beter worden in plannen. ',
  'I want to get better at my job. ',
  '1) ',
  'b) ',
  'Ze test ze eerst. ',
  'bij elke aanmelding binnen 5 werkdagen ',
  'elke vrijdag intervisie ',
  'af en toe ',
  // shapes of set 11's rules: wrapped lines, a label without its colon, a course named by an
  // infinitive, a season of a kind, a cap over a period
  'voor de\n',
  'the\nsummer ',
  '• deadline 30 june ',
  'ik behaal het certificaat veilig werken langs de weg ',
  'before wedding season ',
  'no more than one no-show for the next 3 months ',
  'onder de 200 houden ',
  // shapes of set 13's rules and the metamorphic scans: greetings and fillers, an abbreviation spelled
  // out in brackets, an ampersand, a run of weeks, a school period, shifts, something of a kind
  'Hoi Marieke, ok dus ',
  'BHV (bedrijfs hulp verlening) ',
  'AB (',
  'X & ',
  'in wk 49 t/m 52 ',
  'in period 2 ',
  'within two shifts ',
  'iets leuks ',
  // shapes of the second wave of scans: a condition before a colon, a remark or a pointer in brackets,
  // week numbers and counts in words, a purpose clause, a topic, a feeling, emoji
  'Als het kan: als teamleider ',
  '(discussed with my manager) ',
  '(zie bijlage',
  'in week twaalf drie van de vijf ',
  ', zodat ik beter voorbereid ben ',
  'een workshop over het omgaan met ',
  'Daar heb ik zin in! ',
  '👍💪🏽 ',
  // shapes of the third wave: a mood, an afterthought, a hashtag, a list's tail, a signed name
  'Ik ben er echt blij mee. ',
  'PS: ',
  '#pop2027 ',
  'enz. ',
  '. - Sanne de Vries ',
  "'Black Friday' ",
  '5km 20u 10hrs ',
  'het 2e kwartaal ',
  // shapes of the spelling the reader settles: diaereses, 'k, -ize, month slips, day-month in digits
  "coördinator 'k ideeën ",
  "'k'k 'k ",
  'organizationizing analyzes ',
  'iziziz ',
  'augustes Januari decemmber ',
  'met ingang van 1-3 2028 ',
  "'t m'n z'n 'n ",
  "I'm we're they've don't won't can't isn't ",
  "don'tn't I'mm 'm've ",
  'wk wks 10 hrs ',
  '**Binnen** _zes_ ~~x~~ ',
  '***',
  'a 💪 b ',
  // mixed scripts, decomposed accents and invisible characters
  'aбγ漢字 ',
  'vo\u0301o\u0301r ',
  'e\u0301\u0301\u0301\u0301\u0301\u0301',
  'a\u200b',
  '\ud83d\ude00 ',
];

/**
 * A text of exactly `length` characters: `prefix`, then the unit repeated, then `suffix`, a space
 * between them, so the cut of the last unit does not glue a piece of it to the suffix (a made-up word
 * such as "epresenteren" that starts a goal of its own at one length and not at the other).
 */
function shaped(prefix: string, repeated: string, suffix: string, length: number): string {
  const room = Math.max(0, length - prefix.length - suffix.length - 2);
  const body = repeated.repeat(Math.ceil(room / repeated.length)).slice(0, room);
  return `${prefix} ${body} ${suffix}`;
}

/**
 * The two texts measured for one shape: `k` whole units and `2k` whole units between the same
 * prefix and suffix, the larger as long as `longest` allows. Whole units, so both texts end alike: a
 * unit cut at a different place at n and at 2n ("Daar heb ik zin in" against "Daar heb") ends the
 * text with a different last sentence, whose own cost moved the ratio (2.7 on a linear reader).
 */
function shapedPair(prefix: string, repeated: string, suffix: string, longest: number): [string, string] {
  const room = Math.max(0, longest - prefix.length - suffix.length - 2);
  const units = Math.max(1, Math.floor(room / repeated.length / 2));
  const text = (count: number): string => `${prefix} ${repeated.repeat(count)} ${suffix}`;
  return [text(units), text(2 * units)];
}

/**
 * Wall time of `repetitions` calls, in milliseconds. Not CPU time: `process.cpuUsage()` also counts
 * the collector's helper threads, whose share of a sample swings from run to run and pushed linear
 * shapes past the bound. The linear-time project runs alone, in a process of its own, so wall time
 * here is this code's time.
 */
function elapsed(run: () => void, repetitions: number): number {
  const start = performance.now();
  for (let i = 0; i < repetitions; i++) run();
  return performance.now() - start;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/**
 * Time at 2n divided by time at n: the median time at 2n over the median time at n, from samples
 * taken in interleaved pairs (the order alternating) so both sizes see the same machine. A sample
 * repeats the call until it lasts about 10 ms, so the timer's grain does not decide it, and one
 * stalled sample does not move a median. The heap is collected once before the samples (with
 * --expose-gc, which the linear-time project sets, as it fixes the size of the young generation:
 * the collector then keeps the same pace at n and at 2n). Samples come in batches of five pairs; a
 * clearly linear answer stops early, a doubtful one gets up to fifteen pairs.
 */
function growth(small: () => void, large: () => void): number {
  small();
  large();
  small();
  large();
  (globalThis as { gc?: () => void }).gc?.();
  const once = Math.max(elapsed(small, 1), 0.01);
  const repetitions = Math.min(8_192, Math.max(1, Math.ceil(10 / once)));
  const atN: number[] = [];
  const at2N: number[] = [];
  let ratio = Number.POSITIVE_INFINITY;
  for (let batch = 0; batch < 3; batch++) {
    for (let pair = 0; pair < 5; pair++) {
      if (pair % 2 === 0) {
        atN.push(elapsed(small, repetitions));
        at2N.push(elapsed(large, repetitions));
      } else {
        at2N.push(elapsed(large, repetitions));
        atN.push(elapsed(small, repetitions));
      }
    }
    ratio = median(at2N) / Math.max(median(atN), 1e-3);
    if (ratio <= 2.2) break;
  }
  return ratio;
}

/**
 * Runs every shape through `entry` at n and 2n and returns the shapes that grew faster than linearly.
 * An entry point that refused the input would measure nothing, so a refusal is reported too.
 */
function superLinear(entry: (text: string) => unknown, longest: number, frame: { prefix: string; suffix: string }): string[] {
  const slow: string[] = [];
  for (const repeated of unit) {
    const [small, large] = shapedPair(frame.prefix, repeated, frame.suffix, longest);
    const answer = entry(large) as { ok?: unknown; findings?: readonly { code: string }[] };
    if (answer !== null && typeof answer === 'object' && answer.ok === false) {
      slow.push(`${JSON.stringify(repeated)} refused: ${answer.findings?.map((f) => f.code).join(', ')}`);
      continue;
    }
    // Up to three measurements: a loaded machine can stall a round, but a quadratic pattern gives
    // 4 and a cubic one 8 every time.
    const ratios: number[] = [];
    for (let attempt = 0; attempt < 3 && ratios.every((ratio) => ratio > 2.5); attempt++) {
      ratios.push(
        growth(
          () => entry(small),
          () => entry(large),
        ),
      );
    }
    if (ratios.every((ratio) => ratio > 2.5)) slow.push(`${JSON.stringify(repeated)} (${ratios.map((r) => r.toFixed(1)).join(', ')}x)`);
  }
  return slow;
}

const goalFrames = [
  { prefix: 'I will', suffix: 'present' },
  { prefix: 'Ik ga presenteren', suffix: 'x' },
];

const now = '2027-03-15T10:00:00+01:00';
const participants = [
  { id: 'emp-1', name: 'Sanne de Vries', role: 'employee' as const },
  { id: 'mgr-1', name: 'Ahmed Yilmaz', role: 'manager' as const },
];

describe('the growth measure', () => {
  // A measure that passed everything would prove nothing: it must tell a quadratic scan from a
  // linear one on texts of the sizes measured below.
  const text = (length: number): string => shaped('', 'ab ', '', length);
  const linear = (input: string): number => {
    let sum = 0;
    for (let i = 0; i < input.length; i++) sum += input.charCodeAt(i);
    return sum;
  };
  const quadratic = (input: string): number => {
    let pairs = 0;
    for (let i = 0; i < input.length; i++) for (let j = 0; j < i; j++) if (input.charCodeAt(i) === input.charCodeAt(j)) pairs++;
    return pairs;
  };

  it('gives about 2 for a linear scan and about 4 for a quadratic one', () => {
    const [small, large] = [text(2_500), text(5_000)];
    expect(
      growth(
        () => linear(small),
        () => linear(large),
      ),
    ).toBeLessThan(2.5);
    expect(
      growth(
        () => quadratic(small),
        () => quadratic(large),
      ),
    ).toBeGreaterThan(3);
  }, 60_000);
});

describe('linear time on untrusted text', () => {
  it('analyzeGoalText reads 5,000 characters of any shape in linear time', () => {
    for (const frame of goalFrames) {
      for (const locale of ['nl', 'en'] as const) {
        expect(superLinear((text) => analyzeGoalText(text, { locale }), 5_000, frame)).toEqual([]);
      }
    }
  }, 300_000);

  it('evaluativeSignals reads 10,000 characters of any shape in linear time', () => {
    for (const locale of ['nl', 'en', 'auto'] as const) {
      expect(superLinear((text) => evaluativeSignals(text, locale), 10_000, { prefix: 'Mijn beoordeling', suffix: 'salaris' })).toEqual([]);
    }
  }, 300_000);

  it('checkAgreement reads a `what` of the longest accepted length (2,000) in linear time', () => {
    for (const frame of goalFrames) {
      const entry = (what: string): unknown =>
        checkAgreement({ id: 'a1', who: 'emp-1', when: '2027-06-01', what }, { now, locale: 'nl', participants });
      expect(superLinear(entry, 2_000, frame)).toEqual([]);
    }
  }, 300_000);

  it('isOpenQuestion reads 5,000 characters of any shape in linear time', () => {
    for (const locale of ['nl', 'en'] as const) {
      expect(superLinear((text) => isOpenQuestion(text, locale), 5_000, { prefix: 'Wat', suffix: '?' })).toEqual([]);
      expect(superLinear((text) => isOpenQuestion(text, locale), 5_000, { prefix: 'Kun je', suffix: '?' })).toEqual([]);
    }
  }, 300_000);

  it('agenda title matching takes titles of the longest accepted length (500) in linear time', () => {
    const entry = (title: string): unknown =>
      mergeAgendas({
        employeeItems: [{ id: 'e1', source: 'employee', title, topic: 'competences', priority: 'must' }],
        organisationItems: [{ id: 'o1', source: 'organisation', title: `x ${title.slice(2)}`, topic: 'competences', priority: 'should' }],
        minutesAvailable: 60,
        locale: 'nl',
      });
    expect(superLinear(entry, 500, { prefix: 'Presenteren', suffix: 'klanten' })).toEqual([]);
  }, 300_000);

  it('future-dialogue wish analysis takes titles and first steps of the longest accepted length (500) in linear time', () => {
    const entry = (text: string): unknown =>
      aggregateDevelopmentAgenda({
        ambitions: [{ id: 'data', title: 'Datagedreven werken' }],
        participants: [{ id: 'p1', team: 'finance' }],
        wishes: [{ id: 'w1', participantId: 'p1', title: text, ambitionIds: ['data'], focus: 'skills', firstStep: text }],
        locale: 'nl',
      });
    expect(superLinear(entry, 500, { prefix: 'Ik ga', suffix: 'leren' })).toEqual([]);
  }, 300_000);

  it('future-dialogue theme keywords are found in a wish description of the longest accepted length (20,000) in linear time', () => {
    const entry = (text: string): unknown =>
      aggregateDevelopmentAgenda({
        ambitions: [{ id: 'data', title: 'Datagedreven werken' }],
        participants: [{ id: 'p1', team: 'finance' }],
        themes: [{ id: 'bi', label: 'Business intelligence', keywords: ['dashboard', 'power bi', 'data analyse'] }],
        wishes: [
          {
            id: 'w1',
            participantId: 'p1',
            title: 'Rapportages',
            description: text,
            ambitionIds: ['data'],
            focus: 'skills',
            firstStep: 'Voor 1 juni 2027 een dashboard opleveren',
          },
        ],
        locale: 'nl',
      });
    expect(superLinear(entry, 20_000, { prefix: 'Ik wil', suffix: 'dashboards bouwen' })).toEqual([]);
  }, 300_000);

  it('transition checks a proposed agreement of the longest accepted length in linear time', () => {
    const created = createConversation(developmentInput);
    if (!created.ok) throw new Error('fixture');
    let state: Conversation = created.value;
    const propose = developmentEvents.findIndex((event) => event.type === 'proposeAgreement');
    for (const event of developmentEvents.slice(0, propose)) {
      const next = transition(state, event);
      if (!next.ok) throw new Error(`fixture: ${event.type}`);
      state = next.value.conversation;
    }
    const base = developmentEvents[propose];
    if (base?.type !== 'proposeAgreement') throw new Error('fixture');
    const entry = (what: string): unknown => transition(state, { ...base, agreement: { ...base.agreement, what } });
    expect(superLinear(entry, 2_000, { prefix: 'Ik ga', suffix: 'presenteren' })).toEqual([]);
  }, 300_000);

  it('sensitiveDataHints reads a free text of the longest accepted length (20,000) in linear time', () => {
    for (const locale of ['nl', 'en'] as const) {
      expect(superLinear((text) => sensitiveDataHints(text, locale), 20_000, { prefix: 'Ik ben', suffix: 'overspannen' })).toEqual([]);
    }
  }, 300_000);

  it('transition checks a note of the longest accepted length for sensitive data in linear time', () => {
    const started = createConversation(developmentInput);
    if (!started.ok) throw new Error('fixture');
    let state: Conversation = started.value;
    const first = developmentEvents.findIndex((event) => event.type === 'addNote');
    for (const event of developmentEvents.slice(0, first)) {
      const next = transition(state, event);
      if (!next.ok) throw new Error(`fixture: ${event.type}`);
      state = next.value.conversation;
    }
    const base = developmentEvents[first];
    if (base?.type !== 'addNote') throw new Error('fixture');
    const entry = (text: string): unknown => transition(state, { ...base, text });
    expect(superLinear(entry, 20_000, { prefix: 'Mijn', suffix: 'therapeut' })).toEqual([]);
  }, 300_000);
});
