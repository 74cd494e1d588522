import { describe, expect, it } from 'vitest';
import { en, planFutureDialogue, wishesToAgendaItems } from '../../src/index.js';
import { builtInQuestions } from '../../src/questions/entry.js';
import { de } from '../../examples/locales/de.js';

const ambitions = [{ id: 'data', title: 'Datengetrieben arbeiten', description: 'Entscheidungen mit Zahlen begründen.' }];
const participants = [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }];
const questionTexts = (blocks: readonly { readonly questions: readonly { readonly text: string }[] }[]): string[] =>
  blocks.flatMap((block) => block.questions.map((question) => question.text));

describe('the future dialogue in any language', () => {
  it('names and describes the blocks with a catalogue of your own, and takes the questions in English', () => {
    const plan = planFutureDialogue({ ambitions, participants, locale: de, questions: builtInQuestions, questionsPerBlock: 1, seed: 's' });
    if (!plan.ok) throw new Error(plan.findings.map((f) => f.code).join());
    expect(plan.value.locale).toBe('de');
    expect(plan.value.questionLocale).toBe('en');
    expect(plan.value.blocks.map((block) => block.title)).toEqual([
      'Eröffnung',
      'Die Ambitionen',
      'Reflexion in Gruppen',
      'Ergebnisse im Plenum',
      'Persönliche Wünsche',
      'Abschluss',
    ]);
    expect(plan.value.blocks[2]?.description).toBe(de.labels.phaseDescription.dialogueReflection);
    // The same questions as an English session with the same seed: questions are written in Dutch and English.
    const english = planFutureDialogue({
      ambitions,
      participants,
      locale: 'en',
      questions: builtInQuestions,
      questionsPerBlock: 1,
      seed: 's',
    });
    if (!english.ok) throw new Error('english plan');
    expect(questionTexts(plan.value.blocks)).toEqual(questionTexts(english.value.blocks));
    expect(questionTexts(plan.value.blocks).length).toBeGreaterThan(0);
  });

  it('takes the questions in the language asked for, and in Dutch for a Dutch catalogue', () => {
    const dutchQuestions = planFutureDialogue({
      ambitions,
      participants,
      locale: de,
      questionLocale: 'nl',
      questions: builtInQuestions,
      questionsPerBlock: 1,
      seed: 's',
    });
    const dutch = planFutureDialogue({
      ambitions,
      participants,
      locale: 'nl',
      questions: builtInQuestions,
      questionsPerBlock: 1,
      seed: 's',
    });
    const flemish = planFutureDialogue({
      ambitions,
      participants,
      locale: { ...de, locale: 'nl-BE' },
      questions: builtInQuestions,
      questionsPerBlock: 1,
      seed: 's',
    });
    if (!dutchQuestions.ok || !dutch.ok || !flemish.ok) throw new Error('plans');
    expect(dutchQuestions.value.questionLocale).toBe('nl');
    expect(questionTexts(dutchQuestions.value.blocks)).toEqual(questionTexts(dutch.value.blocks));
    expect(flemish.value.questionLocale).toBe('nl');
    expect(dutch.value.locale).toBe('nl');
  });

  it('writes the notes of wishes as agenda points in German', () => {
    const items = wishesToAgendaItems({
      participantId: 'p1',
      wishes: [
        {
          id: 'w1',
          participantId: 'p1',
          title: 'Dashboards bauen',
          ambitionIds: ['data'],
          focus: 'skills',
          firstStep: 'Bis zum 1. März 2027 den Kurs abschließen',
        },
      ],
      ambitions,
      locale: de,
    });
    expect(items.ok && items.value[0]?.notes).toBe(
      'Aus dem Zukunftsdialog.\nErster Schritt: Bis zum 1. März 2027 den Kurs abschließen\nAmbitionen: Datengetrieben arbeiten\nSchwerpunkt: Fertigkeiten',
    );
  });

  it('takes any language tag, as findingMessage does: a Dutch one in Dutch, any other in English', () => {
    const titles = (locale: string) => {
      const plan = planFutureDialogue({ ambitions, participants, locale, questions: builtInQuestions, questionsPerBlock: 1, seed: 's' });
      if (!plan.ok) throw new Error(plan.findings.map((f) => f.code).join());
      return [plan.value.locale, plan.value.questionLocale, plan.value.blocks.map((block) => block.title).join(' / ')];
    };
    expect(titles('nl-BE')).toEqual(['nl', 'nl', titles('nl')[2]]);
    expect(titles('de')).toEqual(['en', 'en', titles('en')[2]]);
    expect(titles('nl')[2]).not.toBe(titles('en')[2]);
    const notes = wishesToAgendaItems({
      participantId: 'p1',
      wishes: [{ id: 'w1', participantId: 'p1', title: 'Excel', ambitionIds: 'none', focus: 'skills', firstStep: 'Cursus volgen' }],
      locale: 'nl-BE',
    });
    expect(notes.ok && notes.value[0]?.notes?.startsWith('Uit de toekomstdialoog.')).toBe(true);
  });

  it('refuses what is neither a language tag nor a catalogue', () => {
    const plan = planFutureDialogue({ ambitions, participants, locale: 'Nederlands, graag' as never, questionsPerBlock: 0 });
    expect(plan.ok).toBe(false);
    expect(plan.findings.map((f) => f.path.join('.'))).toContain('locale');
    expect(planFutureDialogue({ ambitions, participants, locale: '', questionsPerBlock: 0 }).ok).toBe(false);
    const items = wishesToAgendaItems({ participantId: 'p1', wishes: [], locale: { ...en, labels: null } as never });
    expect(items.ok).toBe(false);
  });
});
