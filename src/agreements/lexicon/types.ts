// The shape of a language's word knowledge for the goal-text analyzer, as plain data (like a
// date-fns locale). Nothing here runs: compile.ts turns a Lexicon into matchers once.

/**
 * The two languages the analyzer reads.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Beter plannen', { locale: 'nl' }).locale; // 'nl'
 * ```
 */
export type Lang = 'nl' | 'en';

/**
 * An example sentence for a rule, with the spans the rule must find in `[brackets]`; an example
 * without brackets must give no span at all. One generic test runs every example.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * // '[binnen drie maanden] lever ik het op' says: the rule finds exactly "binnen drie maanden".
 * analyzeGoalText('binnen drie maanden lever ik het op', { locale: 'nl' }).timeBound.status; // 'met'
 * ```
 */
export type Example = string;

/**
 * A fill-in template: words separated by single spaces, where `{slot}` stands for any entry of a
 * named word list, `{#primitive}` for a built-in shape (a day number, a year, a number, an ISO date),
 * a trailing `?` makes the part optional, and `a|b` offers literal alternatives. Each template has a
 * rule id (shown in the evidence span's `rule`) and its own examples.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * // The template '{deadlinePrep?} {#day} {month} {#year?}' reads "uiterlijk 15 april 2027".
 * analyzeGoalText('Uiterlijk 15 april 2027 lever ik het plan op', { locale: 'nl' }).timeBound.evidence[0]?.rule; // 'calendar.dayMonth'
 * ```
 */
export interface Template {
  readonly id: string;
  readonly pattern: string;
  readonly match: readonly Example[];
  readonly noMatch?: readonly Example[];
}

/**
 * The phrase rules, each a list of templates; the analyzer reads them in the priority order of
 * `rulePriority` (compile.ts), longest match first within a group.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Ik oefen twee keer per week', { locale: 'nl' }).measurable.evidence[0]?.rule; // 'frequency.timesPer'
 * ```
 */
export interface RuleGroups {
  /** From a date on: a time anchor without an end. */
  readonly start: readonly Template[];
  /** Dates, bounded periods and deadlines relative to a scheduled event: each makes a text time-bound. */
  readonly deadline: readonly Template[];
  /** Times that are no deadline: soon, someday, from now on, after the move. */
  readonly vagueTime: readonly Template[];
  /** How often: three times a week, every Monday, weekly. */
  readonly frequency: readonly Template[];
  /** Counts, amounts, units, ratios, bounds and zero: 5 clients, 20%, €500, halveren, at least 7. */
  readonly quantity: readonly Template[];
  /** A number attached to a feeling: not a measure (twice as motivated, 40% calmer). */
  readonly feeling: readonly Template[];
  /** Observable outcomes named as such: met een voldoende, zelfstandig, is klaar, goes live, level B2. */
  readonly outcome: readonly Template[];
  /** Vague frames: iets met X doen, werken aan, beter worden in, do something with, get better at. */
  readonly vagueFrame: readonly Template[];
  /** Placeholder actions: het oppakken, take care of it. */
  readonly placeholder: readonly Template[];
  /** Hedges: maybe, try, hopefully. They make an agreement non-committal (a warning), not vague. */
  readonly hedge: readonly Template[];
  /** Vague quantities: some, more, a bit. */
  readonly vagueQuantity: readonly Template[];
  /** Vague objects: something, things. */
  readonly vagueObject: readonly Template[];
  /** A number after a noun names a thing, it counts nothing: groep 7, hal 3, sprint 14, module 2. */
  readonly identifier: readonly Template[];
  /** A goal phrased as repairing a weakness: fewer mistakes, stop being late, niet meer te laat. */
  readonly deficit: readonly Template[];
  /** Phrases with those words that repair nothing: minder dan, no more than, more or less. */
  readonly notDeficit: readonly Template[];
  /** Words that tie a course to the work (for the practice-link hint of checkAgreement). */
  readonly practice: readonly Template[];
  /** Training words (for the practice-link hint of checkAgreement). */
  readonly training: readonly Template[];
}

/**
 * What a verb does for a goal: `produce` makes or runs something observable (write, lead, deliver),
 * `event` is a one-off act that happens or not (call, visit, check, discuss),
 * `pass` has a pass/fail outcome (finish, pass, obtain), `change` moves an indicator (reduce, raise),
 * `attend` is being there (attend, follow, shadow), `learn` takes something in (learn, get familiar
 * with, read up on), `activity` is a concrete behaviour without an outcome of its own (ask, call,
 * practise), `vague` names only a direction (improve, develop), `placeholder` stands in for an
 * action (take care of, oppakken), `light` carries no meaning of its own (have, do, get).
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Ik ga de cursus Excel volgen', { locale: 'nl' }).measurable.status; // 'unmet': attending is no measure
 * ```
 */
