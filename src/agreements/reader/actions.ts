import type { CompiledLexicon } from '../lexicon/index.js';
// Actions: what each verb of a reading adds to the judgement (an action, a target, a vague verb, a measure).
import type { Clause } from './clauses.js';
import { clauseOf } from './clauses.js';
import type { JudgeContext, Tally } from './judging.js';
import { countTokenBefore, spanOf, topical } from './judging.js';
import type { ObjectJudgement } from './objects.js';
import { concreteness, objectsOf } from './objects.js';
import type { Verb } from './places.js';
import type { ObjectWord } from './reading.js';
import { actionClasses, resultClasses } from './tables.js';
import type { Token } from './tokens.js';
import { is, nounClass, phraseAt, tokenIndexAt } from './tokens.js';

/** Verbs that carry a placeholder phrase in their clause rather than acting on their own. */
const placeholderCarriers: ReadonlySet<Verb['verbClass']> = new Set(['light', 'produce', 'unknown']);

/** A verb with what it acts on, as the judgement counts it. */
interface JudgedVerb {
  readonly verb: Verb;
  readonly head: Token;
  readonly clause: Clause;
  readonly words: readonly ObjectWord[];
  readonly object: ObjectJudgement;
  /** The verb's class after its object is read ("een workshop geven" is producing). */
  readonly verbClass: Verb['verbClass'];
  /** The verb with the heads of what it acts on: "lever ... rapport ... op", "Give ... presentation". */
  readonly acted: readonly number[];
  /** A verb in a clause about quality ("beter", "more carefully"): a manner, not an action. */
  readonly downgraded: boolean;
  /** Its object is one's own figures (*mijn targets*, his targets): no indicator named, yet reached or not. */
  readonly ownFigures: boolean;
}

/**
 * Does a helping verb help another verb of its clause: one that is no auxiliary ("ga ... afronden"),
 * or any verb after it ("wil beter worden", "will be")? Then it is no action of its own.
 */
function helpsAnother(context: JudgeContext, verb: Verb): boolean {
  if ((context.clausesWithVerbs.get(verb.clause) ?? 0) > 0) return true;
  return (context.lastVerbHeads.get(verb.clause) ?? -1) > verb.head;
}

