import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Conversation, DevelopmentPlan, Finding } from '../../src/index.js';
import { canonicalJson, sha256Hex } from '../../src/core/index.js';
import {
  conversationTemplates,
  createDevelopmentPlan,
  findingMessage,
  migrate,
  migrateConversation,
  migrateConversationEventLog,
  migrateConversationEvents,
  migrateConversationTemplates,
  migrateFindings,
  migratePlan,
  migratePlannedConversation,
  migrateQuestionBank,
  planApprovalStatus,
  replay,
  transition,
  validatePlan,
} from '../../src/index.js';
import { builtInQuestions } from '../../src/questions/entry.js';
import { conversationSchema, developmentPlanSchema } from '../../src/schemas/index.js';
import { fixture, fixtureNames, json, value } from './fixtures.js';

const shapes: Record<string, string> = {
  'conversation-concluded.json': 'conversation',
  'conversation-created.json': 'conversation',
  'conversation-in-progress.json': 'conversation',
  'conversation-replayed.json': 'conversation',
  'event-log-development.json': 'conversationEventLog',
  'events.json': 'conversationEvents',
  'findings.json': 'findings',
  'plan-amended.json': 'developmentPlan',
  'plan-approved.json': 'developmentPlan',
  'plan-created.json': 'developmentPlan',
  'plan-progressed.json': 'developmentPlan',
  'plan-sample.json': 'developmentPlan',
  'question-bank-sample.json': 'questionBank',
  'schedule-next-conversation.json': 'plannedConversation',
  'templates.json': 'conversationTemplates',
};

const state = (name: string): Conversation => value(migrateConversation(fixture('0.1', name)));
const plan = (name: string): DevelopmentPlan => value(migratePlan(fixture('0.1', name)));
const log = () => value(migrateConversationEventLog(fixture('0.1', 'event-log-development.json')));

describe('every stored shape of 0.1 is read by this version', () => {
  it('migrates every frozen fixture, recognising what it is, to data this version reads as its own', () => {
    expect(fixtureNames('0.1')).toEqual(Object.keys(shapes));
    for (const name of fixtureNames('0.1')) {
      const migrated = migrate(fixture('0.1', name));
      expect(migrated.ok, name).toBe(true);
      if (!migrated.ok) continue;
      expect(migrated.value.shape, name).toBe(shapes[name]);
      expect(
        migrated.findings.filter((f) => f.severity !== 'info'),
        name,
      ).toEqual([]);
      // Migrating what a migration wrote changes nothing.
      const again = migrate(JSON.parse(json(migrated.value.value)));
      expect(again.ok && json(again.value), name).toBe(json(migrated.value));
    }
  });

  it('writes schemaVersion 2 on the state and its template, no third participants, no erasures and ids on the notes; the rest the same data in this version’s key order', () => {
    const addedInV2 = ['schemaVersion', 'participants', 'actsOnBehalf', 'erasures'];
    for (const name of ['conversation-created.json', 'conversation-in-progress.json', 'conversation-concluded.json']) {
      const stored = fixture('0.1', name) as Record<string, unknown>;
      const migrated = state(name);
      expect(Object.keys(migrated)[0]).toBe('schemaVersion');
      expect(migrated.template.schemaVersion).toBe(2);
      expect([migrated.participants, migrated.actsOnBehalf, migrated.erasures]).toEqual([[], [], []]);
      expect(migrated.notes.map((note) => note.id)).toEqual(migrated.notes.map((_, index) => `note-${index + 1}`));
      const { schemaVersion: _template, ...template } = migrated.template;
      const without = Object.entries(migrated)
        .filter(([key]) => !addedInV2.includes(key))
        .map(([key, item]) => [
          key,
          key === 'template' ? template : key === 'notes' ? migrated.notes.map(({ id: _id, ...note }) => note) : item,
        ]);
      // The same data (0.1 wrote some nested keys in another order; this version writes one order).
      expect(canonicalJson(Object.fromEntries(without))).toBe(canonicalJson(stored));
      expect(conversationSchema.safeParse(JSON.parse(json(migrated))).success).toBe(true);
    }
  });
});

describe('replay equivalence: the stored log gives the stored state', () => {
  it('replays the migrated 0.1 log to the migrated 0.1 state, as the same JSON text', () => {
    const { input, events } = log();
    expect(json(value(replay(events, { input })))).toBe(json(state('conversation-concluded.json')));
    expect(json(value(replay(events, { input })))).toBe(json(state('conversation-replayed.json')));
  });

  it('replays the log up to where each stored state was taken to that state', () => {
    const { input, events } = log();
    expect(json(value(replay([], { input })))).toBe(json(state('conversation-created.json')));
    // The freeze script stored the state after event number floor(27 / 2), counting from 0.
    const halfway = Math.floor(events.length / 2);
    expect(json(value(replay(events.slice(0, halfway + 1), { input })))).toBe(json(state('conversation-in-progress.json')));
    // ...and a host that resumes from the stored state with the rest of the log reaches the end.
    const resumed = value(replay(events.slice(halfway + 1), { from: state('conversation-in-progress.json') }));
    expect(json(resumed)).toBe(json(state('conversation-concluded.json')));
  });

  it('migrates the events stored row by row to the events of the log, and they go on with transition', () => {
    const rows = value(migrateConversationEvents(fixture('0.1', 'events.json')));
    expect(json(rows)).toBe(json(log().events));
    let current = state('conversation-created.json');
    for (const event of rows) current = value(transition(current, event)).conversation;
    expect(json(current)).toBe(json(state('conversation-concluded.json')));
  });
});