export type VerbClass = 'produce' | 'event' | 'pass' | 'change' | 'attend' | 'learn' | 'activity' | 'vague' | 'placeholder' | 'light';

/**
 * Verbs of one class, as data. Dutch: `'af|ronden'` is separable (*rond ... af*, *afgerond*), and
 * `'schrijven:schrijf:geschreven'` overrides the present stem and the participle where the spelling
 * rules do not give them. English: `'set up'` is a phrasal verb (*set the dashboard up*), and
 * `'write:wrote:written'` gives the irregular past and participle. The examples put every verb in a
 * sentence, `[bracketed]` where the analyzer must find it.
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Eind mei rond ik de cursus Excel af', { locale: 'nl' }).measurable.status; // 'met'
 * ```
 */
export interface VerbGroup {
  readonly class: VerbClass;
  readonly verbs: readonly string[];
  readonly examples: readonly Example[];
}

/**
 * Word classes the grammar reads token by token. Nouns match their plural forms too, and in Dutch
 * also as the tail of a compound (*overdrachtschecklist* is a checklist).
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * // "diploma" is a learning vehicle: without saying which one, the goal is not specific.
 * analyzeGoalText('Ik wil een diploma halen', { locale: 'nl' }).specific.status; // 'unmet'
 * ```
 */