/** Adds what a verb says to the tally, and a line to the trace. */
export function countVerb(context: JudgeContext, tally: Tally, verb: Verb, trace?: string[]): void {
  const { reading, lex } = context;
  const clause = reading.clauses[verb.clause] as Clause;
  const head = reading.tokens[verb.head] as Token;
  // A verb inside a vague frame or placeholder is part of it; a helping light verb is no action.
  if (context.frameCover[head.start] === 1) return;
  // "Ik breng voor 1 mei het archief op orde", keep it in order: the verb of a placeholder split around its object.
  if (context.placeholderClauses.has(verb.clause) && placeholderCarriers.has(verb.verbClass)) return;
  if (verb.verbClass === 'light' && is(lex, 'auxiliaries', head) && helpsAnother(context, verb)) return;
  // "I'm going to wrap up ...", "I plan to attend ...": a phrase of intent before another verb is no action.
  if (phraseAt(lex, 'intentWords', reading.tokens, verb.head) > 1 && helpsAnother(context, verb)) return;
  const { words, object: found } = objectOfVerb(context, verb, head);
  // "ik wil overstappen naar een andere baan", move to a job: the move happens or not, but it names no
  // job, so neither a verb in it nor one whose object it is says what will be done.
  const inSwitch = (at: number): boolean => context.switchCover[(reading.tokens[at] as Token).start] === 1;
  if (verb.tokens.some(inSwitch) || words.some((word) => !word.inPhrase && inSwitch(word.token.index))) return;
  // "Increase my numbers by 15 percent", *mijn cijfers omhoog*: one's own figures name no indicator.
  const ownFigures =
    found.heads.length > 0 && found.heads.every((word) => phraseAt(lex, 'ownFigures', reading.tokens, word.token.index - 1) > 1);
  const object = ownFigures ? { ...found, kind: 'vague' as const, indicator: false } : found;
  trace?.push(
    `${head.text}: ${verb.verbClass}${verb.needs ? `(${verb.needs})` : ''} in ${clause.role}; objects ${words.map((word) => `${word.token.text}/${word.kind}${word.inPhrase ? `/${word.preposition ?? 'pp'}` : ''}`).join(' ')} -> ${object.kind}`,
  );
  // A form that needs a credential or a course ("take", "doen", "halen?") is only that verb with one.
  if (verb.needs === 'credential' && !object.credential) return;
  if (verb.needs === 'vehicle' && !object.vehicle && !object.credential) return;
  if (verb.needs === 'vehicle' && object.credential && !object.vehicle) return;
  if (tally.seenHeads.has(verb.head)) return;
  tally.seenHeads.add(verb.head);
  const verbClass = actingClass(context, verb, head, words, object);
  // "beter bekend raken met ons CRM-systeem": learning a named thing stays concrete beside "beter".
  const namedLearning = verbClass === 'learn' && words.some((word) => word.kind === 'name');
  const judged: JudgedVerb = {
    verb,
    head,
    clause,
    words,
    object,
    verbClass,
    acted: [...verb.tokens, ...object.heads.filter((word) => word.kind !== 'vague').map((word) => word.token.index)],
    downgraded: context.qualityClauses.has(verb.clause) && verbClass !== 'pass' && !namedLearning,
    ownFigures,
  };
  countPassing(context, tally, judged);
  if (clause.role === 'purpose') countPurpose(context, tally, judged);
  else if (clause.role === 'main' || clause.role === 'method') countMain(context, tally, judged);
}

/** The objects of a verb, and how concrete they are (a question asked is concrete). */
function objectOfVerb(context: JudgeContext, verb: Verb, head: Token): { words: ObjectWord[]; object: ObjectJudgement } {
  const { reading, lex } = context;
  const words = objectsOf(
    reading,
    verb,
    lex,
    context.verbTokens,
    context.skip,
    context.nameCover,
    context.vagueObjectCover,
    context.vagueQuantityCover,
  );
  const starting = is(lex, 'startingVerbs', head);
  const found = concreteness(
    lex,
    words,
    (verb.verbClass === 'produce' || verb.verbClass === 'unknown') && !starting,
    verb.verbClass === 'learn',
  );
  // "ask what matters most to them", "navragen hoe het gaat": the question asked is the object.
  const next = reading.clauses[verb.clause + 1];
  const opener = next?.role === 'sub' ? reading.tokens[next.from] : undefined;
  const asks = verb.verbClass === 'event' && found.kind === 'none' && opener !== undefined && is(lex, 'questionOpeners', opener);
  // "shadow the nurse", *meelopen met een verpleegkundige*: who one attends is a person; a role word
  // there names that person, not a quality to become ("become a better nurse").
  const shadowed =
    verb.verbClass === 'attend' &&
    found.kind === 'abstract' &&
    found.heads.length > 0 &&
    found.heads.every((word) => is(lex, 'hostPeople', word.token));
  return { words, object: asks || shadowed ? { ...found, kind: 'concrete' as const } : found };
}

