// Building blocks of the schedule module's schemas: dates and instants within the years the
// holiday rules cover, time zones from the per-zone memo, times of day, weekdays, languages.
import * as z from 'zod/mini';
import type { LocaleInput } from '../../locales/index.js';
import { isKnownZone } from '../zone.js';

/** The first and last day the module plans for: the years its holiday rules are written for. */
export const firstSupportedDate = '1900-01-01';
export const lastSupportedDate = '2200-12-31';
const rangeCode = 'schedule.date.outOfRange';

/** A well-formed date or instant (its first ten characters a real date) outside the supported years. */
function outsideRange(value: string): boolean {
  if (!z.regexes.date.test(value.slice(0, 10))) return false;
  const day = value.slice(0, 10);
  return day < firstSupportedDate || day > lastSupportedDate;
}

/** The finding for a date outside the supported years, as a zod issue that `parseWith` turns into one. */
const inRange = z.superRefine<string>((value, context) => {
  if (outsideRange(value)) {
    context.issues.push({
      code: 'custom',
      input: value,
      message: `Outside ${firstSupportedDate} to ${lastSupportedDate}`,
      params: { code: rangeCode, value: value.slice(0, 10), from: firstSupportedDate, to: lastSupportedDate },
    });
  }
});

/** A calendar date, `YYYY-MM-DD`, from 1900 to 2200. */
export const dateSchema = z.iso.date().check(inRange);

/** An instant, ISO 8601 with an offset, whose date lies from 1900 to 2200. */
export const instantSchema = z.iso.datetime({ offset: true }).check(inRange);

/** A calendar date or an instant: a conversation that happened may be known by its day or its moment. */
export const dateOrInstantSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]).check(inRange);

/** An IANA time zone name, checked once per zone (see zone.ts). */
export const zoneSchema = z.string().check(z.refine(isKnownZone, { message: 'Unknown IANA time zone' }));

/**
 * Schema of a local wall-clock time, `HH:mm` on a 24-hour clock.
 *
 * @example
 * ```ts
 * import { timeOfDaySchema } from 'ontwikkelgesprek/schemas';
 * timeOfDaySchema.safeParse('09:30').success; // true
 * timeOfDaySchema.safeParse('9.30').success; // false
 * ```
 */
export const timeOfDaySchema = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/u, { message: 'Use HH:mm' }));

/**
 * Schema of an ISO weekday: 1 is Monday, 7 is Sunday.
 *
 * @example
 * ```ts
 * import { weekdaySchema } from 'ontwikkelgesprek/schemas';
 * weekdaySchema.safeParse(6).success; // true (Saturday)
 * weekdaySchema.safeParse(8).success; // false
 * ```
 */
export const weekdaySchema = z.literal([1, 2, 3, 4, 5, 6, 7]);

/** The conversation kinds' rules in months, as a policy states them. */
export const monthsSchema = (min: number) => z.int().check(z.minimum(min), z.maximum(60));

function isCatalogueLike(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const catalogue = value as { locale?: unknown; messages?: unknown; labels?: unknown; format?: unknown };
  return (
    typeof catalogue.locale === 'string' &&
    typeof catalogue.messages === 'object' &&
    catalogue.messages !== null &&
    typeof catalogue.labels === 'object' &&
    catalogue.labels !== null &&
    typeof catalogue.format === 'object' &&
    catalogue.format !== null
  );
}

/** A language: `'nl'`, `'en'`, or a catalogue object. */
export const localeInputSchema = z.custom<LocaleInput>((value) => value === 'nl' || value === 'en' || isCatalogueLike(value), {
  message: "Use 'nl', 'en' or a catalogue",
});
