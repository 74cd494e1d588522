// A template drawn from its data: the moves between its phases (shared with the XState export) and
// a Mermaid state diagram of them, labelled from a catalogue.
import type { Result } from '../core/index.js';
import { fail, ok } from '../core/index.js';
import type { LocaleInput } from '../locales/index.js';
import { catalogueFor, finding } from '../locales/index.js';
import type { PhaseId } from '../vocabulary/index.js';
import { exitGuardsOf } from './guards.js';
import { validateTemplate } from './templates.js';
import type { ConversationTemplate, GuardId } from './types.js';

/** One move between phases, as `transition` makes it: from, by which event, to, and its guards. */
export interface TemplateMove {
  readonly from: PhaseId;
  readonly event: 'start' | 'nextPhase' | 'previousPhase' | 'conclude';
  readonly to: PhaseId;
  readonly guards: readonly GuardId[];
}

const unique = (ids: readonly GuardId[]): GuardId[] => [...new Set(ids)];

/**
 * Every move between the phases of a template, in phase order (from each phase: forward, then
 * back). The same rules as the handlers of `start`, `nextPhase`, `previousPhase` and `conclude`:
 * starting always asks for a purpose and a merged agenda, concluding for the next appointment, and
 * stepping back is possible from a phase that allows it, never into the first (preparation).
 */
export function templateMoves(template: ConversationTemplate): TemplateMove[] {
  const phases = template.phases;
  const moves: TemplateMove[] = [];
  phases.forEach((phase, index) => {
    const next = phases[index + 1];
    const previous = phases[index - 1];
    const leaving = exitGuardsOf(template, phase);
    if (index === 0 && next !== undefined) {
      moves.push({ from: phase.id, event: 'start', to: next.id, guards: unique([...leaving, 'purposeSet', 'agendaMerged']) });
      return;
    }
    if (index === 0) return;
    if (next !== undefined) moves.push({ from: phase.id, event: 'nextPhase', to: next.id, guards: unique(leaving) });
    else moves.push({ from: phase.id, event: 'conclude', to: 'concluded', guards: unique([...leaving, 'nextConversationScheduled']) });
    if (previous !== undefined && index - 1 >= 1 && phase.allowBack) {
      moves.push({ from: phase.id, event: 'previousPhase', to: previous.id, guards: [] });
    }
  });
  return moves;
}

/** A label as Mermaid can carry it: one line, no quotes, statement breaks or entity signs. */
function safe(text: string): string {
  return text.replaceAll('\r', ' ').replaceAll('\n', ' ').replaceAll('"', "'").replaceAll(';', ',').replaceAll('#', '').trim();
}

/**
 * Draws a conversation template as a Mermaid `stateDiagram-v2`: its phases in order (each named
 * in the chosen language), the events that move between them and the guards on each move, all
 * labelled from the locale's catalogue (`'nl'`, `'en'` or a catalogue of your own). The moves are
 * those `transition` makes: start from the first phase, next and (where the template allows it)
 * back between the others, conclude from the last. Postponing and cancelling change the status,
 * not the phase, and are not drawn. The same template and locale give the same text, byte for byte,
 * so a guide can keep the diagram next to the code and a test can hold the two equal.
 *
 * @example
 * ```ts
 * import { conversationTemplates, templateToMermaid } from 'ontwikkelgesprek';
 * const drawn = templateToMermaid(conversationTemplates.checkIn, 'nl');
 * const diagram = drawn.ok ? drawn.value : '';
 * diagram.split('\n')[0]; // 'stateDiagram-v2'
 * diagram; // 'state "Voortgang van afspraken" as progress...progress --> whatNext : Naar de volgende fase...'
 * diagram.includes('--> progress : Gesprek beginnen [doel vastgelegd, agenda samengevoegd]'); // true
 * const development = templateToMermaid(conversationTemplates.development, 'en');
 * development.ok && development.value; // includes 'evaluation --> concluded : Conclude the conversation [next conversation scheduled, conversation evaluated]'
 * ```
 */
export function templateToMermaid(template: ConversationTemplate, locale: LocaleInput): Result<string> {
  // A host's own template is checked first, so a diagram is never drawn from data that is not one.
  const checked = validateTemplate(template);
  if (!checked.ok) return checked;
  try {
    return ok(draw(checked.value, catalogueFor(locale).labels));
  } catch {
    return fail([finding.error('input.unreadable', { path: ['locale'], params: { detail: 'not a language catalogue' } })]);
  }
}

function draw(template: ConversationTemplate, labels: ReturnType<typeof catalogueFor>['labels']): string {
  const lines = ['stateDiagram-v2'];
  for (const id of [...template.phases.map((phase) => phase.id), 'concluded' as const]) {
    lines.push(`  state "${safe(labels.phase[id])}" as ${id}`);
  }
  const first = template.phases[0];
  if (first !== undefined) lines.push(`  [*] --> ${first.id}`);
  for (const move of templateMoves(template)) {
    const guards = move.guards.length === 0 ? '' : ` [${move.guards.map((guard) => safe(labels.conversationGuard[guard])).join(', ')}]`;
    lines.push(`  ${move.from} --> ${move.to} : ${safe(labels.conversationEvent[move.event])}${guards}`);
  }
  lines.push('  concluded --> [*]');
  return `${lines.join('\n')}\n`;
}
