import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function runExample(file: string): string {
  return execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'examples', file)], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('examples', () => {
  it('demo.ts runs and shows findings in both languages', () => {
    const output = runExample('demo.ts');
    expect(output).toContain('Geen geldige kalenderdatum');
    expect(output).toContain('Not a valid calendar date');
  });

  it('demo.ts prints the merged agenda: follow-ups first, a joint point, deferred points and signals', () => {
    const output = runExample('demo.ts');
    expect(output).toContain('== Agenda: twee kanten, één uur ==');
    expect(output).toMatch(/Opvolging: Training feedback geven volgen[\s\S]*Opvolging: Mentor zoeken[\s\S]*Presenteren voor klanten {2}\[gezamenlijk: ahmed-1, sanne-1\]/);
    expect(output).toMatch(/Doorgeschoven naar het volgende gesprek:\n.*Doorgroeien naar senior adviseur/);
    expect(output).toContain('agenda.topic.evaluative');
  });

  it('demo.ts ends with the approved POP in Markdown, after approval, amendment and the budget nudge', () => {
    const output = runExample('demo.ts');
    expect(output).toContain('== The POP: from conversation to approved plan ==');
    expect(output).toContain('plan.approval.staleVersion');
    expect(output).toContain('budget.unused.lateInYear');
    const pop = output.slice(output.lastIndexOf('# POP: Sanne de Vries'));
    expect(pop).toContain('versie 2 · goedgekeurd door medewerker en leidinggevende');
    expect(pop).toContain('## Versiegeschiedenis');
    expect(output.trimEnd().endsWith(pop.trimEnd())).toBe(true);
  });
});
