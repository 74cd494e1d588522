// The events of preparation: answers, agenda points, merging the agenda, the purpose.
import type { Finding, Result } from '../core/index.js';
import { fail, ok } from '../core/index.js';
import type { AgendaItem, MergedAgendaItem } from '../agenda/index.js';
import { mergeAgendas } from '../agenda/index.js';
import { finding } from '../locales/index.js';
import { newFindings, remember, rememberedFor } from './agenda-findings.js';
import type { Decision, HandledEvent, Handler } from './decision.js';
import { accept, other, refuse } from './decision.js';
import { deficitWords } from './deficit.js';
import { limits } from './schema-state.js';
import { audienceFindings, erasedText, recordAudience } from './texts.js';
import type { AgendaEntry, Conversation, ConversationAgenda, PreparationAnswer } from './types.js';

/** The state's agenda points with a change to one side's list, for merging before the change is made. */
type Points = Conversation['agendaPoints'];

function limitReached(
  list: 'preparation' | 'agendaPoints' | 'agendaItems' | 'goalIds' | 'needs',
  maximum: number,
  path: string[],
): Decision {
  return refuse(finding.error('conversation.limit.reached', { path, params: { list, maximum } }));
}

/** An entry of the merged agenda in the state's key order, keeping the done flag of what it joins. */
function entryOf(item: MergedAgendaItem, done: ReadonlyMap<string, AgendaEntry>): AgendaEntry {
  const previous = item.itemIds.map((id) => done.get(id)).find((entry) => entry !== undefined);
  return {
    id: item.id,
    itemIds: [...item.itemIds],
    sources: [...item.sources],
    title: item.title,
    ...(item.topic !== undefined ? { topic: item.topic } : {}),
    priority: item.priority,
    minutes: item.minutes,
    joint: item.joint,
    goalIds: [...item.goalIds],
    ...(item.notes !== undefined ? { notes: item.notes } : {}),
    ...(item.followUp !== undefined
      ? {
          followUp: {
            agreementId: item.followUp.agreementId,
            ...(item.followUp.who !== undefined ? { who: item.followUp.who } : {}),
            ...(item.followUp.when !== undefined ? { when: item.followUp.when } : {}),
          },
        }
      : {}),
    done: previous !== undefined,
    ...(previous?.doneAt !== undefined ? { doneAt: previous.doneAt } : {}),
    ...(previous?.doneBy !== undefined ? { doneBy: previous.doneBy } : {}),
  };
}

/** Is any list of the merged agenda longer than the state allows? */
function overLimit(agenda: ConversationAgenda): 'agendaItems' | 'goalIds' | undefined {
  if (agenda.items.length > limits.agendaItems || agenda.deferred.length > limits.agendaItems) return 'agendaItems';
  for (const entry of [...agenda.items, ...agenda.deferred]) {
    if (entry.itemIds.length > limits.agendaItems) return 'agendaItems';
    if (entry.goalIds.length > limits.agendaItems) return 'goalIds';
  }
  return undefined;
}

/** Merges both sides' points (and the previous plan's open agreements), keeping done flags. */
export function mergeFor(
  conversation: Conversation,
  points: Points = conversation.agendaPoints,
  minutes = conversation.availableMinutes,
): Result<ConversationAgenda> {
  const merged = mergeAgendas({
    employeeItems: points.employee,
    organisationItems: points.manager,
    // An erased agreement is merged under its id (two erased ones are not one point) and titled `[…]`;
    // one without words is titled by its id by the merge itself. Who does it and by when come back with it.
    previousAgreements: conversation.previousOpenAgreements.map((agreement) => ({
      id: agreement.id,
      what: agreement.what !== erasedText ? agreement.what : agreement.id,
      who: agreement.who,
      when: agreement.when,
      status: agreement.status,
    })),
    minutesAvailable: minutes,
    kind: conversation.kind,
    locale: conversation.locale,
    employeeAge: conversation.employeeAge,
  });
  if (!merged.ok) return merged;
  const done = new Map<string, AgendaEntry>();
  for (const entry of [...(conversation.agenda?.items ?? []), ...(conversation.agenda?.deferred ?? [])]) {
    if (entry.done) for (const id of entry.itemIds) done.set(id, entry);
  }
  const erased = new Set(conversation.previousOpenAgreements.filter((a) => a.what === erasedText).map((a) => a.id));
  const entry = (item: MergedAgendaItem) => entryOf(erased.has(item.id) ? { ...item, title: erasedText } : item, done);
  const agenda: ConversationAgenda = {
    items: merged.value.items.map(entry),
    deferred: merged.value.deferred.map(entry),
    minutesPlanned: merged.value.minutesPlanned,
    minutesForItems: merged.value.minutesForItems,
  };
  const over = overLimit(agenda);
  if (over !== undefined)
    return fail([finding.error('conversation.limit.reached', { path: ['agenda'], params: { list: over, maximum: limits.agendaItems } })]);
  return ok(agenda, merged.findings);
}

