// An access request (art. 15 AVG): everything the records hold about one person.
import type { Finding, Result } from '../core/index.js';
import { deepFreeze, fail, idSchema, ok, parseWith, prefixPaths } from '../core/index.js';
import type { Conversation } from '../conversation/index.js';
import { finding } from '../locales/index.js';
import { validatePlan } from '../plan/index.js';
import { readLog, visibleEvents } from './events.js';
import { subjectExportOptionsSchema } from './schema.js';
import { mayRead, roleIn, textsOf, valueAt } from './texts.js';
import type { SubjectExport, SubjectExportOptions, SubjectRecords, WithheldText } from './types.js';
import { planViewer, readConversation, viewOf } from './view.js';

/** A list a caller gave, read defensively. */
function listOf(records: unknown, key: keyof SubjectRecords): readonly unknown[] {
  try {
    const value = records !== null && typeof records === 'object' ? (records as Record<string, unknown>)[key] : undefined;
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

/** Texts about the employee that someone else keeps from them. */
function withheldIn(state: Conversation, personId: string, include: boolean): WithheldText[] {
  if (state.employee.id !== personId) return [];
  const viewer = { id: personId, role: 'employee' as const };
  return textsOf(state)
    .filter(
      (entry) =>
        entry.author !== undefined && entry.copy === undefined && !mayRead(viewer, entry.author, entry.visibility, entry.sharedWith),
    )
    .map((entry) => {
      const words = entry.fields
        .map((field) => valueAt(state, [...entry.path, ...field]))
        .filter((value): value is string => typeof value === 'string');
      return {
        conversationId: state.id,
        text: entry.ref,
        author: (entry.author as { role: WithheldText['author'] }).role,
        ...(include ? { words } : {}),
      };
    });
}

/**
 * Everything the records hold about one person, as plain JSON, for an access request (art. 15 AVG):
 * every conversation they take part in as they may see it (`viewFor`) with their role, the events of
 * every log they may see (`eventsVisibleTo`), and every plan of theirs. For the employee, whose
 * conversation it is, texts about them that someone else keeps private (the manager's own
 * preparation, an HR adviser's private note) are listed in `withheld` with a finding
 * (`privacy.export.withheld`): the host weighs the rights of their writer (art. 15(4) AVG) and may
 * then ask for them with `withheld: 'include'`. Records the person does not appear in are left out.
 * Each record is validated first; an invalid one refuses the export, its findings under its place in
 * `records`. Never throws.
 *
 * @example
 * ```ts
 * import { createConversation, exportForSubject, transition } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1', employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'nl',
 * });
 * if (created.ok) {
 *   const prepared = transition(created.value, {
 *     type: 'answerPreparation', at: '2027-03-11T09:00:00+01:00', by: 'manager', questionId: 'm1', answer: 'Ze mag zichtbaarder worden.',
 *   });
 *   if (prepared.ok) {
 *     const answer = exportForSubject({ conversations: [prepared.value.conversation] }, 'emp-1');
 *     answer.ok && answer.value.conversations[0]?.role; // 'employee'
 *     answer.ok && answer.value.withheld[0]?.author; // 'manager'
 *     answer.ok && answer.findings[0]?.code; // 'privacy.export.withheld'
 *   }
 * }
 * ```
 */
export function exportForSubject(records: SubjectRecords, personId: string, options: SubjectExportOptions = {}): Result<SubjectExport> {
  const person = parseWith(idSchema, personId, { path: ['personId'] });
  const settings = parseWith(subjectExportOptionsSchema, options, { path: ['options'] });
  if (!person.ok || !settings.ok) return fail([...person.findings, ...settings.findings]);
  const id = person.value;
  const include = settings.value.withheld === 'include';
  const problems: Finding[] = [];
  const out = {
    conversations: [] as SubjectExport['conversations'][number][],
    eventLogs: [] as SubjectExport['eventLogs'][number][],
    plans: [] as SubjectExport['plans'][number][],
    withheld: [] as WithheldText[],
  };
  const covered = new Set<string>();
  listOf(records, 'conversations').forEach((given, index) => {
    const state = readConversation(given);
    if (!state.ok) {
      problems.push(...prefixPaths(state.findings, ['records', 'conversations', index]));
      return;
    }
    const role = roleIn(state.value, id);
    if (role === undefined) return;
    out.conversations.push({ role, view: viewOf(state.value, { id, role }) });
    out.withheld.push(...withheldIn(state.value, id, include));
    covered.add(state.value.id);
  });
  listOf(records, 'eventLogs').forEach((given, index) => {
    const read = readLog(given);
    if (!read.ok) {
      problems.push(...prefixPaths(read.findings, ['records', 'eventLogs', index]));
      return;
    }
    const role = roleIn(read.value.state, id);
    if (role === undefined) return;
    out.eventLogs.push({ conversationId: read.value.state.id, role, events: visibleEvents(read.value, { id, role }) });
    if (!covered.has(read.value.state.id)) out.withheld.push(...withheldIn(read.value.state, id, include));
    covered.add(read.value.state.id);
  });
  listOf(records, 'plans').forEach((given, index) => {
    const read = validatePlan(given, ['records', 'plans', index]);
    if (!read.ok) {
      problems.push(...read.findings);
      return;
    }
    const viewer = planViewer(read.value, id, undefined);
    if (viewer === undefined || (viewer.role !== 'employee' && viewer.role !== 'manager')) return;
    const { unrecognized: _unrecognized, ...rest } = read.value;
    out.plans.push({ role: viewer.role, view: { ...rest, viewer } });
  });
  if (problems.some((f) => f.severity === 'error')) return fail(problems);
  const findings = out.withheld.length > 0 ? [finding.info('privacy.export.withheld', { params: { count: out.withheld.length } })] : [];
  const answer: SubjectExport = { personId: id, ...out };
  return ok(deepFreeze(answer), findings);
}
