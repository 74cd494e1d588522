import { describe, expect, it } from 'vitest';
import type { Finding, FindingCode, FindingOf } from '../../src/index.js';
import { en, finding, findingMessage, nl } from '../../src/index.js';

const wish = { kind: 'wish', id: 'w1', title: 'Iets met communicatie' } as const;
const ambition = { kind: 'ambition', id: 'data', title: 'Datagedreven werken' } as const;
const sanne = { kind: 'participant', id: 'p1', title: 'Sanne' } as const;
const theme = { kind: 'theme', id: 'bi', title: 'Werken met data' } as const;

/** One realistic finding of every code of the module, as the functions make them. */
const samples: readonly FindingOf<FindingCode>[] = [
  finding.warning('dialogue.time.tooLittleForGroups', { params: { minutes: 60, groups: 14, needed: 106 } }),
  finding.warning('dialogue.time.tooLittleForGroups', { params: { minutes: 30, groups: 1, needed: 36 } }),
  finding.warning('dialogue.online.noBreakouts', { params: { participants: 12, groupSize: 5 } }),
  finding.warning('dialogue.ambition.noDescription', { params: { ambition } }),
  finding.error('dialogue.ambition.duplicate', { params: { ambition } }),
  finding.error('dialogue.participant.duplicate', { params: { participant: sanne } }),
  finding.error('dialogue.participant.duplicate', { params: { participant: { kind: 'participant', id: 'p1' } } }),
  finding.warning('dialogue.questions.none', { params: { block: 'dialogueReflection' } }),
  finding.warning('dialogue.questions.invalid', { params: { count: 12 } }),
  finding.error('dialogue.wish.duplicate', { params: { wish } }),
  finding.error('dialogue.wish.unknownParticipant', { params: { wish, participant: 'p9' } }),
  finding.error('dialogue.wish.unknownAmbition', { params: { wish, ambition: 'mars' } }),
  finding.error('dialogue.wish.unknownTheme', { params: { wish, theme: 'onbekend' } }),
  finding.warning('dialogue.wish.vague', { params: { wish, missing: ['specific', 'measurable', 'timeBound'] } }),
  finding.warning('dialogue.wish.vague', { params: { wish, missing: ['measurable', 'timeBound'] } }),
  finding.info('dialogue.wish.noAmbition', { params: { wish } }),
  finding.error('dialogue.theme.duplicate', { params: { theme } }),
  finding.error('dialogue.theme.reservedId', { params: { theme: { ...theme, id: 'detected:data' } } }),
  finding.info('dialogue.bridge.noWishes', { params: { participant: { kind: 'participant', id: 'p9' } } }),
  finding.info('dialogue.agenda.ambitionUnconnected', { params: { ambition } }),
];

const text = (f: Finding, locale: 'nl' | 'en'): string => findingMessage(f, locale);