/**
 * The findings of the agenda this state has: those of the merge that made it (remembered when this
 * library made it, merged again for a state read back from storage). The full current set.
 */
export function agendaFindingsOf(conversation: Conversation): readonly Finding[] {
  const agenda = conversation.agenda;
  if (agenda === null) return [];
  const known = rememberedFor(agenda);
  if (known !== undefined) return known;
  const merged = mergeFor(conversation);
  const findings = merged.ok ? merged.findings : [];
  remember(agenda, findings);
  return findings;
}

/** Merges anew after a change: the agenda, and only the findings this change (re)introduced. */
function mergeAnew(conversation: Conversation, points?: Points, minutes?: number): Result<ConversationAgenda> {
  const merged = mergeFor(conversation, points, minutes);
  if (!merged.ok) return merged;
  remember(merged.value, merged.findings);
  return ok(merged.value, newFindings(agendaFindingsOf(conversation), merged.findings));
}

/** Re-merges after a change while preparing, once the agenda has been merged. */
function remerge(conversation: Conversation, points?: Points, minutes?: number): Result<ConversationAgenda | null> {
  return conversation.agenda === null ? ok(null) : mergeAnew(conversation, points, minutes);
}

function answerPreparation(conversation: Conversation, event: HandledEvent<'answerPreparation'>): Decision {
  const answers = conversation.preparation[event.by];
  const index = answers.findIndex((answer) => answer.questionId === event.questionId);
  if (index < 0 && answers.length >= limits.perSide) return limitReached('preparation', limits.perSide, ['questionId']);
  const problems = audienceFindings(conversation, 'preparationAnswer', event.visibility, event.sharedWith);
  if (problems.length > 0) return refuse(...problems);
  // A new answer to the same question keeps the readers its writer chose, unless it says otherwise.
  const previous = answers[index];
  const answer: PreparationAnswer = {
    questionId: event.questionId,
    ...(event.question !== undefined ? { question: event.question } : {}),
    answer: event.answer,
    at: event.at,
    ...recordAudience('preparationAnswer', event.visibility ?? previous?.visibility, event.sharedWith ?? previous?.sharedWith),
  };
  return accept((writer) =>
    index >= 0 ? writer.set(['preparation', event.by, index], answer) : writer.push(['preparation', event.by], answer),
  );
}

function addAgendaPoint(conversation: Conversation, event: HandledEvent<'addAgendaPoint'>): Decision {
  const { point: input, by } = event;
  const taken =
    conversation.agendaPoints.employee.some((point) => point.id === input.id) ||
    conversation.agendaPoints.manager.some((point) => point.id === input.id) ||
    conversation.previousOpenAgreements.some((agreement) => agreement.id === input.id);
  if (taken) {
    return refuse(
      finding.error('conversation.agenda.duplicatePoint', {
        path: ['point', 'id'],
        params: { point: { kind: 'agendaPoint', id: input.id, title: input.title } },
      }),
    );
  }
  if (conversation.agendaPoints[by].length >= limits.perSide) return limitReached('agendaPoints', limits.perSide, ['point']);
  const point: AgendaItem = {
    id: input.id,
    source: by === 'employee' ? 'employee' : 'organisation',
    title: input.title,
    ...(input.topic !== undefined ? { topic: input.topic } : {}),
    priority: input.priority,
    ...(input.minutes !== undefined ? { minutes: input.minutes } : {}),
    goalIds: [...input.goalIds],
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    ...(input.links !== undefined ? { links: [...input.links] } : {}),
  };
  // A hint is reported once: on the event that (re)introduced it.
  const points = { ...conversation.agendaPoints, [by]: [...conversation.agendaPoints[by], point] };
  const merged = remerge(conversation, points);
  if (!merged.ok) return refuse(...merged.findings);
  return accept(
    (writer) => {
      writer.push(['agendaPoints', by], point);
      if (merged.value !== null) writer.set(['agenda'], merged.value);
    },
    [...merged.findings],
  );
}

