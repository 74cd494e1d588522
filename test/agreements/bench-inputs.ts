// Inputs shared by agreements.bench.ts and bench-ratio.ts: the baseline work and the hostile texts.

/** What any text handling costs at least: lower-case and split on white space. */
export function baseline(texts: readonly string[]): number {
  let words = 0;
  for (const text of texts) words += text.toLowerCase().split(/\s+/u).length;
  return words;
}

/** Shapes that once made or could make a pattern backtrack, each repeated to 5,000 characters. */
const shapes = [
  ' ',
  '\u00a0\u200b',
  '1 ',
  '1,5 ',
  '2027-03-',
  '...',
  'en ',
  ', and ',
  'rond ',
  'rond eind mei ',
  'binnen drie maanden ',
  'voor 1 juni ',
  'by the end of ',
  'elke week ',
  '3 keer per ',
  '10 klanten ',
  'iets met ',
  'I will present and ',
  'Ik ga presenteren ',
  'never again ',
  "don't ",
  'mrt. ',
  '3 sep., ',
  'beoordeling van ',
  'ask what ',
  'Spot-check ',
  'e\u0301\u0301\u0301\u0301',
];

/** The hostile texts, each exactly 5,000 characters (the longest analyzeGoalText reads). */
export const adversarialTexts: readonly string[] = shapes.map((shape) =>
  `Ik ga ${shape.repeat(Math.ceil(5_000 / shape.length))}`.slice(0, 5_000),
);

/** The shape of each hostile text, for the report. */
export const adversarialShapes: readonly string[] = shapes;
