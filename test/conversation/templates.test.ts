import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationTemplateInput } from '../../src/index.js';
import { conversationTemplates, createConversation, phases, validateTemplate } from '../../src/index.js';
import { developmentInput } from './fixtures.js';
import { msg } from '../finding-text.js';

const codes = (template: unknown): string[] => validateTemplate(template).findings.map((f) => f.code);

describe('conversationTemplates', () => {
  it('models the development conversation: preparation, the eight phases with strengths before the needs, then concluded', () => {
    expect(conversationTemplates.development.version).toBe(2);
    expect(conversationTemplates.development.phases.map((p) => p.id)).toEqual([
      'preparation',
      'setStatus',
      'currentSituation',
      'strengths',
      'employeeNeeds',
      'organisationNeeds',
      'agreements',
      'supportAgreements',
      'nextConversation',
      'evaluation',
    ]);
    expect(conversationTemplates.career.phases.map((p) => p.id)).toEqual([
      'preparation',
      'strengths',
      'agreements',
      'rhythm',
      'evaluation',
    ]);
    expect(conversationTemplates.checkIn.phases.map((p) => p.id)).toEqual([
      'preparation',
      'progress',
      'whatNext',
      'nextConversation',
      'evaluation',
    ]);
  });

  it('are valid, frozen, plain JSON and use phases of their own kind', () => {
    for (const template of Object.values(conversationTemplates)) {
      const result = validateTemplate(template);
      expect(result.ok).toBe(true);
      expect(result.findings).toEqual([]);
      expect(Object.isFrozen(template.phases[0])).toBe(true);
      expect(JSON.parse(JSON.stringify(template))).toEqual(template);
      for (const phase of template.phases) {
        expect(phases.find((p) => p.id === phase.id)?.kinds).toContain(template.kind);
      }
    }
  });

  it('guard the agreements phase and the end', () => {
    const agreements = conversationTemplates.development.phases.find((p) => p.id === 'agreements');
    expect(agreements?.exitGuards).toEqual(['agreementsPresent', 'agreementsWww', 'agreementsSmart', 'agreementsAccepted']);
    expect(conversationTemplates.development.phases.at(-1)?.exitGuards).toContain('nextConversationScheduled');
  });
});

describe('validateTemplate', () => {
  const base = (): ConversationTemplateInput => ({
    id: 'own',
    kind: 'development',
    phases: [
      { id: 'preparation', activities: ['prepare', 'purpose'] },
      { id: 'agreements', activities: ['agreements'] },
      { id: 'nextConversation', activities: ['schedule'] },
      { id: 'evaluation', activities: ['evaluate'] },
    ],
  });

  it('accepts a minimal development template of a host', () => {
    expect(validateTemplate(base()).ok).toBe(true);
  });

  it('rejects agreements after the next-conversation phase', () => {
    const template = base();
    template.phases = [template.phases[0]!, template.phases[2]!, template.phases[1]!, template.phases[3]!];
    expect(codes(template)).toContain('conversation.template.agreementsAfterNextConversation');
  });

  it('rejects a development conversation without evaluation or agreements', () => {
    const template = base();
    template.phases = template.phases.filter((p) => p.id !== 'evaluation');
    expect(codes(template)).toEqual(['conversation.template.noEvaluation']);
    const noAgreements = base();
    noAgreements.phases = noAgreements.phases.filter((p) => p.id !== 'agreements');
    expect(codes(noAgreements)).toEqual(['conversation.template.noAgreements']);
  });

  it('rejects templates that break the model in other ways', () => {
    expect(codes({ ...base(), phases: [...base().phases.slice(1), base().phases[0]] })).toContain('conversation.template.preparationFirst');
    expect(codes({ ...base(), phases: base().phases.filter((p) => p.id !== 'nextConversation') })).toContain(
      'conversation.template.noSchedulePhase',
    );
    expect(codes({ ...base(), phases: [...base().phases, { id: 'agreements' }] })).toContain('conversation.template.phaseRepeated');
    expect(codes({ ...base(), phases: [...base().phases, { id: 'concluded' }] })).toContain('conversation.template.phaseReserved');
    const back = base();
    back.phases = back.phases.map((phase, index) => (index === 1 ? { ...phase, allowBack: true } : phase));
    expect(codes(back)).toContain('conversation.template.backIntoPreparation');
    const backFromSchedule = base();
    backFromSchedule.phases = backFromSchedule.phases.map((phase, index) => (index === 2 ? { ...phase, allowBack: true } : phase));
    expect(codes(backFromSchedule)).toContain('conversation.template.backIntoAgreements');
    expect(codes({ ...base(), extra: true })).toContain('input.unrecognized_keys');
    expect(validateTemplate({ ...base(), phases: [...base().phases, { id: 'rhythm' }] }).findings.map((f) => [f.code, f.severity])).toEqual(
      [['conversation.template.phaseOfOtherKind', 'warning']],
    );
    // Kinds read as words of the language, not as ids.
    const otherKind = validateTemplate({ ...base(), phases: [...base().phases, { id: 'rhythm' }] }).findings[0];
    expect(msg(otherKind, 'nl')).toContain('niet bij een ontwikkelgesprek');
    expect(msg(otherKind, 'en')).toContain('belong in a development conversation');
  });

  it('never accepts a template whose agreements come after the schedule, whatever the order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(base().phases.slice(1), { minLength: 1 }), (rest) => {
        const template = { ...base(), phases: [base().phases[0]!, ...rest] };
        const result = validateTemplate(template);
        const agreements = rest.findIndex((p) => p.id === 'agreements');
        const schedule = rest.findIndex((p) => p.id === 'nextConversation');
        if (agreements >= 0 && schedule >= 0 && agreements > schedule) expect(result.ok).toBe(false);
        if (result.ok) {
          expect(schedule).toBeGreaterThanOrEqual(0);
          expect(rest.some((p) => p.id === 'evaluation')).toBe(true);
        }
      }),
    );
  });

  it('lets a host run a conversation on its own template', () => {
    const created = createConversation({ ...developmentInput, kind: undefined, templateVersion: undefined, template: base() });
    expect(created.ok).toBe(true);
    expect(created.ok && created.value.template.id).toBe('own');
    const mismatch = createConversation({ ...developmentInput, kind: 'checkIn', templateVersion: undefined, template: base() });
    expect(mismatch.findings.map((f) => f.code)).toEqual(['conversation.template.kindMismatch']);
    const broken = createConversation({
      ...developmentInput,
      kind: undefined,
      templateVersion: undefined,
      template: { ...base(), phases: base().phases.slice(0, 2) },
    });
    expect(broken.ok).toBe(false);
    expect(broken.findings[0]?.path[0]).toBe('template');
  });
});
