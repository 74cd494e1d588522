import { describe, expect, it } from 'vitest';
import type { Finding, FindingCode, FindingParamsOf } from '../../src/index.js';
import { en, findingMessage, nl } from '../../src/index.js';
import { privacyLabelsEn } from '../../src/locales/en/privacy.js';
import { privacyLabelsNl } from '../../src/locales/nl/privacy.js';

type PrivacyCode = Extract<FindingCode, `privacy.${string}`>;

const kinds = ['preparation', 'notes', 'conversation', 'eventLog', 'plan', 'patches'] as const;
const anchors = ['conversation', 'planPeriodEnd', 'employmentEnd'] as const;

/** Realistic params for every code of the module: what the library puts in them. */
const samples: { readonly [C in PrivacyCode]: readonly FindingParamsOf<C>[] } = {
  'privacy.sensitiveData': [
    { category: 'health', evidence: ['burn-out', 'therapeut'] },
    ...(['religion', 'unionMembership', 'ethnicOrigin', 'sexualOrientation', 'criminalRecord', 'politicalOpinion'] as const).map(
      (category) => ({
        category,
        evidence: ['moskee'],
      }),
    ),
  ],
  'privacy.record.unknown': [{}],
  'privacy.viewer.notParticipant': [{}],
  'privacy.viewer.roleMismatch': [
    { given: 'hrAdviser', role: 'mentor' },
    { given: 'manager', role: 'skipLevelManager' },
  ],
  'privacy.redact.unknownText': (
    [
      'preparationAnswer',
      'note',
      'need',
      'agreement',
      'evaluation',
      'purpose',
      'postponement',
      'cancellation',
      'ambition',
      'goal',
      'zienswijze',
      'nextConversation',
    ] as const
  ).map((text) => ({ text })),
  'privacy.redact.unknownPerson': [{}],
  'privacy.redact.nothingToErase': [{}],
  'privacy.redact.erased': [{ count: 1 }, { count: 13 }],
  'privacy.retention.due': kinds.map((kind, i) => ({
    kind,
    action: i % 2 === 0 ? 'erase' : 'delete',
    anchor: anchors[i % 3] ?? 'conversation',
    months: [12, 24, 60, 6, 1, 18][i] ?? 12,
    from: '2027-03-15',
    dueOn: '2028-03-15',
  })),
  'privacy.retention.upcoming': kinds.map((kind, i) => ({
    kind,
    action: 'delete',
    anchor: anchors[i % 3] ?? 'conversation',
    months: 24,
    from: '2028-01-31',
    dueOn: '2030-01-31',
  })),
  'privacy.retention.waiting': kinds.map((kind) => ({ kind, action: 'erase', anchor: 'employmentEnd', months: 24 })),
  'privacy.retention.noRule': kinds.map((kind) => ({ kind })),
  'privacy.export.withheld': [{ count: 1 }, { count: 3 }],
};

function rendered(locale: 'nl' | 'en'): string[] {
  return Object.entries(samples).flatMap(([code, list]) =>
    (list as readonly FindingParamsOf<FindingCode>[]).map((params) =>
      findingMessage({ code, severity: 'warning', path: [], params } as Finding, locale),
    ),
  );
}

/** Ids of the module that must never show in a text. */
const identifiers = [
  'unionMembership',
  'ethnicOrigin',
  'sexualOrientation',
  'criminalRecord',
  'politicalOpinion',
  'eventLog',
  'planPeriodEnd',
  'employmentEnd',
  'hrAdviser',
  'skipLevelManager',
  'preparationAnswer',
  'nextConversation',
  'sensitiveData',
  'erasureRequest',
];

describe('the privacy module in Dutch and English', () => {
  it('has a message for every code in both languages, without identifiers, placeholders or English in the Dutch', () => {
    for (const locale of ['nl', 'en'] as const) {
      for (const text of rendered(locale)) {
        expect(text).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/u); // camelCase
        expect(text).not.toMatch(/\b(privacy|conversation|plan)\.[a-z]/u); // a code
        expect(text).not.toMatch(/\{[A-Za-z]/u);
        expect(identifiers.filter((id) => text.includes(id))).toEqual([]);
        if (locale === 'nl') expect(text).not.toMatch(/\b(the|and|retention|health|erase|delete)\b/u);
      }
    }
  });

  it('names every label in words, in both catalogues', () => {
    for (const labels of [privacyLabelsNl, privacyLabelsEn, nl.labels, en.labels]) {
      for (const family of [labels.sensitiveCategory, labels.retentionKind, labels.retentionAnchor, labels.retentionAction]) {
        for (const label of Object.values(family) as string[]) expect(label).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b|\./u);
      }
    }
  });

  it('says retention periods as people do: months, or whole years', () => {
    const say = (months: number) =>
      findingMessage(
        {
          code: 'privacy.retention.waiting',
          severity: 'info',
          path: [],
          params: { kind: 'plan', action: 'delete', anchor: 'employmentEnd', months },
        },
        'nl',
      );
    expect(say(1)).toBe('Het POP moet 1 maand na het einde van het dienstverband verwijderd worden; die datum is nog niet bekend.');
    expect(say(18)).toBe('Het POP moet 18 maanden na het einde van het dienstverband verwijderd worden; die datum is nog niet bekend.');
    expect(say(24)).toBe('Het POP moet 2 jaar na het einde van het dienstverband verwijderd worden; die datum is nog niet bekend.');
  });
});
