import type { Finding, Locale, Result } from '../core/index.js';
import { deepFreeze, fail, findingsFrom, parseWith, resultOf, sha256Hex } from '../core/index.js';
import type { AgendaItem } from '../agenda/index.js';
import { focusAreas } from '../vocabulary/index.js';
import { dialogueMessages } from './messages.js';
import type { OrganisationAmbition, DevelopmentWish, WishesToAgendaItemsInput } from './schema.js';
import { wishesToAgendaItemsInputSchema } from './schema.js';

const finding = findingsFrom(dialogueMessages);

const labels: Record<Locale, { firstStep: string; ambitions: string; none: string; focus: string; origin: string }> = {
  nl: {
    firstStep: 'Eerste stap',
    ambitions: 'Ambities',
    none: 'Bewust aan geen ambitie gekoppeld',
    focus: 'Focus',
    origin: 'Uit de toekomstdialoog',
  },
  en: {
    firstStep: 'First step',
    ambitions: 'Ambitions',
    none: 'Deliberately linked to no ambition',
    focus: 'Focus',
    origin: 'From the future dialogue',
  },
};

/** `wish:<id>`, or a hash of the id when that would exceed the 200 characters an agenda id may have. */
function itemIdOf(wishId: string): string {
  const id = `wish:${wishId}`;
  return id.length <= 200 ? id : `wish:${sha256Hex(wishId).slice(0, 40)}`;
}

/** What mergeAgendas accepts as notes (its longTextSchema). */
const maxNotes = 20_000;

function notesOf(wish: DevelopmentWish, ambitions: ReadonlyMap<string, OrganisationAmbition>, locale: Locale): string {
  const text = labels[locale];
  const focus = focusAreas.find((area) => area.id === wish.focus)?.label[locale] ?? wish.focus;
  const lines = (linked: string): string =>
    [`${text.origin}.`, `${text.firstStep}: ${wish.firstStep}`, linked, `${text.focus}: ${focus}`].join('\n');
  if (wish.ambitionIds === 'none') return lines(text.none);
  const titled = lines(`${text.ambitions}: ${wish.ambitionIds.map((id) => ambitions.get(id)?.title ?? id).join('; ')}`);
  // Fifty long ambition titles would pass the 20,000 characters mergeAgendas accepts for notes; the
  // ids always fit, and goalIds carries them too.
  return titled.length <= maxNotes ? titled : lines(`${text.ambitions}: ${wish.ambitionIds.join('; ')}`);
}

/**
 * The bridge from the future dialogue to the individual conversation: one participant's wishes
 * become agenda points of the employee (`source: 'employee'`) for their next development
 * conversation, ready to pass as `employeeItems` to `mergeAgendas`. The ambitions a wish serves
 * become the item's `goalIds`, so they meet the organisation's points about the same goals; the
 * first step, the ambitions and the focus go into the notes, in the chosen language. Wishes of other
 * participants are skipped, so the whole session's list may be passed. Item ids are `wish:<wish id>`.
 *
 * @example
 * ```ts
 * import { mergeAgendas, wishesToAgendaItems } from 'ontwikkelgesprek';
 * const items = wishesToAgendaItems({
 *   participantId: 'p1',
 *   wishes: [
 *     { id: 'w1', participantId: 'p1', title: 'Dashboards bouwen', ambitionIds: ['data'], focus: 'skills', firstStep: 'Voor 1 maart de cursus Power BI afronden' },
 *   ],
 *   ambitions: [{ id: 'data', title: 'Datagedreven werken' }],
 *   minutesPerItem: 15,
 * });
 * if (items.ok) {
 *   items.value[0]?.source; // 'employee'
 *   const agenda = mergeAgendas({ employeeItems: [...items.value], organisationItems: [], minutesAvailable: 60, locale: 'nl' });
 *   agenda.ok; // true
 * }
 * ```
 */
export function wishesToAgendaItems(input: WishesToAgendaItemsInput): Result<readonly AgendaItem[]> {
  const parsed = parseWith(wishesToAgendaItemsInputSchema, input, { messages: dialogueMessages });
  if (!parsed.ok) return fail(parsed.findings);
  const { participantId, wishes, priority, minutesPerItem, locale } = parsed.value;
  const ambitions = new Map(parsed.value.ambitions.map((ambition) => [ambition.id, ambition]));
  const findings: Finding[] = [];
  const seen = new Set<string>();
  wishes.forEach((wish, index) => {
    if (seen.has(wish.id)) {
      findings.push(finding.error('dialogue.wish.duplicate', { path: ['wishes', index, 'id'], params: { id: wish.id } }));
    }
    seen.add(wish.id);
  });
  if (findings.length > 0) return fail(findings);
  const own = wishes.filter((wish) => wish.participantId === participantId);
  if (own.length === 0) {
    findings.push(finding.info('dialogue.bridge.noWishes', { path: ['participantId'], params: { participant: participantId } }));
  }
  const items: AgendaItem[] = own.map((wish) => ({
    id: itemIdOf(wish.id),
    source: 'employee',
    title: wish.title,
    priority,
    ...(minutesPerItem === undefined ? {} : { minutes: minutesPerItem }),
    goalIds: wish.ambitionIds === 'none' ? [] : [...new Set(wish.ambitionIds)],
    notes: notesOf(wish, ambitions, locale),
  }));
  return resultOf(deepFreeze(items), findings);
}
