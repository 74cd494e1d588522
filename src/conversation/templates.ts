import type { Finding, Result } from '../core/index.js';
import { deepFreeze, fail, ok, parseWith, resultOf } from '../core/index.js';
import { finding } from '../locales/index.js';
import { termOf, phases as phaseTerms } from '../vocabulary/index.js';
import { permissionFindings } from './permissions.js';
import { conversationTemplateSchema } from './schema-template.js';
import { builtInTemplateVersions } from './builtin-templates.js';
import type { ConversationTemplate, PhaseActivity, TemplatePhase } from './template-types.js';

export { conversationTemplates } from './builtin-templates.js';

/**
 * The built-in template of a kind in one of its versions (the latest when none is given), or a
 * refusal naming the versions there are (`conversation.template.unknownVersion`).
 */
export function builtInTemplate(kind: 'development' | 'career' | 'checkIn', version: number | undefined): Result<ConversationTemplate> {
  const versions = builtInTemplateVersions[kind];
  const chosen = version === undefined ? versions.at(-1) : versions[version - 1];
  if (chosen !== undefined) return ok(chosen);
  return fail([
    finding.error('conversation.template.unknownVersion', {
      path: ['templateVersion'],
      params: { kind, version: version ?? 0, latest: versions.length },
    }),
  ]);
}

function firstIndexWith(template: ConversationTemplate, activity: PhaseActivity): number {
  return template.phases.findIndex((phase) => phase.activities.includes(activity));
}

function lastIndexWith(template: ConversationTemplate, activity: PhaseActivity): number {
  let last = -1;
  template.phases.forEach((phase, index) => {
    if (phase.activities.includes(activity)) last = index;
  });
  return last;
}

/**
 * Checks a host-defined template (as a host writes it, or as stored) against the model: phases in a known order without repeats,
 * `preparation` first, no `concluded` or `followUp` phase (those are states after the talk),
 * a phase to schedule the next conversation, agreements only before it, no stepping back into a
 * phase once the next conversation is scheduled, and for a development conversation an
 * agreements phase and an evaluation phase. Returns the parsed, frozen template.
 *
 * @example
 * ```ts
 * import { validateTemplate } from 'ontwikkelgesprek';
 * const result = validateTemplate({
 *   id: 'bad', kind: 'development',
 *   phases: [
 *     { id: 'preparation', activities: ['prepare', 'purpose'] },
 *     { id: 'nextConversation', activities: ['schedule'] },
 *     { id: 'agreements', activities: ['agreements'] },
 *   ],
 * });
 * result.ok; // false
 * result.findings.map((f) => f.code).includes('conversation.template.agreementsAfterNextConversation'); // true
 * ```
 */
export function validateTemplate(input: unknown): Result<ConversationTemplate> {
  const parsed = parseWith(conversationTemplateSchema, input);
  if (!parsed.ok) return parsed;
  const template = parsed.value as ConversationTemplate;
  return resultOf(deepFreeze(template), checkTemplate(template));
}

/** The model's rules for a template of the right shape: errors break the model, warnings are hints. */
export function checkTemplate(template: ConversationTemplate): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  template.phases.forEach((phase, index) => {
    const path = ['phases', index, 'id'];
    if (seen.has(phase.id)) findings.push(finding.error('conversation.template.phaseRepeated', { path, params: { phase: phase.id } }));
    seen.add(phase.id);
    if (phase.id === 'concluded' || phase.id === 'followUp') {
      findings.push(finding.error('conversation.template.phaseReserved', { path, params: { phase: phase.id } }));
    }
    const term = termOf(phaseTerms, phase.id);
    if (term !== undefined && !term.kinds.includes(template.kind)) {
      findings.push(finding.warning('conversation.template.phaseOfOtherKind', { path, params: { phase: phase.id, kind: template.kind } }));
    }
  });
  if (template.phases[0]?.id !== 'preparation') {
    findings.push(finding.error('conversation.template.preparationFirst', { path: ['phases', 0, 'id'] }));
  }
  const schedule = firstIndexWith(template, 'schedule');
  if (schedule < 0) {
    findings.push(finding.error('conversation.template.noSchedulePhase', { path: ['phases'] }));
  } else {
    const agreementsLast = Math.max(lastIndexWith(template, 'agreements'), lastIndexWith(template, 'support'));
    if (agreementsLast > schedule) {
      findings.push(
        finding.error('conversation.template.agreementsAfterNextConversation', {
          path: ['phases', agreementsLast, 'id'],
          params: { phase: (template.phases[agreementsLast] as TemplatePhase).id },
        }),
      );
    }
    const schedulePhase = template.phases[schedule];
    if (schedulePhase?.allowBack && schedule > 0) {
      const before = template.phases[schedule - 1];
      if (before !== undefined && (before.activities.includes('agreements') || before.activities.includes('support'))) {
        findings.push(
          finding.error('conversation.template.backIntoAgreements', {
            path: ['phases', schedule, 'allowBack'],
            params: { phase: schedulePhase.id },
          }),
        );
      }
    }
  }
  findings.push(...permissionFindings(template.permissions, ['permissions']));
  if (template.phases[1]?.allowBack === true) {
    findings.push(finding.error('conversation.template.backIntoPreparation', { path: ['phases', 1, 'allowBack'] }));
  }
  if (template.kind === 'development') {
    if (!template.phases.some((phase) => phase.activities.includes('evaluate'))) {
      findings.push(finding.error('conversation.template.noEvaluation', { path: ['phases'] }));
    }
    if (firstIndexWith(template, 'agreements') < 0) {
      findings.push(finding.error('conversation.template.noAgreements', { path: ['phases'] }));
    }
  }
  return findings;
}
