import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, isoWeekday, toDayNumber } from '../../src/core/index.js';
import { en, nl } from '../../src/locales/index.js';
import type { PublicHoliday } from '../../src/schedule/index.js';
import { weekdayOfDay, yearOfDay } from '../../src/schedule/holidays.js';
import { dutchPublicHolidays, easterSunday as easterResult } from '../../src/schedule/index.js';
import { msg } from '../finding-text.js';

function easterSunday(year: number): string {
  const result = easterResult(year);
  if (!result.ok) throw new Error(`no Easter for ${year}`);
  return result.value;
}

function holidays(year: number, historical = true): readonly PublicHoliday[] {
  const result = dutchPublicHolidays(year, { historical });
  if (!result.ok) throw new Error(`no holidays for ${year}`);
  return result.value;
}

function dateOf(year: number, id: string, historical = true): string | undefined {
  return holidays(year, historical).find((holiday) => holiday.id === id)?.date;
}

describe('dutchPublicHolidays', () => {
  it('knows the holidays of 2026 with Dutch and English names', () => {
    const list = holidays(2026);
    expect(list.map((h) => `${h.id} ${h.date}`)).toEqual([
      'newYearsDay 2026-01-01',
      'goodFriday 2026-04-03',
      'easterSunday 2026-04-05',
      'easterMonday 2026-04-06',
      'kingsDay 2026-04-27',
      'liberationDay 2026-05-05',
      'ascensionDay 2026-05-14',
      'whitSunday 2026-05-24',
      'whitMonday 2026-05-25',
      'christmasDay 2026-12-25',
      'boxingDay 2026-12-26',
    ]);
    // Names are in the catalogues, one label per holiday.
    expect(nl.labels.holiday.kingsDay).toBe('Koningsdag');
    expect(en.labels.holiday.kingsDay).toBe("King's Day");
    expect(list.map((h) => nl.labels.holiday[h.id])).toContain('Tweede pinksterdag');
    expect(Object.keys(list[0] ?? {})).toEqual(['id', 'date', 'weekday', 'generallyDayOff']);
  });

  it('marks Good Friday and Liberation Day as not generally a day off, and the lustrum years', () => {
    const list = holidays(2025);
    expect(list.find((h) => h.id === 'goodFriday')?.generallyDayOff).toBe(false);
    expect(list.find((h) => h.id === 'liberationDay')).toMatchObject({ generallyDayOff: false, lustrum: true });
    expect(holidays(2026).find((h) => h.id === 'liberationDay')?.lustrum).toBe(false);
    expect(holidays(2030).find((h) => h.id === 'liberationDay')?.lustrum).toBe(true);
    expect(list.find((h) => h.id === 'christmasDay')?.lustrum).toBeUndefined();
  });

  it("moves King's Day to Saturday 26 April when the 27th is a Sunday", () => {
    expect(dateOf(2014, 'kingsDay')).toBe('2014-04-26');
    expect(dateOf(2025, 'kingsDay')).toBe('2025-04-26');
    expect(dateOf(2031, 'kingsDay')).toBe('2031-04-26');
    expect(dateOf(2027, 'kingsDay')).toBe('2027-04-27');
  });

  it("follows Queen's Day history before 2014, and applies today's rules with historical: false", () => {
    expect(dateOf(2013, 'queensDay')).toBe('2013-04-30');
    expect(dateOf(1989, 'queensDay')).toBe('1989-04-29'); // Sunday 30 April: Saturday from 1980
    expect(dateOf(1950, 'queensDay')).toBe('1950-05-01'); // Sunday 30 April: Monday before 1980
    expect(dateOf(1930, 'queensDay')).toBe('1930-09-01'); // Wilhelmina: 31 August 1930 was a Sunday
    expect(dateOf(1920, 'queensDay')).toBe('1920-08-31');
    expect(dateOf(1930, 'liberationDay')).toBeUndefined();
    expect(dateOf(1945, 'liberationDay')).toBe('1945-05-05');
    expect(dateOf(1930, 'kingsDay', false)).toBe('1930-04-26'); // 27 April 1930 was a Sunday
    expect(dateOf(1930, 'liberationDay', false)).toBe('1930-05-05');
  });

  it('computes Easter like the published tables', () => {
    const known: Record<number, string> = {
      1900: '1900-04-15',
      1943: '1943-04-25',
      1961: '1961-04-02',
      2000: '2000-04-23',
      2008: '2008-03-23',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2029: '2029-04-01',
      2030: '2030-04-21',
      2038: '2038-04-25',
      2100: '2100-03-28',
      2200: '2200-04-06',
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date);
    const list = holidays(2025);
    expect(list.find((h) => h.id === 'ascensionDay')?.date).toBe('2025-05-29');
    expect(list.find((h) => h.id === 'whitMonday')?.date).toBe('2025-06-09');
  });

  it('agrees with an independent Easter algorithm (Oudin, 1940) in every year from 1900 to 2200', () => {
    const oudin = (y: number): string => {
      const g = y % 19;
      const c = Math.floor(y / 100);
      const h = (c - Math.floor(c / 4) - Math.floor((8 * c + 13) / 25) + 19 * g + 15) % 30;
      const i = h - Math.floor(h / 28) * (1 - Math.floor(29 / (h + 1)) * Math.floor((21 - g) / 11));
      const j = (y + Math.floor(y / 4) + i + 2 - c + Math.floor(c / 4)) % 7;
      const l = i - j;
      const month = 3 + Math.floor((l + 40) / 44);
      const day = l + 28 - 31 * Math.floor(month / 4);
      return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    };
    for (let year = 1900; year <= 2200; year++) expect([year, easterSunday(year)]).toEqual([year, oudin(year)]);
  });

  it('answers years outside 1900-2200 with a finding, not a guess', () => {
    for (const year of [1899, 2201, 2027.5, Number.NaN]) {
      for (const result of [dutchPublicHolidays(year), easterResult(year)]) {
        expect(result.ok).toBe(false);
        expect(result.findings[0]?.code).toBe('schedule.holidays.yearOutOfRange');
      }
    }
    expect(msg(dutchPublicHolidays(2201).findings[0], 'nl')).toBe(
      'Feestdagen zijn bekend voor de jaren 1900 tot en met 2200; 2201 valt daarbuiten.',
    );
    expect(msg(dutchPublicHolidays(1899).findings[0], 'en')).toBe(
      'Public holidays are known for the years 1900 to 2200; 1899 is outside them.',
    );
    expect(dutchPublicHolidays(1900).ok && dutchPublicHolidays(2200).ok).toBe(true);
  });

  it('returns frozen data', () => {
    const list = holidays(2027);
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
    // The same year twice is the same frozen table: kept, never changed.
    expect(holidays(2027)).toBe(list);
  });

  it('puts every holiday of any year on the right weekday rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.boolean(), (year, historical) => {
        const list = holidays(year, historical);
        const byId = new Map(list.map((h) => [h.id, h]));
        const easter = byId.get('easterSunday')!.date;
        expect(isoWeekday(easter)).toBe(7);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
        expect(byId.get('goodFriday')!.date).toBe(addCalendarDays(easter, -2));
        expect(byId.get('goodFriday')!.weekday).toBe(5);
        expect(byId.get('easterMonday')!.weekday).toBe(1);
        expect(byId.get('ascensionDay')!.weekday).toBe(4);
        expect(toDayNumber(byId.get('ascensionDay')!.date) - toDayNumber(easter)).toBe(39);
        expect(byId.get('whitSunday')!.weekday).toBe(7);
        expect(byId.get('whitMonday')!.weekday).toBe(1);
        expect(toDayNumber(byId.get('whitSunday')!.date) - toDayNumber(easter)).toBe(49);
        expect(toDayNumber(byId.get('whitMonday')!.date) - toDayNumber(easter)).toBe(50);
        expect(byId.get('newYearsDay')!.date).toBe(`${year}-01-01`);
        expect(byId.get('christmasDay')!.date).toBe(`${year}-12-25`);
        expect(byId.get('boxingDay')!.date).toBe(`${year}-12-26`);
        const monarch = byId.get('kingsDay') ?? byId.get('queensDay')!;
        expect(monarch.weekday).not.toBe(7);
        if (!historical || year >= 2014) {
          expect(monarch.id).toBe('kingsDay');
          expect(monarch.date === `${year}-04-27` || (monarch.date === `${year}-04-26` && monarch.weekday === 6)).toBe(true);
        }
        const liberation = byId.get('liberationDay');
        if (liberation !== undefined) {
          expect(liberation.date).toBe(`${year}-05-05`);
          expect(liberation.lustrum).toBe((year - 1945) % 5 === 0);
        }
        for (const holiday of list) expect(holiday.weekday).toBe(isoWeekday(holiday.date));
        // Only Good Friday and Liberation Day are left to a collective agreement.
        for (const holiday of list) {
          expect([holiday.id, holiday.generallyDayOff]).toEqual([
            holiday.id,
            holiday.id !== 'goodFriday' && holiday.id !== 'liberationDay',
          ]);
        }
        // In date order, and two holidays on one date (Ascension and Liberation Day, 5 May 2016) by id.
        const keys = list.map((h) => `${h.date} ${h.id}`);
        expect([...keys].sort()).toEqual(keys);
        expect(new Set(list.map((h) => h.id)).size).toBe(list.length);
      }),
    );
  });
});

