import { describe, expect, it } from 'vitest';
import { en, nl } from '../../src/locales/index.js';
import { conversationKinds, focusAreas, isEvaluativeTopic, phases, roles, termOf, topics } from '../../src/vocabulary/index.js';
import { conversationKindSchema, focusAreaSchema, phaseIdSchema, roleSchema, topicIdSchema } from '../../src/vocabulary/schema.js';

const lists = [
  ['roles', roles, roleSchema.options, 'role'],
  ['conversationKinds', conversationKinds, conversationKindSchema.options, 'conversationKind'],
  ['phases', phases, phaseIdSchema.options, 'phase'],
  ['topics', topics, topicIdSchema.options, 'topic'],
  ['focusAreas', focusAreas, focusAreaSchema.options, 'focusArea'],
] as const;

describe('vocabulary', () => {
  it.each(lists)('%s: one term per schema id, in schema order, each named in the nl and en catalogues', (_, list, ids, family) => {
    expect(list.map((term) => term.id)).toEqual([...ids]);
    for (const term of list) {
      const names = [nl, en].map((catalogue) => (catalogue.labels[family] as Record<string, string>)[term.id] ?? '');
      for (const name of names) expect(name.trim()).not.toBe('');
    }
  });

  it('has the eight phases of a development conversation between preparation and concluded, and the strengths phase it shares with the career conversation', () => {
    const development = phases.filter((phase) => phase.kinds.includes('development')).map((phase) => phase.id);
    expect(development).toEqual([
      'preparation',
      'setStatus',
      'currentSituation',
      'employeeNeeds',
      'organisationNeeds',
      'agreements',
      'supportAgreements',
      'nextConversation',
      'evaluation',
      'concluded',
      'followUp',
      'strengths',
    ]);
  });

  it('covers the topic catalogue of the method (the eight topics of the conversation model and the career topics) and marks only rating topics evaluative', () => {
    for (const id of [
      'roleSatisfaction',
      'workloadCapacity',
      'capacityGrowth',
      'competences',
      'personalCircumstances',
      'internalMobility',
      'externalOrientation',
      'agreementFollowUp',
    ] as const) {
      expect(isEvaluativeTopic(id)).toBe(false);
    }
    expect(topics.filter((topic) => topic.evaluative).map((topic) => topic.id)).toEqual(['performanceRating', 'pay']);
    expect(isEvaluativeTopic('no-such-topic')).toBe(false);
  });

  it('is frozen so hosts cannot change the shared words by accident', () => {
    expect(Object.isFrozen(topics)).toBe(true);
    expect(Object.isFrozen(topics[0])).toBe(true);
  });

  it('termOf finds the term with that id, and only that one', () => {
    expect(termOf(topics, 'vitality')).toBe(topics.find((topic) => topic.id === 'vitality'));
    expect(termOf(topics, 'performanceRating')?.evaluative).toBe(true);
    for (const topic of topics) expect(termOf(topics, topic.id)?.id).toBe(topic.id);
    expect(termOf(topics, 'noSuchTopic')).toBeUndefined();
    expect(termOf(roles, 'vitality')).toBeUndefined();
  });

  it('termOf reads a damaged list without throwing: holes, nulls and a throwing getter', () => {
    const term = { id: 'employee' };
    expect(termOf([null, undefined, term] as never, 'employee')).toBe(term);
    expect(termOf('roles' as never, 'employee')).toBeUndefined();
    const hostile = [
      Object.defineProperty({}, 'id', {
        get: () => {
          throw new Error('hostile');
        },
      }),
    ];
    expect(termOf(hostile as never, 'employee')).toBeUndefined();
  });
});
