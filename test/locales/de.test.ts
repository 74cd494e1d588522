import { describe, expect, it } from 'vitest';
import type { Catalogue, Conversation, Finding, FindingCode } from '../../src/index.js';
import {
  approvePlan,
  checkAgreement,
  conversationInvitation,
  createConversation,
  draftDevelopmentPlan,
  en,
  finding,
  findingMessage,
  formatFinding,
  mergeAgendas,
  planNextConversation,
  renderPlanMarkdown,
  transition,
} from '../../src/index.js';
import { de } from '../../examples/locales/de.js';
import { samples } from './samples.js';
import { developmentEvents, developmentInput } from '../conversation/fixtures.js';
import { spent2026, workedContent } from '../plan/worked-example.js';

function render(code: FindingCode, catalogue: Catalogue = de): string {
  return findingMessage({ code, severity: 'warning', path: [], params: samples[code] } as Finding, catalogue);
}

/** Every id of every label family: none may show in a German text. */
const enumValues = new Set(
  Object.values(en.labels)
    .flatMap((family) => Object.keys(family))
    .filter((id) => id.length > 2),
);

/** CamelCase words, dotted codes and the library's enum ids in a text (e-mail addresses and time zones aside). */
function identifiersIn(text: string): string[] {
  // Words quoted from what someone wrote („iets met communicatie doen“) are theirs, not identifiers.
  const plain = text
    .replace(/„[^“]*“/gu, 'Zitat')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, 'E-Mail')
    .replace(/\b[A-Z][a-z]+\/[A-Z][a-z]+\b/gu, 'Zeitzone');
  const camel = plain.match(/\b[a-z]+[A-Z][A-Za-z]*\b/gu) ?? [];
  const dotted = plain.match(/\b[a-z]+\.[a-z][A-Za-z.]*\b/gu) ?? [];
  const words = (plain.match(/[A-Za-z]+/gu) ?? []).filter((word) => enumValues.has(word));
  return [...camel, ...dotted, ...words];
}

