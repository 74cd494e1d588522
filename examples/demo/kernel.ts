import { formatFinding } from '../../src/index.js';
import { parseWith } from '../../src/schemas/index.js';
import { agreementDraftSchema } from './shared.js';

/** Shows the kernel: bad input answered with a finding, in Dutch and English. */
export function kernelSection(): string[] {
  const result = parseWith(agreementDraftSchema, { what: 'Presentatietraining volgen', when: '31 juni' });
  const lines = ['== Kernel: findings in two languages =='];
  for (const finding of result.findings) {
    lines.push(`  nl: ${formatFinding(finding, 'nl')}`);
    lines.push(`  en: ${formatFinding(finding, 'en')}`);
  }
  return lines;
}