describe('a POP of 0.1: the old hash checked, the new one written, the approvals carried over', () => {
  it('keeps the approvals of an approved plan, with the verified 0.1 hash as evidence', () => {
    const stored = fixture('0.1', 'plan-approved.json') as { hash: string };
    const migrated = plan('plan-approved.json');
    expect(migrated.hash).not.toBe(stored.hash);
    expect(migrated.approvals.map((a) => [a.by, a.hash, a.previousHash])).toEqual([
      ['employee', migrated.hash, stored.hash],
      ['manager', migrated.hash, stored.hash],
    ]);
    expect(migrated.history.at(-1)?.previousHash).toBe(stored.hash);
    expect(value(planApprovalStatus(migrated)).approved).toBe(true);
    const carried = migratePlan(fixture('0.1', 'plan-approved.json')).findings;
    expect(carried.map((f) => findingMessage(f, 'nl'))).toEqual([
      'De controlecode van versie 1 van het POP klopt met de inhoud; de goedkeuring door de medewerker en de leidinggevende blijft gelden onder de nieuwe controlecode.',
    ]);
  });

  it('computes the 0.1 hash exactly as 0.1 did, so the check means something', () => {
    const stored = fixture('0.1', 'plan-sample.json') as Record<string, unknown> & { agreements: Record<string, unknown>[] };
    const { version: _v, hash, approvals: _a, history: _h, progress: _p, ...content } = stored;
    const agreements = stored.agreements.map(({ status: _s, progressNote: _n, ...rest }) => rest);
    expect(sha256Hex(canonicalJson({ ...content, agreements }))).toBe(hash);
  });

  it('lets approvals lapse when the text was changed after it was stored', () => {
    const stored = fixture('0.1', 'plan-approved.json') as { goals: { title: string }[] };
    (stored.goals[0] as { title: string }).title = 'Zelfverzekerd presenteren voor directies';
    const migrated = migratePlan(stored);
    const read = value(migrated);
    expect(read.approvals).toEqual([]);
    expect(read.history.at(-1)?.clearedApprovals.map((a) => a.by)).toEqual(['employee', 'manager']);
    expect(migrated.findings.map((f) => [f.code, f.severity])).toEqual([
      ['storage.plan.hashMismatch', 'warning'],
      ['storage.plan.approvalNotCarried', 'warning'],
      ['storage.plan.approvalNotCarried', 'warning'],
    ]);
    expect(findingMessage(migrated.findings[0] as Finding, 'nl')).toBe(
      'De inhoud van versie 1 van het POP past niet bij de controlecode waarmee die is opgeslagen: de tekst is na het opslaan veranderd. Eerdere goedkeuringen gelden daarom niet meer; laat het POP opnieuw goedkeuren.',
    );
    expect(value(planApprovalStatus(read)).approved).toBe(false);
  });

  it('keeps the 0.1 hashes of earlier versions in the history, where there is no content to hash again', () => {
    const stored = fixture('0.1', 'plan-amended.json') as DevelopmentPlan;
    const migrated = plan('plan-amended.json');
    expect(migrated.history[0]).toEqual(stored.history[0]);
    expect(migrated.history[1]?.clearedApprovals).toEqual(stored.history[1]?.clearedApprovals);
    expect(migrated.history[1]?.hash).toBe(migrated.hash);
    expect(migrated.history[1]?.previousHash).toBe(stored.hash);
    expect(value(validatePlan(JSON.parse(json(migrated)))).hash).toBe(migrated.hash);
  });

  it('gives the plan this version makes from the migrated conversation, apart from the evidence of 0.1', () => {
    const made = value(createDevelopmentPlan(state('conversation-concluded.json'), { planId: 'pop-c-2027-sanne' }));
    const migrated = plan('plan-created.json');
    const { previousHash: _evidence, ...entry } = migrated.history[0] as DevelopmentPlan['history'][number];
    expect(json({ ...migrated, history: [entry] })).toBe(json(made));
    expect(developmentPlanSchema.safeParse(JSON.parse(json(migrated))).success).toBe(true);
  });

  it('keeps progress and the plan’s other versions as they were', () => {
    const migrated = plan('plan-progressed.json');
    expect(migrated.progress).toEqual((fixture('0.1', 'plan-progressed.json') as DevelopmentPlan).progress);
    expect(migrated.agreements[0]?.status).toBe('done');
  });
});

