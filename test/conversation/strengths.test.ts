import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, CreateConversationInput } from '../../src/index.js';
import { conversationTemplates, createConversation, phaseQuestions, replay, transition } from '../../src/index.js';
import { builtInQuestions } from '../../src/questions/entry.js';
import { msg } from '../finding-text.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const value = <T>(result: { ok: boolean; value?: T; findings: readonly unknown[] }): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.value as T;
};

/** A new conversation: no version named, so the latest built-in template. */
const { templateVersion: _pinned, ...newInput } = developmentInput;

/** The 27 events of the fixture with the strengths phase walked: a note on what goes well, then on to the needs. */
function withStrengths(): ConversationEventInput[] {
  let moves = 0;
  return developmentEvents.flatMap((event): ConversationEventInput[] => {
    if (event.type !== 'nextPhase') return [event];
    moves++;
    if (moves !== 2) return [event];
    const at = (seconds: number) => event.at.replace(':00+01:00', `:${String(seconds).padStart(2, '0')}+01:00`);
    return [
      event,
      { type: 'addNote', at: at(20), by: 'employee', text: 'Sterk in geduldig uitleggen; collega’s komen daarvoor naar mij toe.' },
      { type: 'nextPhase', at: at(40), by: 'manager' },
    ];
  });
}

function apply(start: Conversation, events: readonly ConversationEventInput[]): Conversation {
  let state = start;
  for (const event of events) state = value(transition(state, event)).conversation;
  return state;
}

describe('the strengths phase of the development template (version 2)', () => {
  it('comes in a new conversation, after the current situation and before the employee’s needs', () => {
    const created = value(createConversation(newInput));
    expect(created.template.version).toBe(2);
    const ids = created.template.phases.map((phase) => phase.id);
    expect(ids.slice(2, 5)).toEqual(['currentSituation', 'strengths', 'employeeNeeds']);
    const concluded = apply(created, withStrengths());
    expect(concluded.status).toBe('concluded');
    expect(concluded.phaseHistory.map((entry) => entry.phase)).toContain('strengths');
    expect(concluded.notes.map((note) => note.phase)).toContain('strengths');
  });

  it('offers the bank’s strengths questions in that phase, and no longer in the current situation or the needs', () => {
    const created = value(createConversation(newInput));
    const inStrengths = apply(created, withStrengths().slice(0, 13));
    expect(inStrengths.phase).toBe('strengths');
    const asked = value(phaseQuestions(inStrengths, builtInQuestions, { audience: 'employee', count: 4 }));
    expect(asked.length).toBe(4);
    expect(asked.every((question) => question.phase === 'strengths' || question.category === 'strengths')).toBe(true);
    expect(asked.some((question) => question.category === 'strengths')).toBe(true);
    const byPhase = Object.fromEntries(conversationTemplates.development.phases.map((phase) => [phase.id, phase.questionCategories]));
    expect(byPhase.strengths).toContain('strengths');
    expect(byPhase.currentSituation).not.toContain('strengths');
    expect(byPhase.employeeNeeds).not.toContain('strengths');
  });

  it('replays a new log that keeps its version in the input to the same JSON text as transition', () => {
    const input: CreateConversationInput = { ...newInput, templateVersion: 2 };
    const events = withStrengths();
    const stepped = apply(value(createConversation(newInput)), events);
    expect(JSON.stringify(value(replay(events, { input })))).toBe(JSON.stringify(stepped));
  });
});

describe('template versions', () => {
  it('replays a log whose input names no version (as stored before versions) with the first version, byte for byte', () => {
    const old = value(replay(developmentEvents, { input: newInput }));
    expect(old.template.version).toBeUndefined();
    expect(old.template.phases.map((phase) => phase.id)).not.toContain('strengths');
    expect(old.status).toBe('concluded');
    const stepped = apply(value(createConversation({ ...newInput, templateVersion: 1 })), developmentEvents);
    expect(JSON.stringify(old)).toBe(JSON.stringify(stepped));
    // The same log on the new template goes wrong at once: that is why stored logs keep their version.
    expect(replay(developmentEvents, { input: { ...newInput, templateVersion: 2 } }).ok).toBe(false);
  });

  it('keeps the version a state was created with through every event and a replay from the state', () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 2), fc.nat({ max: developmentEvents.length }), (version, count) => {
        const events = version === 1 ? developmentEvents : withStrengths();
        const start = value(createConversation({ ...newInput, templateVersion: version }));
        const state = apply(start, events.slice(0, count));
        expect(state.template).toEqual(start.template);
        expect(JSON.stringify(value(replay([], { from: JSON.parse(JSON.stringify(state)) as Conversation })))).toBe(JSON.stringify(state));
        expect(JSON.stringify(value(replay(events.slice(0, count), { input: { ...newInput, templateVersion: version } })))).toBe(
          JSON.stringify(state),
        );
      }),
    );
  });

  it('refuses a version that does not exist, and a version beside a template of one’s own', () => {
    const unknown = createConversation({ ...newInput, templateVersion: 3 });
    expect(unknown.ok).toBe(false);
    expect(unknown.findings.map((f) => [f.code, f.path.join('.')])).toEqual([['conversation.template.unknownVersion', 'templateVersion']]);
    expect(msg(unknown.findings[0], 'nl')).toBe(
      'Het standaard gespreksmodel voor een ontwikkelgesprek kent geen versie 3; de nieuwste is versie 2.',
    );
    expect(msg(createConversation({ ...newInput, kind: 'checkIn', templateVersion: 2 }).findings[0], 'en')).toBe(
      'The built-in template for a check-in has no version 2; the latest is version 1.',
    );
    const own = createConversation({ ...newInput, kind: undefined, templateVersion: 1, template: conversationTemplates.checkIn });
    expect(own.findings.map((f) => f.code)).toEqual(['conversation.template.versionWithOwnTemplate']);
  });

  it('gives the career and check-in templates one version, the same for a new and a stored log', () => {
    for (const kind of ['career', 'checkIn'] as const) {
      const created = value(createConversation({ ...newInput, kind }));
      expect(created.template).toEqual(conversationTemplates[kind]);
      expect(JSON.stringify(value(replay([], { input: { ...newInput, kind } })))).toBe(JSON.stringify(created));
    }
  });
});
