import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalogue, Result } from '../../src/index.js';
import { catalogueFor, en } from '../../src/index.js';
import type { BudgetAmount, DevelopmentPlan, PlanContentInput } from '../../src/plan/index.js';
import { approvePlan, draftDevelopmentPlan, recordProgress, renderPlanMarkdown } from '../../src/plan/index.js';
import { amendedSample, sampleContent, samplePlan } from './fixtures.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => f.code)));
  return result.value;
}

/**
 * Version 2, approved by the employee only, with progress on one agreement; version 2 adds a book,
 * study hours and the funding (personal budget with saving up, the sector fund, required training,
 * and a payback clause).
 */
function goldenPlan(): DevelopmentPlan {
  let plan = amendedSample('Eerder evalueren, na de eerste klantpresentaties', {
    nextConversation: { date: '2027-08-30', start: '2027-08-30T14:00:00+02:00', minutes: 30, kind: 'checkIn' },
    costs: [
      ...sampleContent().costs,
      { id: 'c-book', description: 'Boek: Presenteren als een pro', amount: { amount: 2995, currency: 'EUR' }, source: 'pob' },
      { id: 'c-hours', description: 'Lesuren training', amount: { minutes: 720 }, agreementId: 'a1', source: 'pob' },
    ],
    funding: {
      sources: [
        {
          id: 'pob',
          kind: 'personalBudget',
          allowances: [{ amount: 70000, currency: 'EUR' }, { minutes: 960 }],
          period: { start: '2026-01-01' },
          carryOver: { periods: 2, maximum: [{ amount: 140000, currency: 'EUR' }] },
        },
        {
          id: 'oo',
          kind: 'sectorFund',
          title: 'O&O-fonds Zakelijke Dienstverlening',
          allowances: [{ amount: 50000, currency: 'EUR' }],
        },
        { id: 'employer', kind: 'requiredTraining' },
      ],
      payback: {
        threshold: { amount: 100000, currency: 'EUR' },
        steps: [
          { months: 12, percent: 100 },
          { months: 24, percent: 66 },
          { months: 36, percent: 33 },
        ],
      },
    },
  });
  plan = value(approvePlan(plan, { by: 'employee', at: '2027-04-01T12:00:00+02:00', version: 2 }));
  plan = value(
    recordProgress(plan, {
      agreementId: 's1',
      by: 'manager',
      at: '2027-05-20T16:00:00+02:00',
      status: 'done',
      note: 'Twee klantafspraken staan in de agenda.',
    }),
  );
  return plan;
}

const golden = (locale: string): string => join(import.meta.dirname, 'golden', `plan.${locale}.md`);

describe('renderPlanMarkdown', () => {
  // The golden files are only ever written by an explicit `UPDATE_GOLDEN=1 npx vitest run test/plan/render.test.ts`
  // (see docs/plan.md); a normal run compares and never writes.
  for (const locale of ['nl', 'en'] as const) {
    it(`matches the golden file in ${locale}`, () => {
      const markdown = value(renderPlanMarkdown(goldenPlan(), { locale }));
      if (process.env['UPDATE_GOLDEN'] === '1') {
        writeFileSync(golden(locale), markdown);
        return;
      }
      expect(markdown).toBe(readFileSync(golden(locale), 'utf8'));
    });
  }

  it('shows version and approval status, and says PDP in English', () => {
    const nl = value(renderPlanMarkdown(goldenPlan(), { locale: 'nl' }));
    expect(nl).toContain('versie 2 · wacht op goedkeuring van leidinggevende');
    expect(nl.startsWith('# POP: ')).toBe(true);
    const en = value(renderPlanMarkdown(goldenPlan(), { locale: 'en' }));
    expect(en).toContain('version 2 · waiting for approval by manager');
    expect(en.startsWith('# PDP: ')).toBe(true);
    expect(en).not.toMatch(/\bPOP\b/u);
  });

  it('escapes what users typed, so it never becomes markup', () => {
    const content = sampleContent();
    content.ambitions = [{ id: 'x', text: '# Kop | met *sterren* en <script>' }];
    const markdown = value(renderPlanMarkdown(samplePlan(content), { locale: 'en' }));
    expect(markdown).toContain('- \\# Kop \\| met \\*sterren\\* en \\<script\\>');
  });

  it('takes a catalogue of the host: every word comes from it', () => {
    const plain: Catalogue = {
      ...en,
      labels: { ...en.labels, planText: { ...en.labels.planText, title: 'IDP', ambitions: 'Where I am going' } },
    };
    const markdown = value(renderPlanMarkdown(samplePlan(), { locale: plain }));
    expect(markdown.split('\n')[0]).toBe('# IDP: Sanne de Vries');
    expect(markdown).toContain('## Where I am going');
  });

  it('answers a catalogue without the plan’s words, or a bad language, with findings', () => {
    const old = { ...en, labels: { ...en.labels, planText: undefined } } as unknown as Catalogue;
    const result = renderPlanMarkdown(samplePlan(), { locale: old });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.code)).toEqual(['input.unreadable']);
    expect(renderPlanMarkdown(samplePlan(), { locale: 'fr' as never }).findings.map((f) => f.code)).toEqual(['input.invalid_union']);
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (plan, options) => {
        expect(renderPlanMarkdown(plan as never, options as never).ok).toBe(false);
      }),
    );
  });
});

