// Who finds the provider of a support agreement: the employee by default (the plan is theirs); when
// the manager or an HR adviser searches on the employee's behalf, the conversation says so, as it does
// for an agreement the manager proposes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, ConversationEventInput, Finding, ProviderSearcher, Strictness } from '../../src/index.js';
import {
  checkAgreement,
  createConversation,
  createDevelopmentPlan,
  migratePlan,
  renderPlanMarkdown,
  replay,
  transition,
} from '../../src/index.js';
import { msg } from '../finding-text.js';
import { developmentEvents, developmentInput } from './fixtures.js';

const supportAt = developmentEvents.findIndex((event) => event.type === 'proposeSupport');
const support = developmentEvents[supportAt] as ConversationEventInput & { type: 'proposeSupport' };
const coaching = {
  id: 's1',
  what: 'Ik volg voor 1 juli 2027 vijf sessies loopbaancoaching bij een coach die ik zelf kies',
  who: 'emp-1',
  when: '2027-07-01',
};

/** The fixture's conversation just before the support agreement, in the given strictness. */
function beforeSupport(strictness: Strictness): Conversation {
  const created = createConversation({ ...developmentInput, strictness });
  if (!created.ok) throw new Error('create');
  const result = replay(developmentEvents.slice(0, supportAt), { from: created.value });
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => [f.code, f.path])));
  return result.value;
}

function proposeWith(state: Conversation, searcher: ProviderSearcher | undefined) {
  return transition(state, {
    ...support,
    agreement: { ...coaching, ...(searcher === undefined ? {} : { providerSearchedBy: searcher }) },
  });
}

const providerCodes = (findings: readonly Finding[]) => findings.filter((f) => f.code === 'conversation.agreement.providerNotEmployee');

