// Worked cases for how wishes become themes and how themes are counted and ranked (themes.ts,
// tally.ts, teams.ts, aggregate.ts): three teams' sessions whose wishes overlap, worked out by hand.
import { describe, expect, it } from 'vitest';
import type { AggregateDevelopmentAgendaInput, DevelopmentAgenda, DevelopmentWish } from '../../src/dialogue/index.js';
import { aggregateDevelopmentAgenda } from '../../src/dialogue/index.js';

const concrete = 'Voor 1 juni 2027 de cursus afronden en 2 collega’s laten zien wat ik leerde';

function wish(id: string, participantId: string, title: string, extra: Partial<DevelopmentWish> = {}): DevelopmentWish {
  return { id, participantId, title, ambitionIds: ['data'], focus: 'skills', firstStep: concrete, ...extra };
}

function agendaOf(input: Partial<AggregateDevelopmentAgendaInput> & Pick<AggregateDevelopmentAgendaInput, 'wishes'>): DevelopmentAgenda {
  const result = aggregateDevelopmentAgenda({
    ambitions: [
      { id: 'data', title: 'Datagedreven werken' },
      { id: 'klant', title: 'De klant centraal' },
      { id: 'zorg', title: 'Zorg voor elkaar' },
    ],
    participants: [
      { id: 'p1', team: 'finance' },
      { id: 'p2', team: 'finance' },
      { id: 'p3', team: 'sales' },
      { id: 'p4', team: 'sales' },
      { id: 'p5', team: 'it' },
      { id: 'p6' },
    ],
    checkVagueness: false,
    ...input,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.value;
}

describe('themes from three teams’ sessions with overlapping wishes', () => {
  it('links titles that share a word only when they are similar, not on any shared word', () => {
    // "Excel leren" and "Excel macro’s schrijven in VBA" share "excel", but one word of four is no theme.
    const agenda = agendaOf({
      wishes: [wish('w1', 'p1', 'Excel leren'), wish('w2', 'p3', 'Excel macro’s schrijven in VBA'), wish('w3', 'p5', 'Excel leren')],
    });
    expect(agenda.themes.map((t) => [t.id, t.wishIds])).toEqual([
      ['detected:excel', ['w1', 'w3']],
      ['detected:excel-macro-schrijv-vba', ['w2']],
    ]);
  });

  it('chains similar titles into one theme named after its smallest key, whatever the order of discovery', () => {
    // Keys: "agile plan project" < "manag project risico" < "plan project risico". The first and the
    // second are not similar, but both are similar to the third: one theme, found through the third.
    const titles = ['Agile projecten plannen', 'Risico’s in projecten managen', 'Projecten plannen met risico’s'];
    for (const order of [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0],
    ]) {
      const agenda = agendaOf({ wishes: order.map((i) => wish(`w${i}`, `p${i + 1}`, titles[i] as string)) });
      expect(agenda.themes.map((t) => [t.id, t.label, t.wishIds])).toEqual([
        ['detected:agile-plan-project', 'Agile projecten plannen', ['w0', 'w1', 'w2']],
      ]);
    }
  });

  it('labels a detected theme with its most frequent title, even when a rarer title comes last', () => {
    const agenda = agendaOf({
      wishes: [
        wish('w1', 'p1', 'Dashboards bouwen in Power BI'),
        wish('w2', 'p3', 'Dashboards bouwen in Power BI'),
        wish('w3', 'p5', 'Power BI dashboards bouwen'),
        wish('w4', 'p2', 'Dashboards bouwen'),
      ],
    });
    expect(agenda.themes.map((t) => [t.label, t.wishIds])).toEqual([['Dashboards bouwen in Power BI', ['w1', 'w2', 'w3', 'w4']]]);
  });

  it('matches keywords per wish text: the same title with another description can match another theme', () => {
    const agenda = agendaOf({
      themes: [
        { id: 'bi', label: 'Business intelligence', keywords: ['dashboard'] },
        { id: 'klant', label: 'Klantcontact', keywords: ['klantgesprek'] },
      ],
      wishes: [
        wish('w1', 'p1', 'Mijn vak bijhouden', { description: 'Dashboards bouwen voor de directie' }),
        wish('w2', 'p3', 'Mijn vak bijhouden', { description: 'Betere klantgesprekken voeren' }),
        wish('w3', 'p5', 'Mijn vak bijhouden'),
      ],
    });
    expect(agenda.themes.map((t) => [t.id, t.wishIds])).toEqual([
      ['bi', ['w1']],
      ['detected:bijhoud-vak', ['w3']],
      ['klant', ['w2']],
    ]);
  });

  it('reads an empty list of theme ids as none given: the keywords decide', () => {
    const agenda = agendaOf({
      themes: [{ id: 'bi', label: 'Business intelligence', keywords: ['dashboard'] }],
      wishes: [wish('w1', 'p1', 'Dashboards bouwen', { themeIds: [] })],
    });
    expect(agenda.themes.map((t) => [t.id, t.origin, t.wishIds])).toEqual([['bi', 'given', ['w1']]]);
  });

  it('orders the ambitions a theme serves by people, then wishes, then id', () => {
    const agenda = agendaOf({
      wishes: [
        wish('w1', 'p1', 'Presenteren', { ambitionIds: ['zorg', 'klant'] }),
        wish('w2', 'p3', 'Presenteren', { ambitionIds: ['zorg', 'klant'] }),
        wish('w3', 'p3', 'Presenteren', { ambitionIds: ['klant'] }),
        wish('w4', 'p5', 'Presenteren', { ambitionIds: ['zorg', 'data'] }),
      ],
    });
    // zorg: 3 people; klant: 2 people, 3 wishes; data: 1 person.
    expect(agenda.themes[0]?.ambitions).toEqual([
      { id: 'zorg', participantCount: 3, wishCount: 3 },
      { id: 'klant', participantCount: 2, wishCount: 3 },
      { id: 'data', participantCount: 1, wishCount: 1 },
    ]);
    const tie = agendaOf({
      wishes: [
        wish('w1', 'p1', 'Presenteren', { ambitionIds: ['data', 'zorg'] }),
        wish('w2', 'p1', 'Presenteren', { ambitionIds: ['zorg'] }),
      ],
    });
    // One person each: the ambition of two wishes before the one of one.
    expect(tie.themes[0]?.ambitions.map((a) => a.id)).toEqual(['zorg', 'data']);
  });

  it('connects no ambition through a wish linked to none, not even one whose id is a letter of that word', () => {
    const agenda = agendaOf({
      ambitions: [
        { id: 'e', title: 'Eigenaarschap' },
        { id: 'o', title: 'Ondernemen' },
      ],
      wishes: [wish('w1', 'p1', 'Presenteren', { ambitionIds: 'none' })],
    });
    expect(agenda.unconnectedAmbitionIds).toEqual(['e', 'o']);
    expect(agenda.unlinkedWishIds).toEqual(['w1']);
  });

  it('gives every team its own ranking, and people without a team count overall only', () => {
    const agenda = agendaOf({
      wishes: [
        wish('w1', 'p1', 'Excel leren'),
        wish('w2', 'p2', 'Presenteren'),
        wish('w3', 'p3', 'Excel leren'),
        wish('w4', 'p4', 'Excel leren'),
        wish('w5', 'p5', 'Presenteren'),
        wish('w6', 'p6', 'Presenteren'),
      ],
    });
    // Equal in people, ambitions and wishes: by id.
    expect(agenda.themes.map((t) => [t.id, t.participantCount])).toEqual([
      ['detected:excel', 3],
      ['detected:presenter', 3],
    ]);
    expect(agenda.teams.map((t) => [t.team, t.participantCount, t.wishCount, t.themes.map((theme) => theme.label)])).toEqual([
      ['finance', 2, 2, ['Excel leren', 'Presenteren']],
      ['it', 1, 1, ['Presenteren']],
      ['sales', 2, 2, ['Excel leren']],
    ]);
  });
});
