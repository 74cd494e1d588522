// The employee's age as far as it may travel: a band, never a birth year.
import type { EmployeeAge } from '../agenda/index.js';

/**
 * The age band of an age as the host gave it: a band stays as it is; a birth year becomes the band
 * of the age in the year it is counted on (as the agenda's hint reads it), so no birth year leaves
 * the state in a view or an export.
 */
export function ageBand(age: EmployeeAge): { readonly band: 'under45' | '45to54' | '55plus' } {
  if ('band' in age) return { band: age.band };
  const years = Number(age.on.slice(0, 4)) - age.birthYear;
  return { band: years < 45 ? 'under45' : years < 55 ? '45to54' : '55plus' };
}