describe('dialogue messages', () => {
  it('has a sample for every code of the module, in both catalogues', () => {
    const codes = Object.keys(nl.messages).filter((code) => code.startsWith('dialogue.'));
    expect(codes.length).toBeGreaterThanOrEqual(17);
    expect([...new Set(samples.map((f) => f.code))].sort()).toEqual(codes.sort());
    expect(
      Object.keys(en.messages)
        .filter((code) => code.startsWith('dialogue.'))
        .sort(),
    ).toEqual(codes.sort());
  });

  it('names wishes, ambitions and themes by their titles, never by their ids', () => {
    for (const f of samples) {
      for (const locale of ['nl', 'en'] as const) {
        const message = text(f, locale);
        for (const ref of Object.values(f.params)) {
          if (typeof ref !== 'object' || ref === null || !('kind' in ref)) continue;
          if (ref.title !== undefined) expect(message, f.code).toContain(ref.title);
          expect(message, f.code).not.toMatch(new RegExp(`\\b${ref.id}\\b`));
        }
      }
    }
  });

  it('names the SMART criteria a vague wish misses, and asks for what would make it concrete', () => {
    const all = samples.find((f) => f.code === 'dialogue.wish.vague') as Finding;
    expect(text(all, 'nl')).toBe(
      'Wens ‘Iets met communicatie’ is nog vaag: niet specifiek, meetbaar of tijdgebonden. Maak de eerste stap concreet: wat precies, hoeveel en wanneer.',
    );
    expect(text(all, 'en')).toBe(
      'Wish “Iets met communicatie” is still vague: not specific, measurable or time-bound. Make the first step concrete: what exactly, how much and by when.',
    );
    const noDate = samples.filter((f) => f.code === 'dialogue.wish.vague')[1] as Finding;
    expect(text(noDate, 'nl')).toContain('niet meetbaar of tijdgebonden. Maak de eerste stap concreet: hoeveel en wanneer.');
  });

  it('advises the minutes that are enough, and leaves "larger groups" out when there is one group', () => {
    const [many, one] = samples.filter((f) => f.code === 'dialogue.time.tooLittleForGroups') as [Finding, Finding];
    expect(text(many, 'nl')).toBe(
      'Voor 14 groepjes is 60 minuten te krap: er blijft te weinig tijd over voor de reflectie in groepjes en de plenaire oogst, waarin elk groepje drie minuten nodig heeft. Plan minstens 106 minuten, of maak de groepjes groter.',
    );
    expect(text(one, 'nl')).toBe(
      '30 minuten is te krap: er blijft te weinig tijd over voor de reflectie en de plenaire oogst. Plan minstens 36 minuten.',
    );
    expect(text(one, 'en')).not.toContain('larger');
  });

  it('writes breakoutrooms as one word in Dutch, and breakout rooms in English', () => {
    const online = samples.find((f) => f.code === 'dialogue.online.noBreakouts') as Finding;
    expect(text(online, 'nl')).toBe(
      'Online met 12 deelnemers en zonder breakoutrooms: in één grote videocall komt een gesprek in groepjes van hoogstens 5 niet van de grond. Zet breakoutrooms aan of splits de sessie.',
    );
    expect(text(online, 'en')).toContain('no breakout rooms');
  });

  it('names a phase by its label and a participant without a name by what they are', () => {
    const none = samples.find((f) => f.code === 'dialogue.questions.none') as Finding;
    expect(text(none, 'nl')).toBe('De vragenbank heeft geen vragen voor de reflectie in groepjes van een toekomstdialoog.');
    expect(text(none, 'en')).toBe('The question bank has no questions for the reflection in groups of a future dialogue.');
    const noWishes = samples.find((f) => f.code === 'dialogue.bridge.noWishes') as Finding;
    expect(text(noWishes, 'nl')).toBe(
      'Er staan geen wensen van deze deelnemer in de lijst; uit de toekomstdialoog komen dus geen agendapunten voor het gesprek.',
    );
  });

  // Quoted text is the caller's own (titles, an unknown id); everything else is ours and must read as
  // an HR professional writes.
  const enumValues = [
    'given',
    'detected',
    'plenary',
    'groups',
    'individual',
    'specific',
    'measurable',
    'timeBound',
    'knowledge',
    'skills',
    'competences',
    'none',
    'must',
    'should',
    'could',
  ];
  const identifier = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+\.[a-z]+[A-Za-z.]*\b/u;
  const ours = (message: string): string => message.replace(/‘[^’]*’|“[^”]*”/gu, '‘…’');

  it('puts no identifier, code or enum value in any Dutch message or label of the module', () => {
    const texts = [
      ...samples.map((f) => ours(text(f, 'nl'))),
      ...Object.values(nl.labels.smartCriterion),
      ...Object.values(nl.labels.dialogueSetting),
      ...Object.values(nl.labels.dialogueNote),
    ];
    for (const message of texts) {
      expect(message).not.toMatch(identifier);
      for (const value of enumValues) expect(message, value).not.toMatch(new RegExp(`\\b${value}\\b`, 'u'));
    }
    // The check itself can fail: an identifier or an enum value is caught.
    expect('geen vragen voor dialogueReflection').toMatch(identifier);
    expect('zie dialogue.wish.vague').toMatch(identifier);
    expect(ours('Wens ‘timeBound’ is vaag, plenary')).toMatch(/\bplenary\b/u);
    expect(ours('Wens ‘timeBound’ is vaag')).not.toMatch(/\btimeBound\b/u);
  });
});
