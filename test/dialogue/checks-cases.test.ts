// Worked cases for the checks on the development agenda's input (checks.ts, vague.ts): every error
// with its place and the thing it names, and vague wishes, a wish without a concrete first step among them.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.js';
import type { AggregateDevelopmentAgendaInput, DevelopmentWish } from '../../src/dialogue/index.js';
import { aggregateDevelopmentAgenda } from '../../src/dialogue/index.js';

const brief = (f: Finding) => ({ code: f.code, path: f.path, params: f.params });

function wish(id: string, title: string, firstStep: string, extra: Partial<DevelopmentWish> = {}): DevelopmentWish {
  return { id, participantId: 'p1', title, ambitionIds: ['data'], focus: 'skills', firstStep, ...extra };
}

const base: AggregateDevelopmentAgendaInput = {
  ambitions: [{ id: 'data', title: 'Datagedreven werken' }],
  participants: [{ id: 'p1', team: 'finance' }],
  wishes: [],
};

describe('the errors of the development agenda’s input', () => {
  it('names each repeated or reserved theme, each repeated wish and each unknown reference, at its place', () => {
    const result = aggregateDevelopmentAgenda({
      ...base,
      themes: [
        { id: 'bi', label: 'Business intelligence' },
        { id: 'bi', label: 'Rapportages' },
        { id: 'detected:excel', label: 'Excel' },
      ],
      wishes: [
        wish('w1', 'Excel leren', 'Voor 1 juni 2027 de cursus afronden'),
        wish('w1', 'Presenteren', 'Voor 1 juni 2027 de cursus afronden', { ambitionIds: ['data', 'klant'], themeIds: ['bi', 'hr'] }),
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.findings.map(brief)).toStrictEqual([
      { code: 'dialogue.theme.duplicate', path: ['themes', 1, 'id'], params: { theme: { kind: 'theme', id: 'bi', title: 'Rapportages' } } },
      {
        code: 'dialogue.theme.reservedId',
        path: ['themes', 2, 'id'],
        params: { theme: { kind: 'theme', id: 'detected:excel', title: 'Excel' } },
      },
      { code: 'dialogue.wish.duplicate', path: ['wishes', 1, 'id'], params: { wish: { kind: 'wish', id: 'w1', title: 'Presenteren' } } },
      {
        code: 'dialogue.wish.unknownAmbition',
        path: ['wishes', 1, 'ambitionIds', 1],
        params: { wish: { kind: 'wish', id: 'w1', title: 'Presenteren' }, ambition: 'klant' },
      },
      {
        code: 'dialogue.wish.unknownTheme',
        path: ['wishes', 1, 'themeIds', 1],
        params: { wish: { kind: 'wish', id: 'w1', title: 'Presenteren' }, theme: 'hr' },
      },
    ]);
  });

  it('names a repeated ambition at its place, and a repeated participant by name only when it has one', () => {
    const result = aggregateDevelopmentAgenda({
      ...base,
      ambitions: [...base.ambitions, { id: 'data', title: 'Data' }],
      participants: [{ id: 'p1', name: 'Sanne' }, { id: 'p1' }],
    });
    expect(result.findings.map(brief)).toStrictEqual([
      {
        code: 'dialogue.ambition.duplicate',
        path: ['ambitions', 1, 'id'],
        params: { ambition: { kind: 'ambition', id: 'data', title: 'Data' } },
      },
      {
        code: 'dialogue.participant.duplicate',
        path: ['participants', 1, 'id'],
        params: { participant: { kind: 'participant', id: 'p1' } },
      },
    ]);
  });
});

describe('vague wishes', () => {
  const vagueOf = (wishes: DevelopmentWish[], locale: AggregateDevelopmentAgendaInput['locale'] = 'nl') => {
    const result = aggregateDevelopmentAgenda({ ...base, wishes, locale });
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    return result.value.vagueWishes.map((v) => [v.wishId, v.missing]);
  };

  it('finds a wish without a concrete first step vague even when it has a date: it is not specific', () => {
    expect(vagueOf([wish('w1', 'Beter communiceren', 'Beter communiceren voor 1 juni 2027')])).toEqual([
      ['w1', ['specific', 'measurable']],
    ]);
  });

  it('finds a specific, dated wish that cannot be measured concrete enough', () => {
    expect(vagueOf([wish('w1', 'Een mentor zoeken', 'Voor 1 juni 2027 een mentor zoeken binnen het team')])).toEqual([]);
  });

  it('lists vague wishes by id, whatever their order', () => {
    expect(vagueOf([wish('w2', 'Beter communiceren', 'Beter communiceren'), wish('w1', 'Groeien', 'Groeien')]).map(([id]) => id)).toEqual([
      'w1',
      'w2',
    ]);
  });

  it('reads the wishes in the session’s language', () => {
    // In Dutch, "De cursus Excel afronden" is specific and measurable; read as English it is neither.
    const wishes = [wish('w1', 'Excel', 'De cursus Excel afronden')];
    expect(vagueOf(wishes, 'nl')).toEqual([]);
    expect(vagueOf(wishes, 'en')).toEqual([['w1', ['specific', 'measurable', 'timeBound']]]);
  });
});
