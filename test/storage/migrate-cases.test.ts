// `migrate` recognising each stored shape by its keys, worked out by hand (issue 21: mutation testing
// of the storage module), and what it does not recognise.
import { describe, expect, it } from 'vitest';
import { migrate, migrateQuestionBank } from '../../src/index.js';
import { fixture } from './fixtures.js';

const start = { type: 'start', at: '2027-06-01T09:00:00+02:00', by: 'manager' };
const question = {
  id: 'acme-1',
  text: { nl: 'Wat wil je leren?', en: 'What do you want to learn?' },
  phase: 'employeeNeeds',
  category: 'needs',
  audience: 'employee',
  kinds: ['development'],
};
const template = Object.values(fixture('0.2', 'templates.json') as Record<string, unknown>)[0];

describe('migrate: one stored value of each shape', () => {
  it('recognises one event, one template, one question and one finding, and migrates each as that shape', () => {
    const shapes = [start, template, question, { code: 'input.required', severity: 'info', path: [], params: {} }].map((stored) => {
      const migrated = migrate(stored);
      return migrated.ok && [migrated.value.shape, (migrated.value.value as { schemaVersion?: number; code?: string }).schemaVersion];
    });
    // A finding has no version of its own; the others are written as this version, one value each (not a list).
    expect(shapes).toEqual([
      ['conversationEvent', 2],
      ['conversationTemplate', 2],
      ['question', 2],
      ['finding', undefined],
    ]);
    const noted = migrate({ code: 'input.required', severity: 'info', path: [], params: {} });
    expect(noted.ok && noted.value.value).toEqual({ code: 'input.required', severity: 'info', path: [], params: {} });
  });

  it('recognises a shape only by all of its keys: a record with just a type is none', () => {
    expect(migrate({ type: 'start' }).findings.map((f) => f.code)).toEqual(['storage.shape.unknown']);
  });

  it('recognises no list whose item is nothing, and no set of templates with something else beside them', () => {
    expect(migrate([null]).findings.map((f) => f.code)).toEqual(['storage.shape.unknown']);
    expect(migrate({ quick: template, colour: 'blauw' }).findings.map((f) => f.code)).toEqual(['storage.shape.unknown']);
  });
});

describe('migrateQuestionBank', () => {
  it('refuses a bank that is not a list, naming the bank', () => {
    expect(migrateQuestionBank({ 'acme-1': question }).findings.map((f) => [f.code, f.params])).toEqual([
      ['storage.invalid', { shape: 'questionBank', version: 2 }],
      ['input.invalid_type', { expected: 'array', received: 'object' }],
    ]);
  });

  it('refuses a bank with a question it cannot read, saying only why that question is refused', () => {
    const { audience: _audience, ...unaimed } = question;
    expect(migrateQuestionBank([unaimed]).findings.map((f) => [f.code, f.path])).toEqual([
      ['storage.invalid', [0]],
      ['input.invalid_value', [0, 'audience']],
    ]);
  });

  it('refuses a bank whose questions read well alone but repeat an id, and takes one that does not', () => {
    const repeated = migrateQuestionBank([question, question]);
    expect(repeated.ok).toBe(false);
    expect(repeated.findings.map((f) => [f.code, f.path])).toEqual([['question.id.duplicate', [1, 'id']]]);
    const bank = migrateQuestionBank([
      { ...question, owner: 'hr' },
      { ...question, id: 'acme-2' },
    ]);
    expect(bank.ok && bank.value.map((q) => q.id)).toEqual(['acme-1', 'acme-2']);
    expect(bank.findings.map((f) => [f.code, f.path])).toEqual([['storage.unrecognized.kept', [0, 'owner']]]);
  });
});
