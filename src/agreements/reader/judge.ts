// The judgement: specific, measurable and time-bound from a reading, with the evidence that decided.
import { compiled } from '../lexicon/index.js';
import type { CriterionStatus } from '../types.js';
import type { Clause } from './clauses.js';
import { clauseOf } from './clauses.js';
import { concreteness, countingRules, objectsOf } from './objects.js';
import type { Reading } from './reading.js';
import type { Span } from './tables.js';
import { actionClasses, coverage, nameCap, resultClasses, select, specificThreshold, specificWeights, vagueCap } from './tables.js';
import type { Token } from './tokens.js';
import { is, nounClass, phraseAt, tokenIndexAt } from './tokens.js';

// ---------------------------------------------------------------------------------------------
// Judgement
// ---------------------------------------------------------------------------------------------

export interface Judgement {
  readonly specific: CriterionStatus;
  readonly measurable: CriterionStatus;
  readonly timeBound: CriterionStatus;
  readonly evidence: { readonly specific: Span[]; readonly measurable: Span[]; readonly timeBound: Span[] };
  readonly notes: {
    readonly vague: Span[];
    readonly placeholders: Span[];
    readonly unnamed: Span[];
    readonly attendance: Span[];
    readonly indicatorOnly: boolean;
    readonly targets: Span[];
  };
}

export function spanOf(reading: Reading, indexes: readonly number[], rule: string): Span[] {
  // One span per run of adjacent tokens, so a split verb ("rond ... af") never covers the words between.
  const spans: Span[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first !== undefined && last !== undefined) spans.push({ start: first.start, end: last.end, rule });
    run = [];
  };
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const token = reading.tokens[index] as Token;
    const last = run[run.length - 1];
    if (last !== undefined && last.index !== index - 1) flush();
    run.push(token);
  }
  flush();
  return spans;
}

