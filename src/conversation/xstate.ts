// A template exported as an XState v5 machine config: plain JSON a host can open in Stately's editor.
import type { Result } from '../core/index.js';
import { deepFreeze, ok } from '../core/index.js';
import { templateMoves } from './diagram.js';
import { validateTemplate } from './templates.js';
import type { ConversationEventType } from './event-types.js';
import { eventRules, eventTypes } from './rules.js';
import type { ConversationTemplate, GuardId, PhaseActivity } from './types.js';

/**
 * One transition of an exported machine: where it goes (none for an event that keeps the phase),
 * the name of its guard, and the library's guards behind that name. A move with one guard names it
 * (`'supportAccepted'`); a move with several names them joined by ` and ` (`'purposeSet and
 * agendaMerged'`), and lists them in `meta.guards`.
 *
 * @example
 * ```ts
 * import { conversationTemplates, toXStateConfig, type XStateTransitionConfig } from 'ontwikkelgesprek';
 * const exported = toXStateConfig(conversationTemplates.development);
 * const start: XStateTransitionConfig | undefined = exported.ok ? exported.value.states.preparation?.on.start : undefined;
 * start?.guard; // 'purposeSet and agendaMerged'
 * start?.meta?.guards; // ['purposeSet', 'agendaMerged']
 * ```
 */
export interface XStateTransitionConfig {
  readonly target?: string;
  readonly guard?: string;
  readonly meta?: { readonly guards: readonly GuardId[] };
}

/**
 * One state of an exported machine: a phase with the events possible in it, or the final state.
 *
 * @example
 * ```ts
 * import { conversationTemplates, toXStateConfig, type XStateStateConfig } from 'ontwikkelgesprek';
 * const exported = toXStateConfig(conversationTemplates.checkIn);
 * const end: XStateStateConfig | undefined = exported.ok ? exported.value.states.concluded : undefined;
 * end?.type; // 'final'
 * ```
 */
export interface XStateStateConfig {
  readonly type?: 'final';
  readonly on: { readonly [event: string]: XStateTransitionConfig };
}

/**
 * A template as an XState v5 machine config: `id` (the template's), `initial` (its first phase) and
 * one state per phase, plus the final `concluded`.
 *
 * @example
 * ```ts
 * import { conversationTemplates, toXStateConfig, type XStateMachineConfig } from 'ontwikkelgesprek';
 * const exported = toXStateConfig(conversationTemplates.career);
 * const config: XStateMachineConfig | undefined = exported.ok ? exported.value : undefined;
 * config?.initial; // 'preparation'
 * ```
 */
export interface XStateMachineConfig {
  readonly id: string;
  readonly initial: string;
  readonly states: { readonly [phase: string]: XStateStateConfig };
}

/** The events a phase's activities open, in the order of the event table. */
function activityEvents(activities: readonly PhaseActivity[]): ConversationEventType[] {
  return eventTypes.filter((type) => {
    const rule = eventRules[type];
    return rule.activities?.some((activity) => activities.includes(activity)) === true;
  });
}

function guarded(target: string, guards: readonly GuardId[]): XStateTransitionConfig {
  if (guards.length === 0) return { target };
  return { target, guard: guards.join(' and '), meta: { guards: [...guards] } };
}

/**
 * Exports a conversation template as an XState v5 machine config: plain JSON (no functions), with
 * one state per phase, the moves of `transition` (start, next, back where the template allows it,
 * conclude) as transitions with their guards named as strings, and the events a phase's activities
 * allow as transitions that keep the phase. Open it in Stately's editor to see or discuss a
 * template, or build a machine from it with `createMachine(config).provide({ guards })`, giving
 * each guard name an implementation. The status (postponed, cancelled) is not modelled: it runs
 * alongside the phase, and the library's `transition` stays the one that decides.
 *
 * @example
 * ```ts
 * import { conversationTemplates, toXStateConfig } from 'ontwikkelgesprek';
 * const exported = toXStateConfig(conversationTemplates.development);
 * if (!exported.ok) throw new Error('the built-in template is valid');
 * const config = exported.value;
 * Object.keys(config.states).length; // 11: the ten phases and concluded
 * config.states.agreements?.on.nextPhase;
 * // { target: 'supportAgreements', guard: 'agreementsPresent and agreementsWww and agreementsSmart and agreementsAccepted', meta: { guards: ['agreementsPresent', 'agreementsWww', 'agreementsSmart', 'agreementsAccepted'] } }
 * config.states.agreements?.on.proposeAgreement; // {}
 * JSON.parse(JSON.stringify(config)).initial; // 'preparation'
 * ```
 */
export function toXStateConfig(template: ConversationTemplate): Result<XStateMachineConfig> {
  // A host's own template is checked first, so a machine is never built from data that is not one.
  const checked = validateTemplate(template);
  return checked.ok ? ok(machineOf(checked.value)) : checked;
}

function machineOf(template: ConversationTemplate): XStateMachineConfig {
  const moves = templateMoves(template);
  const states: Record<string, XStateStateConfig> = {};
  for (const phase of template.phases) {
    const on: Record<string, XStateTransitionConfig> = {};
    for (const type of activityEvents(phase.activities)) on[type] = {};
    for (const move of moves) if (move.from === phase.id) on[move.event] = guarded(move.to, move.guards);
    states[phase.id] = { on };
  }
  states.concluded = { type: 'final', on: {} };
  return deepFreeze({ id: template.id, initial: template.phases[0]?.id ?? 'concluded', states });
}
