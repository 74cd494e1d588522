import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationTemplate } from '../../src/index.js';
import { catalogueFor, conversationTemplates, templateToMermaid, toXStateConfig, validateTemplate } from '../../src/index.js';

/** The diagram of a template that is known to be valid. */
function mermaid(...args: Parameters<typeof templateToMermaid>): string {
  const drawn = templateToMermaid(...args);
  if (!drawn.ok) throw new Error(JSON.stringify(drawn.findings));
  return drawn.value;
}

const root = join(import.meta.dirname, '..', '..');
const marker = /<!-- generated: templateToMermaid\(conversationTemplates\.(\w+), '(nl|en)'\)[^>]*-->\n```mermaid\n([\s\S]*?)```/gu;

/** Every generated diagram in the README and the guides: which template, which language, the block. */
function generatedBlocks(): { where: string; kind: string; locale: 'nl' | 'en'; block: string }[] {
  const documents = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
  ];
  return documents.flatMap((where) =>
    [...readFileSync(join(root, where), 'utf8').matchAll(marker)].map((match) => ({
      where,
      kind: match[1] as string,
      locale: match[2] as 'nl' | 'en',
      block: match[3] as string,
    })),
  );
}

describe('templateToMermaid', () => {
  it('keeps the diagrams in the guides equal to what it draws', () => {
    const blocks = generatedBlocks();
    expect(blocks.map((block) => block.where)).toContain('docs/conversation.md');
    for (const { where, kind, locale, block } of blocks) {
      const template = conversationTemplates[kind as keyof typeof conversationTemplates];
      expect(template, where).toBeDefined();
      expect(block, `${where}: run templateToMermaid(conversationTemplates.${kind}, '${locale}') and paste it`).toBe(
        mermaid(template, locale),
      );
    }
  });

  it('names every phase, event and guard in the chosen language, with no ids in the visible text', () => {
    for (const template of Object.values(conversationTemplates)) {
      for (const locale of ['nl', 'en'] as const) {
        const labels = catalogueFor(locale).labels;
        const diagram = mermaid(template, locale);
        for (const phase of template.phases) expect(diagram).toContain(`state "${labels.phase[phase.id]}" as ${phase.id}`);
        // The visible text: state names and transition labels.
        const visible = diagram
          .split('\n')
          .flatMap((line) => [...line.matchAll(/"([^"]*)"|: (.*)$/gu)].map((match) => match[1] ?? match[2] ?? ''));
        expect(visible.length).toBeGreaterThan(template.phases.length);
        for (const text of visible) expect(text, text).not.toMatch(/\b[a-z]+[A-Z]\w*\b/u);
      }
    }
  });

  it('draws the guards of every move as transition judges them', () => {
    const diagram = mermaid(conversationTemplates.development, 'nl');
    expect(diagram).toContain(
      'agreements --> supportAgreements : Naar de volgende fase [minstens één afspraak, elke afspraak zegt wie wat wanneer doet, afspraken SMART, beide kanten stemmen in met de afspraken]',
    );
    // No way back into preparation, and none from a phase that does not allow it.
    expect(diagram).not.toContain('--> preparation :');
    expect(diagram).not.toContain('nextConversation --> supportAgreements');
  });

  it('draws one line per phase, a start, a line per move and an end, for any valid template', () => {
    const phaseIds = ['setStatus', 'currentSituation', 'employeeNeeds', 'organisationNeeds', 'strengths', 'progress', 'whatNext'] as const;
    const middle = fc.uniqueArray(fc.record({ id: fc.constantFrom(...phaseIds), allowBack: fc.boolean() }), {
      selector: (phase) => phase.id,
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(middle, fc.constantFrom('nl', 'en' as const), (phases, locale) => {
        const input = {
          id: 'host',
          kind: 'checkIn' as const,
          phases: [
            { id: 'preparation' as const, activities: ['prepare' as const, 'purpose' as const] },
            // Never back into preparation: the first phase after it does not allow a step back.
            ...phases.map((phase, index) => (index === 0 ? { ...phase, allowBack: false } : phase)),
            { id: 'nextConversation' as const, activities: ['schedule' as const, 'evaluate' as const], allowBack: true },
          ],
        };
        const validated = validateTemplate(input);
        expect(validated.ok, JSON.stringify(validated.findings)).toBe(true);
        if (!validated.ok) return;
        const template: ConversationTemplate = validated.value;
        const lines = mermaid(template, locale).trimEnd().split('\n');
        const backs = template.phases.filter((phase, index) => index >= 2 && phase.allowBack).length;
        // header, states (+ concluded), [*] -->, one forward move per phase, back moves, --> [*]
        expect(lines.length).toBe(1 + template.phases.length + 1 + 1 + template.phases.length + backs + 1);
        expect(mermaid(template, locale)).toBe(mermaid(template, locale));
      }),
      { numRuns: 100 },
    );
  });
});

describe('templateToMermaid and toXStateConfig on data that is not a template', () => {
  it('answer with findings instead of a drawing or a machine', () => {
    expect(templateToMermaid({ id: 'x' } as never, 'nl').ok).toBe(false);
    expect(toXStateConfig({ id: 'x' } as never).ok).toBe(false);
    const unreadable = new Proxy(
      {},
      {
        get: () => {
          throw new Error('hostile');
        },
      },
    );
    expect(templateToMermaid(conversationTemplates.checkIn, unreadable as never).findings.map((f) => f.code)).toEqual(['input.unreadable']);
  });
});
