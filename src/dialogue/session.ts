// The plan of a future dialogue: timed blocks with questions, the groups, and findings about the design.
import type { Finding, Locale, Result } from '../core/index.js';
import { deepFreeze, fail, parseWith, prefixPaths, resultOf } from '../core/index.js';
import type { Labels } from '../locales/index.js';
import { catalogueFor, finding } from '../locales/index.js';
import { selectQuestions } from '../questions/index.js';
import { ambitionRef, duplicatePeopleAndAmbitions } from './checks.js';
import { divideIntoGroups } from './groups.js';
import { planFutureDialogueInputSchema } from './schema.js';
import type { BlockPhase, Timing } from './timing.js';
import { blockOrder, blockSettings, groupCountFor, timeBlocks } from './timing.js';
import type {
  DialogueFormat,
  FutureDialoguePlan,
  OrganisationAmbition,
  PlanFutureDialogueInput,
  SessionBlock,
  SessionQuestion,
} from './types.js';

interface BlockQuestions {
  readonly byPhase: Partial<Record<BlockPhase, readonly SessionQuestion[]>>;
  readonly findings: readonly Finding[];
}

/**
 * The questions for each block, chosen from the caller's bank with `selectQuestions` (kind
 * `futureDialogue`, the block's phase, the session's seed and language). Only the reflection must
 * have questions; the other blocks take them when the bank has some. Entries of the bank that
 * `selectQuestions` skips are reported once, under `questions`.
 */
function questionsForBlocks(bank: readonly unknown[], locale: Locale, perBlock: number, seed: number | string): BlockQuestions {
  if (perBlock === 0) return { byPhase: {}, findings: [] };
  const byPhase: Partial<Record<BlockPhase, readonly SessionQuestion[]>> = {};
  const findings: Finding[] = [];
  for (const phase of blockOrder) {
    const selection = selectQuestions(bank, { phase, kind: 'futureDialogue', locale, count: perBlock, seed });
    if (!selection.ok) {
      return {
        byPhase: {},
        findings: [finding.warning('dialogue.questions.invalid', { path: ['questions'], params: { count: bank.length } })],
      };
    }
    if (phase === 'dialogueOpening') {
      const skipped = selection.findings.filter((f) => f.code !== 'question.select.fewerMatches');
      findings.push(...prefixPaths(skipped, ['questions']));
    }
    byPhase[phase] = selection.value.questions.map((question) => ({ id: question.id, text: question.text[locale] }));
  }
  if ((byPhase.dialogueReflection ?? []).length === 0) {
    findings.push(finding.warning('dialogue.questions.none', { path: ['questions'], params: { block: 'dialogueReflection' } }));
  }
  return { byPhase, findings };
}

/** Questions are written in Dutch and English: Dutch for a Dutch catalogue (`nl`, `nl-BE`), else English. */
function questionLocaleFor(tag: string): Locale {
  return tag === 'nl' || tag.toLowerCase().startsWith('nl-') ? 'nl' : 'en';
}

/** Warnings about the design: ambitions without a description, no breakout rooms, too little time. */
function designWarnings(
  ambitions: readonly OrganisationAmbition[],
  participants: number,
  format: DialogueFormat,
  timing: Timing,
): Finding[] {
  const findings: Finding[] = [];
  ambitions.forEach((ambition, index) => {
    if ((ambition.description ?? '').trim() !== '') return;
    findings.push(
      finding.warning('dialogue.ambition.noDescription', {
        path: ['ambitions', index, 'description'],
        params: { ambition: ambitionRef(ambition) },
      }),
    );
  });
  const groups = groupCountFor(participants, format.groupSize);
  if (format.mode === 'online' && !format.breakoutRooms && groups > 1) {
    findings.push(
      finding.warning('dialogue.online.noBreakouts', {
        path: ['format', 'breakoutRooms'],
        params: { participants, groupSize: format.groupSize },
      }),
    );
  }
  if (timing.needed !== undefined) {
    findings.push(
      finding.warning('dialogue.time.tooLittleForGroups', {
        path: ['format', 'minutes'],
        params: { minutes: format.minutes, groups, needed: timing.needed },
      }),
    );
  }
  return findings;
}

