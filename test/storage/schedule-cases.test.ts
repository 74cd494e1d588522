// Reminders stored by 0.1 migrated by hand (issue 21: mutation testing of the storage module): which
// language is taken, when the migration says so, and a reminder it cannot take a text from.
import { describe, expect, it } from 'vitest';
import { migrateReminder } from '../../src/index.js';
import { storedReminder } from './fixtures.js';

const reminder = storedReminder;
const said = (findings: readonly { code: string; path: readonly (string | number)[] }[]) => findings.map((f) => [f.code, f.path]);

describe('a 0.1 reminder in one language', () => {
  it('takes the only text, Dutch or English as asked, and says nothing of a language that was not there', () => {
    const dutch = migrateReminder({ ...reminder, message: { nl: 'Bereid je voor.' } });
    expect(dutch.ok && [dutch.value.locale, dutch.value.message]).toEqual(['nl', 'Bereid je voor.']);
    expect(dutch.findings).toEqual([]);
    const english = migrateReminder({ ...reminder, message: { en: 'Prepare.' } }, { reminderLocale: 'en' });
    expect(english.ok && [english.value.locale, english.value.message]).toEqual(['en', 'Prepare.']);
    expect(english.findings).toEqual([]);
  });

  it('takes Dutch from a reminder in both languages when nothing is asked, saying so and keeping the English', () => {
    const both = migrateReminder({ ...reminder, message: { nl: 'Bereid je voor.', en: 'Prepare.' } });
    expect(both.ok && [both.value.locale, both.value.message, both.value.unrecognized]).toEqual([
      'nl',
      'Bereid je voor.',
      { 'message.en': 'Prepare.' },
    ]);
    expect(both.findings.map((f) => [f.code, f.path, f.params])).toEqual([
      ['storage.reminder.languageChosen', ['message'], { locale: 'nl' }],
      ['storage.unrecognized.kept', ['message', 'en'], {}],
    ]);
  });

  it('refuses an English-only reminder when Dutch is wanted, naming no language and leaving its message as it was', () => {
    const refused = migrateReminder({ ...reminder, message: { en: 'Prepare.' } });
    expect(refused.ok).toBe(false);
    expect(said(refused.findings)).toEqual([
      ['storage.invalid', []],
      ['input.required', ['locale']],
      ['input.invalid_type', ['message']],
    ]);
  });

  it('does not read the message again of a reminder that already names its language', () => {
    const refused = migrateReminder(
      { ...reminder, locale: 'en', message: { nl: 'Bereid je voor.', en: 'Prepare.' } },
      { reminderLocale: 'en' },
    );
    expect(refused.ok).toBe(false);
    expect(said(refused.findings)).toEqual([
      ['storage.invalid', []],
      ['input.invalid_type', ['message']],
    ]);
  });
});
