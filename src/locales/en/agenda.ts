import type { Labels, MessageTools } from '../types.js';
import { defineMessages } from '../render.js';

/** "“A”, “B” and 3 others": a merged point names its first members and counts the rest. */
function members(items: readonly unknown[], count: number, tools: MessageTools): string {
  const names = items.map((item) => tools.ref(item));
  const rest = count - names.length;
  if (rest > 0) names.push(`${rest} ${rest === 1 ? 'other point' : 'other points'}`);
  return tools.format.list(names);
}

/** The one advice wherever appraisal or pay comes up: where each belongs, and what this conversation is for. */
const apart =
  'Rating and pay belong in the appraisal conversation, how the work is going in the performance conversation; a {kind:conversationKind} looks ahead.';

/** English messages of the agenda module. */
export const agendaMessagesEn = defineMessages({
  'agenda.id.duplicate': 'The id "{id}" is used more than once; every agenda point and agreement needs an id of its own.',
  'agenda.item.sourceMismatch':
    'Agenda point {item} is among the points of {list:agendaSide} but says it comes from {source:agendaSide}; put it on the right side.',
  'agenda.carried.idNotInItemIds': 'A carried-over agenda point must have its own id among the points it combines.',
  'agenda.link.unknown': 'Agenda point {item} links to "{link}", but no point or open agreement on this agenda has that id.',
  'agenda.item.minutesMissing': 'Agenda point {item} has no time estimate; {minutes} {minutes|minute was|minutes were} assumed.',
  'agenda.topic.evaluative': `Agenda point {item} is about {topic:topic.lower}. ${apart}` as const,
  'agenda.text.evaluative': `Agenda point {item} is about rating or pay ({evidence:quote}). ${apart}` as const,
  'agenda.item.joint': ({ item, items, count }, tools) =>
    `The employee and the manager raised the same point (${members(items, count, tools)}); it is now on the agenda once, as the joint point ${tools.ref(item)}.`,
  'agenda.item.duplicate': ({ item, items, count }, tools) =>
    `The points ${members(items, count, tools)} cover the same ground and were combined into ${tools.ref(item)}.`,
  'agenda.budget.over':
    'The points need {minutesNeeded} minutes together and there {minutesForItems|is|are} {minutesForItems} {minutesForItems|minute|minutes}; {deferred} {deferred|point moves|points move} on to the next conversation.',
  'agenda.budget.mustDeferred':
    'The point {item} must be discussed but no longer fits, so it moves to the next conversation; consider an extra meeting.',
  'agenda.budget.noTimeForItems':
    'Of the {minutesAvailable} minutes, {reservedMinutes} are needed for the opening, the evaluation and planning the next conversation; no time is left for agenda points.',
  'agenda.side.employeeEmpty':
    'The employee brought no points of their own. The initiative lies with the employee: ask what they want to talk about.',
  'agenda.topic.employabilityFrom45':
    'None of the points is about sustainable employability. From 45 on it is a good moment to talk about what is needed to keep working with pleasure and energy ten years from now, inside or outside the organisation.',
  'agenda.side.organisationEmpty':
    'The manager brought no points on behalf of the organisation; an equal dialogue needs input from both sides.',
});

/** English labels of the agenda module. */
export const agendaLabelsEn = {
  agendaSource: { employee: 'employee', organisation: 'organisation', followUp: 'follow-up' },
  agendaSide: { employee: 'the employee', organisation: 'the organisation' },
  agendaPriority: { must: 'must', should: 'should', could: 'could' },
} satisfies Partial<Labels>;