/** The class a verb acts in, given its object: a light verb or an activity with something produced is producing. */
function actingClass(
  context: JudgeContext,
  verb: Verb,
  head: Token,
  words: readonly ObjectWord[],
  object: ObjectJudgement,
): Verb['verbClass'] {
  const { lex } = context;
  let verbClass = verb.verbClass;
  // A light verb with something produced or held is that action: "een workshop geven", "aanspreekpunt worden".
  // ... not a thing where something stands: "als het maar op mijn cv staat".
  const held = words.some((word) => word.kind === 'deliverables' && !(word.preposition ?? '').endsWith(':place'));
  if (verbClass === 'light' && ((object.deliverable && held) || (object.kind === 'concrete' && (object.vehicle || object.credential))))
    verbClass = 'produce';
  // "drie nieuwe desembroden in het assortiment hebben", "have one customer call a week observed".
  const countedObject = words.some((word) => !word.inPhrase && word.kind === 'concrete' && countTokenBefore(context, word.token));
  // "do the cash-up on my own", "know the codes by heart": a light verb with a concrete object and a
  // testable outcome in its clause is that act.
  const outcome = context.reading.spans.outcome.some((span) => {
    const at = tokenIndexAt(context.reading.tokens, span.start);
    return context.reading.tokens[at] !== undefined && clauseOf(context.reading.clauses, at) === verb.clause;
  });
  if (verbClass === 'light' && object.kind === 'concrete' && outcome) verbClass = 'produce';
  // "2 night shifts a month doen", "do three site visits": doing a counted concrete thing is that act.
  if (verbClass === 'light' && countedObject && (is(lex, 'passiveAuxiliaries', head) || is(lex, 'doingVerbs', head))) verbClass = 'produce';
  // "zelf de bestellingen doen", "do a home visit": doing a concrete thing is that act, done or not.
  if (verbClass === 'light' && is(lex, 'doingVerbs', head) && words.some((word) => !word.inPhrase && word.kind === 'concrete'))
    verbClass = 'activity';
  // An activity with a deliverable is producing it ("prepare a demo"), unless it only uses it.
  const directDeliverable = words.some((word) => !word.inPhrase && word.kind === 'deliverables');
  if ((verbClass === 'activity' || verbClass === 'unknown') && directDeliverable && !is(lex, 'usingVerbs', head)) verbClass = 'produce';
  // "uren maken", put in hours: working the hours is a behaviour, its hours a measure only when counted.
  const direct = words.filter((word) => !word.inPhrase);
  if (is(lex, 'workingTimeVerbs', head) && direct.length > 0 && direct.every((word) => is(lex, 'timeSpentUnits', word.token)))
    verbClass = 'activity';
  // "heb ik de klachten gecategoriseerd", "I will have restocked the folder": a completed act.
  if (verbClass === 'unknown' && verb.passive) verbClass = 'produce';
  return verbClass;
}

/** A credential held or an exam passed is a pass/fail outcome: measurable (outside a purpose clause). */
function countPassing(context: JudgeContext, tally: Tally, { verb, head, clause, object, verbClass, acted, ownFigures }: JudgedVerb): void {
  if (clause.role === 'purpose') return;
  // "een diploma op zak hebben", "get my licence": holding a credential is a pass/fail outcome.
  if (verbClass === 'light' && object.credential) tally.measurableEvidence.push(...spanOf(context.reading, verb.tokens, 'action.pass'));
  // "plezier halen uit mijn werk": a pass verb with only an abstract object has no pass/fail outcome.
  // A verb of several words passes by any of them: "get certified", "gecertificeerd worden".
  const passing =
    verb.tokens.some((at) => is(context.lex, 'passingVerbs', context.reading.tokens[at])) || is(context.lex, 'passingVerbs', head);
  // "Rick haalt zijn targets", hit my targets: one's own figures are reached or not, whichever they are.
  const abstractOnly =
    (object.kind === 'abstract' ||
      object.kind === 'vague' ||
      (object.kind === 'none' && !passing && !namedBefore(context, verb, head) && !sharesObject(context, verb))) &&
    !ownFigures;
  const course = verb.needs === 'vehicle' && object.vehicle;
  if (verbClass === 'pass' && (verb.needs === undefined || object.credential || course) && !abstractOnly)
    tally.measurableEvidence.push(...spanOf(context.reading, acted, `action.${verbClass}`));
}

/**
 * "Ik start in mei met de opleiding X en rond die in juni af", finish it by June: a pronoun near a
 * verb of passing stands for a course or credential named earlier in the text, or for a placeholder
 * action before it ("Ik ga het oppakken: uiterlijk 1 oktober is het afgerond", take care of it, done
 * by October: whatever it is, it is done or not; the placeholder keeps it from being specific).
 */
