import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingMessage } from '../../src/index.js';
import type { AgreementCheckContext, AgreementInput, AgreementReport, LearningForm, LearningOffer } from '../../src/agreements/index.js';
import { checkAgreement } from '../../src/agreements/index.js';
import { agreementSchema, learningFormSchema, learningOfferSchema } from '../../src/agreements/schema.js';
import { parseWith } from '../../src/schemas/index.js';
import { de } from '../../examples/locales/de.js';

const context: AgreementCheckContext = {
  now: '2027-03-15T10:00:00+01:00',
  locale: 'nl',
  participants: [
    { id: 'emp-1', name: 'Sanne de Vries', role: 'employee' },
    { id: 'mgr-1', name: 'Joris', role: 'manager' },
  ],
};

/** A support agreement: the organisation pays for a training the employee found. */
const support: AgreementInput = {
  id: 's1',
  kind: 'support',
  what: 'De organisatie betaalt de training Presenteren met impact en geeft er 16 studie-uren voor',
  who: 'mgr-1',
  when: '2027-06-30',
  studyTime: { minutes: 16 * 60 },
};

const training: LearningOffer = {
  provider: 'Schouten & Nelissen',
  url: 'https://www.example.nl/presenteren-met-impact',
  hours: 16,
  form: 'course',
};

const offerCodes = (report: AgreementReport): string[] =>
  report.findings.map((finding) => finding.code).filter((code) => code.startsWith('agreement.offer.'));

const forms = learningFormSchema.options as readonly LearningForm[];

