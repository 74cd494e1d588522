// From the future dialogue to the individual conversation: wishes as the employee's agenda points.
import type { Result } from '../core/index.js';
import { deepFreeze, fail, parseWith, resultOf, sha256Hex } from '../core/index.js';
import type { AgendaItem } from '../agenda/index.js';
import type { Labels } from '../locales/index.js';
import { catalogueFor, finding } from '../locales/index.js';
import { wishRef } from './checks.js';
import { wishesToAgendaItemsInputSchema } from './schema.js';
import type { DevelopmentWish, OrganisationAmbition, WishesToAgendaItemsInput } from './types.js';

/** `wish:<id>`, or a hash of the id when that would exceed the 200 characters an agenda id may have. */
function itemIdOf(wishId: string): string {
  const id = `wish:${wishId}`;
  return id.length <= 200 ? id : `wish:${sha256Hex(wishId).slice(0, 40)}`;
}

/** What mergeAgendas accepts as notes (its longTextSchema). */
const maxNotes = 20_000;

/** The notes of a wish's agenda point: where it comes from, the first step, the ambitions and the focus. */
function notesOf(wish: DevelopmentWish, ambitions: ReadonlyMap<string, OrganisationAmbition>, labels: Labels): string {
  const note = labels.dialogueNote;
  const lines = (linked: string): string =>
    [`${note.fromDialogue}.`, `${note.firstStep}: ${wish.firstStep}`, linked, `${note.focus}: ${labels.focusArea[wish.focus]}`].join('\n');
  if (wish.ambitionIds === 'none') return lines(note.noAmbition);
  const ids = wish.ambitionIds;
  const titled = (limit: number): string =>
    lines(`${note.ambitions}: ${ids.map((id) => clipped(ambitions.get(id)?.title ?? id, limit)).join('; ')}`);
  // Fifty titles of 500 characters would pass the 20,000 characters mergeAgendas accepts for notes:
  // then each is cut short (fifty of 200 always fit), so the notes still name the ambitions by title.
  const whole = titled(Number.POSITIVE_INFINITY);
  return whole.length <= maxNotes ? whole : titled(clippedTitleLength);
}

/** The length an ambition's title is cut to when all of them would not fit in the notes. */
const clippedTitleLength = 200;

/** A title cut to at most `limit` characters, with an ellipsis. */
function clipped(title: string, limit: number): string {
  return title.length <= limit ? title : `${title.slice(0, limit - 1).trimEnd()}…`;
}

/**
 * The bridge from the future dialogue to the individual conversation: one participant's wishes
 * become agenda points of the employee (`source: 'employee'`) for their next development
 * conversation, ready to pass as `employeeItems` to `mergeAgendas`. The ambitions a wish serves
 * become the item's `goalIds`, so they meet the organisation's points about the same goals; the
 * first step, the ambitions (by title) and the focus go into the notes, in the chosen language.
 * Wishes of other participants are skipped, so the whole session's list may be passed. Item ids are
 * `wish:<wish id>`. Duplicate wish ids are errors.
 *
 * @example
 * ```ts
 * import { mergeAgendas, wishesToAgendaItems } from 'ontwikkelgesprek';
 * const items = wishesToAgendaItems({
 *   participantId: 'p1',
 *   wishes: [
 *     { id: 'w1', participantId: 'p1', title: 'Dashboards bouwen in Power BI', ambitionIds: ['data'], focus: 'skills', firstStep: 'Voor 1 maart 2027 de cursus Power BI afronden' },
 *     { id: 'w2', participantId: 'p2', title: 'Klantgesprekken voeren', ambitionIds: ['klant'], focus: 'skills', firstStep: 'In april 2027 vijf klantgesprekken voeren' },
 *   ],
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken' }],
 *   minutesPerItem: 15,
 * });
 * if (items.ok) {
 *   items.value.map((item) => [item.id, item.source, item.goalIds]); // [['wish:w1', 'employee', ['data']]]
 *   items.value[0]?.notes; // 'Uit de toekomstdialoog.\nEerste stap: Voor 1 maart 2027 de cursus Power BI afronden\nAmbities: Datagedreven werken\nFocus: Vaardigheden'
 *   const agenda = mergeAgendas({
 *     employeeItems: [...items.value],
 *     organisationItems: [{ id: 'o1', source: 'organisation', title: 'Power BI dashboards bouwen', priority: 'must', minutes: 10 }],
 *     minutesAvailable: 60,
 *   });
 *   agenda.ok && agenda.value.items[0]?.joint; // true: the manager raised the same point
 * }
 * ```
 */
export function wishesToAgendaItems(input: WishesToAgendaItemsInput): Result<readonly AgendaItem[]> {
  const parsed = parseWith(wishesToAgendaItemsInputSchema, input);
  if (!parsed.ok) return fail(parsed.findings);
  const { participantId, wishes, priority, minutesPerItem, locale } = parsed.value;
  const seen = new Set<string>();
  const duplicates = wishes.flatMap((wish, index) => {
    const again = seen.has(wish.id);
    seen.add(wish.id);
    return again ? [finding.error('dialogue.wish.duplicate', { path: ['wishes', index, 'id'], params: { wish: wishRef(wish) } })] : [];
  });
  if (duplicates.length > 0) return fail(duplicates);
  const own = wishes.filter((wish) => wish.participantId === participantId);
  const findings =
    own.length > 0
      ? []
      : [
          finding.info('dialogue.bridge.noWishes', {
            path: ['participantId'],
            params: { participant: { kind: 'participant', id: participantId } },
          }),
        ];
  const ambitions = new Map(parsed.value.ambitions.map((ambition) => [ambition.id, ambition]));
  const labels = catalogueFor(locale).labels;
  const items = own.map(
    (wish): AgendaItem => ({
      id: itemIdOf(wish.id),
      source: 'employee',
      title: wish.title,
      priority,
      ...(minutesPerItem === undefined ? {} : { minutes: minutesPerItem }),
      goalIds: wish.ambitionIds === 'none' ? [] : [...new Set(wish.ambitionIds)],
      notes: notesOf(wish, ambitions, labels),
    }),
  );
  return resultOf(deepFreeze(items), findings);
}