describe('who finds the provider of a support agreement', () => {
  it('says nothing when the employee searches, or when nobody is named (the employee, by default)', () => {
    const state = beforeSupport('standard');
    for (const searcher of [undefined, 'employee'] as const) {
      const result = proposeWith(state, searcher);
      if (!result.ok) throw new Error(JSON.stringify(result.findings));
      expect(providerCodes(result.findings)).toEqual([]);
      expect(result.value.conversation.supportAgreements[0]?.agreement.providerSearchedBy).toBe(searcher);
    }
  });

  it('hints in relaxed mode and warns otherwise when the manager or HR searches, in the words of an HR adviser', () => {
    for (const [strictness, severity] of [
      ['relaxed', 'info'],
      ['standard', 'warning'],
      ['strict', 'warning'],
    ] as const) {
      const result = proposeWith(beforeSupport(strictness), 'hrAdviser');
      expect(result.ok).toBe(true);
      const [found] = providerCodes(result.findings);
      expect(found?.severity).toBe(severity);
      expect(found?.path).toEqual(['agreement', 'providerSearchedBy']);
    }
    const [manager] = providerCodes(proposeWith(beforeSupport('standard'), 'manager').findings);
    expect(msg(manager, 'nl')).toBe(
      'Bij afspraak ‘Ik volg voor 1 juli 2027 vijf sessies loopbaancoaching bij een coach die ik…’ zoekt de leidinggevende de aanbieder. Meestal werkt het beter als de medewerker zelf zoekt en kiest: dan is de oplossing echt van de medewerker.',
    );
    expect(msg(manager, 'en')).toBe(
      'For agreement “Ik volg voor 1 juli 2027 vijf sessies loopbaancoaching bij een coach die ik…” the manager looks for the provider. It usually works better when the employee searches and chooses: then the solution is truly theirs.',
    );
  });

  it('says it again on a revision only when the searcher changes', () => {
    const proposed = proposeWith(beforeSupport('standard'), 'manager');
    if (!proposed.ok) throw new Error('propose');
    const revise = (searcher: ProviderSearcher | undefined) =>
      transition(proposed.value.conversation, {
        type: 'reviseAgreement',
        at: '2027-03-15T10:45:00+01:00',
        by: 'employee',
        agreement: {
          ...coaching,
          what: `${coaching.what} en bespreek daarna wat ik leerde`,
          ...(searcher ? { providerSearchedBy: searcher } : {}),
        },
      });
    expect(providerCodes(revise('manager').findings)).toEqual([]);
    expect(providerCodes(revise('employee').findings)).toEqual([]);
    expect(providerCodes(revise(undefined).findings)).toEqual([]);
    expect(providerCodes(revise('hrAdviser').findings).map((f) => f.params.searcher)).toEqual(['hrAdviser']);
  });

  it('never blocks: for any searcher and strictness the proposal is taken, with at most one finding about it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Strictness>('relaxed', 'standard', 'strict'),
        fc.option(fc.constantFrom<ProviderSearcher>('employee', 'manager', 'hrAdviser'), { nil: undefined }),
        (strictness, searcher) => {
          const result = proposeWith(beforeSupport(strictness), searcher);
          expect(result.ok).toBe(true);
          const found = providerCodes(result.findings);
          expect(found.length).toBe(searcher === 'manager' || searcher === 'hrAdviser' ? 1 : 0);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('carries the searcher into the POP and its Markdown, in Dutch and English', () => {
    const events = developmentEvents.map((event, index) =>
      index === supportAt ? { ...support, agreement: { ...support.agreement, providerSearchedBy: 'manager' } } : event,
    ) as ConversationEventInput[];
    const done = replay(events, { input: developmentInput });
    if (!done.ok) throw new Error(JSON.stringify(done.findings));
    const plan = createDevelopmentPlan(done.value);
    if (!plan.ok) throw new Error('plan');
    expect(plan.value.agreements.find((a) => a.id === 's1')?.providerSearchedBy).toBe('manager');
    const nl = renderPlanMarkdown(plan.value, { locale: 'nl' });
    const en = renderPlanMarkdown(plan.value, { locale: 'en' });
    expect(nl.ok && nl.value).toContain('   - Zoekt de aanbieder: Leidinggevende');
    expect(en.ok && en.value).toContain('   - Finds the provider: Manager');
    // A stored plan with the field reads back as it is.
    const again = migratePlan(JSON.parse(JSON.stringify(plan.value)));
    expect(again.ok && JSON.stringify(again.value)).toBe(JSON.stringify(plan.value));
  });

  it('leaves a POP without a searcher as it was: no line, no key', () => {
    const done = replay(developmentEvents, { input: developmentInput });
    if (!done.ok) throw new Error('replay');
    const plan = createDevelopmentPlan(done.value);
    if (!plan.ok) throw new Error('plan');
    expect(plan.value.agreements.every((a) => !('providerSearchedBy' in a))).toBe(true);
    const nl = renderPlanMarkdown(plan.value, { locale: 'nl' });
    expect(nl.ok && nl.value).not.toContain('Zoekt de aanbieder');
  });
});

describe('checkAgreement on who finds the provider', () => {
  const context = {
    now: '2027-03-15T10:00:00+01:00',
    locale: 'nl' as const,
    participants: [{ id: 'emp-1', role: 'employee' as const }],
  };
  it('gives a hint, never more, when someone other than the employee searches', () => {
    for (const searcher of ['employee', 'manager', 'hrAdviser'] as const) {
      const report = checkAgreement({ ...coaching, kind: 'support', providerSearchedBy: searcher }, context);
      const found = report.findings.filter((f) => f.code === 'agreement.provider.notEmployee');
      expect(found.map((f) => f.severity)).toEqual(searcher === 'employee' ? [] : ['info']);
    }
    const report = checkAgreement({ ...coaching, kind: 'support', providerSearchedBy: 'hrAdviser' }, context);
    expect(
      msg(
        report.findings.find((f) => f.code === 'agreement.provider.notEmployee'),
        'nl',
      ),
    ).toBe(
      'Hier zoekt de HR-adviseur de opleiding, coach of aanbieder. Het plan is van de medewerker: laat de medewerker bij voorkeur zelf zoeken en kiezen, of spreek af dat de medewerker de laatste keuze maakt.',
    );
  });

  it('refuses a searcher it does not know', () => {
    const report = checkAgreement({ ...coaching, kind: 'support', providerSearchedBy: 'bureau' }, context);
    expect(report.ok).toBe(false);
  });
});