export interface WordClasses {
  /** Subject pronouns (and words standing for the subject): the verb follows them. */
  readonly subjects: readonly string[];
  /** Modal and auxiliary verbs: an infinitive or participle follows. */
  readonly auxiliaries: readonly string[];
  /** Words that make a following participle passive or perfect (wordt, is, has, will be). */
  readonly passiveAuxiliaries: readonly string[];
  /** Determiners, possessives and quantifier words: they open a noun phrase. */
  readonly determiners: readonly string[];
  /** Prepositions: they open a phrase that is not the direct object. */
  readonly prepositions: readonly string[];
  /** Other function words that never carry the object: adverbs, conjunctions, particles. */
  readonly function: readonly string[];
  /** Words that open a purpose clause (om ... te, zodat, so that, to + verb): vague words there do not count against a goal. */
  readonly purpose: readonly string[];
  /** Words that open a method clause (door ... te, by + -ing): a concrete action there counts for the goal. */
  readonly method: readonly string[];
  /** Words that open any other clause: a boundary for objects and separable verbs. */
  readonly clauseOpeners: readonly string[];
  /** Abstract nouns: as the only object they make no goal concrete (communicatie, confidence). */
  readonly abstract: readonly string[];
  /** Learning vehicles that need a name or topic to be specific (cursus, diploma, course, degree). */
  readonly vehicles: readonly string[];
  /** Modifiers that do not name a vehicle (nieuwe, online, hbo, bachelor's). */
  readonly genericModifiers: readonly string[];
  /** Fields of work or study: before a credential they say in which field it lies, not which one (*boekhoudexamen*, an accountancy exam); a course they do name. */
  readonly fieldModifiers: readonly string[];
  /** Things produced or held: their making is an observable result (checklist, rapport, workshop). */
  readonly deliverables: readonly string[];
  /** Credentials with a pass/fail outcome (certificaat, examen, licence). */
  readonly credentials: readonly string[];
  /** Credentials that name themselves, also in lower case (vca, bhv, cpr): no title needed to be specific. */
  readonly namedCredentials: readonly string[];
  /** Indicators a target can be set on (aantal, doorlooptijd, omzet, response rate). */
  readonly indicators: readonly string[];
  /** Feelings and states: a goal that is only one of these is not concrete. */
  readonly feelings: readonly string[];
  /** Quality adverbs: they say how well, not what (beter, goed, effectiever, better, well). */
  readonly quality: readonly string[];
  /**
   * Manner comparatives: a concrete act done faster or more carefully (sneller, nauwkeuriger, faster,
   * more accurately), or compared with today (*zelfstandiger dan nu*, than before). The act stays
   * concrete; the change has no count, so it is no measure.
   */
  readonly manner: readonly string[];
  /**
   * Frequency comparatives: a behaviour done more or less often (vaker, minder vaak, more often, less
   * often). With a concrete object the behaviour is concrete, even with a vague verb ("work overtime
   * less often"); without a count it is no measure.
   */
  readonly frequencyComparatives: readonly string[];
  /** Function words counted to tell the language apart. */
  readonly stopwords: readonly string[];
  /** Words that join two goals in one sentence (en, daarnaast, and, as well as). */
  readonly coordinators: readonly string[];
  /** Words that tie the next clause to the same goal, a step of it ("and then present it"). */
  readonly backReferences: readonly string[];
  /** Words after which a full stop is an abbreviation, not a sentence end ("a.s.", "bijv."). */
  readonly abbreviations: readonly string[];
  /** Abbreviated months (*okt*, Oct): their full stop ends the sentence when a capital follows ("by end of Oct. That way I ..."). */
  readonly monthAbbreviations: readonly string[];
  /** Learning platforms (LinkedIn Learning, GoodHabitz): where a course is taken, never which course it is, nor a name of the goal. */
  readonly learningPlatforms: readonly string[];
  /**
   * Software and systems a goal names by their own name (*excel, afas, power bi*, the crm): a name
   * also when typed in lower case, as on a phone, where no capital shows it.
   */
  readonly namedTools: readonly string[];
  /** Words before a thing done as the means of a result without a verb (*minder fouten door een tweede controle*, fewer errors by a second check). */
  readonly meansPrepositions: readonly string[];
  /** Particles that after a verb of wanting, with no verb of their own, stand for going along (*ik wil mee met de accountmanager*: meegaan). */
  readonly goingParticles: readonly string[];
  /** Words that open a deadline tied to an event: "before the season starts", "voordat de bouw start". */
  readonly eventOpeners: readonly string[];
  /** The event's verb that closes such a deadline (starts, ends, begint, afloopt). */
  readonly eventVerbs: readonly string[];
  /** Dutch verbs that mean learning when reflexive ("me inwerken in de cao"); otherwise onboarding others. */
  readonly reflexiveLearning: readonly string[];
  /** Indefinite amounts: with them an object is no concrete thing ("some tools", "een aantal trainingen"). */
  readonly indefinite: readonly string[];
  /** Words that with a short code after them say which credential: *rijbewijs categorie C*, driving licence cat B, class 2. */
  readonly credentialGrades: readonly string[];
  /** Verbs that are also adjectives: before a bare noun they start a noun phrase ("Open incidents drop"). */
  readonly adjectiveVerbs: readonly string[];
  /** Words that open a role in front of a goal ("Als coach, ...", "As a mentor, ..."). */
  readonly rolePrefixes: readonly string[];
  /** Words that make an action a habit from now on ("voortaan", "from now on"): its one-off result is no measure without a count. */
  readonly habitual: readonly string[];
  /** Question words that make the question itself a verb's object ("ask what matters most to them", *navragen hoe het gaat*). */
  readonly questionOpeners: readonly string[];
  /** Verbs of starting: starting a course is taking it, not making it (*ik start een opleiding*, begin a course). */
  readonly startingVerbs: readonly string[];
  /** Verbs of using, reading or watching: they take a thing in and produce nothing new (*de handleiding doorlezen*, use the template). */
  readonly usingVerbs: readonly string[];
  /** Verbs of doing: with a counted concrete thing they are that act (*2 nachtdiensten per maand draaien*, do three site visits). */
  readonly doingVerbs: readonly string[];
  /** Verbs of passing with a pass/fail outcome even without an object (*slagen*, graduate, get certified). */
  readonly passingVerbs: readonly string[];
  /** Being through with a thing, written without a verb of finishing (*klaar met* module 3, done with the course): finishing it. */
  readonly completionPhrases: readonly string[];
  /**
   * Words that say a goal is finished (*af, klaar*, done): right before a deadline (*..., klaar voor 1
   * oktober*, done by end of October) they finish the goal before them by that date, an outcome and no
   * goal of their own.
   */
  readonly completionMarks: readonly string[];
  /** Words that put a step after another (*daarna*, and then): a deadline inside the earlier step does not reach it. */
  readonly sequencing: readonly string[];
  /** Words that put a step after another only where the step begins (*en dan wil ik ...*; elsewhere *dan* compares). */
  readonly stepOpeners: readonly string[];
  /**
   * Words that put a sentence's step before the goal it follows (*Ze test ze eerst zelf met één klas*,
   * beforehand): a step towards that goal, under its deadline, and no goal of its own.
   */
  readonly priorSteps: readonly string[];
  /** Conjunctions that open the means of a goal as a clause of its own (*doordat* elke factuur wordt gecontroleerd, whereby). */
  readonly methodConjunctions: readonly string[];
  /**
   * Remarks on how the goal was agreed (*zoals afgesproken* met Ahmed, as discussed with my manager):
   * they say nothing about the goal, so the reader passes over them and the few words that name with
   * whom or where.
   */
  readonly agreementRemarks: readonly string[];
  /**
   * Words that say the goal was agreed or checked, a remark only in brackets of their own, with whom
   * or where (*(overlegd met Henk)*, (discussed with my manager)): outside brackets "agreed" may be a
   * goal's own passive. Also that sooner is welcome (*(of eerder)*, (or sooner)): the deadline stands.
   */
  readonly bracketedRemarks: readonly string[];
  /** Words that say something is needed (*nodig*, need): with a kind of support, the sentence names a condition, not a goal. */
  readonly needWords: readonly string[];
  /**
   * Kinds of support a goal may need (*steun, begeleiding, budget, tijd*, support, coaching, time): a
   * sentence that needs one ("Hiervoor heb ik steun van mijn leidinggevende nodig") is passed over.
   */
  readonly supportKinds: readonly string[];
  /**
   * Openings of a sentence that says why the goal matters or what it brings (*Zo kan ik ...*, *Dit is
   * belangrijk voor ...*, That way I can ...): the goal's purpose, not a goal of its own.
   */
  readonly whyOpeners: readonly string[];
  /**
   * Phrases of a problem statement (*ik merk dat*, *moeite met*, I struggle with): the situation a goal
   * starts from, not a goal, when the sentence says no intent (see `intentWords`).
   */
  readonly problemPhrases: readonly string[];
  /** Words of intent (*ga, wil, zal*, will, going to): a sentence with one states a goal, whatever else it says. */
  readonly intentWords: readonly string[];
  /**
   * Times in the past that open a short sentence about what was done before (*Vorig jaar heb ik de
   * basiscursus gedaan*, Last year I did the basic course): looking back, not a goal.
   */
  readonly pastTimes: readonly string[];
  /** Open endings (*dat zie ik nog wel*, I'll see what works): a sentence with one leaves the goal open, it sets none. */
  readonly openEndings: readonly string[];
  /**
   * Saying one does not know yet (*weet ik nog niet*, I do not know, not sure): a verb inside such a
   * phrase is no action ("..., but I don't know how yet"), and a one-clause sentence with one and no
   * word of intent sets no goal ("Hoe precies weet ik nog niet.").
   */
  readonly unsure: readonly string[];
  /**
   * How one feels about the goal (*daar heb ik zin in*, I'm looking forward to it): a short sentence of
   * its own with one, without a word of intent, says how the goal is felt, it sets none.
   */
  readonly feelingAsides: readonly string[];
  /**
   * Moods one is in about the goal (*blij, gemotiveerd, trots*, happy, excited, proud): shortly after a
   * verb of being (see `moodVerbs`) in a short sentence of its own (*Ik ben er echt blij mee*, I'm so
   * excited), without a word of intent, a number, a clause or an infinitive after it, they say how the
   * goal is felt, they set none. A comparative (*blijer*, happier) is a change one wants: no mood here.
   */
  readonly moods: readonly string[];
  /** Verbs of being in the present that carry a mood (*ben, voel*, am, I'm, feel). */
  readonly moodVerbs: readonly string[];
  /**
   * Labels of an afterthought (*PS, NB*, P.S.): the sentence after one, its colon aside, is an aside
   * when it would be one standing alone (*PS: daar heb ik echt zin in!*); otherwise it is read as written.
   */
  readonly postscripts: readonly string[];
  /**
   * Words that end a list without naming more (*enz., e.d.*, etc., and so on): last in a sentence they
   * add nothing to the goal, and would stand between a verb and its particle (*rond ... af enz.*).
   */
  readonly listTails: readonly string[];
  /** Words inside a person's name written in lower case (*van, de, der*, von): in a signature after a dash (*- Sanne de Vries*). */
  readonly nameParticles: readonly string[];
  /**
   * Words that never end a sentence (an article, a possessive, *tot*, until, of): an emoji right after
   * one stands inside a phrase, also before a capital (*voor de 🙂 Black Friday-actie*, by the end of
   * 🙂 June). Not the Dutch words that end a sentence as a verb's particle (*op, af, aan, mee*).
   */
  readonly neverLast: readonly string[];
  /**
   * Words that say a goal was agreed (*besproken, afgesproken*, discussed, agreed): a short sentence of
   * its own with one and a word that points back (*Dit heb ik met Henk besproken*), without a word of
   * intent, says how the goal came about, it sets none.
   */
  readonly agreedVerbs: readonly string[];
  /** Words that point back at the goal in such a sentence (*dit, daarover*, this, it): an article such as *het* is none. */
  readonly agreedPointers: readonly string[];
  /** Closings of a message (*groetjes*, kind regards): a line that opens with one signs off, it sets no goal. */
  readonly closings: readonly string[];
  /**
   * Greetings that open a message (*hoi, beste*, hi, dear): the greeting, the few words after it that
   * name the reader and the comma, colon or line break that ends them address the reader, they set no
   * goal (a name there is no name of what will be done).
   */
  readonly greetings: readonly string[];
  /**
   * Labels that say what kind of item follows, before a colon at the start of the text or of a
   * sentence or line, with a number or not (*Leerdoel:*, *Focus:*, To do:, Goal 2:): the label names
   * the item, it is no part of it (*Focus* and *do* are verbs too).
   */
  readonly itemLabels: readonly string[];
  /**
   * Words that open spoken or typed text before the goal (*ok dus, nou*, so basically, well): first in
   * the text (after a greeting), they set the tone, not the goal.
   */
  readonly openingFillers: readonly string[];
  /** Conjunctions of cause: after a result without a verb of its own they open its means (*minder fouten, omdat elke factuur wordt gecontroleerd*, because); after a verb only a reason. */
  readonly causeConjunctions: readonly string[];
  /** Verbs of being and becoming: they head a goal only when no other verb follows (*ik word teamleider*, stay calm). */
  readonly copulas: readonly string[];
  /**
   * Nouns that name the goal itself (*doel, voornemen, bedoeling*, goal, aim): after one and a verb of
   * being, or right before it (*van plan om*), *om ... te* / to + verb states the goal, not its purpose
   * (*Mijn doel is om voor 1 maart het examen te halen*, My goal is to pass the exam by March).
   */
  readonly goalNouns: readonly string[];
  /**
   * Things one does at a time, as nouns (*intervisie, huisbezoek*, home visit, toolbox talk): written
   * without a verb and with how often (*elke vrijdag 30 min. intervisie*), they say what is done.
   */
  readonly recurringActivities: readonly string[];
  /** One's own figures (*mijn cijfers*, my numbers, my results): as the object of a change they name no indicator, so they are not specific. */
  readonly ownFigures: readonly string[];
  /** Verbs of wanting: with a thing wanted and no other verb they head a goal of their own (*en dan wil ik meer verantwoordelijkheid*, and then I want more responsibility). */
  readonly wishVerbs: readonly string[];
  /** Verbs of spending time: the time spent is how much, what it goes to is the object (*20 uur besteden aan*, spend ten hours on). */
  readonly spendingVerbs: readonly string[];
  /** Verbs that with units of time as their object mean working those hours (*uren maken, overuren draaien*, put in hours): a behaviour, measurable only by a count. */
  readonly workingTimeVerbs: readonly string[];
  /** Verbs of working: with a counted time in their clause (*ik werk 6 uur per dag*, work four days a week) they say what is done. */
  readonly workingVerbs: readonly string[];
  /** Openers of a clause that says when an act applies (*wanneer*, when): after the verb's object, no question it acts on. */
  readonly conditionOpeners: readonly string[];
  /** Verbs of giving (*geven*, give): with the people it goes to, an abstract thing given (*feedback*) is an act aimed at someone. */
  readonly givingVerbs: readonly string[];
  /** People a thing is given to (*teamleden*, team members, direct reports). */
  readonly recipients: readonly string[];
  /** Units of time one spends (*uren, dagdelen*, hours, days). */
  readonly timeSpentUnits: readonly string[];
  /** People whose lesson or session names it (*een les bij een collega*, a session by my mentor); a provider still needs a name. Attended, they are who is shadowed (*meelopen met een verpleegkundige*, shadow the nurse). */
  readonly hostPeople: readonly string[];
  /** Things one gives or writes that say what only with their topic or title (*presentatie, rapport*, talk, report). */
  readonly topicalDeliverables: readonly string[];
  /**
   * Words that open what a thing is about (*een training over het omgaan met agressie*, a session on
   * dealing with aggression): a vague frame after one, behind a noun, is the topic, not the goal's action.
   */
  readonly topicPrepositions: readonly string[];
  /** Determiners that point at the one both know of (*het rapport*, my report): no topic needed. */
  readonly definiteDeterminers: readonly string[];
  /** Quantifiers after which a word is a noun only as a determiner would make it one (*meer overleg*, every call). */
  readonly quantifiers: readonly string[];
  /** Words that are also pronouns (*het, die*, it, that): before a verb they do not make it a noun, and after a course named earlier they are that course (*en rond die in juni af*, finish it by June). */
  readonly pronouns: readonly string[];
}