function namedBefore(context: JudgeContext, verb: Verb, head: Token): boolean {
  const { reading, lex } = context;
  const clause = reading.clauses[verb.clause] as Clause;
  const near = reading.tokens.slice(Math.max(clause.from, head.index - 3), Math.min(clause.to, head.index + 3));
  if (!near.some((token) => is(lex, 'pronouns', token))) return false;
  const clauseStart = (reading.tokens[clause.from] as Token | undefined)?.start ?? 0;
  if (reading.spans.placeholder.some((span) => span.end <= clauseStart)) return true;
  return reading.tokens
    .slice(Math.max(0, clause.from - objectLookBack), clause.from)
    .some((token) => token.word && (nounClass(lex, token.lower) === 'vehicles' || nounClass(lex, token.lower) === 'credentials'));
}

/**
 * "de cursus Python volgen en afronden", follow and finish the course: a verb that stands alone after
 * "en" at the end of a goal shares the course or credential of the verb before it.
 */
function sharesObject(context: JudgeContext, verb: Verb): boolean {
  const { reading, lex } = context;
  const clause = reading.clauses[verb.clause] as Clause;
  const previous = reading.clauses[verb.clause - 1];
  if (previous === undefined || !isCoordinatorToken(lex, reading.tokens[clause.from])) return false;
  for (let k = clause.from + 1; k < clause.to; k++) if ((reading.tokens[k] as Token).word && !verb.tokens.includes(k)) return false;
  return reading.tokens
    .slice(Math.max(previous.from, previous.to - objectLookBack), previous.to)
    .some((token) => token.word && (nounClass(lex, token.lower) === 'vehicles' || nounClass(lex, token.lower) === 'credentials'));
}

function isCoordinatorToken(lex: CompiledLexicon, token: Token | undefined): boolean {
  return token !== undefined && is(lex, 'coordinators', token);
}

/** How far back a pronoun looks for what it stands for: a bounded look keeps long texts linear. */
const objectLookBack = 24;

/** In a purpose clause only a concrete action counts, and for less: a vague aim there is no fault. */
function countPurpose(context: JudgeContext, tally: Tally, { verb, object, verbClass, downgraded }: JudgedVerb): void {
  // "..., to lift the mood": a verb the lexicon does not know names an aim there more often than an act.
  if (actionClasses.has(verbClass) && verbClass !== 'unknown' && object.kind === 'concrete' && !downgraded) {
    tally.purposeActions++;
    tally.specificEvidence.push(...spanOf(context.reading, verb.tokens, `action.${verbClass}`));
  }
}

