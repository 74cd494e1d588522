// Competence frameworks as data: function profiles with competences, their levels and behavioural
// indicators, and both sides' scans side by side as preparation. Schemas are in ./schema.ts.
export type {
  CompareCompetenceScansInput,
  Competence,
  CompetenceComparison,
  CompetenceEstimate,
  CompetenceLevel,
  CompetenceScan,
  CompetenceSideBySide,
  FunctionProfile,
} from './types.js';
export { compareCompetenceScans } from './compare.js';
export { exampleFunctionProfiles } from './example.js';
