// The competence findings read as an HR adviser writes them: no field names, codes or ids, and the
// difference between two views phrased as a question for the conversation, never as a rating.
import { describe, expect, it } from 'vitest';
import type { Finding, FindingParamsByCode } from '../../src/index.js';
import { findingMessage } from '../../src/index.js';
import { de } from '../../examples/locales/de.js';

type CompetenceCode = Extract<keyof FindingParamsByCode, `competence.${string}`>;
const planning = { kind: 'competence', id: 'planning', title: 'Plannen en organiseren' };
const samples: { [C in CompetenceCode]: FindingParamsByCode[C][] } = {
  'competence.profile.levelOrder': [{}],
  'competence.profile.duplicate': [{}],
  'competence.scan.duplicate': [{}],
  'competence.scan.unknownCompetence': [
    { side: 'employee', profile: { kind: 'functionProfile', id: 'adviseur-klantcontact', title: 'Adviseur klantcontact' } },
    { side: 'manager', profile: { kind: 'functionProfile', id: 'p1', title: 'Customer contact adviser' } },
  ],
  'competence.scan.levelOutOfRange': [{ side: 'manager', competence: planning, level: 5, levels: 3 }],
  'competence.scan.otherSide': [{ side: 'employee', given: 'manager' }],
  'competence.scan.apart': [
    { competence: planning, self: 1, manager: 3 },
    { competence: planning, self: 4, manager: 1 },
  ],
};

describe('competence texts', () => {
  it('contain no identifier in Dutch, English or German: no camelCase word, dotted code or id', () => {
    for (const [code, list] of Object.entries(samples)) {
      for (const params of list) {
        for (const locale of ['nl', 'en', de] as const) {
          const text = findingMessage({ code, severity: 'info', path: [], params } as Finding, locale);
          expect(text, `${code}`).not.toMatch(
            /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+\.[a-z]+\b|\bplanning\b|\bp1\b|adviseur-klantcontact|\{|\}/u,
          );
          expect(text.length).toBeGreaterThan(30);
        }
      }
    }
  });

  it('phrase a difference of views as a conversation starter, not as a rating', () => {
    const [params] = samples['competence.scan.apart'];
    const nl = findingMessage({ code: 'competence.scan.apart', severity: 'info', path: [], params } as Finding, 'nl');
    const en = findingMessage({ code: 'competence.scan.apart', severity: 'info', path: [], params } as Finding, 'en');
    expect(nl).toBe(
      'Bij ‘Plannen en organiseren’ ziet de medewerker zichzelf op niveau 1 en ziet de leidinggevende niveau 3. Een goed vertrekpunt voor het gesprek: vraag elkaar naar voorbeelden uit het werk en wat jullie elk zien.',
    );
    expect(en).toContain('A good starting point for the conversation');
    for (const text of [nl, en])
      expect(text).not.toMatch(/beoordel|onvoldoende|te laag|te hoog|score|rating|wrong|too (low|high)|gelijk/iu);
  });
});
