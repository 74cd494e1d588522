// Worked cases for the access request and the one door of erasure (export.ts, redact.ts): a
// conversation given as a state and as its log, records of someone else, and records that are no records.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.js';
import type { RedactRequest, SubjectRecords } from '../../src/index.js';
import { exportForSubject, redact } from '../../src/index.js';
import { sampleContent, samplePlan } from '../plan/fixtures.js';
import { drive, input } from './arbitraries.js';

const brief = (f: Finding) => ({ code: f.code, path: f.path, params: f.params });

/** The manager's own preparation answer, kept from the employee, and the employee's own. */
const driven = drive([
  { what: 'answer', who: 1, onBehalf: false, visibility: undefined, sharedWith: [], pick: 0 },
  { what: 'answer', who: 0, onBehalf: false, visibility: undefined, sharedWith: [], pick: 0 },
]);
const log = { input, events: driven.events };

describe('exportForSubject: worked cases', () => {
  it('lists a text held back once when the conversation comes as a state and as its log', () => {
    const both = exportForSubject({ conversations: [driven.state], eventLogs: [log] }, 'emp-1');
    const logOnly = exportForSubject({ eventLogs: [log] }, 'emp-1');
    expect(both.ok && both.value.withheld.length).toBe(1);
    expect(logOnly.ok && logOnly.value.withheld.length).toBe(1);
    expect(logOnly.ok && logOnly.value.eventLogs.map((l) => [l.conversationId, l.role])).toEqual([['c-privacy', 'employee']]);
    expect(logOnly.findings.map(brief)).toStrictEqual([{ code: 'privacy.export.withheld', path: [], params: { count: 1 } }]);
    // Of the log, the employee gets their own answer (event 1), not the manager's own preparation (event 0).
    expect(logOnly.ok && logOnly.value.eventLogs[0]?.events.map((e) => [e.index, e.event.by])).toEqual([[1, 'employee']]);
  });

  it('holds nothing back from the employee that is theirs, and says nothing then', () => {
    const own = drive([{ what: 'answer', who: 0, onBehalf: false, visibility: undefined, sharedWith: [], pick: 0 }]);
    const answer = exportForSubject({ conversations: [own.state] }, 'emp-1');
    expect(answer.ok && answer.value.withheld).toEqual([]);
    expect(answer.findings).toEqual([]);
  });

  it('gives the words of a text held back, when asked, as the texts they are', () => {
    const answer = exportForSubject({ conversations: [driven.state] }, 'emp-1', { withheld: 'include' });
    const words = answer.ok ? answer.value.withheld[0]?.words : undefined;
    expect(words?.length).toBe(1);
    expect(words?.every((word) => typeof word === 'string' && word.length > 0)).toBe(true);
  });

  it('leaves out the records someone does not appear in', () => {
    const answer = exportForSubject({ conversations: [driven.state], eventLogs: [log], plans: [samplePlan()] }, 'extern-9');
    expect(answer.ok && [answer.value.conversations, answer.value.eventLogs, answer.value.plans, answer.value.withheld]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  it('gives a plan to its employee and manager, not to a mentor it is shared with', () => {
    const shared = samplePlan({ ...sampleContent(), sharedWith: ['men-2'] });
    const mentor = exportForSubject({ plans: [shared] }, 'men-2');
    expect(mentor.ok && mentor.value.plans).toEqual([]);
    const employee = exportForSubject({ plans: [shared] }, shared.employee.id);
    expect(employee.ok && employee.value.plans.map((plan) => plan.role)).toEqual(['employee']);
    const manager = exportForSubject({ plans: [shared] }, shared.manager.id);
    expect(manager.ok && manager.value.plans.map((plan) => plan.role)).toEqual(['manager']);
  });

  it('refuses invalid records under their place in records, and an invalid person or options under their names', () => {
    const badLog = exportForSubject({ eventLogs: [{ input, events: [{ type: 'nonsense' }] }] } as unknown as SubjectRecords, 'emp-1');
    expect(badLog.ok).toBe(false);
    expect(badLog.findings.length).toBeGreaterThan(0);
    expect(badLog.findings.every((f) => f.path[0] === 'records' && f.path[1] === 'eventLogs' && f.path[2] === 0)).toBe(true);
    const badPlan = exportForSubject({ plans: [{ id: 'pop' }] } as unknown as SubjectRecords, 'emp-1');
    expect(badPlan.ok).toBe(false);
    expect(badPlan.findings.length).toBeGreaterThan(0);
    expect(badPlan.findings.every((f) => f.path[0] === 'records' && f.path[1] === 'plans' && f.path[2] === 0)).toBe(true);
    const person = exportForSubject({}, '');
    expect(person.ok).toBe(false);
    expect(person.findings.length).toBeGreaterThan(0);
    expect(person.findings.every((f) => f.path[0] === 'personId')).toBe(true);
    const options = exportForSubject({}, 'emp-1', { withheld: 'all' } as never);
    expect(options.ok).toBe(false);
    expect(options.findings.length).toBeGreaterThan(0);
    expect(options.findings.every((f) => f.path[0] === 'options')).toBe(true);
  });

  it('reads records whose lists cannot be read as holding nothing', () => {
    const unreadable = {
      get conversations(): never {
        throw new Error('unreadable');
      },
    } as unknown as SubjectRecords;
    const answer = exportForSubject(unreadable, 'emp-1');
    expect(answer.ok && answer.value.conversations).toEqual([]);
  });
});

describe('redact: what is no record', () => {
  const request: RedactRequest = {
    target: { kind: 'notes' },
    at: '2029-05-01T09:00:00+02:00',
    by: 'privacy-officer',
    reason: 'erasureRequest',
  };

  it('refuses an object with only half of the keys of a plan, a log or a conversation, at record', () => {
    for (const record of [
      { hash: 'x' },
      { history: [] },
      { events: [] },
      { input },
      { template: 'development' },
      { phase: 'opening' },
      null,
      [],
      'c1',
    ]) {
      const result = redact(record as never, request);
      expect(result.findings.map((f) => [f.code, f.path])).toStrictEqual([['privacy.record.unknown', ['record']]]);
    }
  });

  it('refuses an invalid request under request, before it looks at the record', () => {
    const result = redact(driven.state, { ...request, reason: 'curiosity' } as never);
    expect(result.ok).toBe(false);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.path[0] === 'request')).toBe(true);
    const none = redact({ hash: 'x' } as never, { ...request, reason: 'curiosity' } as never);
    expect(none.findings.every((f) => f.path[0] === 'request')).toBe(true);
  });
});
