import type { Question, QuestionInput, QuestionSelection, SelectionCriteria } from '../../src/questions/index.js';
import { selectQuestions } from '../../src/questions/index.js';

/** A valid question of a host bank, with whatever `extra` changes. */
export const question = (id: string, extra: Partial<QuestionInput> = {}): QuestionInput => ({
  id,
  text: { nl: `Wat wil je vertellen over ${id}?`, en: `What would you like to say about ${id}?` },
  phase: 'employeeNeeds',
  category: 'needs',
  audience: 'employee',
  topics: ['capacityGrowth'],
  kinds: ['development'],
  ...extra,
});

/** The selection, or a thrown error with the findings when it fails. */
export function selected(bank: unknown, criteria: SelectionCriteria): QuestionSelection {
  const result = selectQuestions(bank, criteria);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.findings.map((f) => [f.code, f.path]))}`);
  return result.value;
}

export const ids = (questions: readonly Question[]): string[] => questions.map((q) => q.id);
