import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/index.js';
import type { ScheduleFindingParams } from '../../src/locales/codes/schedule.js';
import type { FindingParamsOf } from '../../src/locales/index.js';
import { en, findingMessage, nl } from '../../src/locales/index.js';
import { scheduleLabelsEn } from '../../src/locales/en/schedule.js';
import { scheduleLabelsNl } from '../../src/locales/nl/schedule.js';

type Code = keyof ScheduleFindingParams;

const agreement = { kind: 'agreement', id: 'a1', title: 'Presentatie over het planningssysteem geven' };
const event = { kind: 'event', id: 'c-2027-07@example.org', title: 'Ontwikkelgesprek met Sanne' };

/** Realistic params for every code of the module (a missing code does not compile). */
const samples: { [C in Code]: readonly FindingParamsOf<C>[] } = {
  'schedule.holidays.yearOutOfRange': [{ year: '2201', first: '1900', last: '2200' }],
  'schedule.date.outOfRange': [{ value: '2250-01-01', from: '1900-01-01', to: '2200-12-31' }],
  'schedule.calendar.closureReversed': [{ from: '2027-12-31', to: '2027-12-27' }],
  'schedule.calendar.closuresTooLong': [{ limit: 100_000 }],
  'schedule.calendar.noWorkingDay': [{ from: '2027-01-01', days: 3660 }],
  'schedule.calendar.rangeTooLong': [{ from: '1900-01-01', to: '2200-12-31' }],
  'schedule.policy.bounds': [{ min: 13, preferred: 6, max: 12 }, {}],
  'schedule.policy.kindMismatch': [{ kind: 'development', policyKind: 'checkIn' }],
  'schedule.time.window': [{ from: '12:00', to: '09:00' }, {}],
  'schedule.time.windowTooShort': [{ minutes: 60 }],
  'schedule.time.shiftedByDst': [{ date: '2027-03-28', time: '02:30', actual: '03:30' }],
  'schedule.plan.wishUsed': [{ months: 3 }, { months: 1 }],
  'schedule.plan.wishClamped': [{ wish: 18, months: 12, min: 3, max: 12 }],
  'schedule.plan.wishIgnored': [{}],
  'schedule.plan.preferredInterval': [{ months: 6 }],
  'schedule.plan.firstAfterHire': [{ months: 6, hireDate: '2027-02-01' }],
  'schedule.plan.noHistory': [{}],
  'schedule.plan.lastInFuture': [{ date: '2027-06-01', today: '2027-03-01' }],
  'schedule.plan.overdue': [{ latestAllowed: '2026-11-03', date: '2027-02-05', days: 94 }],
  'schedule.plan.targetPassed': [{ target: '2026-12-01', date: '2027-02-05' }],
  'schedule.plan.movedLater': [
    { target: '2027-04-27', date: '2027-04-28', reason: 'holiday', holiday: 'kingsDay' },
    { target: '2027-04-24', date: '2027-04-26', reason: 'weekend' },
    { target: '2027-12-28', date: '2028-01-03', reason: 'closure', closure: 'Kerstsluiting' },
    { target: '2027-12-28', date: '2028-01-03', reason: 'closure' },
    { target: '2027-06-16', date: '2027-06-17', reason: 'holiday' },
  ],
  'schedule.plan.movedEarlier': [{ target: '2027-12-24', date: '2027-12-17', reason: 'closure', closure: 'Kerstsluiting' }],
  'schedule.plan.proposed': [{ date: '2027-04-28', time: '10:00', timeZone: 'Europe/Amsterdam' }],
  'schedule.followUp.agreementWithoutDeadline': [{ agreement }, { agreement: { kind: 'agreement', id: 'a2' } }],
  'schedule.followUp.conversationOverdue': [{ days: 12, dueDate: '2027-01-05' }],
  'schedule.followUp.conversationDueSoon': [
    { days: 15, dueDate: '2027-03-02' },
    { days: 0, dueDate: '2027-03-02' },
  ],
  'schedule.followUp.plannedTooLate': [{ nextPlanned: '2027-03-10', dueDate: '2027-03-02' }],
  'schedule.followUp.agreementOverdue': [{ agreement, days: 17, when: '2027-01-29' }],
  'schedule.reminders.dropped': [{ count: 2 }, { count: 1 }],
  'schedule.reminders.duplicateAgreement': [{ agreement }],
  'schedule.due.duplicateEmployee': [{ employee: { kind: 'participant', id: 'emp-000017' }, position: 18, first: 3 }],
  'schedule.checkIns.endMissing': [{}],
  'schedule.checkIns.separateEvents': [{ dates: ['2026-03-29', '2026-10-25'] }],
  'schedule.ical.endBeforeStart': [{ event }, {}],
  'schedule.ical.duplicateUid': [{ event }],
  'schedule.ical.textCleaned': [{ field: 'summary', event }, { field: 'uid', event }, { field: 'attendee', event }, { field: 'productId' }],
  'schedule.ical.organizerMissing': [{ event }],
  'schedule.ical.attendeesMissing': [{ event }],
  'schedule.ical.attendeeDuplicate': [{ event, email: 'sanne@example.org' }],
  'schedule.ical.otherEvent': [{ event }],
  'schedule.reminder.prepareEmployee': [{ kind: 'checkIn', date: '2027-05-10', time: '10:00' }],
  'schedule.reminder.prepareManager': [
    { kind: 'futureDialogue', date: '2027-05-10', time: '10:00', employee: 'Sanne' },
    { kind: 'development', date: '2027-05-10', time: '10:00' },
  ],
  'schedule.reminder.conversation': [
    { kind: 'futureDialogue', date: '2027-05-10', time: '10:00' },
    { kind: 'career', date: '2027-05-10', time: '10:00' },
  ],
  'schedule.reminder.deadline': [
    { agreement, when: '2027-06-30', days: 1 },
    { agreement, when: '2027-06-30', days: 14 },
  ],
  'schedule.reminder.escalation': [
    { agreement, when: '2027-06-30', employee: 'Sanne' },
    { agreement, when: '2027-06-30' },
  ],
  'schedule.invitation.summary': [{ kind: 'checkIn', employee: 'Sanne' }, { kind: 'development' }],
};