/**
 * What an evaluative signal is about: `appraisal` rates how someone performs (a beoordeling, a
 * performance rating, a mark for one's work), `pay` is salary, raises, bonuses and scale steps.
 *
 * @example
 * ```ts
 * import { evaluativeSignals } from 'ontwikkelgesprek';
 * evaluativeSignals('Ik wil een extra periodiek', 'nl')[0]?.kind; // 'pay'
 * ```
 */
export type EvaluativeKind = 'appraisal' | 'pay';

/**
 * A template that finds appraisal or pay talk. `owned` asks for a second look at the words after
 * the match: it is dropped when what is rated is a thing rather than the person ("de beoordeling
 * van de offertes", "the rating of our app", "our hotel's rating").
 *
 * @internal
 * @example
 * ```ts
 * import { evaluativeSignals } from 'ontwikkelgesprek';
 * evaluativeSignals('Beoordeling van de offertes voor de nieuwe printers', 'nl'); // []
 * ```
 */
export interface EvaluativeTemplate extends Template {
  readonly kind: EvaluativeKind;
  readonly owned?: boolean;
}

/**
 * A language's knowledge of appraisal and pay talk, as data.
 *
 * @internal
 * @example
 * ```ts
 * import { evaluativeSignals } from 'ontwikkelgesprek';
 * evaluativeSignals('Can I move up a step in my pay scale next year?', 'en')[0]?.rule; // 'pay.scale'
 * ```
 */