export function judge(reading: Reading, trace?: string[]): Judgement {
  const lex = compiled[reading.lang];
  const { spans, tokens } = reading;
  const length = reading.text.length;
  // Words an object never is: times, hedges, units and amounts (but the counted thing is: "12 books").
  const countWords = spans.quantity
    .filter((span) => countingRules.has(span.rule))
    .map((span) => ({ ...span, end: tokens[tokenIndexAt(tokens, span.start)]?.end ?? span.start }));
  const skip = coverage(length, [
    ...spans.start,
    ...spans.deadline,
    ...spans.vagueTime,
    ...spans.frequency,
    ...spans.hedge,
    ...spans.quantity.filter((span) => !countingRules.has(span.rule)),
    ...countWords,
  ]);
  const nameCover = coverage(length, reading.names);
  const vagueObjectCover = coverage(length, spans.vagueObject);
  const vagueQuantityCover = coverage(length, spans.vagueQuantity);
  const habitText = tokens.some((token) => phraseAt(lex, 'habitual', tokens, token.index) > 0);
  const qualityClauses = new Set<number>();
  for (const token of tokens) if (is(lex, 'quality', token)) qualityClauses.add(clauseOf(reading.clauses, token.index));
  // "vaker presentaties geven", "more often": a behaviour repeated more, not one result that happens or not.
  const vagueAmountClauses = new Set<number>();
  for (const span of spans.vagueQuantity) vagueAmountClauses.add(clauseOf(reading.clauses, tokenIndexAt(tokens, span.start)));
  const verbTokens = new Set(reading.verbs.flatMap((verb) => verb.tokens));
  // A verb of several words is more telling than a vague frame over part of it: "become more familiar
  // with" is learning, though "become more" alone is vague.
  const phrasal = coverage(
    length,
    reading.verbs
      .filter((verb) => verb.tokens.length > 1 && /^(?:learn|produce|pass|attend|activity)$/u.test(verb.verbClass))
      .flatMap((verb) => spanOf(reading, verb.tokens, 'verb')),
  );
  // "get better at using Excel", "beter worden in het gebruik van Excel": a frame about a named tool is learning it.
  const namedFrames = spans.vagueFrame.filter((span) => {
    // Only "getting better at" something; "iets doen met Power BI" stays a vague frame.
    if (!/(?:beter|better)/u.test(reading.text.slice(span.start, span.end).toLowerCase())) return false;
    const at = tokenIndexAt(tokens, span.end);
    const clause = reading.clauses[clauseOf(reading.clauses, Math.max(0, at - 1))] as Clause;
    return tokens.slice(at, Math.min(clause.to, at + 8)).some((token) => reading.names.some((name) => name.start === token.start));
  });
  const frames = spans.vagueFrame.filter((span) => phrasal[span.start] !== 1 && phrasal[span.end - 1] !== 1 && !namedFrames.includes(span));
  const frameCover = coverage(length, [...frames, ...spans.placeholder]);
  // A period of doing something is an amount too: "for two days", "acht weken lang".
  const durations = spans.deadline.filter((span) => /^period\.(?:for|forDigits|long|gedurende)$/u.test(span.rule));
  const measureSpans = [...spans.quantity, ...spans.frequency, ...spans.outcome, ...durations];
  const hasNumbers = spans.quantity.length > 0 || spans.outcome.length > 0;
  // Auxiliaries that are also light verbs ("ga", "will", "have") are no action when another verb follows in the clause.
  const countStarts = new Set(spans.quantity.filter((span) => countingRules.has(span.rule)).map((span) => span.start));
  /** Is the word counted: "drie nieuwe desembroden", "one customer call"? */
  const countTokenBefore = (token: Token): boolean => {
    for (let k = token.index - 1; k >= 0 && k >= token.index - 3; k--) if (countStarts.has((tokens[k] as Token).start)) return true;
    return false;
  };
  const learnClauses = new Set(reading.verbs.filter((verb) => verb.verbClass === 'learn').map((verb) => verb.clause));
  const clausesWithVerbs = new Map<number, number>();
  for (const verb of reading.verbs)
    if (!is(lex, 'auxiliaries', tokens[verb.head])) clausesWithVerbs.set(verb.clause, (clausesWithVerbs.get(verb.clause) ?? 0) + 1);

  let score = 0;
  let actions = namedFrames.length > 0 ? 1 : 0;
  let purposeActions = 0;
  let targets = 0;
  let vagueCount = 0;
  const specificEvidence: Span[] = [];
  const measurableEvidence: Span[] = [...measureSpans];
  const vague: Span[] = [...frames];
  const placeholders: Span[] = [...spans.placeholder];
  const unnamed: Span[] = [];
  const attendance: Span[] = [];
  const targetSpans: Span[] = [];
  const seenHeads = new Set<number>();

  for (const verb of reading.verbs) {
    const clause = reading.clauses[verb.clause] as Clause;
    const head = tokens[verb.head] as Token;
    if (frameCover[head.start] === 1) continue;
    if (verb.verbClass === 'light' && is(lex, 'auxiliaries', head) && (clausesWithVerbs.get(verb.clause) ?? 0) > 0) continue;
    const words = objectsOf(reading, verb, lex, verbTokens, skip, nameCover, vagueObjectCover, vagueQuantityCover);
    // "Ik start een opleiding", "begin a course": starting a course is taking it, not making it.
    const starting = /^(?:start|starts|started|starten|startte|begin|begins|began|begun|beginnen|begint)$/u.test(head.lower);
    const found = concreteness(
      lex,
      words,
      (verb.verbClass === 'produce' || verb.verbClass === 'unknown') && !starting,
      verb.verbClass === 'learn',
    );
    // "ask what matters most to them", "navragen hoe het gaat": the question asked is the object.
    const opener = reading.clauses[verb.clause + 1]?.role === 'sub' ? tokens[(reading.clauses[verb.clause + 1] as Clause).from] : undefined;
    const asks =
      verb.verbClass === 'event' &&
      found.kind === 'none' &&
      opener !== undefined &&
      /^(?:how|what|which|whether|why|if|who|whom|where|when|hoe|wat|welke|waarom|of|wie|waar|wanneer)$/u.test(opener.lower);
    const object = asks ? { ...found, kind: 'concrete' as const } : found;
    let verbClass = verb.verbClass;
    trace?.push(
      `${head.text}: ${verb.verbClass}${verb.needs ? `(${verb.needs})` : ''} in ${clause.role}; objects ${words.map((word) => `${word.token.text}/${word.kind}${word.inPhrase ? `/${word.preposition ?? 'pp'}` : ''}`).join(' ')} -> ${object.kind}`,
    );
    // A form that needs a credential or a course ("take", "doen", "halen?") is only that verb with one.
    if (verb.needs === 'credential' && !object.credential) continue;
    if (verb.needs === 'vehicle' && !object.vehicle && !object.credential) continue;
    if (verb.needs === 'vehicle' && object.credential && !object.vehicle) continue;
    if (seenHeads.has(verb.head)) continue;
    seenHeads.add(verb.head);
    // A light verb or an activity with something produced or held is that action: "een workshop geven",
    // "aanspreekpunt worden", "prepare a demo".
    const directDeliverable = words.some((word) => !word.inPhrase && word.kind === 'deliverables');
    if (verbClass === 'light' && (object.deliverable || (object.kind === 'concrete' && (object.vehicle || object.credential))))
      verbClass = 'produce';
    // "drie nieuwe desembroden in het assortiment hebben", "have one customer call a week observed".
    const countedObject = words.some((word) => !word.inPhrase && word.kind === 'concrete' && countTokenBefore(word.token));
    if (verbClass === 'light' && countedObject && is(lex, 'passiveAuxiliaries', head)) verbClass = 'produce';
    // "help them make a schedule" yields the schedule; "use the template" yields nothing new.
    const using = /^(?:gebruik|gebruiken|gebruikt|gebruikte|toepassen|pas|past|toegepast|use|uses|used|using|apply|applies|applied)$/u.test(
      head.lower,
    );
    if ((verbClass === 'activity' || verbClass === 'unknown') && directDeliverable && !using) verbClass = 'produce';
    // "heb ik de klachten gecategoriseerd", "I will have restocked the folder": a completed act.
    if (verbClass === 'unknown' && verb.passive) verbClass = 'produce';
    const rule = `action.${verbClass}`;
    // The evidence shows the verb with the head of what it acts on: "lever ... rapport ... op", "Give ... presentation".
    const acted = [...verb.tokens, ...object.heads.filter((word) => word.kind !== 'vague').map((word) => word.token.index)];
    const counted = clause.role === 'main' || clause.role === 'method' || clause.role === 'purpose';
    const purpose = clause.role === 'purpose';
    // "beter bekend raken met ons CRM-systeem": learning a named thing stays concrete beside "beter".
    const namedLearning = verbClass === 'learn' && words.some((word) => word.kind === 'name');
    const downgraded = qualityClauses.has(verb.clause) && verbClass !== 'pass' && !namedLearning;
    // "een diploma op zak hebben", "get my licence": holding a credential is a pass/fail outcome.
    if (verbClass === 'light' && object.credential && clause.role !== 'purpose')
      measurableEvidence.push(...spanOf(reading, verb.tokens, 'action.pass'));
    // "plezier halen uit mijn werk": a pass verb with only an abstract object has no pass/fail outcome.
    const abstractOnly =
      object.kind === 'abstract' ||
      object.kind === 'vague' ||
      (object.kind === 'none' &&
        !/^(?:slaag|slagen|geslaagd|studeer|afstuderen|afgestudeerd|graduate|graduated|qualify|qualified|pass|passed|certified|gecertificeerd)$/u.test(
          head.lower,
        ));
    if (verbClass === 'pass' && (verb.needs === undefined || object.credential) && clause.role !== 'purpose' && !abstractOnly) {
      measurableEvidence.push(...spanOf(reading, acted, rule));
    }
    if (!counted) continue;
    // In a purpose clause only a concrete action counts, and for less: a vague aim there is no fault.
    if (purpose) {
      if (actionClasses.has(verbClass) && object.kind === 'concrete' && !downgraded) {
        purposeActions++;
        specificEvidence.push(...spanOf(reading, verb.tokens, rule));
      }
      continue;
    }
    if (verbClass === 'placeholder') {
      placeholders.push(...spanOf(reading, verb.tokens, 'placeholder.verb'));
      continue;
    }
    // "learn to work with the ERP", "leren werken met": a verb after a verb of learning is what is learned.
    if (verbClass === 'vague' && learnClauses.has(verb.clause) && !downgraded) continue;
    if (verbClass === 'vague' || (verbClass === 'change' && !hasNumbers) || downgraded) {
      // "Improve the score from 7 to 8" is a target; "improve my communication" is not.
      if ((verbClass === 'vague' || verbClass === 'change') && hasNumbers && (object.indicator || object.kind === 'concrete')) {
        targets++;
        targetSpans.push(...spanOf(reading, verb.tokens, 'target'));
        continue;
      }
      if (verbClass === 'change' && !hasNumbers && object.kind !== 'concrete') continue;
      vague.push(...spanOf(reading, verb.tokens, 'vague.verb'));
      continue;
    }
    if (verbClass === 'change') {
      if (object.indicator || object.kind === 'concrete') {
        targets++;
        targetSpans.push(...spanOf(reading, verb.tokens, 'target'));
      }
      continue;
    }
    if (!actionClasses.has(verbClass)) continue;
    if (object.kind === 'concrete') {
      actions++;
      specificEvidence.push(...spanOf(reading, acted, rule));
      const repeated =
        vagueAmountClauses.has(verb.clause) ||
        (reading.clauses[verb.clause + 1]?.role === 'sub' && vagueAmountClauses.has(verb.clause + 1));
      // A one-off act ("call the client", "check the records") is a result in the goal's own clause,
      // not as the means of a method clause, nor in a habit that should happen more or less often.
      // "Voortaan mijn mails in blokken afhandelen", "from now on": a habit, unless a count or frequency says how much.
      const habitual =
        (verbClass === 'event' && (clause.role === 'method' || spans.vagueQuantity.length > 0)) || (habitText && verbClass !== 'pass');
      if (resultClasses.has(verbClass) && !repeated && !habitual) measurableEvidence.push(...spanOf(reading, acted, rule));
      if (verbClass === 'attend') attendance.push(...spanOf(reading, verb.tokens, rule));
    } else if (object.kind === 'unnamedVehicle') {
      unnamed.push(
        ...words
          .filter((word) => word.kind === 'vehicles' || word.kind === 'credentials')
          .flatMap((word) => spanOf(reading, [word.token.index], 'unnamed')),
      );
    }
  }

  // A result that is there: "my first episode goes live", "er ligt een voorstel", "the plan is ready".
  let results = 0;
  for (const span of spans.outcome) {
    if (!/^outcome\.(?:state|exists)$/u.test(span.rule)) continue;
    const at = tokenIndexAt(tokens, span.start);
    const clause = reading.clauses[clauseOf(reading.clauses, at)] as Clause;
    // Only the words near the outcome count, so that a long clause costs a bounded look.
    const near = tokens.slice(Math.max(clause.from, at - 12), Math.min(clause.to, at + 12));
    const result = near.some((token) => token.word && (nameCover[token.start] === 1 || nounClass(lex, token.lower) === 'deliverables'));
    if (results >= 2) break;
    if (result) {
      actions++;
      results++;
      specificEvidence.push({ ...span, rule: 'action.result' });
    }
  }

  // A target with no verb of its own: "het aantal klachten daalt naar 5", "de maandafsluiting is binnen vijf dagen klaar".
  if (targets === 0 && actions === 0 && hasNumbers) {
    // "three times as productive": a multiplier after a count is no indicator, even when it is "time".
    const countStart = coverage(length, countWords);
    const multiplier = (token: Token): boolean =>
      /^(?:times|time|keer|maal)$/u.test(token.lower) && countStart[tokens[token.index - 1]?.start ?? -1] === 1;
    const indicatorWord = tokens.find(
      (token) =>
        token.word &&
        !verbTokens.has(token.index) &&
        nounClass(lex, token.lower) === 'indicators' &&
        skip[token.start] !== 1 &&
        !multiplier(token),
    );
    if (
      indicatorWord !== undefined &&
      reading.verbs.some((verb) => verb.verbClass === 'change' || verb.verbClass === 'light' || verb.verbClass === 'pass')
    ) {
      targets++;
      targetSpans.push(...spanOf(reading, [indicatorWord.index], 'target'));
    }
  }

  const named = Math.min(reading.names.length, nameCap);
  score +=
    specificWeights.action * Math.min(actions, 2) +
    specificWeights.target * Math.min(targets, 1) +
    specificWeights.name * named +
    (actions === 0 ? specificWeights.purposeAction * Math.min(purposeActions, 1) : 0);
  vagueCount = Math.min(vague.length, vagueCap);
  score += specificWeights.vague * vagueCount;
  if (placeholders.length > 0) score += specificWeights.placeholder;
  if (spans.vagueObject.length > 0 && actions === 0) score += specificWeights.vagueObject;
  const specific: CriterionStatus = score >= specificThreshold ? 'met' : 'unmet';
  trace?.push(
    `score ${score}: actions ${actions}, targets ${targets}, names ${named}, vague ${vagueCount}, placeholders ${placeholders.length}, vague objects ${spans.vagueObject.length}`,
  );
  specificEvidence.push(...targetSpans, ...reading.names);

  const measurable: CriterionStatus = measurableEvidence.length > 0 ? 'met' : 'unmet';
  const timeSpans = [...spans.start, ...spans.deadline, ...reading.eventClauses];
  const timeBound: CriterionStatus = timeSpans.length > 0 ? 'met' : 'unmet';
  return {
    specific,
    measurable,
    timeBound,
    evidence: {
      specific:
        specific === 'met'
          ? select(specificEvidence, [])
          : select([...vague, ...placeholders, ...spans.vagueObject, ...spans.vagueQuantity, ...unnamed], []),
      measurable: measurable === 'met' ? select(measurableEvidence, []) : select([...spans.vagueQuantity], []),
      timeBound: timeBound === 'met' ? select(timeSpans, []) : select([...spans.vagueTime], []),
    },
    notes: {
      vague,
      placeholders,
      unnamed,
      attendance,
      indicatorOnly: specific === 'met' && actions === 0 && targets > 0,
      targets: targetSpans,
    },
  };
}