describe('a German catalogue, added by a host', () => {
  it('has a message for every code and a label for every id the built-in catalogues have', () => {
    expect(Object.keys(de.messages).sort()).toEqual(Object.keys(en.messages).sort());
    for (const [family, names] of Object.entries(en.labels)) {
      expect([family, Object.keys((de.labels as Record<string, object>)[family] ?? {}).sort()]).toEqual([
        family,
        Object.keys(names).sort(),
      ]);
    }
  });

  it('writes numbers, money, dates and lists in German notation', () => {
    expect(de.format.money({ amount: 105_000, currency: 'EUR' })).toBe('1.050,00\u00a0€');
    expect(de.format.date('2027-04-01')).toBe('1. April 2027');
    expect(de.format.list(['wer', 'was', 'bis wann'])).toBe('wer, was und bis wann');
    expect(de.format.list(['Wissen', 'Fertigkeiten'], 'or')).toBe('Wissen oder Fertigkeiten');
    expect(de.format.number(2000)).toBe('2.000');
    expect(de.format.quote('Präsentieren')).toBe('„Präsentieren“');
  });

  it('renders every code with realistic params: whole sentences, no placeholder left, no identifier, no English', () => {
    for (const code of Object.keys(samples) as FindingCode[]) {
      const text = render(code);
      expect(text, code).not.toBe(code);
      expect(text, code).not.toMatch(/[{}]|undefined|NaN|\[object|emp-000017/u);
      expect([code, identifiersIn(text)]).toEqual([code, []]);
      expect([code, text]).not.toEqual([code, render(code, en)]);
      expect(text, code).not.toMatch(/\b(?:the|and|is|not|this|has|agreement|employee|manager)\b/u);
    }
  });

  it('names every label without an identifier', () => {
    for (const [family, names] of Object.entries(de.labels)) {
      for (const [id, name] of Object.entries(names as Record<string, string>)) {
        expect([family, id, identifiersIn(name)]).toEqual([family, id, []]);
        expect([family, id, name.trim() === '']).toEqual([family, id, false]);
      }
    }
  });
});

describe('German texts of real findings', () => {
  it('says in German which agenda points no longer fit (mergeAgendas over budget)', () => {
    const merged = mergeAgendas({
      minutesAvailable: 45,
      locale: 'nl',
      employeeItems: [
        { id: 'e1', source: 'employee', title: 'Nächster Karriereschritt', priority: 'must', minutes: 20 },
        { id: 'e2', source: 'employee', title: 'Arbeitsbelastung', priority: 'must', minutes: 15 },
      ],
      organisationItems: [{ id: 'o1', source: 'organisation', title: 'Teamziele', priority: 'could', minutes: 10 }],
    });
    const over = merged.findings.find((f) => f.code === 'agenda.budget.over');
    const must = merged.findings.find((f) => f.code === 'agenda.budget.mustDeferred');
    expect(findingMessage(over as Finding, de)).toBe(
      'Die Punkte brauchen zusammen 45 Minuten, zur Verfügung stehen 30 Minuten; 1 Punkt wird auf das nächste Gespräch verschoben.',
    );
    expect(findingMessage(must as Finding, de)).toBe(
      'Der Punkt „Arbeitsbelastung“ muss besprochen werden, passt aber nicht mehr in die Zeit und wird daher auf das nächste Gespräch verschoben; ein zusätzlicher Termin ist zu überlegen.',
    );
    // The log line keeps the code and the path, with the severity in German.
    expect(formatFinding(over as Finding, de).startsWith('Warnung agenda.budget.over ')).toBe(true);
  });

  it('explains a refused step with the right article (transition without the manager’s consent)', () => {
    const created = createConversation(developmentInput);
    if (!created.ok) throw new Error('the fixture conversation is valid');
    let state: Conversation = created.value;
    for (const event of developmentEvents.slice(
      0,
      developmentEvents.findIndex((e) => e.type === 'acceptAgreement'),
    )) {
      const step = transition(state, event);
      if (!step.ok) throw new Error(`${event.type} refused`);
      state = step.value.conversation;
    }
    const refused = transition(state, { type: 'nextPhase', at: '2027-03-15T10:40:00+01:00', by: 'employee' });
    expect(refused.ok).toBe(false);
    const waiting = refused.findings.find((f) => f.code === 'conversation.guard.agreementsAccepted');
    expect(findingMessage(waiting as Finding, de)).toBe(
      'Die Führungskraft hat „Ik geef voor 1 juni 2027 twee klantdemo’s van het planningssysteem, samen met…“ noch nicht zugestimmt; eine Vereinbarung gilt erst, wenn beide Seiten zustimmen.',
    );
    expect(findingMessage({ ...(waiting as Finding), params: { ...(waiting as Finding).params, side: 'employee' } }, de)).toMatch(
      /^Der Mitarbeiter hat „/u,
    );
  });

  it('names the source and the amounts in euros, German style (approvePlan over budget)', () => {
    const draft = draftDevelopmentPlan({ content: workedContent(true), at: '2027-03-15T11:00:00+01:00', by: 'conversation' });
    if (!draft.ok) throw new Error('the worked example drafts');
    const result = approvePlan(
      draft.value,
      { by: 'employee', at: '2027-03-16T09:00:00+01:00', version: 1 },
      { budget: { expenses: [spent2026] } },
    );
    expect(result.ok).toBe(false);
    const [over] = result.findings;
    expect(findingMessage(over as Finding, de)).toBe(
      'Die Kosten in diesem Plan lassen sich nicht aus „Persoonlijk ontwikkelbudget“ decken. Passen Sie Kosten oder Finanzierung an, bevor Sie den Plan freigeben.',
    );
    expect(formatFinding(over as Finding, de, { details: true }).split('\n')[1]).toBe(
      '  - Die Vereinbarungen und Ausgaben zulasten von „Persoonlijk ontwikkelbudget“ im Budgetjahr 2027 (1.200,00\u00a0€) überschreiten das Budget von 1.100,00\u00a0€ um 100,00\u00a0€.',
    );
  });

  it('declines funding sources without a title by case', () => {
    const overBudget = findingMessage(
      finding.error('plan.approval.overBudget', {
        params: {
          sources: [
            { kind: 'fundingSource', id: 'pob' },
            { kind: 'fundingSource', id: 'own' },
          ],
          sourceKinds: ['personalBudget', 'ownMoney'],
        },
      }),
      de,
    );
    expect(overBudget).toContain('nicht aus dem persönlichen Weiterbildungsbudget und den eigenen Mitteln des Mitarbeiters decken');
    const payback = findingMessage(
      finding.warning('budget.payback.sourceNotAllowed', {
        params: { source: { kind: 'fundingSource', id: 'fonds' }, sourceKind: 'sectorFund' },
      }),
      de,
    );
    expect(payback).toBe(
      'Für den Branchenfonds für Weiterbildung kann keine Rückzahlung gelten: Dieses Geld stammt nicht vom Arbeitgeber.',
    );
  });

  it('writes a calendar invitation in German (conversationInvitation)', () => {
    const next = planNextConversation({ kind: 'development', lastConversation: '2027-01-12', now: '2027-01-12T16:00:00+01:00' });
    if (!next.ok) throw new Error('the next conversation plans');
    const invitation = conversationInvitation({
      uid: 'sanne-next@example.org',
      employeeName: 'Sanne',
      organizer: { email: 'ahmed@example.org', name: 'Ahmed' },
      attendees: [{ email: 'sanne@example.org', name: 'Sanne', rsvp: true }],
      conversation: next.value,
      locale: de,
    });
    if (!invitation.ok) throw new Error('the invitation is made');
    expect(invitation.value.summary).toBe('Entwicklungsgespräch mit Sanne');
    expect(invitation.value.alarms?.[0]?.description).toBe(
      'Das Entwicklungsgespräch beginnt um 09:00 Uhr (12. Juli 2027). Die Vereinbarungen vom letzten Mal kommen zuerst.',
    );
  });

  it('renders a development plan in German, dates included', () => {
    const draft = draftDevelopmentPlan({ content: workedContent(), at: '2027-03-15T11:00:00+01:00', by: 'conversation' });
    if (!draft.ok) throw new Error('the worked example drafts');
    const rendered = renderPlanMarkdown(draft.value, { locale: de });
    if (!rendered.ok) throw new Error('the plan renders');
    const markdown = rendered.value;
    expect(markdown).toContain('Entwicklungsplan');
    expect(markdown).toMatch(/\d{1,2}\. (?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}/u);
    expect(markdown).not.toMatch(/\b(?:Employee|Manager|Agreements|approved)\b/u);
  });

  it('gives the agreements module’s findings in German (checkAgreement, vague goal)', () => {
    const withAgreements: Catalogue = de;
    const report = checkAgreement(
      { id: 'a2', what: 'Iets met communicatie doen', who: 'emp-1' },
      {
        now: '2027-03-15T10:00:00+01:00',
        locale: 'nl',
        participants: [
          { id: 'emp-1', name: 'Sanne de Vries', role: 'employee' },
          { id: 'mgr-1', name: 'Joris', role: 'manager' },
        ],
      },
    );
    const text = (code: string) => findingMessage(report.findings.find((f) => f.code === code) as Finding, withAgreements);
    expect(text('agreement.text.vagueVerb')).toBe(
      '„iets met communicatie doen“ sagt nicht, was Sie konkret tun werden. Nennen Sie die Handlung: einen Kurs abschließen, eine Präsentation halten, einen Bericht abgeben.',
    );
    expect(text('agreement.www.when.missing')).toBe('Es steht kein Datum dabei: Vereinbaren Sie, bis wann es erledigt ist.');
    expect(text('agreement.smart.acceptable.managerMissing')).toBe(
      'Die Führungskraft hat der Vereinbarung noch nicht zugestimmt; ohne Rückhalt von dieser Seite bleibt es bei guten Vorsätzen.',
    );
    for (const finding of report.findings) expect(identifiersIn(findingMessage(finding, withAgreements))).toEqual([]);
  });
});
