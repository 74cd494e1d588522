import type { Finding } from '../src/index.js';
import { findingMessage } from '../src/index.js';

/** The message of a finding in a language, or undefined when there is no finding (for `?.` chains in tests). */
export function msg(finding: Finding | undefined, locale: string): string | undefined {
  return finding === undefined ? undefined : findingMessage(finding, locale);
}
