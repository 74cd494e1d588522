import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDateOf } from '../../src/index.js';
import { en, nl } from '../../src/locales/index.js';
import type { AgreementCheckContext, AgreementInput, AgreementReport } from '../../src/agreements/index.js';
import { checkAgreement, meetsWww, smartCriteria, smartShortfalls } from '../../src/agreements/index.js';
import { agreementSchema } from '../../src/agreements/schema.js';
import { msg } from '../finding-text.js';

const now = '2027-03-15T10:00:00+01:00';
const today = calendarDateOf(now, 'Europe/Amsterdam');

const context: AgreementCheckContext = {
  now,
  locale: 'nl',
  participants: [
    { id: 'emp-1', name: 'Sanne de Vries', role: 'employee' },
    { id: 'mgr-1', name: 'Joris', role: 'manager' },
  ],
  remainingBudget: { amount: 70_000, currency: 'EUR' },
};

const accepted = { employee: '2027-03-15T10:30:00+01:00', manager: '2027-03-15T10:31:00+01:00' };

const good: AgreementInput = {
  id: 'a1',
  what: 'Ik geef in het teamoverleg een presentatie van 20 minuten over het nieuwe CRM aan mijn team',
  who: 'emp-1',
  when: '2027-06-30',
  acceptedBy: accepted,
  quality: 8,
  acceptance: 9,
  cost: { amount: 45_000, currency: 'EUR' },
};

const codes = (report: AgreementReport): string[] => report.findings.map((finding) => finding.code);

describe('checkAgreement: a good and a vague agreement', () => {
  it('passes a fully specified, accepted, affordable agreement with evidence for every verdict', () => {
    const report = checkAgreement(good, context);
    expect(report.ok).toBe(true);
    expect(report.findings).toEqual([]);
    expect(meetsWww(report)).toBe(true);
    expect(smartShortfalls(report)).toEqual([]);
    for (const criterion of smartCriteria) expect(report.smart[criterion].evidence.length).toBeGreaterThan(0);
    expect(report.effect).toBe(72);
    expect(report.www.who.evidence[0]).toContain('emp-1');
    expect(Object.isFrozen(report)).toBe(true);
    expect(Object.isFrozen(report.smart.realistic.evidence)).toBe(true);
  });

  it('explains why a vague draft fails, in both languages', () => {
    const report = checkAgreement({ id: 'a2', what: 'Iets met communicatie doen', who: 'emp-1' }, context);
    expect(report.ok).toBe(false);
    expect(meetsWww(report)).toBe(false);
    expect(report.www.what.status).toBe('unmet');
    expect(report.www.when.status).toBe('unmet');
    expect(smartShortfalls(report)).toEqual(['specific', 'measurable', 'acceptable', 'timeBound']);
    expect(codes(report)).toEqual(
      expect.arrayContaining([
        'agreement.www.when.missing',
        'agreement.www.what.vague',
        'agreement.smart.measurable.missing',
        'agreement.smart.acceptable.employeeMissing',
        'agreement.smart.acceptable.managerMissing',
        'agreement.text.vagueVerb',
      ]),
    );
    for (const finding of report.findings) {
      expect(msg(finding, 'nl')?.length).toBeGreaterThan(10);
      expect(msg(finding, 'en')?.length).toBeGreaterThan(10);
      expect(finding.code in nl.messages && finding.code in en.messages).toBe(true);
      expect(finding.message).toBeUndefined();
    }
  });
});

describe('checkAgreement: who', () => {
  it('accepts a participant by id or by name, case-insensitively', () => {
    expect(checkAgreement({ ...good, who: 'sanne de vries' }, context).www.who.status).toBe('met');
    expect(checkAgreement({ ...good, who: 'mgr-1' }, context).www.who.status).toBe('met');
  });

  it('rejects someone outside the conversation, and an empty who', () => {
    const outsider = checkAgreement({ ...good, who: 'HR' }, context);
    expect(outsider.www.who.status).toBe('unmet');
    expect(codes(outsider)).toContain('agreement.www.who.notParticipant');
    expect(outsider.ok).toBe(false);
    const empty = checkAgreement({ ...good, who: '  ' }, context);
    expect(codes(empty)).toContain('agreement.www.who.empty');
  });
});