/** A verb of the goal's own clause (or its method): a placeholder, a vague verb, a target, or an action. */
function countMain(context: JudgeContext, tally: Tally, judged: JudgedVerb): void {
  const { reading } = context;
  const { verb, head, words, object, verbClass, downgraded } = judged;
  if (verbClass === 'placeholder') {
    const spans = spanOf(reading, verb.tokens, 'placeholder.verb');
    // "a session on dealing with aggression": the topic of a thing, not what the person will do.
    if (!spans.some((span) => topical(reading, context.verbTokens, span))) tally.placeholders.push(...spans);
    return;
  }
  // "learn to work with the ERP", "leren werken met": a verb after a verb of learning is what is learned.
  if (verbClass === 'vague' && context.learnClauses.has(verb.clause) && !downgraded) return;
  // "learn more about BIM", "zoveel mogelijk leren over risico's": learning without end is no concrete act.
  if (verbClass === 'learn' && learningWithoutEnd(context, verb)) {
    countVague(context, tally, judged);
    return;
  }
  // "work overtime less often", "vaker laten samenwerken in tweetallen": a behaviour with a concrete
  // object done more or less often is concrete, whatever its verb; "vaker" gives it no count.
  const moreOrLessOften = context.frequencyClauses.has(verb.clause) && object.kind === 'concrete' && !downgraded;
  if ((verbClass === 'vague' || verbClass === 'change') && moreOrLessOften && !context.hasNumbers) {
    countAction(context, tally, { ...judged, verbClass: 'activity' });
    return;
  }
  // "work overtime at most once a week": a counted frequency makes the same behaviour concrete.
  if (verbClass === 'vague' && object.kind === 'concrete' && !downgraded && context.frequencyCountClauses.has(verb.clause)) {
    countAction(context, tally, { ...judged, verbClass: 'activity' });
    return;
  }
  // "ik werk maximaal 6 uur per dag", work four days a week: working a counted time is a concrete behaviour.
  // Not what the time goes to: "2 dagen per week aan mijn ontwikkeling" stays vague.
  const timeOnly = words.every(
    (word) => is(context.lex, 'timeSpentUnits', word.token) || (word.inPhrase && word.kind !== 'abstract' && word.kind !== 'vague'),
  );
  const working = workingClasses.has(verbClass) && timeOnly && is(context.lex, 'workingVerbs', head);
  if (working && !downgraded && countedTime(context, verb.clause, verb.head)) {
    countAction(context, tally, { ...judged, verbClass: 'activity' });
    return;
  }
  if (verbClass === 'vague' || (verbClass === 'change' && !context.hasNumbers) || downgraded) {
    countVague(context, tally, judged);
    return;
  }
  if (verbClass === 'change') {
    if (object.indicator || object.kind === 'concrete') addTarget(context, tally, verb);
    return;
  }
  if (!actionClasses.has(verbClass)) return;
  // "geef ik elke week twee teamleden feedback", give two team members feedback: given to people, the
  // abstract thing given is an act aimed at someone (a feeling given stays a feeling).
  const given =
    object.kind === 'abstract' &&
    is(context.lex, 'givingVerbs', head) &&
    words.some((word) => is(context.lex, 'recipients', word.token)) &&
    !words.some((word) => word.kind === 'feelings');
  if (object.kind === 'concrete' || given) countAction(context, tally, judged);
  else if (object.kind === 'unnamedVehicle') {
    tally.unnamed.push(
      ...words
        .filter((word) => word.kind === 'vehicles' || word.kind === 'credentials' || word.kind === 'deliverables')
        .flatMap((word) => spanOf(reading, [word.token.index], 'unnamed')),
    );
    // A presentation given is an event that happened or not, whatever it was about.
    if (object.deliverable && resultClasses.has(verbClass) && !context.vagueAmountClauses.has(verb.clause))
      tally.measurableEvidence.push(...spanOf(reading, judged.acted, `action.${verbClass}`));
  }
}

const workingClasses: ReadonlySet<string> = new Set(['vague', 'activity', 'produce']);

/** A count of units of time in a clause (*6 uur*, four days): how long one works, not how often. */
function countedTime(context: JudgeContext, at: number, head: number): boolean {
  const { reading, lex } = context;
  const clause = reading.clauses[at] as Clause;
  // A bounded look around the verb keeps a clause of thousands of verbs linear.
  for (let k = Math.max(clause.from, head - objectLookBack); k + 1 < Math.min(clause.to, head + objectLookBack); k++) {
    const token = reading.tokens[k] as Token;
    if ((/^\d/u.test(token.text) || is(lex, 'numberWords', token)) && is(lex, 'timeSpentUnits', reading.tokens[k + 1])) return true;
  }
  return false;
}

/**
 * "feedback vragen aan klanten", call clients: an act aimed at a plural with no article and no count
 * is a habit without a rate, not one event that happened or not (no count or frequency in the text).
 */
