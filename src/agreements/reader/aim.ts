// An opening aim: "Priya wants to get better at assessing consents. She will shadow ..." introduces
// the goal that the sentences after it work out.
import { compiled } from '../lexicon/index.js';
import { sentences } from './goals.js';
import { judge } from './judge.js';
import type { Reading } from './reading.js';
import { read } from './reading.js';
import { phraseAt } from './tokens.js';

/**
 * Where the text opens with its aim in a sentence of its own ("Jeroen wil zich verder ontwikkelen in
 * het beoordelen van vergunningen.", "I want to get better at my job.") that the sentences after it
 * work out (*Hij leest ... mee bij minimaal zes aanvragen*): such an aim is how the goal is
 * introduced, not a goal of its own. It names no action, measure or time of its own, only where
 * someone wants to grow; what follows is a goal. A sentence after it that adds something
 * (*daarnaast*, also) makes the opening a goal of its own again.
 */
export function openingAim(text: string, reading: Reading): { start: number; end: number } | undefined {
  const lex = compiled[reading.lang];
  const frame = reading.spans.vagueFrame[0];
  // Cheap first: only a text with a vague frame in its first sentence can open with an aim.
  if (frame === undefined) return undefined;
  // The reading may have blanked asides; the sentences are read again from the text as written.
  const parts = sentences(text, lex).filter((part) => /[\p{L}\p{N}]/u.test(text.slice(part.start, part.end)));
  const first = parts[0];
  if (first === undefined || parts.length < 2 || frame.start >= first.end) return undefined;
  // One aim, or two in a row ("I want to get better at my job. Priya wants to get better at ..."), at most three.
  let aims = 0;
  while (aims < Math.min(3, parts.length - 1) && aimOnly(text, parts[aims] as { start: number; end: number }, reading.lang)) aims++;
  if (aims === 0) return undefined;
  const second = parts[aims] as { start: number; end: number };
  // The sentences after the aim, as the whole text was read (a remark on support or on how it was
  // agreed stays a remark): three at most ("Competentie: klantgerichtheid. Actie: ..."), so a long
  // text of aims is not read again whole.
  const upTo = parts[Math.min(aims + 2, parts.length - 1)] as { start: number; end: number };
  const rest = read(reading.text.slice(second.start, upTo.end), reading.lang);
  const opener = rest.tokens.findIndex((token) => token.word);
  // What follows says something a reader can check: an action or a measure.
  const followed = judge(rest);
  const worksOut = followed.specific === 'met' || followed.measurable === 'met';
  return worksOut && opener >= 0 && phraseAt(lex, 'coordinators', rest.tokens, opener) === 0
    ? { start: first.start, end: (parts[aims - 1] as { start: number; end: number }).end }
    : undefined;
}

/** A sentence that only names where someone wants to grow: a vague frame, and no action, measure or time. */
function aimOnly(text: string, part: { start: number; end: number }, lang: Reading['lang']): boolean {
  const own = read(text.slice(part.start, part.end), lang);
  const judged = judge(own);
  return (
    judged.specific === 'unmet' &&
    judged.measurable === 'unmet' &&
    own.spans.vagueFrame.length > 0 &&
    own.spans.deadline.length + own.spans.start.length + own.spans.vagueTime.length + own.eventClauses.length === 0
  );
}