describe('checkAgreement: what', () => {
  it('rejects an empty what', () => {
    const report = checkAgreement({ ...good, what: '' }, context);
    expect(report.www.what.status).toBe('unmet');
    expect(codes(report)).toContain('agreement.www.what.empty');
    expect(report.ok).toBe(false);
  });

  it('warns about a vague what, and makes it an error in strict mode', () => {
    const vague = { ...good, what: 'Beter communiceren met klanten', measure: 'Feedback van drie klanten' };
    const lenient = checkAgreement(vague, context);
    expect(lenient.www.what.status).toBe('unmet');
    expect(lenient.findings.find((finding) => finding.code === 'agreement.www.what.vague')?.severity).toBe('warning');
    expect(lenient.ok).toBe(true);
    const strict = checkAgreement(vague, { ...context, strict: true });
    expect(strict.findings.find((finding) => finding.code === 'agreement.www.what.vague')?.severity).toBe('error');
    expect(strict.ok).toBe(false);
  });

  it('hints that a training alone needs a link to the work', () => {
    const training = checkAgreement({ ...good, what: 'Ik volg de cursus Timemanagement bij de NCOI' }, context);
    expect(codes(training)).toContain('agreement.practice.missingLink');
    expect(training.findings.find((finding) => finding.code === 'agreement.practice.missingLink')?.severity).toBe('info');
    const linked = checkAgreement({ ...good, what: 'Ik volg de cursus Timemanagement en pas het toe in mijn project' }, context);
    expect(codes(linked)).not.toContain('agreement.practice.missingLink');
    const support = checkAgreement(
      { ...good, kind: 'support', who: 'mgr-1', what: 'Ik regel een plek in de cursus Timemanagement' },
      context,
    );
    expect(codes(support)).not.toContain('agreement.practice.missingLink');
  });
});

describe('checkAgreement: when and time-bound', () => {
  it('lets a structured date win over a text without one', () => {
    const report = checkAgreement({ ...good, what: 'Een presentatie geven over het CRM' }, context);
    expect(report.smart.timeBound.status).toBe('met');
    expect(report.smart.timeBound.evidence).toContain('when: 2027-06-30');
    expect(codes(report)).not.toContain('agreement.text.noDeadline');
  });

  it('counts a date in the text as time-bound, but WWW still wants the when field', () => {
    const { when: _when, ...rest } = good;
    const report = checkAgreement({ ...rest, what: 'Voor 1 juni geef ik een presentatie over het CRM' }, context);
    expect(report.smart.timeBound.status).toBe('met');
    expect(report.www.when.status).toBe('unmet');
    expect(codes(report)).toContain('agreement.www.when.missing');
  });

  it('rejects a date in the past, unless the agreement is closed', () => {
    const past = checkAgreement({ ...good, when: '2027-03-14' }, context);
    expect(past.www.when.status).toBe('unmet');
    expect(past.findings.find((finding) => finding.code === 'agreement.www.when.past')?.params).toEqual({
      when: '2027-03-14',
      today: '2027-03-15',
    });
    const done = checkAgreement({ ...good, when: '2027-03-14', status: 'done' }, context);
    expect(codes(done)).not.toContain('agreement.www.when.past');
    expect(codes(done)).toContain('agreement.status.closed');
    expect(done.ok).toBe(true);
  });

  it('warns about a date beyond the horizon (18 months unless told otherwise)', () => {
    const far = checkAgreement({ ...good, when: '2028-12-01' }, context);
    expect(far.www.when.status).toBe('unmet');
    expect(codes(far)).toContain('agreement.www.when.beyondHorizon');
    expect(far.ok).toBe(true);
    expect(codes(checkAgreement({ ...good, when: '2028-12-01' }, { ...context, horizonMonths: 24 }))).not.toContain(
      'agreement.www.when.beyondHorizon',
    );
  });

  it('uses the time zone for today', () => {
    const lateNight = { ...context, now: '2027-03-14T23:30:00Z' };
    expect(codes(checkAgreement({ ...good, when: '2027-03-15' }, lateNight))).not.toContain('agreement.www.when.past');
    expect(codes(checkAgreement({ ...good, when: '2027-03-14' }, { ...lateNight, timeZone: 'UTC' }))).not.toContain(
      'agreement.www.when.past',
    );
    expect(codes(checkAgreement({ ...good, when: '2027-03-14' }, lateNight))).toContain('agreement.www.when.past');
  });
});

