import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import type { Result } from '../src/index.js';
import { msg } from './finding-text.js';

/**
 * DESIGN.md: public functions answer bad input with findings, never with a crash. Every entry point
 * that takes caller data is called here with arbitrary values, including hostile ones (getters that
 * throw, `__proto__` keys, huge strings), and must return, not throw.
 */
const hostile = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withSparseArray: true }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}')),
  fc.constant(
    Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    }),
  ),
  fc.constant('x'.repeat(100_000)),
  fc.constant(
    new Proxy(
      {},
      {
        get: () => {
          throw new Error('hostile proxy');
        },
        ownKeys: () => {
          throw new Error('hostile proxy');
        },
      },
    ),
  ),
);

type Call = (a: unknown, b: unknown) => unknown;

/** Entry points that take caller data, with the number of arguments they take. */
const entryPoints: Record<string, [Call, number]> = {
  checkAgreement: [(a, b) => api.checkAgreement(a, b as never), 2],
  analyzeGoalText: [(a, b) => api.analyzeGoalText(a, b as never), 2],
  selectQuestions: [(a, b) => api.selectQuestions(a, b as never), 2],
  validateQuestionBank: [(a) => api.validateQuestionBank(a), 1],
  isOpenQuestion: [(a, b) => api.isOpenQuestion(a as never, b as never), 2],
  mergeQuestionBanks: [(a, b) => api.mergeQuestionBanks(a, b), 2],
  mergeAgendas: [(a) => api.mergeAgendas(a as never), 1],
  planNextConversation: [(a) => api.planNextConversation(a as never), 1],
  followUpStatus: [(a) => api.followUpStatus(a as never), 1],
  remindersFor: [(a) => api.remindersFor(a as never), 1],
  dueList: [(a) => api.dueList(a as never), 1],
  dutchPublicHolidays: [(a) => api.dutchPublicHolidays(a as never), 1],
  toICalendar: [(a, b) => api.toICalendar(a as never, b as never), 2],
  createConversation: [(a) => api.createConversation(a as never), 1],
  transition: [(a, b) => api.transition(a as never, b), 2],
  replay: [(a, b) => api.replay(a as never, b as never), 2],
  availableEvents: [(a) => api.availableEvents(a as never), 1],
  validateTemplate: [(a) => api.validateTemplate(a), 1],
  createDevelopmentPlan: [(a) => api.createDevelopmentPlan(a as never), 1],
  approvePlan: [(a, b) => api.approvePlan(a as never, b as never), 2],
  amendPlan: [(a, b) => api.amendPlan(a as never, b as never), 2],
  recordProgress: [(a, b) => api.recordProgress(a as never, b as never), 2],
  budgetStatus: [(a) => api.budgetStatus(a as never), 1],
  renderPlanMarkdown: [(a, b) => api.renderPlanMarkdown(a as never, b as never), 2],
  validatePlan: [(a) => api.validatePlan(a), 1],
  planFutureDialogue: [(a) => api.planFutureDialogue(a as never), 1],
  aggregateDevelopmentAgenda: [(a) => api.aggregateDevelopmentAgenda(a as never), 1],
  wishesToAgendaItems: [(a) => api.wishesToAgendaItems(a as never), 1],
};

function isResultLike(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && 'findings' in value;
}

describe('every entry point survives any input', () => {
  it.each(Object.entries(entryPoints))('%s never throws and explains refusals', (_, [call, arity]) => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const answer = call(a, arity === 2 ? b : undefined);
        if (isResultLike(answer) && !answer.ok) {
          expect(answer.findings.length).toBeGreaterThan(0);
          for (const finding of answer.findings) {
            expect(msg(finding, 'nl')?.length).toBeGreaterThan(0);
            expect(msg(finding, 'en')?.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 60 },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