function withdrawAgendaPoint(conversation: Conversation, event: HandledEvent<'withdrawAgendaPoint'>): Decision {
  const id = event.pointId;
  const index = conversation.agendaPoints[event.by].findIndex((point) => point.id === id);
  if (index < 0) {
    // Each side owns its points: the initiative is not the other side's to take away.
    const theirs = conversation.agendaPoints[other(event.by)].find((point) => point.id === id);
    if (theirs !== undefined) {
      return refuse(
        finding.error('conversation.agenda.otherSidesPoint', {
          path: ['pointId'],
          params: { point: { kind: 'agendaPoint', id, title: theirs.title }, side: other(event.by) },
        }),
      );
    }
    return refuse(finding.error('conversation.agenda.unknownPoint', { path: ['pointId'], params: { point: { kind: 'agendaPoint', id } } }));
  }
  const points = { ...conversation.agendaPoints, [event.by]: conversation.agendaPoints[event.by].filter((point) => point.id !== id) };
  const merged = remerge(conversation, points);
  if (!merged.ok) return refuse(...merged.findings);
  return accept(
    (writer) => {
      writer.remove(['agendaPoints', event.by], index);
      if (merged.value !== null) writer.set(['agenda'], merged.value);
    },
    [...merged.findings],
  );
}

function mergeAgenda(conversation: Conversation): Decision {
  const merged = mergeAnew(conversation);
  if (!merged.ok) return refuse(...merged.findings);
  return accept((writer) => writer.set(['agenda'], merged.value), [...merged.findings]);
}

/** A hint when the overarching goal is phrased as a deficit: once, when that goal is set, not again when it is given unchanged (no goal has no words). */
function purposeDeficit(conversation: Conversation, goal: string | undefined): Finding[] {
  if (goal === conversation.overarchingGoal) return [];
  const words = deficitWords(goal);
  return words.length === 0 ? [] : [finding.info('conversation.purpose.deficit', { path: ['overarchingGoal'], params: { words } })];
}

function setPurpose(conversation: Conversation, event: HandledEvent<'setPurpose'>): Decision {
  const minutes = event.minutes ?? conversation.availableMinutes;
  // Only a change of time changes the agenda; of what the agenda says, only what is new is reported.
  const merged = minutes === conversation.availableMinutes ? ok(null) : remerge(conversation, undefined, minutes);
  if (!merged.ok) return refuse(...merged.findings);
  return accept(
    (writer) => {
      writer.set(['purpose'], event.purpose);
      if (event.overarchingGoal !== undefined) writer.set(['overarchingGoal'], event.overarchingGoal);
      if (minutes !== conversation.availableMinutes) writer.set(['availableMinutes'], minutes);
      if (merged.value !== null) writer.set(['agenda'], merged.value);
    },
    [...merged.findings, ...purposeDeficit(conversation, event.overarchingGoal)],
  );
}

/** The handlers of preparation. */
export const prepareHandlers = {
  answerPreparation,
  addAgendaPoint,
  withdrawAgendaPoint,
  mergeAgenda,
  setPurpose,
} satisfies { [T in 'answerPreparation' | 'addAgendaPoint' | 'withdrawAgendaPoint' | 'mergeAgenda' | 'setPurpose']: Handler<T> };