/** Valid offers: any form; provider, link and hours as far as known, each within its bounds. */
const validOffer: fc.Arbitrary<LearningOffer> = fc.record(
  {
    provider: fc.string({ minLength: 1, maxLength: 200 }).filter((text) => text.trim() === text && text !== '' && !/^\s|\s$/u.test(text)),
    url: fc.webUrl({ validSchemes: ['http', 'https'] }).filter((url) => url.length <= 2_000 && !/[\s<>"`{}|\\^]/u.test(url)),
    hours: fc.double({ min: Number.MIN_VALUE, max: 2_000, noNaN: true }),
    form: fc.constantFrom(...forms),
  },
  { requiredKeys: ['form'] },
);

describe('a learning offer on an agreement', () => {
  it('is optional: an agreement without one parses without the key, and one with it keeps it as given', () => {
    const without = agreementSchema.parse(support);
    expect('offer' in without).toBe(false);
    const withOffer = agreementSchema.parse({ ...support, offer: training });
    expect(withOffer.offer).toEqual(training);
    // The key sits right after who searches for the provider, so the stored JSON has one key order.
    const keys = Object.keys(agreementSchema.parse({ ...support, providerSearchedBy: 'employee', offer: training }));
    expect(keys.indexOf('offer')).toBe(keys.indexOf('providerSearchedBy') + 1);
  });

  it('passes a complete offer on a support agreement without a word', () => {
    const report = checkAgreement({ ...support, offer: training }, context);
    expect(offerCodes(report)).toEqual([]);
    expect(report.findings.filter((finding) => finding.path[0] === 'offer')).toEqual([]);
  });

  it('trims the provider and the link, and refuses an empty provider or an unknown key', () => {
    const parsed = learningOfferSchema.parse({ provider: '  GoodHabitz ', url: ' https://goodhabitz.example/nl ', form: 'eLearning' });
    expect(parsed).toEqual({ provider: 'GoodHabitz', url: 'https://goodhabitz.example/nl', form: 'eLearning' });
    expect(parseWith(learningOfferSchema, { provider: '   ', form: 'course' }).findings.map((f) => [f.code, f.path])).toEqual([
      ['input.too_small.string', ['provider']],
    ]);
    expect(parseWith(learningOfferSchema, { provider: 'x'.repeat(201), form: 'course' }).findings[0]?.code).toBe('input.too_big.string');
    expect(parseWith(learningOfferSchema, { form: 'course', price: 450 }).findings[0]?.code).toBe('input.unrecognized_keys');
    expect(parseWith(learningOfferSchema, { provider: 'NCOI' }).findings.map((f) => [f.code, f.path])).toEqual([
      ['input.invalid_value', ['form']],
    ]);
  });

  it.each([
    ['ftp://example.nl/cursus'],
    ['www.example.nl/cursus'],
    ['intranet › Leren › Presenteren'],
    ['https://'],
    ['https://exa mple.nl'],
    ['https://example.nl/<script>'],
    ['javascript:alert(1)'],
    [''],
  ])('refuses %j as a link, with a finding that quotes it', (url) => {
    const result = parseWith(learningOfferSchema, { url, form: 'course' });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.path, f.params])).toEqual([['agreement.offer.url', ['url'], { value: url }]]);
    expect(findingMessage(result.findings[0] as never, 'nl')).toContain('geen webadres');
  });

  it.each([['http://example.nl'], ['HTTPS://Example.nl/Cursus?id=7#inhoud'], ['https://127.0.0.1:8080/x']])('accepts %j', (url) => {
    expect(parseWith(learningOfferSchema, { url, form: 'course' }).ok).toBe(true);
  });

  it('wants the study hours above 0 and at most 2,000', () => {
    const at = (hours: unknown) => parseWith(learningOfferSchema, { hours, form: 'course' }).findings.map((f) => [f.code, f.params]);
    expect(at(0)).toEqual([['agreement.offer.hours', { value: 0 }]]);
    expect(at(-3)).toEqual([['agreement.offer.hours', { value: -3 }]]);
    expect(at(2_000.5)).toEqual([['input.too_big.number', { maximum: 2_000 }]]);
    expect(at(Number.POSITIVE_INFINITY).map(([code]) => code)).toEqual(['input.invalid_type']);
    expect(at('16')).toEqual([['input.invalid_type', { expected: 'number', received: 'string' }]]);
    expect(at(0.25)).toEqual([]);
    expect(at(2_000)).toEqual([]);
  });

  it('reports a bad offer in the agreement check at its path, and still judges the rest', () => {
    const report = checkAgreement({ ...support, offer: { url: 'intranet', hours: 0, form: 'course' } }, context);
    expect(report.ok).toBe(false);
    const bad = report.findings.filter((finding) => finding.path[0] === 'offer').map((f) => [f.code, f.path]);
    expect(bad).toEqual([
      ['agreement.offer.hours', ['offer', 'hours']],
      ['agreement.offer.url', ['offer', 'url']],
    ]);
    expect(report.www.when.status).toBe('met');
  });

  it('never throws on any offer value, valid or not', () => {
    fc.assert(
      fc.property(fc.anything(), (offer) => {
        const report = checkAgreement({ ...support, offer }, context);
        expect(Array.isArray(report.findings)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('advice on a learning offer', () => {
  it('warns when a development agreement carries an offer: it belongs to a support agreement', () => {
    const development: AgreementInput = {
      id: 'a1',
      what: 'Ik volg de e-learning Timemanagement en pas de planning daarna toe in mijn team',
      who: 'emp-1',
      when: '2027-06-30',
      offer: { provider: 'GoodHabitz', form: 'eLearning', hours: 6 },
    };
    const report = checkAgreement(development, context);
    const warning = report.findings.find((finding) => finding.code === 'agreement.offer.notSupport');
    expect(warning).toMatchObject({ severity: 'warning', path: ['offer'], params: { form: 'eLearning' } });
    expect(findingMessage(warning as never, 'nl')).toContain('(e-learning)');
    expect(findingMessage(warning as never, 'nl')).toContain('ondersteuningsafspraak');
    expect(findingMessage(warning as never, 'en')).toContain('support agreement');
    // The same offer on a support agreement is where it belongs.
    expect(offerCodes(checkAgreement({ ...development, kind: 'support' }, context))).toEqual([]);
  });

  it('leaves an offer without a provider alone while the employee searches, and asks for one when someone else does', () => {
    const open: LearningOffer = { form: 'coaching', hours: 10 };
    expect(offerCodes(checkAgreement({ ...support, offer: open }, context))).toEqual([]);
    expect(offerCodes(checkAgreement({ ...support, offer: open, providerSearchedBy: 'employee' }, context))).toEqual([]);
    for (const searcher of ['manager', 'hrAdviser'] as const) {
      const report = checkAgreement({ ...support, offer: open, providerSearchedBy: searcher }, context);
      const hint = report.findings.find((finding) => finding.code === 'agreement.offer.providerMissing');
      expect(hint).toMatchObject({ severity: 'info', path: ['offer', 'provider'], params: { searcher, form: 'coaching' } });
    }
    const named = checkAgreement(
      { ...support, offer: { ...open, provider: 'Loopbaanpraktijk De Wending' }, providerSearchedBy: 'hrAdviser' },
      context,
    );
    expect(offerCodes(named)).toEqual([]);
    const hint = checkAgreement({ ...support, offer: open, providerSearchedBy: 'hrAdviser' }, context).findings.find(
      (finding) => finding.code === 'agreement.offer.providerMissing',
    );
    expect(findingMessage(hint as never, 'nl')).toBe(
      'De HR-adviseur zoekt een aanbieder voor dit aanbod (coaching), maar die staat er nog niet bij. Vul de aanbieder in zodra die gekozen is, en laat de medewerker de keuze maken of bevestigen.',
    );
    expect(findingMessage(hint as never, de)).toContain('die HR-Beratung');
  });

  it('says when the offer takes more study hours than the agreement claims, and not when it fits', () => {
    const long = checkAgreement({ ...support, offer: { ...training, hours: 24 } }, context);
    const hint = long.findings.find((finding) => finding.code === 'agreement.offer.studyTimeShort');
    expect(hint).toMatchObject({ severity: 'info', path: ['studyTime'], params: { hours: 24, studyHours: 16 } });
    expect(findingMessage(hint as never, 'nl')).toContain('24 studie-uren, maar de afspraak rekent met 16 uur studietijd');
    expect(findingMessage(hint as never, 'en')).toContain('takes 24 study hours, but the agreement claims 16 hours');
    expect(offerCodes(checkAgreement({ ...support, offer: { ...training, hours: 16 } }, context))).toEqual([]);
    expect(offerCodes(checkAgreement({ ...support, offer: { ...training, hours: 7.5 } }, context))).toEqual([]);
    // Compared in whole minutes, as study time is kept: 0.1 hour is 6 minutes, not 6.000000000000001.
    const tenth = checkAgreement({ ...support, studyTime: { minutes: 6 }, offer: { ...training, hours: 0.1 } }, context);
    expect(offerCodes(tenth)).toEqual([]);
    const more = checkAgreement({ ...support, studyTime: { minutes: 5 }, offer: { ...training, hours: 0.1 } }, context);
    expect(offerCodes(more)).toEqual(['agreement.offer.studyTimeShort']);
    // No study time agreed: the offer's hours are information, not a shortfall.
    const { studyTime: _, ...withoutTime } = support;
    expect(offerCodes(checkAgreement({ ...withoutTime, offer: { ...training, hours: 40 } }, context))).toEqual([]);
  });

  it('does not nag about a closed agreement, but still places a development agreement’s offer', () => {
    const done = checkAgreement(
      { ...support, status: 'done', offer: { form: 'mentoring', hours: 40 }, providerSearchedBy: 'manager' },
      context,
    );
    expect(offerCodes(done)).toEqual([]);
    const developmentDone = checkAgreement({ ...support, kind: 'development', status: 'dropped', offer: { form: 'jobRotation' } }, context);
    expect(offerCodes(developmentDone)).toEqual(['agreement.offer.notSupport']);
  });

  it('never fails an agreement for advice on its offer: the advice is a warning or a hint', () => {
    fc.assert(
      fc.property(
        validOffer,
        fc.constantFrom('development' as const, 'support' as const),
        fc.constantFrom(undefined, 'employee' as const, 'manager' as const, 'hrAdviser' as const),
        fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
        (offer, kind, providerSearchedBy, minutes) => {
          const { studyTime: _, ...base } = support;
          const input: AgreementInput = {
            ...base,
            kind,
            offer,
            ...(providerSearchedBy === undefined ? {} : { providerSearchedBy }),
            ...(minutes === undefined ? {} : { studyTime: { minutes } }),
          };
          const report = checkAgreement(input, context);
          const advice = report.findings.filter((finding) => finding.code.startsWith('agreement.offer.'));
          expect(advice.every((finding) => finding.severity !== 'error')).toBe(true);
          expect(advice.some((finding) => finding.code === 'agreement.offer.notSupport')).toBe(kind === 'development');
          const short = minutes !== undefined && offer.hours !== undefined && minutes < Math.round(offer.hours * 60);
          expect(advice.some((finding) => finding.code === 'agreement.offer.studyTimeShort')).toBe(short);
        },
      ),
    );
  });

  it('round-trips any valid offer through the schema unchanged, also as stored JSON', () => {
    fc.assert(
      fc.property(validOffer, (offer) => {
        const parsed = agreementSchema.parse({ ...support, offer });
        expect(parsed.offer).toEqual(offer);
        const again = agreementSchema.parse(JSON.parse(JSON.stringify(parsed)));
        expect(JSON.stringify(again)).toBe(JSON.stringify(parsed));
      }),
    );
  });
});
