import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput } from '../../src/index.js';
import { evaluativeDrift, replay } from '../../src/index.js';
import { msg } from '../finding-text.js';
import { developmentEvents, developmentInput } from './fixtures.js';

function state(events: readonly ConversationEventInput[]): Conversation {
  const result = replay(events, { input: developmentInput });
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => [f.code, f.path])));
  return result.value;
}

/** The fixture's log with some events put in after the one at `after`. */
function withEvents(after: number, ...added: ConversationEventInput[]): ConversationEventInput[] {
  return [...developmentEvents.slice(0, after + 1), ...added, ...developmentEvents.slice(after + 1)];
}

const needAt = developmentEvents.findIndex((event) => event.type === 'addNeed');
const mergeAt = developmentEvents.findIndex((event) => event.type === 'mergeAgenda');
const at = (event: number) => developmentEvents[event]?.at as string;

describe('evaluative drift in a conversation’s own words', () => {
  it('finds nothing in a conversation about development', () => {
    const drift = evaluativeDrift(state(developmentEvents));
    expect(drift.ok && drift.value).toEqual({ items: [], share: 0, texts: [] });
    expect(drift.findings).toEqual([]);
  });

  it('names the need, the note and the untagged agenda point that talk appraisal or pay, with the words found', () => {
    const events = withEvents(
      needAt,
      {
        type: 'addNeed',
        at: at(needAt),
        by: 'employee',
        need: { id: 'n9', text: 'Mijn beoordeling van vorig jaar', focus: 'competences' },
      },
      { type: 'addNote', at: at(needAt), by: 'manager', text: 'Sanne wil een periodiek erbij.' },
    );
    const point: ConversationEventInput = {
      type: 'addAgendaPoint',
      at: at(mergeAt - 1),
      by: 'employee',
      point: { id: 'e9', title: 'Salarisverhoging bespreken', priority: 'could', minutes: 5 },
    };
    const conversation = state([...events.slice(0, mergeAt), point, ...events.slice(mergeAt)]);
    const drift = evaluativeDrift(conversation);
    if (!drift.ok) throw new Error('drift');
    expect(drift.value.items.map((item) => item.id)).toEqual(['e9']);
    expect(drift.value.texts.map((text) => [text.item.kind, text.evidence])).toEqual([
      ['agendaPoint', ['Salarisverhoging']],
      ['need', ['beoordeling']],
      ['note', ['periodiek erbij']],
    ]);
    expect(drift.findings.map((f) => [f.code, f.severity])).toEqual([
      ['conversation.text.evaluative', 'warning'],
      ['conversation.text.evaluative', 'warning'],
      ['conversation.text.evaluative', 'warning'],
    ]);
    expect(msg(drift.findings[1], 'nl')).toBe(
      'Ontwikkelbehoefte ‘Mijn beoordeling van vorig jaar’ gaat over beoordelen of belonen (‘beoordeling’). Beoordeling en beloning horen in het beoordelingsgesprek, hoe het werk gaat in het functioneringsgesprek; dit gesprek kijkt vooruit.',
    );
    // Every text found is in the conversation at the path given.
    for (const text of drift.value.texts) {
      const value = text.path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], conversation);
      for (const word of text.evidence) expect(String(value)).toContain(word);
    }
  });
});
