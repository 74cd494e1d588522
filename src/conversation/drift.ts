// Evaluative drift: appraisal and pay talk in a development conversation, by topic and in its own
// words (agenda titles, needs, notes). A development conversation looks ahead; rating and pay belong
// in the beoordelingsgesprek, how the work goes in the functioneringsgesprek.
import type { Finding, Path, Ref, Result } from '../core/index.js';
import { deepFreeze, ok } from '../core/index.js';
import { evaluativeSignals } from '../agreements/index.js';
import { finding } from '../locales/index.js';
import { isEvaluativeTopic } from '../vocabulary/index.js';
import { readState } from './state.js';
import type { AgendaEntry, Conversation } from './types.js';

/** A message quotes this many of the words found. */
const maxEvidence = 5;

/** The words signalling appraisal or pay in some texts, each once, in the order found. */
export function evidenceIn(texts: readonly (string | undefined)[], lang: 'nl' | 'en'): string[] {
  const words: string[] = [];
  for (const text of texts) {
    for (const signal of evaluativeSignals(text, lang)) {
      if (!words.includes(signal.text)) words.push(signal.text);
      if (words.length === maxEvidence) return words;
    }
  }
  return words;
}

/** Is this agenda point about rating or pay, by its topic or by its own words? */
function isEvaluativeItem(item: AgendaEntry, lang: 'nl' | 'en'): boolean {
  return (item.topic !== undefined && isEvaluativeTopic(item.topic)) || evidenceIn([item.title, item.notes], lang).length > 0;
}

/** Merged agenda points, planned or deferred, about rating or pay (see `evaluativeDrift`). */
export function evaluativeItems(conversation: Conversation): AgendaEntry[] {
  const items = [...(conversation.agenda?.items ?? []), ...(conversation.agenda?.deferred ?? [])];
  return items.filter((item) => isEvaluativeItem(item, conversation.locale));
}

/**
 * A text of the conversation that talks appraisal or pay: what it is (an agenda point, a need or a
 * note, with its title), where it is in the state, and the words that give it away.
 *
 * @example
 * ```ts
 * import type { EvaluativeText } from 'ontwikkelgesprek';
 * const text: EvaluativeText = {
 *   item: { kind: 'need', id: 'n1', title: 'Mijn beoordeling van vorig jaar' },
 *   path: ['needs', 'employee', 0, 'text'],
 *   evidence: ['beoordeling'],
 * };
 * ```
 */
export interface EvaluativeText {
  readonly item: Ref;
  readonly path: Path;
  readonly evidence: readonly string[];
}

/**
 * Evaluative drift: the agenda points about rating past performance or pay (by topic or by their
 * own words), their share of the agenda, and every agenda title, need or note that talks appraisal
 * or pay, with the words found.
 *
 * @example
 * ```ts
 * import type { EvaluativeDrift } from 'ontwikkelgesprek';
 * const none: EvaluativeDrift = { items: [], share: 0, texts: [] };
 * ```
 */
export interface EvaluativeDrift {
  readonly items: readonly AgendaEntry[];
  readonly share: number;
  readonly texts: readonly EvaluativeText[];
}

function agendaTexts(conversation: Conversation): EvaluativeText[] {
  const texts: EvaluativeText[] = [];
  for (const list of ['items', 'deferred'] as const) {
    (conversation.agenda?.[list] ?? []).forEach((item, index) => {
      if (item.topic !== undefined && isEvaluativeTopic(item.topic)) return;
      const evidence = evidenceIn([item.title, item.notes], conversation.locale);
      if (evidence.length === 0) return;
      texts.push({ item: { kind: 'agendaPoint', id: item.id, title: item.title }, path: ['agenda', list, index, 'title'], evidence });
    });
  }
  return texts;
}

function needTexts(conversation: Conversation): EvaluativeText[] {
  return (['employee', 'manager'] as const).flatMap((side) =>
    conversation.needs[side].flatMap((need, index) => {
      const evidence = evidenceIn([need.text, need.why], conversation.locale);
      return evidence.length === 0
        ? []
        : [{ item: { kind: 'need', id: need.id, title: need.text }, path: ['needs', side, index, 'text'], evidence }];
    }),
  );
}

function noteTexts(conversation: Conversation): EvaluativeText[] {
  return conversation.notes.flatMap((note, index) => {
    const evidence = evidenceIn([note.text], conversation.locale);
    // A note is named by what it is: its text may be long, and the evidence quotes what matters.
    return evidence.length === 0
      ? []
      : [{ item: { kind: 'note', id: note.id ?? `note-${index + 1}` }, path: ['notes', index, 'text'], evidence }];
  });
}

/**
 * Finds what rates rather than develops: agenda points on an evaluative topic of the vocabulary or
 * whose words are about rating or pay, and needs and notes that talk appraisal or pay (read with
 * `evaluativeSignals`). A finding for each: a warning in a development conversation, a hint in
 * other kinds, all with one advice: rating and pay belong in the *beoordelingsgesprek*, how the work
 * goes in the *functioneringsgesprek*, and this conversation looks ahead.
 *
 * @example
 * ```ts
 * import { createConversation, evaluativeDrift } from 'ontwikkelgesprek';
 * const created = createConversation({
 *   id: 'c1', kind: 'development',
 *   employee: { id: 'emp-1', name: 'Sanne' }, manager: { id: 'mgr-1', name: 'Ahmed' },
 *   plannedStart: '2027-03-15T10:00:00+01:00', locale: 'nl',
 * });
 * if (created.ok) {
 *   const drift = evaluativeDrift(created.value);
 *   drift.ok && drift.value.share; // 0
 *   drift.ok && drift.value.texts.length; // 0
 * }
 * ```
 */
export function evaluativeDrift(input: Conversation): Result<EvaluativeDrift> {
  const state = readState(input);
  if (!state.ok) return state;
  const conversation = state.value;
  const items = evaluativeItems(conversation);
  const texts = [...agendaTexts(conversation), ...needTexts(conversation), ...noteTexts(conversation)];
  const total = (conversation.agenda?.items.length ?? 0) + (conversation.agenda?.deferred.length ?? 0);
  const severity = conversation.kind === 'development' ? 'warning' : 'info';
  const findings: Finding[] = [];
  for (const list of ['items', 'deferred'] as const) {
    (conversation.agenda?.[list] ?? []).forEach((item, index) => {
      if (item.topic === undefined || !isEvaluativeTopic(item.topic)) return;
      findings.push(
        finding.of('conversation.agenda.evaluativeTopic', severity, {
          path: ['agenda', list, index, 'topic'],
          params: { item: { kind: 'agendaPoint', id: item.id, title: item.title }, topic: item.topic },
        }),
      );
    });
  }
  for (const text of texts) {
    findings.push(
      finding.of('conversation.text.evaluative', severity, { path: text.path, params: { item: text.item, evidence: text.evidence } }),
    );
  }
  return ok(deepFreeze({ items, share: total === 0 ? 0 : items.length / total, texts }), findings);
}