/** Every enum value of the module: none may show in a text people read. */
const enumValues = [
  ...Object.keys(scheduleLabelsNl.holiday),
  ...Object.keys(scheduleLabelsNl.dayOff),
  ...Object.keys(scheduleLabelsNl.eventField),
  ...Object.keys(scheduleLabelsNl.reminderType),
  ...Object.keys(scheduleLabelsNl.followUpState),
  ...['lastConversation', 'hireDate', 'none', 'development', 'career', 'checkIn', 'futureDialogue'],
  ...['dutch', 'always', 'lustrum', 'never', 'publish', 'request', 'cancel'],
  ...['chair', 'required', 'optional', 'informational', 'needsAction', 'accepted', 'declined', 'tentative', 'delegated'],
  ...['confirmed', 'cancelled', 'employee', 'manager'],
];

/**
 * CamelCase words and dotted codes in a text (e-mail addresses aside), and in Dutch also the
 * module's enum values: in English many of them are ordinary words ("conversation", "closure").
 */
function identifiersIn(text: string, locale: string): string[] {
  const plain = text.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, 'e-mail');
  const camel = plain.match(/\b[a-z]+[A-Z][A-Za-z]*\b/gu) ?? [];
  const dotted = plain.match(/\b[a-z]+\.[a-z][A-Za-z.]*\b/gu) ?? [];
  const words = locale === 'nl' ? (plain.match(/[A-Za-z]+/gu) ?? []) : [];
  return [...camel, ...dotted, ...words.filter((word) => enumValues.includes(word))];
}

function render(code: Code, params: object, locale: typeof nl): string {
  return findingMessage({ code, severity: 'info', path: [], params } as Finding, locale);
}

describe('schedule texts in Dutch and English', () => {
  const all = Object.entries(samples) as [Code, readonly object[]][];

  it('have a sample for every code, rendered without placeholders, ids or codes', () => {
    expect(all.length).toBe(Object.keys(samples).length);
    for (const [code, list] of all) {
      for (const params of list) {
        for (const catalogue of [nl, en]) {
          const text = render(code, params, catalogue);
          expect(text, code).not.toBe(code);
          expect(text, `${code} in ${catalogue.locale}`).not.toMatch(/[{}]|undefined|NaN|\[object|emp-000017|c-2027-07/u);
          expect([code, catalogue.locale, identifiersIn(text, catalogue.locale)]).toEqual([code, catalogue.locale, []]);
        }
      }
    }
  });

  it('name every label without an identifier, in both languages', () => {
    for (const [locale, labels] of [
      ['nl', scheduleLabelsNl],
      ['en', scheduleLabelsEn],
    ] as const) {
      for (const [family, names] of Object.entries(labels)) {
        for (const [id, name] of Object.entries(names as Record<string, string>)) {
          expect([family, id, identifiersIn(name, locale)]).toEqual([family, id, []]);
        }
      }
    }
  });

  it('write dates, numbers and titles as people do', () => {
    expect(render('schedule.plan.overdue', { latestAllowed: '2026-11-03', date: '2027-02-05', days: 94 }, nl)).toBe(
      'Het gesprek had uiterlijk 3 november 2026 moeten plaatsvinden; de eerste mogelijkheid is 5 februari 2027, 94 dagen te laat.',
    );
    expect(render('schedule.reminder.deadline', { agreement, when: '2027-06-30', days: 1 }, en)).toBe(
      '1 day left until the deadline of “Presentatie over het planningssysteem geven” (30 June 2027).',
    );
    expect(
      render('schedule.reminder.prepareManager', { kind: 'futureDialogue', date: '2027-05-10', time: '10:00', employee: 'Sanne' }, nl),
    ).toMatch(/^Bereid de toekomstdialoog met Sanne van 10 mei 2027 om 10:00 voor:/u);
    expect(render('schedule.calendar.closuresTooLong', { limit: 100_000 }, nl)).toContain('100.000 dagen');
    expect(render('schedule.due.duplicateEmployee', { employee: { kind: 'participant', id: 'e' }, position: 1204, first: 3 }, en)).toBe(
      'Employee number 1,204 in the list was already in it, as number 3; every employee belongs in it once.',
    );
  });
});
