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
});
