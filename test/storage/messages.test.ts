import { describe, expect, it } from 'vitest';
import type { Finding, FindingCode, FindingParamsOf, StoredShapeName } from '../../src/index.js';
import { en, findingMessage, nl } from '../../src/index.js';

type StorageCode = Extract<FindingCode, `storage.${string}`>;

const shapes: readonly StoredShapeName[] = [
  'conversation',
  'conversationEvent',
  'conversationEvents',
  'conversationEventLog',
  'conversationTemplate',
  'conversationTemplates',
  'developmentPlan',
  'question',
  'questionBank',
  'plannedConversation',
  'reminder',
  'finding',
  'findings',
];

/** Every finding of the module with realistic params: what a host really sees. */
const samples: { readonly [C in StorageCode]: readonly FindingParamsOf<C>[] } = {
  'storage.input.notJson': (['function', 'symbol', 'bigint', 'number', 'object', 'undefined'] as const).map((received) => ({ received })),
  'storage.input.cycle': [{}],
  'storage.input.tooLarge': [{ limit: 5_000_000 }],
  'storage.shape.unknown': [{}],
  'storage.version.newer': [{ version: 3, current: 2 }],
  'storage.version.invalid': [{}],
  'storage.invalid': shapes.map((shape) => ({ shape, version: 2 })),
  'storage.unrecognized.kept': [{}],
  'storage.plan.approvalsCarried': [
    { version: 1, roles: ['employee', 'manager'] },
    { version: 3, roles: ['manager'] },
  ],
  'storage.plan.hashMismatch': [{ version: 2 }],
  'storage.plan.approvalNotCarried': [
    { version: 2, role: 'employee' },
    { version: 2, role: 'manager' },
  ],
  'storage.reminder.languageChosen': [{ locale: 'nl' }, { locale: 'en' }],
  'storage.finding.textKept': [{}],
};

const rendered = (locale: 'nl' | 'en'): string[] =>
  Object.entries(samples).flatMap(([code, list]) =>
    (list as readonly Finding['params'][]).map((params) => findingMessage({ code, severity: 'warning', path: [], params }, locale)),
  );

/** Words only a programmer reads: camelCase, dotted codes, the shapes' names. */
function identifiersIn(text: string): string[] {
  const words = (text.match(/[\p{L}\p{N}_.-]+/gu) ?? []).map((word) => word.replace(/[.,;:-]+$/u, ''));
  return words.filter(
    (word) => /^[a-z]+[A-Z]/u.test(word) || /^[a-z]+(\.[a-zA-Z]+)+$/u.test(word) || (shapes as readonly string[]).includes(word),
  );
}

describe('the storage module’s messages', () => {
  it('cover every code of the module in both languages, every placeholder filled, as sentences', () => {
    const codes = Object.keys(nl.messages).filter((code) => code.startsWith('storage.'));
    expect(codes.sort()).toEqual(Object.keys(samples).sort());
    for (const locale of ['nl', 'en'] as const) {
      for (const text of rendered(locale)) {
        expect(text).not.toMatch(/[{}]|undefined|NaN|\[object/u);
        expect(text).toMatch(/^[A-Z]/u);
        expect(text).toMatch(/\.$/u);
      }
    }
  });

  it('say nothing in Dutch that only a programmer reads', () => {
    expect(identifiersIn('Het conversationEventLog met storage.invalid en developmentPlan.')).toEqual([
      'conversationEventLog',
      'storage.invalid',
      'developmentPlan',
    ]);
    const found = rendered('nl').flatMap((text) => identifiersIn(text).map((word) => `${word} in: ${text}`));
    expect(found).toEqual([]);
    const labels = [nl.labels.storedShape, nl.labels.storedLanguage, nl.labels.storedValueKind].flatMap(Object.values);
    expect(labels.flatMap(identifiersIn)).toEqual([]);
  });

  it('write the words an HR professional uses: POP in Dutch, PDP in English', () => {
    const nlText = rendered('nl').join(' ');
    const enText = rendered('en').join(' ');
    expect(nlText).toContain('POP');
    expect(nlText).not.toContain('PDP');
    expect(enText).toContain('PDP');
    expect(enText).not.toContain('POP');
    expect(
      findingMessage(
        { code: 'storage.plan.approvalsCarried', severity: 'info', path: [], params: { version: 1, roles: ['employee', 'manager'] } },
        'en',
      ),
    ).toBe(
      'The check code of version 1 of the PDP matches its content; the approval by the employee and the manager still holds under the new check code.',
    );
  });

  it('have a label for every stored shape, language and kind of value, in both catalogues', () => {
    for (const catalogue of [nl, en]) {
      expect(Object.keys(catalogue.labels.storedShape).sort()).toEqual([...shapes].sort());
      expect(Object.keys(catalogue.labels.storedLanguage).sort()).toEqual(['en', 'nl']);
      expect(Object.keys(catalogue.labels.storedValueKind)).toHaveLength(6);
    }
  });
});

describe('a finding stored by 0.1 with params of an older shape', () => {
  it('shows the text it was stored with instead of a message with gaps', () => {
    const stored: Finding = {
      code: 'conversation.agreement.duplicate',
      severity: 'error',
      path: ['agreement', 'id'],
      params: { id: 'a1' },
      message: { nl: 'Afspraak "a1" bestaat al.', en: 'Agreement "a1" already exists.' },
    };
    expect(findingMessage(stored, 'nl')).toBe('Afspraak "a1" bestaat al.');
    expect(findingMessage(stored, 'en')).toBe('Agreement "a1" already exists.');
    // With the current params, the catalogue's text shows, even when the old text is still on it.
    const current = { ...stored, params: { agreement: { kind: 'agreement', id: 'a1', title: 'Presentatie geven' } } };
    expect(findingMessage(current, 'nl')).toBe(
      'Afspraak ‘Presentatie geven’ bestaat al; pas die afspraak aan in plaats van een nieuwe voor te stellen.',
    );
  });

  it('shows the stored text when a message function would write a missing value', () => {
    const stored: Finding = {
      code: 'conversation.guard.agreementsWww',
      severity: 'error',
      path: ['agreements'],
      params: { agreementId: 'a1' },
      message: { nl: 'Afspraak "a1" mist nog wie, wat of wanneer.', en: 'Agreement "a1" still lacks who, what or when.' },
    };
    expect(findingMessage(stored, 'nl')).toBe('Afspraak "a1" mist nog wie, wat of wanneer.');
  });
});
