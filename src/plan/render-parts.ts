// The pieces the Markdown of a POP is written with: every word, date and amount from the catalogue.
import type { CalendarDate, Instant } from '../core/index.js';
import { calendarDateOf, wallClockOf } from '../core/index.js';
import type { Catalogue, Labels } from '../locales/index.js';
import type { BudgetAmount, DevelopmentPlan, PlanApprovalStatus } from './types.js';

/** What every part of the rendering needs: the plan, its approval status, the language and the time zone. */
export interface RenderContext {
  readonly plan: DevelopmentPlan;
  readonly status: PlanApprovalStatus;
  readonly catalogue: Catalogue;
  readonly timeZone: string;
}

/** A fixed word of the POP in the catalogue's language. */
export function word(context: RenderContext, id: keyof Labels['planText']): string {
  return context.catalogue.labels.planText[id];
}

/** Inline text safe for Markdown: one line, and characters that would start markup escaped. */
export function md(text: string | undefined): string {
  const line = (text ?? '').replace(/\s+/gu, ' ').trim();
  if (line === '') return '—';
  return line.replace(/[\\`*_[\]<>|#~]/gu, (character) => `\\${character}`);
}

/** A label as the start of a table cell or line: first letter capital. */
export function capital(text: string, catalogue: Catalogue): string {
  return text.charAt(0).toLocaleUpperCase(catalogue.locale) + text.slice(1);
}

export function date(context: RenderContext, value: CalendarDate): string {
  return context.catalogue.format.date(value);
}

export function moment(context: RenderContext, instant: Instant): string {
  return `${date(context, calendarDateOf(instant, context.timeZone))} ${wallClockOf(instant, context.timeZone)}`;
}

/** A budget amount: money in the language's notation, study time in hours, study points counted. */
export function amount(context: RenderContext, value: BudgetAmount): string {
  const { format } = context.catalogue;
  if ('currency' in value) return format.money(value);
  if ('minutes' in value) {
    const hours = value.minutes / 60;
    return `${format.number(hours)} ${word(context, hours === 1 ? 'hourOne' : 'hourOther')}`;
  }
  return `${format.number(value.studyPoints)} ${word(context, value.studyPoints === 1 ? 'studyPointOne' : 'studyPointOther')}`;
}

/** The name of a person of the plan, for an agreement's "who" (which may be an id or a name). */
export function personName(plan: DevelopmentPlan, who: string): string {
  if (who === plan.employee.id) return plan.employee.name;
  if (who === plan.manager.id) return plan.manager.name;
  return who;
}

/** "versie 2, wacht op goedkeuring van leidinggevende". */
export function statusText(context: RenderContext): string {
  const { status, catalogue } = context;
  if (status.approved) return word(context, 'approved');
  const waiting = (['employee', 'manager'] as const).filter((role) => status[role] === null);
  if (waiting.length === 2) return word(context, 'draft');
  return `${word(context, 'waitingFor')} ${catalogue.labels.role[waiting[0] ?? 'manager']}`;
}
