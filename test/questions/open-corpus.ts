import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One labelled question: open (invites a story) or closed. */
export interface LabelledQuestion {
  readonly open: boolean;
  readonly text: string;
}

/** The labelled question sets: the tuning part, the frozen held-out fifth, and each independent set's two halves. */
export type LabelledQuestionPart =
  | 'tuning'
  | 'heldout'
  | `heldout-${3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13}`
  | `probe-${3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13}`;

/**
 * Reads a labelled question set: the tuning part (`open-questions.<locale>.txt`) or the frozen
 * held-out part (`open-heldout.<locale>.txt`). Format: `open|closed<TAB>question`, `#` for comments.
 */
export function loadQuestions(locale: 'nl' | 'en', part: LabelledQuestionPart = 'tuning'): LabelledQuestion[] {
  const file =
    part === 'tuning' ? `open-questions.${locale}.txt` : part === 'heldout' ? `open-heldout.${locale}.txt` : `open-${part}.${locale}.txt`;
  return readFileSync(join(import.meta.dirname, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [label, text] = line.split('\t');
      if ((label !== 'open' && label !== 'closed') || text === undefined) throw new Error(`bad line: ${line}`);
      return { open: label === 'open', text };
    });
}
