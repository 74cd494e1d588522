// The POP shows the competences its goals and agreements work on: by name, kept in the plan, in the
// function profile's order; a plan without any has no such section and reads back unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement, Conversation } from '../../src/index.js';
import { createDevelopmentPlan, exampleFunctionProfiles, renderPlanMarkdown } from '../../src/index.js';
import { concludedConversation } from './fixtures.js';

const profile = exampleFunctionProfiles.nl;
const ids = profile.competences.map((competence) => competence.id);

/** The fixture's concluded conversation with a profile, and competences named by its needs and agreements. */
function withCompetences(
  agreementCompetence: string | undefined,
  needCompetence: string | undefined,
  supportCompetence?: string,
): Conversation {
  const base = concludedConversation();
  const name = <T extends object>(item: T, id: string | undefined): T => (id === undefined ? item : { ...item, competenceId: id });
  return {
    ...base,
    functionProfile: profile,
    needs: { ...base.needs, employee: base.needs.employee.map((need) => name(need, needCompetence)) },
    agreements: base.agreements.map((entry, index) =>
      index === 0 ? { ...entry, agreement: name(entry.agreement, agreementCompetence) } : entry,
    ),
    supportAgreements: base.supportAgreements.map((entry) => ({
      ...entry,
      agreement: name(entry.agreement, supportCompetence) as Agreement,
    })),
  };
}

describe('the competences of a POP', () => {
  it('lists the competences the agreements and goals work on, by name, and shows them under the agreement and in a section', () => {
    const plan = createDevelopmentPlan(withCompetences('customer-focus', 'collaboration'));
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.value.competences).toEqual([
      { id: 'collaboration', title: 'Samenwerken' },
      { id: 'customer-focus', title: 'Klantgerichtheid' },
    ]);
    expect(plan.value.goals[0]?.competenceId).toBe('collaboration');
    const markdown = renderPlanMarkdown(plan.value, { locale: 'nl' });
    const text = markdown.ok ? markdown.value : '';
    expect(text).toContain('   - Werkt aan competentie: Klantgerichtheid');
    expect(text).toContain('## Competenties waaraan dit plan werkt');
    expect(text).toContain('- **Samenwerken**: _nog geen afspraak_');
    const agreement = plan.value.agreements.find((a) => a.competenceId === 'customer-focus');
    expect(text).toContain(`- **Klantgerichtheid**: ${agreement?.what}`);
    const english = renderPlanMarkdown(plan.value, { locale: 'en' });
    expect(english.ok && english.value).toContain('## Competences this plan works on');
  });

  it('has no competences, and no section, when nothing names one: such a plan is what it was before', () => {
    const before = createDevelopmentPlan(concludedConversation());
    const after = createDevelopmentPlan({ ...concludedConversation(), functionProfile: profile });
    expect(before.ok && after.ok).toBe(true);
    if (!before.ok || !after.ok) return;
    expect('competences' in after.value).toBe(false);
    expect(after.value.hash).toBe(before.value.hash);
    const markdown = renderPlanMarkdown(after.value, { locale: 'nl' });
    expect(markdown.ok && markdown.value).not.toContain('Competenties');
  });

  it('holds exactly the profile’s competences named, once each, in the profile’s order, within the content hash', () => {
    const pick = fc.option(fc.constantFrom(...ids), { nil: undefined });
    fc.assert(
      fc.property(pick, pick, pick, (agreement, need, support) => {
        const plan = createDevelopmentPlan(withCompetences(agreement, need, support));
        expect(plan.ok).toBe(true);
        if (!plan.ok) return;
        const named = new Set([agreement, need, support].filter((id) => id !== undefined));
        expect((plan.value.competences ?? []).map((c) => c.id)).toEqual(ids.filter((id) => named.has(id)));
        const other = createDevelopmentPlan({ ...withCompetences(agreement, need, support), functionProfile: exampleFunctionProfiles.en });
        // The same competences by another name are another plan: the names are part of what both approve.
        expect(other.ok && (other.value.hash === plan.value.hash) === (named.size === 0)).toBe(true);
      }),
    );
  });
});
