import type { Finding } from '../../src/index.js';
import { findingMessage } from '../../src/index.js';

/** The message of a finding in a language. */
export function msg(finding: Finding, locale: string): string {
  return findingMessage(finding, locale);
}
