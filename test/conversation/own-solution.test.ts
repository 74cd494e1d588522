import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, Strictness } from '../../src/index.js';
import { createConversation, createDevelopmentPlan, renderPlanMarkdown, replay, transition } from '../../src/index.js';
import { msg } from '../finding-text.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const proposeAt = developmentEvents.findIndex((event) => event.type === 'proposeAgreement');
const acceptAt = developmentEvents.findIndex((event) => event.type === 'acceptAgreement');
const proposal = developmentEvents[proposeAt] as ConversationEventInput & { type: 'proposeAgreement' };
const at = (minute: number) => `2027-03-15T10:${String(minute).padStart(2, '0')}:00+01:00`;

/** The fixture's conversation up to the agreement, proposed by the given side, in the given strictness. */
function proposedBy(by: 'employee' | 'manager', strictness: Strictness): Conversation {
  const created = createConversation({ ...developmentInput, strictness });
  if (!created.ok) throw new Error('create');
  const events = [...developmentEvents.slice(0, proposeAt), { ...proposal, by }];
  const result = replay(events, { from: created.value });
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => [f.code, f.path])));
  return result.value;
}

const step = (state: Conversation, event: ConversationEventInput) => transition(state, event);

describe('the employee proposes the solution', () => {
  it('warns when the manager proposes an agreement, hints in relaxed mode', () => {
    for (const [strictness, severity] of [
      ['relaxed', 'info'],
      ['standard', 'warning'],
      ['strict', 'warning'],
    ] as const) {
      // The employee's a1 is there; the manager proposes a second one.
      const second = step(proposedBy('employee', strictness), {
        ...proposal,
        by: 'manager',
        agreement: { ...proposal.agreement, id: 'a2' },
      });
      expect(second.ok).toBe(true);
      const found = second.findings.find((f) => f.code === 'conversation.agreement.proposedByManager');
      expect(found?.severity).toBe(severity);
    }
  });

  it('in strict mode refuses the employee’s consent to the manager’s words until the employee revises them', () => {
    const state = proposedBy('manager', 'strict');
    const refused = step(state, { type: 'acceptAgreement', at: at(38), by: 'employee', agreementId: 'a1' });
    expect(refused.ok).toBe(false);
    const reason = refused.findings.find((f) => f.code === 'conversation.agreement.ownSolution');
    expect(msg(reason, 'nl')).toBe(
      'Afspraak ‘Ik geef voor 1 juni 2027 twee klantdemo’s van het planningssysteem, samen met…’ is voorgesteld door de leidinggevende. In dit gesprek draagt de medewerker zelf de oplossing aan: pas de afspraak eerst aan in je eigen woorden en stem er dan mee in.',
    );
    const revised = step(state, {
      type: 'reviseAgreement',
      at: at(37),
      by: 'employee',
      agreement: { ...proposal.agreement, what: `${proposal.agreement.what}, met een oefenronde bij een collega` },
    });
    if (!revised.ok) throw new Error(JSON.stringify(revised.findings));
    expect(revised.value.conversation.agreements[0]?.revisedBy).toBe('employee');
    // The employee's revision is their consent; the manager now accepts the employee's words.
    const accepted = step(revised.value.conversation, { type: 'acceptAgreement', at: at(38), by: 'manager', agreementId: 'a1' });
    expect(accepted.ok).toBe(true);
    // In standard mode the employee may accept the manager's words as they are.
    expect(step(proposedBy('manager', 'standard'), { type: 'acceptAgreement', at: at(38), by: 'employee', agreementId: 'a1' }).ok).toBe(
      true,
    );
  });
});

describe('E = K × A at acceptance', () => {
  it('keeps the scores on the agreement, shows the effect in the POP and warns on low acceptance whatever the quality', () => {
    const events = developmentEvents.map((event, index) =>
      index === acceptAt ? { ...event, quality: 8, acceptance: 9 } : event,
    ) as ConversationEventInput[];
    const done = replay(events, { input: developmentInput });
    if (!done.ok) throw new Error(JSON.stringify(done.findings));
    const agreement = done.value.agreements[0]?.agreement;
    expect([agreement?.quality, agreement?.acceptance]).toEqual([8, 9]);
    const plan = createDevelopmentPlan(done.value);
    if (!plan.ok) throw new Error('plan');
    const nl = renderPlanMarkdown(plan.value, { locale: 'nl' });
    const en = renderPlanMarkdown(plan.value, { locale: 'en' });
    expect(nl.ok && nl.value).toContain('   - Effect (E = K × A): 8 × 9 = 72 (van 100)');
    expect(en.ok && en.value).toContain('   - Effect (E = Q × A): 8 × 9 = 72 (out of 100)');
  });

  it('warns exactly when acceptance is below 5, for any quality, and never without scores', () => {
    const state = proposedBy('employee', 'standard');
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
        (quality, acceptance) => {
          const result = step(state, {
            type: 'acceptAgreement',
            at: at(38),
            by: 'manager',
            agreementId: 'a1',
            ...(quality === undefined ? {} : { quality }),
            ...(acceptance === undefined ? {} : { acceptance }),
          });
          if (!result.ok) throw new Error(JSON.stringify(result.findings));
          const low = result.findings.filter((f) => f.code === 'conversation.agreement.lowAcceptance');
          expect(low.length).toBe(acceptance !== undefined && acceptance < 5 ? 1 : 0);
          const kept = result.value.conversation.agreements[0]?.agreement;
          expect(kept?.quality).toBe(quality);
          expect(kept?.acceptance).toBe(acceptance);
          // One key order: the scored agreement reads as the schema writes it.
          expect(Object.keys(kept ?? {})).toEqual(Object.keys(kept ?? {}).sort((a, b) => order.indexOf(a) - order.indexOf(b)));
        },
      ),
      { numRuns: 40 },
    );
  });
});

const order = Object.keys((await import('../../src/agreements/schema.js')).agreementSchema.def.shape);