describe('checkAgreement: measurable, acceptable', () => {
  it('lets the measure field make an agreement measurable', () => {
    const report = checkAgreement(
      { ...good, what: 'Beter leren plannen met Outlook', measure: 'Mijn agenda voor de week staat elke maandag om 10 uur vast' },
      context,
    );
    expect(report.smart.measurable.status).toBe('met');
    expect(report.smart.measurable.evidence[0]).toContain('measure:');
    expect(codes(report)).not.toContain('agreement.smart.measurable.missing');
  });

  it('is acceptable only when both sides accepted, and not with low acceptance', () => {
    const employeeOnly = checkAgreement({ ...good, acceptedBy: { employee: accepted.employee } }, context);
    expect(employeeOnly.smart.acceptable.status).toBe('unmet');
    expect(codes(employeeOnly)).toEqual(['agreement.smart.acceptable.managerMissing']);
    const low = checkAgreement({ ...good, acceptance: 3, quality: 9 }, context);
    expect(low.smart.acceptable.status).toBe('unmet');
    expect(codes(low)).toEqual(expect.arrayContaining(['agreement.smart.acceptable.low', 'agreement.effect.low']));
    expect(low.effect).toBe(27);
  });

  it('asks for the missing half of E = K x A', () => {
    const { acceptance: _a, ...qualityOnly } = good;
    expect(codes(checkAgreement(qualityOnly, context))).toContain('agreement.effect.qualityOnly');
    expect(checkAgreement(qualityOnly, context).effect).toBeUndefined();
    const { quality: _q, ...acceptanceOnly } = good;
    expect(codes(checkAgreement(acceptanceOnly, context))).toContain('agreement.effect.acceptanceOnly');
  });
});

describe('checkAgreement: realistic', () => {
  it('rejects a cost over the remaining budget, and cannot judge another currency', () => {
    const over = checkAgreement({ ...good, cost: { amount: 90_000, currency: 'EUR' } }, context);
    expect(over.smart.realistic.status).toBe('unmet');
    expect(
      msg(
        over.findings.find((finding) => finding.code === 'agreement.smart.realistic.overBudget'),
        'nl',
      ),
    ).toMatch(/€\s900,00/u);
    expect(over.ok).toBe(false);
    const dollars = checkAgreement({ ...good, cost: { amount: 100, currency: 'USD' } }, context);
    expect(dollars.smart.realistic.status).toBe('unknown');
    expect(codes(dollars)).toContain('agreement.smart.realistic.currencyMismatch');
  });

  it('warns when the owner already has too many open agreements', () => {
    const others = Array.from({ length: 5 }, (_, i) => ({ id: `o${i}`, what: 'Iets', who: 'emp-1' }));
    const report = checkAgreement(good, { ...context, openAgreements: others });
    expect(report.smart.realistic.status).toBe('unmet');
    expect(codes(report)).toContain('agreement.smart.realistic.overloaded');
    const fewer = checkAgreement(good, {
      ...context,
      openAgreements: [...others.slice(0, 4), { id: 'o9', what: 'x', who: 'e', status: 'done' }, { ...good }],
    });
    expect(codes(fewer)).not.toContain('agreement.smart.realistic.overloaded');
  });

  it('warns when the deadline is too close for the scope the text names', () => {
    const soon = addCalendarDays(today, 10);
    const certificate = checkAgreement({ ...good, what: 'Ik haal het certificaat Scrum Master', when: soon }, context);
    expect(certificate.smart.realistic.status).toBe('unmet');
    expect(certificate.findings.find((finding) => finding.code === 'agreement.smart.realistic.tooClose')?.params).toEqual({
      days: 10,
      minimumDays: 28,
      scope: 'certificate',
    });
    const degree = checkAgreement(
      { ...good, what: 'Finish the part-time MBA', when: addCalendarDays(today, 120) },
      { ...context, locale: 'en' },
    );
    expect(codes(degree)).toContain('agreement.smart.realistic.tooClose');
    expect(codes(checkAgreement({ ...good, when: soon }, context))).not.toContain('agreement.smart.realistic.tooClose');
  });
});

