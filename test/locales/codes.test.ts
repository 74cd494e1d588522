import { describe, expect, expectTypeOf, it } from 'vitest';
import { en, nl } from '../../src/index.js';
import { de } from '../../examples/locales/de.js';
import type { CoreLabelFamilies, DialogueLabelFamilies } from '../../src/locales/codes/index.js';
import type { SmartCriterion } from '../../src/agreements/index.js';

describe('shared label families', () => {
  it('declares the SMART criteria once, with the shared vocabulary, for every criterion the agreements know', () => {
    expectTypeOf<CoreLabelFamilies['smartCriterion']>().toEqualTypeOf<SmartCriterion>();
    expectTypeOf<DialogueLabelFamilies>().not.toHaveProperty('smartCriterion');
    expect(Object.keys(nl.labels.smartCriterion)).toEqual(['specific', 'measurable', 'acceptable', 'realistic', 'timeBound']);
    expect(en.labels.smartCriterion.timeBound).toBe('Time-bound');
    expect(de.labels.smartCriterion.measurable).toBe('Messbar');
  });
});
