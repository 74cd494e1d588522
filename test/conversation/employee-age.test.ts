// The employee's age reaches the agenda: from 45 on, an agenda without a point on employability gets
// a hint when the conversation merges its agenda. Only when the host gives an age.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationEventInput, CreateConversationInput, EmployeeAge, Finding } from '../../src/index.js';
import { createConversation, migrateConversation, replay, transition } from '../../src/index.js';
import { msg } from '../finding-text.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const mergeAt = developmentEvents.findIndex((event) => event.type === 'mergeAgenda');
const merge = developmentEvents[mergeAt] as ConversationEventInput;

/** The hints of the agenda merge of the fixture's conversation, created with the given age. */
function mergeFindings(employeeAge: EmployeeAge | undefined, extra: readonly ConversationEventInput[] = []): readonly Finding[] {
  const input: CreateConversationInput = { ...developmentInput, ...(employeeAge === undefined ? {} : { employeeAge }) };
  const created = createConversation(input);
  if (!created.ok) throw new Error(JSON.stringify(created.findings));
  const before = replay([...developmentEvents.slice(0, mergeAt), ...extra], { from: created.value });
  if (!before.ok) throw new Error(JSON.stringify(before.findings));
  const merged = transition(before.value, merge);
  if (!merged.ok) throw new Error(JSON.stringify(merged.findings));
  return merged.findings;
}

const hint = (findings: readonly Finding[]) => findings.filter((f) => f.code === 'agenda.topic.employabilityFrom45');

describe('the employee’s age reaches the agenda', () => {
  it('gives a 52-year-old’s conversation the employability hint, and a 30-year-old’s none', () => {
    const fiftyTwo = hint(mergeFindings({ birthYear: 1975, on: '2027-03-15' }));
    expect(fiftyTwo.map((f) => f.severity)).toEqual(['info']);
    expect(msg(fiftyTwo[0], 'nl')).toContain('inzetbaar');
    expect(hint(mergeFindings({ birthYear: 1997, on: '2027-03-15' }))).toEqual([]);
    expect(hint(mergeFindings({ band: '45to54' })).length).toBe(1);
    expect(hint(mergeFindings({ band: 'under45' }))).toEqual([]);
  });

  it('says nothing when no age is given, and nothing when employability is already on the agenda', () => {
    expect(hint(mergeFindings(undefined))).toEqual([]);
    const employability: ConversationEventInput = {
      type: 'addAgendaPoint',
      at: '2027-03-14T10:25:00+01:00',
      by: 'employee',
      point: { id: 'e9', title: 'Inzetbaar blijven in de komende tien jaar', priority: 'should', minutes: 10, topic: 'employability' },
    };
    expect(hint(mergeFindings({ band: '55plus' }, [employability]))).toEqual([]);
  });

  it('gives the hint exactly from 45 on, for any birth year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1940, max: 2007 }), (birthYear) => {
        const age = 2027 - birthYear; // counted on the last day of the year: every birthday has passed
        const found = hint(mergeFindings({ birthYear, on: '2027-12-31' }));
        expect(found.length).toBe(age >= 45 ? 1 : 0);
      }),
      { numRuns: 25 },
    );
  });

  it('keeps the age on the state only when given, so a stored state without one reads back unchanged', () => {
    const without = createConversation(developmentInput);
    const withAge = createConversation({ ...developmentInput, employeeAge: { band: '55plus' } });
    if (!without.ok || !withAge.ok) throw new Error('create');
    expect('employeeAge' in without.value).toBe(false);
    expect(withAge.value.employeeAge).toEqual({ band: '55plus' });
    for (const state of [without.value, withAge.value]) {
      const again = migrateConversation(JSON.parse(JSON.stringify(state)));
      expect(again.ok && JSON.stringify(again.value)).toBe(JSON.stringify(state));
    }
    expect(createConversation({ ...developmentInput, employeeAge: { birthYear: 1975 } as unknown as EmployeeAge }).ok).toBe(false);
  });
});
