import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LearningForm, LearningOffer } from '../../src/agreements/index.js';
import { learningFormSchema } from '../../src/agreements/schema.js';
import type { Result } from '../../src/index.js';
import type { DevelopmentPlan } from '../../src/plan/index.js';
import { amendPlan, createDevelopmentPlan, renderPlanMarkdown } from '../../src/plan/index.js';
import { developmentPlanSchema } from '../../src/plan/schema.js';
import { de } from '../../examples/locales/de.js';
import { concludedConversation, sampleContent, samplePlan } from './fixtures.js';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.map((f) => f.code)));
  return result.value;
}

/** The sample POP with a learning offer on its support agreement `s1`. */
function planWithOffer(offer: LearningOffer): DevelopmentPlan {
  const content = sampleContent();
  content.agreements = content.agreements.map((agreement) => (agreement.id === 's1' ? { ...agreement, offer } : agreement));
  return samplePlan(content);
}

const training: LearningOffer = {
  provider: 'Schouten & Nelissen',
  url: 'https://www.example.nl/presenteren-met-impact',
  hours: 16,
  form: 'course',
};

/** The lines the POP writes under support agreement `s1`. */
function supportLines(markdown: string): string[] {
  const section = markdown.split(/^## /mu).find((part) => part.startsWith('Ondersteuningsafspraken') || part.startsWith('Support'));
  return (section ?? '').split('\n').filter((line) => line.startsWith('   - '));
}

describe('a learning offer in the POP', () => {
  it('shows form, provider, study hours and link under the support agreement, in Dutch, English and German', () => {
    const plan = planWithOffer(training);
    const nl = value(renderPlanMarkdown(plan, { locale: 'nl' }));
    expect(nl).toContain(
      '   - Leeraanbod: Cursus bij Schouten & Nelissen, 16 studie-uren (<https://www.example.nl/presenteren-met-impact>)',
    );
    expect(supportLines(nl)).toContain(
      '   - Leeraanbod: Cursus bij Schouten & Nelissen, 16 studie-uren (<https://www.example.nl/presenteren-met-impact>)',
    );
    const en = value(renderPlanMarkdown(plan, { locale: 'en' }));
    expect(en).toContain(
      '   - Learning offer: Course from Schouten & Nelissen, 16 study hours (<https://www.example.nl/presenteren-met-impact>)',
    );
    const german = value(renderPlanMarkdown(plan, { locale: de }));
    expect(german).toContain(
      '   - Lernangebot: Kurs bei Schouten & Nelissen, 16 Lernstunden (<https://www.example.nl/presenteren-met-impact>)',
    );
  });

  it('writes only what is known, hours in the language’s notation, one hour in the singular', () => {
    const line = (offer: LearningOffer, locale: 'nl' | 'en') =>
      value(renderPlanMarkdown(planWithOffer(offer), { locale }))
        .split('\n')
        .find((text) => text.includes('Leeraanbod') || text.includes('Learning offer'));
    expect(line({ form: 'mentoring' }, 'nl')).toBe('   - Leeraanbod: Mentoraat');
    expect(line({ form: 'jobRotation', provider: 'afdeling Inkoop' }, 'nl')).toBe('   - Leeraanbod: Jobrotatie bij afdeling Inkoop');
    expect(line({ form: 'eLearning', hours: 4.5 }, 'nl')).toBe('   - Leeraanbod: E-learning, 4,5 studie-uren');
    expect(line({ form: 'coaching', hours: 1 }, 'en')).toBe('   - Learning offer: Coaching, 1 study hour');
    expect(line({ form: 'assessment', hours: 1_500 }, 'en')).toBe('   - Learning offer: Assessment, 1,500 study hours');
  });

  it('escapes Markdown in the provider’s name', () => {
    const markdown = value(renderPlanMarkdown(planWithOffer({ form: 'course', provider: 'Learn_IT *Academy* | [NL]' }), { locale: 'nl' }));
    expect(markdown).toContain('Cursus bij Learn\\_IT \\*Academy\\* \\| \\[NL\\]');
  });

  it('carries the offer of a support agreement from the concluded conversation into the POP', () => {
    const conversation = concludedConversation();
    const [entry] = conversation.supportAgreements;
    if (entry === undefined) throw new Error('the fixture has a support agreement');
    const withOffer = { ...conversation, supportAgreements: [{ ...entry, agreement: { ...entry.agreement, offer: training } }] };
    const plan = value(createDevelopmentPlan(withOffer));
    const support = plan.agreements.find((agreement) => agreement.id === entry.agreement.id);
    expect(support?.kind).toBe('support');
    expect(support?.offer).toEqual(training);
    expect(value(renderPlanMarkdown(plan, { locale: 'nl' }))).toContain('Leeraanbod: Cursus bij Schouten & Nelissen, 16 studie-uren');
  });

  it('leaves a plan without offers as it was: no line, and no key in the stored agreements', () => {
    const plan = samplePlan();
    expect(plan.agreements.every((agreement) => !('offer' in agreement))).toBe(true);
    const markdown = value(renderPlanMarkdown(plan, { locale: 'nl' }));
    expect(markdown).not.toContain('Leeraanbod');
  });

  it('counts the offer in the content hash, so approving the plan approves the offer too', () => {
    const without = samplePlan();
    const withOffer = planWithOffer(training);
    expect(withOffer.hash === without.hash).toBe(false);
    const changed = value(
      amendPlan(withOffer, {
        by: 'employee',
        at: '2027-04-01T09:00:00+02:00',
        set: { agreements: withOffer.agreements.map((a) => (a.id === 's1' ? { ...a, offer: { ...training, hours: 24 } } : a)) },
      }),
    );
    expect(changed.version).toBe(2);
    expect(changed.hash === withOffer.hash).toBe(false);
    expect(changed.agreements.find((a) => a.id === 's1')?.offer?.hours).toBe(24);
  });

  it('round-trips any valid offer through the stored POP unchanged, and shows its form in the Markdown', () => {
    const forms = learningFormSchema.options as readonly LearningForm[];
    const offer: fc.Arbitrary<LearningOffer> = fc.record(
      {
        provider: fc.string({ minLength: 1, maxLength: 200 }).filter((text) => text.trim() === text && text !== ''),
        url: fc.webUrl({ validSchemes: ['http', 'https'] }).filter((url) => !/[\s<>"`{}|\\^]/u.test(url)),
        hours: fc.double({ min: Number.MIN_VALUE, max: 2_000, noNaN: true }),
        form: fc.constantFrom(...forms),
      },
      { requiredKeys: ['form'] },
    );
    fc.assert(
      fc.property(offer, (given) => {
        const plan = planWithOffer(given);
        expect(plan.agreements.find((agreement) => agreement.id === 's1')?.offer).toEqual(given);
        const stored = JSON.stringify(plan);
        const read = developmentPlanSchema.parse(JSON.parse(stored));
        expect(JSON.stringify(read)).toBe(stored);
        const markdown = value(renderPlanMarkdown(plan, { locale: 'en' }));
        const line = markdown.split('\n').find((text) => text.startsWith('   - Learning offer: ')) ?? '';
        const label = {
          course: 'Course',
          eLearning: 'E-learning',
          coaching: 'Coaching',
          assessment: 'Assessment',
          jobRotation: 'Job rotation',
          mentoring: 'Mentoring',
        };
        expect(line.startsWith(`   - Learning offer: ${label[given.form]}`)).toBe(true);
        if (given.url !== undefined) expect(line.endsWith(` (<${given.url}>)`)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