describe('dutchPublicHolidays: the edges of its rules', () => {
  it('puts Ascension Day before Liberation Day when both fall on Thursday 5 May, as in 2005', () => {
    const may = holidays(2005).filter((h) => h.date === '2005-05-05');
    expect(may.map((h) => h.id)).toEqual(['ascensionDay', 'liberationDay']);
    expect(holidays(2005).map((h) => h.date)).toEqual([...holidays(2005).map((h) => h.date)].sort());
  });

  it("starts Queen's Day on 30 April in 1949, the first year of Queen Juliana's birthday", () => {
    expect(dateOf(1949, 'queensDay')).toBe('1949-04-30');
    expect(dateOf(1948, 'queensDay')).toBe('1948-08-31');
  });

  it('follows history when the options are not an object or cannot be read', () => {
    const hostile = {
      get historical(): boolean {
        throw new Error('no');
      },
    };
    for (const options of [null, 'no', hostile]) {
      const result = dutchPublicHolidays(1999, options as never);
      expect(result.ok && result.value.find((h) => h.id === 'queensDay')?.date).toBe('1999-04-30');
    }
  });

  it('names the type of a year that is no number, even one that cannot be written out', () => {
    const bare = Object.create(null) as never;
    for (const result of [dutchPublicHolidays(bare), easterResult(bare)]) {
      expect(result.findings).toStrictEqual([
        { code: 'schedule.holidays.yearOutOfRange', severity: 'error', path: [], params: { year: 'object', first: '1900', last: '2200' } },
      ]);
    }
    expect(dutchPublicHolidays('2027' as never).findings[0]?.params).toEqual({ year: 'string', first: '1900', last: '2200' });
  });

  it('knows the year and weekday of every day from 1900 to 2200 without a Date, leap days and century ends included', () => {
    for (let day = toDayNumber('1900-01-01'); day <= toDayNumber('2200-12-31'); day++) {
      const date = new Date(day * 86_400_000);
      if (yearOfDay(day) !== date.getUTCFullYear() || weekdayOfDay(day) !== (date.getUTCDay() || 7)) {
        expect([day, yearOfDay(day), weekdayOfDay(day)]).toEqual([day, date.getUTCFullYear(), date.getUTCDay() || 7]);
      }
    }
    expect([yearOfDay(toDayNumber('2000-02-29')), yearOfDay(toDayNumber('2000-03-01')), yearOfDay(toDayNumber('2100-12-31'))]).toEqual([
      2000, 2000, 2100,
    ]);
  });
});