export interface EvaluativeLexicon {
  /** Phrases that are appraisal or pay talk. */
  readonly signals: readonly EvaluativeTemplate[];
  /** Phrases that hold a signal word but are neither ("loon naar werken", "salary costs"): a signal inside one is dropped. */
  readonly exclusions: readonly Template[];
  /** Payroll as the topic of the work (a payroll clerk's salary package): pay signals in the same sentence are dropped. */
  readonly payrollTopic: readonly Template[];
  /** The writer as the one who appraises others: appraisal signals in the same sentence are dropped. */
  readonly appraiserRole: readonly Template[];
  /** Words for the `owned` guard. */
  readonly words: {
    /** Prepositions that name what is rated ("van", "of", "on"). */
    readonly owners: readonly string[];
    /** The writer: "mijn", "me", "my". A rating of these, or of the slot `workNoun` ("cijfer voor mijn inzet"), stays a signal. */
    readonly self: readonly string[];
    /** Words of time: "beoordeling van vorig jaar" is still one's own. */
    readonly time: readonly string[];
    /** Determiners skipped on the way to the rated thing. */
    readonly determiners: readonly string[];
  };
}

/**
 * Everything the analyzer knows about one language, as data: slot word lists, phrase rules,
 * verbs by class and word classes, each entry exercised by an example (a lint test checks it).
 *
 * @internal
 * @example
 * ```ts
 * import { analyzeGoalText } from 'ontwikkelgesprek';
 * analyzeGoalText('Within six weeks I will give a talk', { locale: 'en' }).timeBound.status; // 'met'
 * ```
 */
export interface Lexicon {
  readonly locale: Lang;
  /** Word lists that templates refer to as `{name}`. */
  readonly slots: Readonly<Record<string, readonly string[]>>;
  readonly rules: RuleGroups;
  readonly verbs: readonly VerbGroup[];
  readonly words: WordClasses;
  /** Whole goals with their verdicts, `S`, `M`, `T` for met (lower case for unmet): they exercise the grammar. */
  readonly goals: readonly (readonly [text: string, verdicts: string])[];
  /** Scopes a deadline must leave room for (checkAgreement's realistic rule), each with its entries. */
  readonly scopes: readonly {
    readonly id: 'degree' | 'language' | 'certificate' | 'course' | 'deliverable';
    readonly entries: readonly string[];
    /** Phrases that start or end with an entry but do not name the scope: "degree of", "scrum master", "master the". */
    readonly except?: readonly string[];
  }[];
  /** Appraisal and pay talk, for evaluativeSignals. */
  readonly evaluative: EvaluativeLexicon;
}