describe('checkAgreement: bad input gets findings, not crashes', () => {
  it('answers wrong types with input findings and unknown verdicts', () => {
    for (const input of [undefined, null, 'afspraak', 42, [], [good]]) {
      const report = checkAgreement(input, context);
      expect(report.ok).toBe(false);
      expect(report.findings[0]?.code).toMatch(/^input\./);
      expect(report.www.what.status).toBe('unknown');
    }
    const typed = checkAgreement({ ...good, when: 20270630, quality: 11, cost: { amount: 1.5, currency: 'EUR' } }, context);
    expect(typed.ok).toBe(false);
    expect(
      typed.findings
        .filter((finding) => finding.code.startsWith('input.'))
        .map((finding) => finding.path[0])
        .sort(),
    ).toEqual(['cost', 'quality', 'when']);
    // Fields that are fine are still judged.
    expect(typed.www.what.status).toBe('met');
    expect(typed.www.when.status).toBe('unknown');
  });

  it('rejects unknown keys and never merges __proto__', () => {
    const withProto = JSON.parse(JSON.stringify({ ...good, x: 1 }).replace('"x":1', '"__proto__":{"polluted":true}')) as unknown;
    const report = checkAgreement(withProto, context);
    expect(report.ok).toBe(false);
    expect(report.findings.find((finding) => finding.code === 'input.unrecognized_keys')?.params['keys']).toContain('__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const extra = checkAgreement({ ...good, owner: 'emp-1' }, context);
    expect(codes(extra)).toContain('input.unrecognized_keys');
    expect(extra.www.who.status).toBe('met');
  });

  it('answers a bad context with findings under context', () => {
    const report = checkAgreement(good, { ...context, now: 'yesterday', participants: 'everyone' } as never);
    expect(report.ok).toBe(false);
    expect(report.findings.filter((finding) => finding.path[0] === 'context').length).toBeGreaterThanOrEqual(2);
    expect(report.www.who.status).toBe('unknown');
    expect(report.smart.specific.status).toBe('met');
    expect(checkAgreement(good, undefined as never).ok).toBe(false);
  });

  it('handles 100 kB strings', () => {
    const huge = 'x'.repeat(100_000);
    const report = checkAgreement({ ...good, what: huge, who: huge, measure: huge }, context);
    expect(report.ok).toBe(false);
    expect(codes(report)).toContain('input.too_big.string');
    const within = checkAgreement({ ...good, what: `${'Ik geef een presentatie over de cao. '.repeat(54)}` }, context);
    expect(within.www.what.status).toBe('met');
  });

  it('survives hostile objects', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const report = checkAgreement(hostile, context);
    expect(report.ok).toBe(false);
    expect(report.findings.length).toBeGreaterThan(0);
  });
});

const futureDate = fc.integer({ min: 0, max: 500 }).map((days) => addCalendarDays(today, days));
const agreementArbitrary = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 10 }),
    what: fc.string({ maxLength: 120 }),
    who: fc.constantFrom('emp-1', 'mgr-1', 'Sanne de Vries', 'nobody', ''),
    when: futureDate,
    measure: fc.string({ maxLength: 40 }),
    kind: fc.constantFrom('development', 'support'),
    quality: fc.integer({ min: 1, max: 10 }),
    acceptance: fc.integer({ min: 1, max: 10 }),
    status: fc.constantFrom('open', 'done', 'dropped'),
  },
  { requiredKeys: ['id', 'what', 'who'] },
);
const rank = { met: 2, unknown: 1, unmet: 0 } as const;

