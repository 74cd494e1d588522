// Creating a conversation worked out further: a template of one's own with a phase of another kind,
// host permissions on the template, one person as employee and manager, what the state leaves out,
// and the tombstones of a previous plan in one order.
import { describe, expect, it } from 'vitest';
import type { CreateConversationInput } from '../../src/index.js';
import { conversationTemplates, createConversation, exampleFunctionProfiles } from '../../src/index.js';
import { developmentInput } from './fixtures.js';

const { plannedMinutes: _minutes, templateVersion: _version, ...base } = developmentInput;

function created(input: Partial<CreateConversationInput>) {
  const result = createConversation({ ...base, ...input } as CreateConversationInput);
  if (!result.ok) throw new Error(result.findings.map((f) => f.code).join());
  return result;
}

const mark = { at: '2027-01-10T09:00:00+01:00', by: 'hr-1', reason: 'erasureRequest' as const };

describe('a template of one’s own', () => {
  const checkIn = conversationTemplates.checkIn;
  const setStatus = conversationTemplates.development.phases.find((phase) => phase.id === 'setStatus');
  const own = { ...checkIn, id: 'voortgang-met-status', phases: [checkIn.phases[0], setStatus, ...checkIn.phases.slice(1)] };

  it('takes the kind it names, and warns under the template about a phase of another kind', () => {
    const made = created({ kind: 'checkIn', template: own } as Partial<CreateConversationInput>);
    expect(made.value.kind).toBe('checkIn');
    expect(made.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['conversation.template.phaseOfOtherKind', 'warning', ['template', 'phases', 1, 'id']],
    ]);
  });

  it('keeps its meta and what a migration kept after the permissions a host adds, and the built-in template itself when none are added', () => {
    const withMeta = { ...checkIn, id: 'voortgang-eigen', meta: { owner: 'hr' }, unrecognized: { 'phases.0.colour': 'blauw' } };
    const permissions = { events: { addNote: ['employee', 'manager', 'mentor'] } };
    const made = created({ kind: 'checkIn', template: withMeta, permissions } as Partial<CreateConversationInput>);
    expect(Object.keys(made.value.template)).toEqual([
      'schemaVersion',
      'id',
      'kind',
      'label',
      'phases',
      'permissions',
      'meta',
      'unrecognized',
    ]);
    expect(made.value.template.permissions?.events?.addNote).toEqual(['employee', 'manager', 'mentor']);
    const builtIn = created({ kind: 'checkIn', permissions } as Partial<CreateConversationInput>);
    expect(Object.keys(builtIn.value.template)).toEqual(['schemaVersion', 'id', 'kind', 'label', 'phases', 'permissions']);
    const plain = created({ kind: 'checkIn' });
    expect(plain.value.template === conversationTemplates.checkIn).toBe(true);
  });

  it('refuses permissions that take the employee’s own say away, under the permissions', () => {
    const refused = createConversation({ ...base, permissions: { events: { addNeed: ['manager'] } } } as CreateConversationInput);
    expect(refused.ok).toBe(false);
    expect(refused.findings.map((f) => f.path.slice(0, 1))).toEqual([['permissions']]);
  });
});

describe('the people in it', () => {
  it('refuses one person as both employee and manager, naming both roles by name', () => {
    const same = createConversation({ ...base, manager: { id: 'emp-1', name: 'Sanne als leidinggevende' } } as CreateConversationInput);
    expect(same.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      [
        'conversation.create.sameParticipant',
        ['manager', 'id'],
        {
          employee: { kind: 'participant', id: 'emp-1', title: 'Sanne de Vries' },
          manager: { kind: 'participant', id: 'emp-1', title: 'Sanne als leidinggevende' },
        },
      ],
    ]);
  });

  it('refuses a third party under the manager’s id', () => {
    const twice = createConversation({
      ...base,
      participants: [{ id: 'mgr-1', name: 'Ahmed', role: 'mentor' }],
    } as CreateConversationInput);
    expect(twice.findings.map((f) => [f.code, f.path])).toEqual([['conversation.participant.duplicate', ['participants', 0, 'id']]]);
  });
});

describe('what the state leaves out', () => {
  it('has no budget or function profile unless given', () => {
    const plain = created({});
    expect(['budget' in plain.value, 'functionProfile' in plain.value]).toEqual([false, false]);
    const budget = { sources: [] };
    const full = created({ budget, functionProfile: exampleFunctionProfiles.nl } as Partial<CreateConversationInput>);
    expect([full.value.budget, full.value.functionProfile?.id]).toEqual([budget, exampleFunctionProfiles.nl.id]);
  });
});

describe('the tombstones of a previous plan', () => {
  it('keeps them in the order of the agreements’ ids, whatever order the erasures were listed in, without a reference none was given', () => {
    const plan = created({
      previousPlan: {
        agreements: [
          { id: 'old-1', what: '[…]', who: 'emp-1' },
          { id: 'old-3', what: '[…]', who: 'emp-1' },
        ],
        erasedAgreements: [
          { id: 'old-3', ...mark },
          { id: 'old-1', ...mark, at: '2027-01-11T09:00:00+01:00' },
        ],
      },
    });
    expect(plan.value.erasures?.map((record) => (record.text.kind === 'agreement' ? record.text.id : record.text.kind))).toEqual([
      'old-1',
      'old-3',
    ]);
    expect(Object.keys(plan.value.erasures?.[0] ?? {})).toEqual(['text', 'at', 'by', 'reason']);
  });
});
