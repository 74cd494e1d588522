// Appraisal and pay talk in an agenda point's own words, for points that carry no evaluative topic:
// "Salarisverhoging bespreken" rates rather than develops whatever its tag says.
import { evaluativeSignals } from '../agreements/index.js';

/** The language the agenda's texts are read in. */
export type Lang = 'nl' | 'en' | 'auto';

/** `'nl'` for `'nl'` and `'nl-BE'`, likewise English; both languages for anything else. */
export function langOf(locale: string | undefined): Lang {
  const base = locale?.toLowerCase().split('-')[0];
  return base === 'nl' || base === 'en' ? base : 'auto';
}

/** A message quotes this many of the words found; one is enough to see why. */
const maxEvidence = 5;

/**
 * The words in a point's title and notes that signal appraisal or pay talk, each once, in the order
 * found (title first). Empty when the point is about development.
 */
export function evaluativeEvidence(title: string, notes: string | undefined, lang: Lang): string[] {
  const words: string[] = [];
  for (const text of [title, notes]) {
    for (const signal of evaluativeSignals(text, lang)) {
      if (!words.includes(signal.text)) words.push(signal.text);
      if (words.length === maxEvidence) return words;
    }
  }
  return words;
}
