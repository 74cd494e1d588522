import { describe, expect, it } from 'vitest';
import {
  conversationKinds,
  conversationKindSchema,
  focusAreas,
  focusAreaSchema,
  isEvaluativeTopic,
  phaseIdSchema,
  phases,
  roles,
  roleSchema,
  topicIdSchema,
  topics,
} from '../../src/vocabulary/index.js';

const lists = [
  ['roles', roles, roleSchema.options],
  ['conversationKinds', conversationKinds, conversationKindSchema.options],
  ['phases', phases, phaseIdSchema.options],
  ['topics', topics, topicIdSchema.options],
  ['focusAreas', focusAreas, focusAreaSchema.options],
] as const;

describe('vocabulary', () => {
  it.each(lists)('%s: one term per schema id, in schema order, each labelled in nl and en', (_, list, ids) => {
    expect(list.map((term) => term.id)).toEqual([...ids]);
    for (const term of list) {
      expect(term.label.nl.trim()).not.toBe('');
      expect(term.label.en.trim()).not.toBe('');
    }
  });

  it('has the eight phases of a development conversation between preparation and concluded', () => {
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
    ]);
  });

  it('covers the topic catalogue of DOMAIN.md and marks only rating topics evaluative', () => {
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
    expect(Object.isFrozen(topics[0]?.label)).toBe(true);
  });
});
