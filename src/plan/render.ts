// The POP as Markdown for people, in any language a catalogue speaks.
import type { Result } from '../core/index.js';
import { defaultTimeZone, fail, makeFinding, ok, parseWith } from '../core/index.js';
import type { Catalogue } from '../locales/index.js';
import { catalogueFor } from '../locales/index.js';
import { approvalStatusOf } from './approve.js';
import { costs, funding } from './render-funding.js';
import type { RenderContext } from './render-parts.js';
import {
  agreements,
  ambitions,
  approvals,
  competences,
  evaluation,
  goals,
  header,
  history,
  nextConversation,
  progress,
  zienswijze,
} from './render-sections.js';
import { renderPlanOptionsSchema } from './schema.js';
import type { DevelopmentPlan, RenderPlanOptions } from './types.js';
import { validatePlan } from './validate.js';

function render(context: RenderContext): string {
  return [
    ...header(context),
    ...ambitions(context),
    ...goals(context),
    ...agreements(context, 'development'),
    ...agreements(context, 'support'),
    ...competences(context),
    ...costs(context),
    ...funding(context),
    ...nextConversation(context),
    ...evaluation(context),
    ...zienswijze(context),
    ...progress(context),
    ...approvals(context),
    ...history(context),
  ].join('\n');
}

/**
 * The plan as readable Markdown in any language: `'nl'`, `'en'` (where it is the PDP) or a
 * catalogue of your own, which gives every word, date and amount. Header with version, approval
 * status and content hash; ambitions; development goals with focus, origin, organisation goals and
 * their agreements; agreements and support agreements; the competences they work on; costs with the source that pays them and
 * totals per unit; the funding and the payback clause; next conversation; evaluation; the employee's
 * view (*zienswijze*); progress
 * recorded since approval; approvals; and the version history. Text from the plan is escaped, so
 * nothing a user typed becomes markup. Invalid plans or options answer with findings.
 *
 * @example
 * ```ts
 * import { draftDevelopmentPlan, renderPlanMarkdown } from 'ontwikkelgesprek';
 * const drafted = draftDevelopmentPlan({
 *   by: 'employee',
 *   at: '2027-03-15T12:00:00+01:00',
 *   content: {
 *     id: 'pop-2027-e17',
 *     kind: 'development',
 *     employee: { id: 'e-17', name: 'Sanne de Vries' },
 *     manager: { id: 'm-3', name: 'Karim Bouzid' },
 *     period: { start: '2027-03-15', end: '2028-03-15' },
 *     ambitions: [{ id: 'amb-1', text: 'Over twee jaar een klantteam leiden' }],
 *     goals: [],
 *     agreements: [],
 *     costs: [{ id: 'c1', description: 'Training Presenteren met impact', amount: { amount: 45000, currency: 'EUR' } }],
 *     nextConversation: { date: '2027-09-15' },
 *     evaluation: null,
 *   },
 * });
 * const english = drafted.ok ? renderPlanMarkdown(drafted.value, { locale: 'en' }) : undefined;
 * english?.ok && english.value.split('\n')[0]; // '# PDP: Sanne de Vries'
 * const dutch = drafted.ok ? renderPlanMarkdown(drafted.value, { locale: 'nl' }) : undefined;
 * dutch?.ok && dutch.value; // '# POP: Sanne de Vries...| Training Presenteren met impact | €\u00a0450,00 |...'
 * ```
 */
export function renderPlanMarkdown(plan: DevelopmentPlan, options: RenderPlanOptions): Result<string> {
  const parsedOptions = parseWith(renderPlanOptionsSchema, options, { path: ['options'] });
  const read = validatePlan(plan, ['plan']);
  if (!parsedOptions.ok || !read.ok) return fail([...parsedOptions.findings, ...read.findings]);
  const catalogue = catalogueFor(parsedOptions.value.locale as Catalogue | 'nl' | 'en');
  const context: RenderContext = {
    plan: read.value,
    status: approvalStatusOf(read.value),
    catalogue,
    timeZone: parsedOptions.value.timeZone ?? defaultTimeZone,
  };
  try {
    return ok(render(context), read.findings);
  } catch (error) {
    // A host's catalogue without the plan's labels, or a formatter that throws, must not take the page down.
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown';
    return fail([makeFinding('input.unreadable', 'error', { path: ['options', 'locale'], params: { detail } })]);
  }
}