describe('templates, questions and the planned next conversation of 0.1', () => {
  it('reads the stored built-in templates as this version’s built-in templates (the development one in its first version)', () => {
    const first = value(replay([], { input: { ...log().input, templateVersion: 1 } })).template;
    expect(first.version).toBeUndefined();
    expect(json(value(migrateConversationTemplates(fixture('0.1', 'templates.json'))))).toBe(
      json({ ...conversationTemplates, development: first }),
    );
  });

  it('reads the stored questions, each with schemaVersion 2, by the same ids as the built-in bank', () => {
    const bank = value(migrateQuestionBank(fixture('0.1', 'question-bank-sample.json')));
    expect(bank.map((q) => q.id)).toEqual(builtInQuestions.slice(0, 40).map((q) => q.id));
    expect(bank.every((q) => q.schemaVersion === 2)).toBe(true);
  });

  it('reads the planned next conversation', () => {
    const planned = value(migratePlannedConversation(fixture('0.1', 'schedule-next-conversation.json')));
    expect(planned).toMatchObject({ schemaVersion: 2, date: '2027-09-15', basis: 'lastConversation' });
  });
});

describe('findings stored by 0.1', () => {
  it('render every one in Dutch and English, with no placeholder left and no code shown', () => {
    const findings = value(migrateFindings(fixture('0.1', 'findings.json')));
    expect(findings).toHaveLength(9);
    for (const found of findings) {
      for (const locale of ['nl', 'en'] as const) {
        const text = findingMessage(found, locale);
        expect(text.length, found.code).toBeGreaterThan(20);
        expect(text, found.code).not.toMatch(/[{}]/u);
        expect(text, found.code).not.toContain(found.code);
        expect(text, found.code).not.toMatch(/undefined|NaN|\[object/u);
      }
    }
  });

  it('map old params to the new ones where 0.1 stored what they need, and keep the old text where it did not', () => {
    const migrated = migrateFindings(fixture('0.1', 'findings.json'));
    const findings = value(migrated);
    const evaluative = findings.find((f) => f.code === 'agenda.topic.evaluative');
    expect(evaluative?.params).toEqual({
      item: { kind: 'agendaPoint', id: 'o1', title: 'Beoordeling' },
      topic: 'performanceRating',
      kind: 'development',
    });
    expect(findingMessage(evaluative as Finding, 'nl')).toBe(
      'Agendapunt ‘Beoordeling’ gaat over beoordeling van functioneren. Beoordeling en beloning horen in het beoordelingsgesprek, hoe het werk gaat in het functioneringsgesprek; een ontwikkelgesprek kijkt vooruit.',
    );
    // 0.1 named the point by its id only: the reference would have no title, so the old text stays.
    const minutes = findings.find((f) => f.code === 'agenda.item.minutesMissing') as Finding;
    expect(minutes.params).toEqual({ id: 'o1', minutes: 10 });
    expect(findingMessage(minutes, 'en')).toBe('Agenda point "o1" has no time estimate; 10 minutes were assumed.');
    expect(migrated.findings.map((f) => [f.code, f.path])).toEqual([['storage.finding.textKept', [8]]]);
    // The stored text stays on every finding: nothing is lost.
    expect(findings.every((f) => f.message !== undefined)).toBe(true);
  });
});

describe('a finding of every code 0.1 had, made by 0.1.1 itself (findings-0.1-every-code.json)', () => {
  const stored = JSON.parse(readFileSync(join(import.meta.dirname, 'findings-0.1-every-code.json'), 'utf8')) as Finding[];

  it('renders in Dutch and English after migration: no placeholder left, no code shown, no missing value', () => {
    expect(stored).toHaveLength(231);
    const migrated = value(migrateFindings(stored));
    for (const found of migrated) {
      for (const locale of ['nl', 'en'] as const) {
        const text = findingMessage(found, locale);
        expect(text, found.code).not.toMatch(/\{[A-Za-z]+(?::[A-Za-z.]+)?\}|undefined|NaN|\[object/u);
        expect(text, found.code).not.toBe(found.code);
        expect(text.length, found.code).toBeGreaterThan(10);
      }
    }
  });

  it('maps the params it can, keeps the others with their text, and says which it kept', () => {
    const result = migrateFindings(stored);
    const migrated = value(result);
    const byCode = new Map(migrated.map((found) => [found.code, found]));
    expect(byCode.get('dialogue.wish.vague')?.params).toEqual({
      wish: { kind: 'wish', id: 'e1', title: 'Presenteren voor klanten' },
      missing: ['specific', 'measurable'],
    });
    expect(byCode.get('dialogue.agenda.ambitionUnconnected')?.params).toEqual({
      ambition: { kind: 'ambition', id: 'e1', title: 'Presenteren voor klanten' },
    });
    const kept = result.findings.filter((f) => f.code === 'storage.finding.textKept').map((f) => migrated[f.path[0] as number]?.code);
    expect(kept).toContain('conversation.agreement.duplicate');
    expect(kept).not.toContain('agenda.topic.evaluative');
    for (const code of kept) {
      const before = stored.find((found) => found.code === code);
      const after = byCode.get(code as string);
      expect(after?.params, code).toEqual(before?.params);
      expect(after?.message, code).toEqual(before?.message);
    }
    // Migrating the migrated findings changes nothing.
    expect(json(value(migrateFindings(JSON.parse(json(migrated)))))).toBe(json(migrated));
  });
});
