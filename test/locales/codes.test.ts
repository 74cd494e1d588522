import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Catalogue, Finding } from '../../src/index.js';
import { defineCatalogue, en, finding, findingMessage, nl } from '../../src/index.js';
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

describe('a reference without a title, in the case the sentence needs', () => {
  const untitled = { kind: 'agreement', id: 'a-7' } as const;
  const titled = { kind: 'agreement', id: 'a-7', title: 'Präsentation halten' } as const;

  it('declines in German and stays the same in Dutch and English', () => {
    const accepted = (agreement: typeof untitled | typeof titled) =>
      finding.info('conversation.agreement.alreadyAccepted', { params: { agreement, side: 'manager' } });
    expect(findingMessage(accepted(untitled), de)).toBe('Die Führungskraft hat dieser Vereinbarung bereits zugestimmt.');
    expect(findingMessage(accepted(titled), de)).toBe('Die Führungskraft hat „Präsentation halten“ bereits zugestimmt.');
    for (const catalogue of [nl, en]) {
      for (const form of ['thingAccusative', 'thingDative', 'thingGenitive'] as const)
        expect(catalogue.labels[form]).toEqual(catalogue.labels.thing);
    }
  });

  it('gives every kind a form in every case, in a template too', () => {
    for (const form of ['thing', 'thingAccusative', 'thingDative', 'thingGenitive'] as const) {
      expect(Object.keys(de.labels[form]).sort()).toEqual(Object.keys(de.labels.thing).sort());
    }
    expect(de.labels.thingGenitive.plan).toBe('dieses Entwicklungsplans');
    const withCase = defineCatalogue({
      ...de,
      messages: { ...de.messages, 'conversation.agreement.withdrawn': 'Von {agreement:thingDative} ist nicht mehr die Rede.' },
    });
    const withdrawn = finding.info('conversation.agreement.withdrawn', { params: { agreement: untitled } });
    expect(findingMessage(withdrawn, withCase)).toBe('Von dieser Vereinbarung ist nicht mehr die Rede.');
  });

  it('falls back to the form of `thing` for a catalogue without the case families, and never names an inherited key', () => {
    const { thingDative: _dative, ...older } = de.labels;
    const old = { ...de, labels: older } as unknown as Catalogue;
    const accepted = finding.info('conversation.agreement.alreadyAccepted', { params: { agreement: untitled, side: 'manager' } });
    expect(findingMessage(accepted, old)).toBe('Die Führungskraft hat diese Vereinbarung bereits zugestimmt.');
    const odd = {
      code: 'conversation.agreement.withdrawn',
      severity: 'info',
      path: [],
      params: { agreement: { kind: 'constructor', id: 'x' } },
    } as Finding;
    expect(findingMessage(odd, de)).not.toContain('function');
  });
});
