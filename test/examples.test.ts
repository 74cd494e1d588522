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
});