// ---------------------------------------------------------------- what the golden file pins, for any plan

/** The Markdown escape as the format requires it, written here on its own: one line, markup characters escaped. */
function escaped(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line === '' ? '—' : line.replace(/[\\`*_[\]<>|#~]/gu, (c) => `\\${c}`);
}

const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
const amountArbitrary: fc.Arbitrary<BudgetAmount> = fc.oneof(
  fc.record({ amount: fc.integer({ min: 0, max: 10_000_000 }), currency: fc.constantFrom('EUR', 'JPY', 'USD') }),
  fc.record({ minutes: fc.integer({ min: 0, max: 100 }).map((hours) => hours * 60) }),
  fc.record({ studyPoints: fc.integer({ min: 0, max: 60 }) }),
);

const contentArbitrary: fc.Arbitrary<PlanContentInput> = fc
  .record({
    ambitions: fc.array(text, { maxLength: 3 }),
    goals: fc.array(text, { maxLength: 3 }),
    agreements: fc.array(fc.record({ what: text, status: fc.constantFrom('open' as const, 'done' as const, 'dropped' as const) }), {
      maxLength: 4,
    }),
    costs: fc.array(fc.record({ description: text, amount: amountArbitrary }), { maxLength: 4 }),
    name: text,
  })
  .map(({ ambitions, goals, agreements, costs, name }) => ({
    ...sampleContent(),
    employee: { id: 'e-17', name },
    ambitions: ambitions.map((t, i) => ({ id: `amb-${i}`, text: t })),
    goals: goals.map((t, i) => ({ id: `g-${i}`, title: t, source: 'employee' as const, organisationGoalIds: [] })),
    agreements: agreements.map((a, i) => ({ id: `a-${i}`, what: a.what, who: 'e-17', status: a.status, linkedNeedIds: [`g-${i}`] })),
    costs: costs.map((c, i) => ({ id: `c-${i}`, description: c.description, amount: c.amount })),
  }));

function amountText(catalogue: Catalogue, amount: BudgetAmount): string {
  if ('currency' in amount) return catalogue.format.money(amount);
  const words = catalogue.labels.planText;
  if ('minutes' in amount)
    return `${catalogue.format.number(amount.minutes / 60)} ${amount.minutes === 60 ? words.hourOne : words.hourOther}`;
  return `${catalogue.format.number(amount.studyPoints)} ${amount.studyPoints === 1 ? words.studyPointOne : words.studyPointOther}`;
}

describe('renderPlanMarkdown, for any plan (independent of the renderer)', () => {
  it('shows every part of the plan a golden file shows: title, people, period, hash, texts, amounts, statuses, approvals and history', () => {
    fc.assert(
      fc.property(contentArbitrary, fc.constantFrom('nl' as const, 'en' as const), fc.boolean(), (content, locale, approved) => {
        let plan = value(draftDevelopmentPlan({ content, at: '2027-03-15T11:00:00+01:00', by: 'conversation' }));
        if (approved) plan = value(approvePlan(plan, { by: 'manager', at: '2027-03-16T10:00:00+01:00', version: 1 }));
        const markdown = value(renderPlanMarkdown(plan, { locale }));
        const catalogue = catalogueFor(locale);
        const words = catalogue.labels.planText;
        const lines = markdown.split('\n');
        expect(lines[0]).toBe(`# ${words.title}: ${escaped(plan.employee.name)}`);
        expect(markdown).toContain(
          `${catalogue.format.date(plan.period.start)} ${words.through} ${catalogue.format.date(plan.period.end)}`,
        );
        expect(markdown).toContain(`\`${plan.hash}\``);
        expect(markdown).toContain(`${words.version} ${plan.version}`);
        // The sections, in the order of the format.
        const headings = lines.filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
        expect(headings).toEqual([
          words.ambitions,
          words.goals,
          words.agreements,
          words.supportAgreements,
          words.costs,
          words.nextConversation,
          words.evaluation,
          words.approval,
          words.history,
        ]);
        for (const ambition of plan.ambitions) expect(lines).toContain(`- ${escaped(ambition.text)}`);
        plan.goals.forEach((goal, index) => {
          expect(lines).toContain(`### ${index + 1}. ${escaped(goal.title)}`);
        });
        for (const agreement of plan.agreements) {
          const mark = agreement.status === 'done' ? 'x' : ' ';
          expect(markdown).toContain(`[${mark}] **${escaped(agreement.what)}**`);
          expect(markdown).toContain(`   - ${words.state}: ${catalogue.labels.progressStatus[agreement.status]}`);
        }
        for (const line of plan.costs) expect(lines).toContain(`| ${escaped(line.description)} | ${amountText(catalogue, line.amount)} |`);
        const manager = lines.find((line) => line.startsWith(`- ${words.manager} (`));
        expect(manager?.includes(words.approvedOn)).toBe(approved);
        const historyRows = lines.slice(lines.indexOf(`## ${words.history}`)).filter((line) => /^\| \d+ \| /u.test(line));
        expect(historyRows.map((row) => row.split(' | ')[0])).toEqual(plan.history.map((entry) => `| ${entry.version}`));
      }),
      { numRuns: 60 },
    );
  });
});
