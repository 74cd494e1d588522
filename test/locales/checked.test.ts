import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineCatalogue, defineMessages, en } from '../../src/index.js';
import type { CheckedMessage, CheckedMessages } from '../../src/locales/types.js';
import type { FindingParamsByCode } from '../../src/locales/codes/index.js';

type Joint = FindingParamsByCode['agenda.item.joint'];
type Over = FindingParamsByCode['agenda.budget.over'];

describe('a wrong template names itself at compile time', () => {
  it('names a misspelled placeholder and its code', () => {
    // An unknown placeholder is named first; the missing one ({count}) follows once it is fixed.
    expectTypeOf<
      CheckedMessage<'agenda.item.joint', Joint, 'Samen met {items} ({amout}): {item}.'>
    >().toEqualTypeOf<'unknown placeholder {amout} in agenda.item.joint'>();
    expectTypeOf<
      CheckedMessage<'agenda.item.joint', Joint, 'Samen met {items} ({amout}): {item} {count}.'>
    >().toEqualTypeOf<'unknown placeholder {amout} in agenda.item.joint'>();
  });

  it('names a forgotten placeholder and its code', () => {
    expectTypeOf<
      CheckedMessage<'agenda.budget.over', Over, '{minutesNeeded} nodig, {deferred} later.'>
    >().toEqualTypeOf<'missing placeholder {minutesForItems} in agenda.budget.over'>();
  });

  it('passes a right template, a placeholder with a format and a plural through unchanged', () => {
    type Right = '{minutesNeeded} nodig, {minutesForItems} beschikbaar; {deferred} {deferred|punt|punten} later.';
    expectTypeOf<CheckedMessage<'agenda.budget.over', Over, Right>>().toEqualTypeOf<Right>();
    type Labelled = '{item} met {items:or} ({count}).';
    expectTypeOf<CheckedMessage<'agenda.item.joint', Joint, Labelled>>().toEqualTypeOf<Labelled>();
  });

  it('names an unknown code', () => {
    expectTypeOf<CheckedMessages<{ 'agenda.noSuchCode': 'x' }>>().toEqualTypeOf<{
      readonly 'agenda.noSuchCode': 'unknown finding code agenda.noSuchCode';
    }>();
  });

  it('refuses the wrong templates in defineMessages and defineCatalogue, the right ones compile', () => {
    const right = defineMessages({ 'agenda.item.joint': '{item}: ook {items} ({count}).' });
    expect(right['agenda.item.joint']).toBe('{item}: ook {items} ({count}).');
    // @ts-expect-error: Type '"{item}: ook {items} ({amout})."' is not assignable to type '"unknown placeholder {amout} in agenda.item.joint"'
    defineMessages({ 'agenda.item.joint': '{item}: ook {items} ({amout}).' });
    // @ts-expect-error: 'agenda.noSuchCode' does not exist in type 'CheckedMessages<Partial<Messages>>'
    defineMessages({ 'agenda.noSuchCode': 'x' });
    const catalogue = defineCatalogue({
      ...en,
      locale: 'en-x-test',
      messages: { ...en.messages, 'agenda.item.joint': 'Also {items}: {item} ({count}).' },
    });
    expect(catalogue.messages['agenda.item.joint']).toBe('Also {items}: {item} ({count}).');
    // @ts-expect-error: Type '"Also {items}: {item}."' is not assignable to type '"missing placeholder {count} in agenda.item.joint"'
    defineCatalogue({ ...en, locale: 'en-x-test', messages: { ...en.messages, 'agenda.item.joint': 'Also {items}: {item}.' } });
    const { 'agenda.budget.over': _forgotten, ...incomplete } = en.messages;
    // @ts-expect-error: Property '"agenda.budget.over"' is missing
    defineCatalogue({ ...en, locale: 'en-x-test', messages: incomplete });
  });
});
