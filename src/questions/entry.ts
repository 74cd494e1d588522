// The `ontwikkelgesprek/questions` entry point: the question functions plus the built-in bank,
// kept apart from the main entry so hosts that bring their own questions do not ship ours.
export * from './index.js';
export { builtInQuestions } from './builtin.js';
