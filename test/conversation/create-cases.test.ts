// Creating a conversation, worked out case by case: the time each kind gets, a template of one's own,
// what the previous plan carries (open agreements, wishes, tombstones), and the state's defaults.
import { describe, expect, it } from 'vitest';
import type { CreateConversationInput } from '../../src/index.js';
import { conversationTemplates, createConversation } from '../../src/index.js';
import { developmentInput } from './fixtures.js';

const { plannedMinutes: _minutes, templateVersion: _version, ...base } = developmentInput;

function created(input: Partial<CreateConversationInput>) {
  const result = createConversation({ ...base, ...input } as CreateConversationInput);
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result;
}

const mark = { at: '2027-01-10T09:00:00+01:00', by: 'hr-1', reason: 'erasureRequest' as const };

describe('a new conversation', () => {
  it('gets the time of its kind when none is given, and the standard strictness and the Dutch time zone', () => {
    expect(created({ kind: 'development' }).value.availableMinutes).toBe(60);
    expect(created({ kind: 'career' }).value.plannedMinutes).toBe(45);
    expect(created({ kind: 'checkIn' }).value.availableMinutes).toBe(30);
    expect(created({ kind: 'checkIn', plannedMinutes: 20 }).value.availableMinutes).toBe(20);
    const { timeZone: _zone, ...noZone } = base;
    const plain = createConversation(noZone as CreateConversationInput);
    expect(plain.ok && [plain.value.strictness, plain.value.timeZone]).toEqual(['standard', 'Europe/Amsterdam']);
  });

  it('refuses a template version beside a template of its own, and a kind other than its template’s', () => {
    const own = conversationTemplates.checkIn;
    const withVersion = createConversation({ ...base, template: own, templateVersion: 1 } as CreateConversationInput);
    expect(withVersion.findings.map((f) => [f.code, f.path])).toEqual([
      ['conversation.template.versionWithOwnTemplate', ['templateVersion']],
    ]);
    const mismatch = createConversation({ ...base, kind: 'development', template: own } as CreateConversationInput);
    expect(mismatch.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ['conversation.template.kindMismatch', ['kind'], { templateKind: 'checkIn', kind: 'development' }],
    ]);
    const { kind: _kind, ...noKind } = base;
    const fromTemplate = createConversation({ ...noKind, template: own } as CreateConversationInput);
    expect(fromTemplate.ok && [fromTemplate.value.kind, fromTemplate.value.availableMinutes]).toEqual(['checkIn', 30]);
  });

  it('refuses a third party twice, naming them', () => {
    const twice = createConversation({
      ...base,
      participants: [
        { id: 'hr-7', name: 'Fatima', role: 'hrAdviser' },
        { id: 'hr-7', name: 'Fatima el Amrani', role: 'mentor' },
      ],
    } as CreateConversationInput);
    expect(twice.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      [
        'conversation.participant.duplicate',
        ['participants', 1, 'id'],
        { participant: { kind: 'participant', id: 'hr-7', title: 'Fatima el Amrani' } },
      ],
    ]);
  });
});

describe('what the previous plan carries', () => {
  const agreements = [
    { id: 'old-1', what: 'Cursus volgen', who: 'emp-1', when: '2027-01-31' },
    { id: 'old-2', what: 'Mentor zoeken', who: 'emp-1', status: 'done' as const },
  ];

  it('carries the wishes for next time of each side that said one, and the overall wish without sides', () => {
    const bySide = created({
      previousPlan: { agreements, evaluation: { bySide: { employee: { nextTime: '  ' }, manager: { nextTime: 'Korter' } } } },
    });
    expect(bySide.value.previousNextTime).toEqual([{ by: 'manager', text: 'Korter' }]);
    const both = created({
      previousPlan: {
        agreements,
        evaluation: { nextTime: 'Genegeerd', bySide: { employee: { nextTime: 'Meer tijd' }, manager: { nextTime: 'Korter' } } },
      },
    });
    expect(both.value.previousNextTime).toEqual([
      { by: 'employee', text: 'Meer tijd' },
      { by: 'manager', text: 'Korter' },
    ]);
    expect(created({ previousPlan: { agreements, evaluation: { nextTime: 'Meer tijd' } } }).value.previousNextTime).toEqual([
      { text: 'Meer tijd' },
    ]);
    for (const evaluation of [null, { nextTime: ' ' }, {}]) {
      expect('previousNextTime' in created({ previousPlan: { agreements, evaluation } }).value).toBe(false);
    }
  });

  it('keeps the tombstones of the open agreements it carries erased, and of the erased wishes, in one order', () => {
    const plan = created({
      previousPlan: {
        agreements: [...agreements, { id: 'old-0', what: '[…]', who: 'emp-1', when: '2027-01-31' }],
        evaluation: { nextTime: '[…]', erased: { ...mark, reference: 'REQ-7' } },
        erasedAgreements: [
          { id: 'old-2', ...mark },
          { id: 'old-0', ...mark, at: '2027-01-09T09:00:00+01:00' },
        ],
      },
    });
    expect(plan.value.previousOpenAgreements.map((a) => a.id)).toEqual(['old-1', 'old-0']);
    expect(plan.value.erasures?.map((record) => JSON.stringify(record))).toEqual([
      JSON.stringify({ text: { kind: 'agreement', id: 'old-0' }, at: '2027-01-09T09:00:00+01:00', by: 'hr-1', reason: 'erasureRequest' }),
      JSON.stringify({ text: { kind: 'previousNextTime' }, ...mark, reference: 'REQ-7' }),
    ]);
    expect(created({ previousPlan: { agreements } }).value.erasures).toEqual([]);
  });
});