/** The blocks back to back, named and described in the session's language. */
function blocksOf(timing: Timing, labels: Labels, questions: BlockQuestions['byPhase']): SessionBlock[] {
  let start = 0;
  return blockOrder.map((phase) => {
    const minutes = timing.minutes[phase];
    const block: SessionBlock = {
      phase,
      title: labels.phase[phase],
      description: labels.phaseDescription[phase],
      setting: blockSettings[phase],
      startMinute: start,
      minutes,
      questions: questions[phase] ?? [],
    };
    start += minutes;
    return block;
  });
}

/**
 * Plans a future dialogue (*toekomstdialoog*): a timed session of opening, the ambitions,
 * reflection in groups with questions from the question bank, plenary harvest, individual wishes
 * and closing, whose blocks add up exactly to the format's minutes (default 120); a division of the
 * participants into groups of at most `groupSize` (sizes differ by at most one; with
 * `balanceByTeam`, every team is spread evenly too), repeatable with `seed`; and findings: too
 * little time for the number of groups (with the least number of minutes that is enough), online
 * without breakout rooms for more than one group's worth of people, ambitions without a
 * description, a bank without reflection questions. Duplicate participant or ambition ids are
 * errors. The host's `meta` is carried into the plan untouched. The blocks are named in `locale`
 * (a catalogue or a language tag); the questions in `questionLocale`, Dutch or English, the
 * languages the questions are written in.
 *
 * @example
 * ```ts
 * import { findingMessage, planFutureDialogue } from 'ontwikkelgesprek';
 * import { builtInQuestions } from 'ontwikkelgesprek/questions';
 *
 * const result = planFutureDialogue({
 *   ambitions: [
 *     { id: 'data', title: 'Datagedreven werken', description: 'Beslissingen onderbouwen met data.' },
 *     { id: 'klant', title: 'De klant centraal' },
 *   ],
 *   participants: [
 *     { id: 'p1', team: 'finance' },
 *     { id: 'p2', team: 'finance' },
 *     { id: 'p3', team: 'sales' },
 *     { id: 'p4', team: 'sales' },
 *     { id: 'p5', team: 'it' },
 *     { id: 'p6', team: 'it' },
 *   ],
 *   format: { minutes: 120, mode: 'online', groupSize: 3, balanceByTeam: true },
 *   questions: builtInQuestions,
 *   seed: 'voorjaar-2027',
 * });
 * if (result.ok) {
 *   result.value.blocks.reduce((sum, block) => sum + block.minutes, 0); // 120
 *   result.value.groups.length; // 2
 * }
 * result.findings.map((f) => findingMessage(f, 'nl')); // ['Bij ambitie ‘De klant centraal’ staat geen toelichting; zonder uitleg is het lastig om er eigen stappen bij te bedenken.']
 * ```
 */
export function planFutureDialogue(input: PlanFutureDialogueInput): Result<FutureDialoguePlan> {
  const parsed = parseWith(planFutureDialogueInputSchema, input);
  if (!parsed.ok) return fail(parsed.findings);
  const { ambitions, participants, format, seed, meta } = parsed.value;
  const catalogue = catalogueFor(parsed.value.locale);
  const questionLocale = parsed.value.questionLocale ?? questionLocaleFor(catalogue.locale);
  const timing = timeBlocks(format.minutes, groupCountFor(participants.length, format.groupSize));
  const questions = questionsForBlocks(parsed.value.questions, questionLocale, parsed.value.questionsPerBlock, seed);
  const findings = [
    ...duplicatePeopleAndAmbitions(ambitions, participants),
    ...designWarnings(ambitions, participants.length, format, timing),
    ...questions.findings,
  ];
  const plan: FutureDialoguePlan = {
    minutes: format.minutes,
    format,
    locale: catalogue.locale,
    questionLocale,
    blocks: blocksOf(timing, catalogue.labels, questions.byPhase),
    groups: divideIntoGroups(
      participants,
      ambitions.map((ambition) => ambition.id),
      format,
      seed,
    ),
    ...(meta === undefined ? {} : { meta }),
  };
  // A repeated participant or ambition is an error: resultOf then refuses the plan.
  return resultOf(deepFreeze(plan), findings);
}