function openPlural(context: JudgeContext, words: readonly ObjectWord[]): boolean {
  const { reading, lex } = context;
  if (context.hasNumbers || reading.spans.frequency.length > 0) return false;
  return words.some((word, index) => {
    if (word.kind !== 'concrete' || word.named) return false;
    // The noun phrase starts at its first word: "the warehouse stock records" has its article.
    let first = index;
    while (first > 0 && (words[first - 1] as ObjectWord).token.index === (words[first] as ObjectWord).token.index - 1) first--;
    const before = reading.tokens[(words[first] as ObjectWord).token.index - 1];
    const bare = before === undefined || !before.word || !(is(lex, 'determiners', before) || is(lex, 'numberWords', before));
    const plural = lex.locale === 'nl' ? /[^e]en$/u.test(word.token.lower) : /[^s']s$/u.test(word.token.lower);
    return bare && plural && word.token.text === word.token.lower;
  });
}

/**
 * A vague amount of learning next to its verb ("learn more about", *zoveel mogelijk leren*), not an
 * amount of what is learned ("learn more Excel shortcuts", *meer functies leren gebruiken*), not a
 * comparative inside the verb ("become more familiar with"), nor a behaviour done more often ("vaker
 * leren van collega's").
 */
function learningWithoutEnd(context: JudgeContext, verb: Verb): boolean {
  const { reading } = context;
  if (context.frequencyClauses.has(verb.clause)) return false;
  return reading.spans.vagueQuantity.some((span) => {
    const first = tokenIndexAt(reading.tokens, span.start);
    const after = tokenIndexAt(reading.tokens, span.end);
    if (after === verb.head) return true;
    // After the verb only as the amount of learning itself: before what it is about, or at the end.
    const clause = reading.clauses[verb.clause] as Clause;
    return first === verb.head + 1 && (after >= clause.to || is(context.lex, 'prepositions', reading.tokens[after]));
  });
}

function addTarget(context: JudgeContext, tally: Tally, verb: Verb): void {
  tally.targets++;
  tally.targetSpans.push(...spanOf(context.reading, verb.tokens, 'target'));
}

/** A vague verb, a change without numbers, or a manner: vague, unless numbers make it a target. */
function countVague(context: JudgeContext, tally: Tally, { verb, object, verbClass }: JudgedVerb): void {
  // "Improve the score from 7 to 8" is a target; "improve my communication" is not.
  if ((verbClass === 'vague' || verbClass === 'change') && context.hasNumbers && (object.indicator || object.kind === 'concrete')) {
    addTarget(context, tally, verb);
    return;
  }
  if (verbClass === 'change' && !context.hasNumbers && object.kind !== 'concrete') return;
  tally.vague.push(...spanOf(context.reading, verb.tokens, 'vague.verb'));
}

/** A concrete action: specific, and measurable when it is a one-off result in the goal's own clause. */
function countAction(context: JudgeContext, tally: Tally, { verb, clause, verbClass, acted, words }: JudgedVerb): void {
  const { reading } = context;
  const rule = `action.${verbClass}`;
  tally.actions++;
  if (clause.role === 'method') tally.methodActions++;
  tally.specificEvidence.push(...spanOf(reading, acted, rule));
  const repeated =
    context.vagueAmountClauses.has(verb.clause) ||
    (reading.clauses[verb.clause + 1]?.role === 'sub' && context.vagueAmountClauses.has(verb.clause + 1));
  // A one-off act ("call the client", "check the records") is a result in the goal's own clause,
  // not as the means of a method clause, nor in a habit that should happen more or less often.
  // "Voortaan mijn mails in blokken afhandelen", "from now on": a habit, unless a count or frequency says how much.
  const habitual =
    (verbClass === 'event' && (clause.role === 'method' || reading.spans.vagueQuantity.length > 0 || openPlural(context, words))) ||
    (context.habitText && verbClass !== 'pass');
  if (resultClasses.has(verbClass) && !repeated && !habitual) tally.measurableEvidence.push(...spanOf(reading, acted, rule));
  if (verbClass === 'attend') tally.attendance.push(...spanOf(reading, verb.tokens, rule));
}