describe('checkAgreement: properties', () => {
  it('never throws on any object or any value, and always answers a frozen report', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.object(), agreementArbitrary),
        fc.oneof(fc.constant(context), fc.anything()),
        (agreement, ctx) => {
          const report = checkAgreement(agreement, ctx as AgreementCheckContext);
          expect(Object.isFrozen(report)).toBe(true);
          expect(report.ok).toBe(!report.findings.some((finding) => finding.severity === 'error'));
        },
      ),
    );
  });

  it('never throws on any string in any field', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (what, who, when) => {
        const report = checkAgreement({ id: 'p', what, who, when }, context);
        expect(typeof report.ok).toBe('boolean');
      }),
    );
  });

  it('is deterministic, byte for byte', () => {
    fc.assert(
      fc.property(agreementArbitrary, (agreement) => {
        expect(JSON.stringify(checkAgreement(agreement, context))).toBe(
          JSON.stringify(checkAgreement(structuredClone(agreement), context)),
        );
      }),
    );
  });

  it('adding a valid future when never makes timeBound worse', () => {
    fc.assert(
      fc.property(agreementArbitrary, futureDate, (agreement, when) => {
        const { when: _drop, ...without } = agreement;
        const before = checkAgreement(without, context).smart.timeBound.status;
        const after = checkAgreement({ ...without, when }, context).smart.timeBound.status;
        expect(rank[after]).toBeGreaterThanOrEqual(rank[before]);
      }),
    );
  });

  it('a fully specified, accepted, affordable agreement has no error', () => {
    const whats = fc.constantFrom(
      'Ik geef voor de zomer een presentatie van 20 minuten over het nieuwe CRM',
      'Write two blog posts about our new services',
      "Ik begeleid twee nieuwe collega's tijdens hun inwerkperiode",
      'Run the team retrospective every two weeks',
    );
    fc.assert(
      fc.property(
        whats,
        fc.integer({ min: 30, max: 500 }),
        fc.integer({ min: 0, max: 70_000 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        (what, days, amount, quality, acceptance) => {
          const agreement = agreementSchema.parse({
            id: 'x',
            what,
            who: 'emp-1',
            when: addCalendarDays(today, days),
            acceptedBy: accepted,
            cost: { amount, currency: 'EUR' },
            quality,
            acceptance,
          });
          const report = checkAgreement(agreement, context);
          expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
          expect(report.ok).toBe(true);
        },
      ),
    );
  });
});

describe('checkAgreement: review findings', () => {
  it('does not pick one of two participants who share a name, whatever their order', () => {
    const twins = [
      { id: 'emp-2', name: 'Sam', role: 'employee' as const },
      { id: 'mgr-2', name: 'sam', role: 'manager' as const },
    ];
    for (const participants of [twins, [...twins].reverse()]) {
      const report = checkAgreement({ ...good, who: 'Sam' }, { ...context, participants });
      expect(report.www.who.status).toBe('unknown');
      expect(codes(report)).toContain('agreement.www.who.ambiguous');
      expect(report.www.who.evidence.join(' ')).toContain('emp-2');
      expect(report.www.who.evidence.join(' ')).toContain('mgr-2');
    }
    // The id still decides when it is given.
    expect(checkAgreement({ ...good, who: 'mgr-2' }, { ...context, participants: twins }).www.who.status).toBe('met');
  });

  it("counts an open agreement listed twice once for the owner's load", () => {
    const other = { ...good, id: 'other' };
    const report = checkAgreement(good, { ...context, openAgreements: [other, other, other, other, other], maxOpenAgreements: 2 });
    expect(report.smart.realistic.evidence).toContain('other open agreements: 1');
    expect(codes(report)).not.toContain('agreement.smart.realistic.overloaded');
  });

  it("weighs only the owner's own open agreements, matching an id and the same person's name", () => {
    const mine = [
      { ...good, id: 'm1' },
      { ...good, id: 'm2', who: 'Sanne de Vries' },
    ];
    const theirs = [1, 2, 3, 4].map((n) => ({ ...good, id: `t${n}`, who: 'mgr-1' }));
    const report = checkAgreement(good, { ...context, openAgreements: [...mine, ...theirs], maxOpenAgreements: 3 });
    expect(report.smart.realistic.evidence).toContain('other open agreements: 2');
    expect(codes(report)).not.toContain('agreement.smart.realistic.overloaded');
    const busy = checkAgreement(good, { ...context, openAgreements: [...mine, { ...good, id: 'm3' }], maxOpenAgreements: 3 });
    expect(codes(busy)).toContain('agreement.smart.realistic.overloaded');
  });

  it('does not read "a degree of" as a degree programme', () => {
    const report = checkAgreement(
      { ...good, what: 'I handle the customer calls with a higher degree of independence, without help', when: '2027-04-01' },
      { ...context, locale: 'en' },
    );
    expect(codes(report)).not.toContain('agreement.smart.realistic.tooClose');
    const degree = checkAgreement(
      { ...good, what: 'I finish my part-time degree in business administration', when: '2027-04-01' },
      context,
    );
    expect(codes(degree)).toContain('agreement.smart.realistic.tooClose');
  });
});

describe('checkAgreement: mastering a tool is not a degree programme', () => {
  it('reads "master the new CRM" as a skill, a master\'s degree as a degree', () => {
    const tool = checkAgreement(
      { ...good, what: 'I will master the new CRM and show it in the team meeting', when: '2027-04-01' },
      context,
    );
    expect(codes(tool)).not.toContain('agreement.smart.realistic.tooClose');
    const degree = checkAgreement({ ...good, what: "I finish my master's in data science", when: '2027-04-01' }, context);
    expect(codes(degree)).toContain('agreement.smart.realistic.tooClose');
  });
});

describe('checkAgreement: order of the context lists', () => {
  it('gives the same report whatever the order of the participants and of the open agreements', () => {
    const people = [
      { id: 'emp-1', name: 'Sanne de Vries', role: 'employee' as const },
      { id: 'mgr-1', name: 'Joris', role: 'manager' as const },
      { id: 'emp-2', name: 'Joris', role: 'employee' as const },
      { id: 'Anna', name: 'Sanne', role: 'employee' as const },
    ];
    const open = ['o1', 'o2', 'o2', 'a1', 'o3'].map((id, index) => ({
      ...good,
      id,
      status: index === 4 ? ('done' as const) : ('open' as const),
    }));
    fc.assert(
      fc.property(
        agreementArbitrary,
        fc.constantFrom('emp-1', 'Joris', 'joris', 'anna', 'Sanne', 'Sanne de Vries', 'nobody'),
        fc.shuffledSubarray(people, { minLength: people.length }),
        fc.shuffledSubarray(open, { minLength: open.length }),
        (drawn, who, participants, openAgreements) => {
          const agreement = { ...drawn, who };
          const base = checkAgreement(agreement, { ...context, participants: people, openAgreements: open, maxOpenAgreements: 2 });
          const shuffled = checkAgreement(agreement, { ...context, participants, openAgreements, maxOpenAgreements: 2 });
          expect(JSON.stringify(shuffled)).toBe(JSON.stringify(base));
        },
      ),
    );
  });
});

describe('checkAgreement: the practice hint reads the course topic as topic, not as a link', () => {
  it('hints for a course whose name mentions customers, projects or presenting', () => {
    for (const what of [
      'I will take the customer service course at the academy',
      'I will attend the project management training in Utrecht',
      'Ik volg de cursus omgaan met lastige klanten',
      'Ik volg een training presenteren voor beginners',
    ]) {
      expect([what, codes(checkAgreement({ ...good, what }, context))]).toEqual([
        what,
        expect.arrayContaining(['agreement.practice.missingLink']),
      ]);
    }
  });

  it('gives no hint when the text links the course to the work', () => {
    for (const what of [
      'I will take the customer service course and apply it in my team',
      'Ik volg de cursus omgaan met lastige klanten en pas het toe bij mijn klanten',
      'Ik volg een training en pas het toe in het project',
      'I follow the Excel course and use it for the budget of my department',
    ]) {
      expect([what, codes(checkAgreement({ ...good, what }, context))]).toEqual([
        what,
        expect.not.arrayContaining(['agreement.practice.missingLink']),
      ]);
    }
  });
});
