import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function runExample(file: string): string {
  return execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'examples', file)], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('examples', () => {
  it('demo.ts runs and shows findings in both languages', () => {
    const output = runExample('demo.ts');
    expect(output).toContain('Geen geldige kalenderdatum');
    expect(output).toContain('Not a valid calendar date');
  });

  it('demo.ts prints the merged agenda: follow-ups first, a joint point, deferred points and signals', () => {
    const output = runExample('demo.ts');
    expect(output).toContain('== Agenda: twee kanten, één uur ==');
    expect(output).toMatch(/Opvolging: Training feedback geven volgen[\s\S]*Opvolging: Mentor zoeken[\s\S]*Presenteren voor klanten {2}\[gezamenlijk: ahmed-1, sanne-1\]/);
    expect(output).toMatch(/Doorgeschoven naar het volgende gesprek:\n.*Doorgroeien naar senior adviseur/);
    expect(output).toContain('agenda.topic.evaluative');
  });

  it('demo.ts ends with the approved POP in Markdown, after approval, amendment and the budget nudge', () => {
    const output = runExample('demo.ts');
    expect(output).toContain('== The POP: from conversation to approved plan ==');
    expect(output).toContain('plan.approval.staleVersion');
    expect(output).toContain('budget.unused.lateInYear');
    const pop = output.slice(output.lastIndexOf('# POP: Sanne de Vries'));
    expect(pop).toContain('versie 2 · goedgekeurd door medewerker en leidinggevende');
    expect(pop).toContain('## Versiegeschiedenis');
    expect(output.trimEnd().endsWith(pop.trimEnd())).toBe(true);
  });

  it('demo.ts plans the next conversation off King\'s Day and prints reminders and a parseable .ics', () => {
    const output = runExample('demo.ts');
    expect(output).toContain('== Schedule: the next conversation, planned before this one ends ==');
    expect(output).toContain('Next appointment: 2027-04-28, 2027-04-28T10:00:00+02:00 to 2027-04-28T11:00:00+02:00 (Europe/Amsterdam)');
    expect(output).toContain('Verschoven van 2027-04-27 naar 2027-04-28');
    expect(output).toContain('preparation:sanne-2027-04:manager:-10wd');
    expect(output).toMatch(/BEGIN:VCALENDAR[\s\S]*DTSTART;TZID=Europe\/Amsterdam:20270428T100000[\s\S]*END:VCALENDAR/);
  });

  it('future-dialogue.ts runs a whole session: plan, rooms, agenda of themes, and one merged personal agenda', () => {
    const output = runExample('future-dialogue.ts');
    expect(output).toMatch(/13:30-13:40 {2}Opening \(10 min, plenary\)[\s\S]*15:20-15:30 {2}Afsluiting \(10 min, plenary\)/);
    expect(output).toContain('Totaal: 120 van 120 minuten');
    // The reflection block carries questions from the built-in bank, so no warning about a missing bank.
    expect(output).toMatch(/Reflectie in groepjes \(45 min, groups\)\n( {13}\? .+\n){3}/);
    expect(output).not.toContain('dialogue.questions.none');
    const rooms = output.match(/^Room \d .*$/gm) ?? [];
    expect(rooms).toHaveLength(3);
    expect(rooms.every((room) => room.split(', ').length === 4)).toBe(true);
    expect(output).toContain('dialogue.ambition.noDescription');
    expect(output).toMatch(/1\. Dashboards bouwen: 4 mensen, 4 wensen \(ambities: data 4, klant 2\)/);
    expect(output).toContain('Ambities zonder wens: duurzaam');
    expect(output).toContain('Wensen zonder ambitie: w10, w12');
    expect(output).toContain('Vaag: Iets met communicatie (dewi');
    expect(output).toMatch(/== Agenda voor het ontwikkelgesprek van Anna ==\n- Dashboards bouwen in Power BI \(\d+ min, must, gezamenlijk; employee \+ organisation\)/);
  });
  it('demo.ts checks a vague and a good agreement and prints why', () => {
    const output = runExample('demo.ts');
    expect(output).toContain('== Agreements: WWW and SMART, explained ==');
    expect(output).toContain('-- Eerste versie: niet ok, WWW onvolledig');
    expect(output).toContain('agreement.www.when.missing');
    expect(output).toContain('what: "misschien"');
    expect(output).toContain('-- Na het gesprek: ok, WWW compleet');
    expect(output).toContain('SMART timeBound  met     when: 2027-07-01; what: "voor 1 juli"');
    expect(output).toContain('Effect E = K x A = 72');
    expect(output).toContain('agreement.text.vagueTime: "soon" is not a deadline.');
  });
  it('demo.ts walks a whole development conversation: a refused start, guards, the next appointment and a faithful replay', () => {
    const output = runExample('demo.ts');
    expect(output).toContain('== Conversation: from preparation to conclusion and the next appointment ==');
    expect(output).toMatch(/vraag voor Sanne: .+\?/);
    expect(output).toMatch(/✗ start \(manager\) geweigerd:\n.*conversation\.guard\.purposeSet/);
    expect(output).toContain('door de leidinggevende');
    expect(output).toContain('✓ conclude (manager) -> Afgerond');
    expect(output).toContain('volgend gesprek: 2027-06-15 2027-06-15T10:00:00+02:00 tot 2027-06-15T10:30:00+02:00 (checkIn)');
    expect(output).toContain('replay van 26 gebeurtenissen geeft dezelfde toestand: ja');
  });

  it('demo.ts shows a future dialogue whose wish becomes an agenda point for Sanne', () => {
    const output = runExample('demo.ts');
    expect(output).toContain('== Toekomstdialoog: van ambitie naar agendapunt ==');
    expect(output).toContain("Opening 10' | De ambities 15' | Reflectie in groepjes 45'");
    expect(output).toContain('Thema 1: Beter presenteren voor klanten (2 mensen; klantgericht)');
    expect(output).toContain('Agendapunt voor Sanne: Presenteren voor klanten [employee, doelen: klantgericht]');
  });

  it('demo.ts prints preparation questions for both sides from the merged bank, and the open-question check', () => {
    const output = runExample('demo.ts');
    expect(output).toContain('== Vragen: voorbereiding voor beide kanten ==');
    expect(output).toMatch(/Voorbereiding voor Sanne \(medewerker\), 4 van \d+ passende vragen:\n(  - .+\(prep-(emp|both)-\d+\)\n){4}/);
    expect(output).toMatch(/Voorbereiding voor Ahmed \(leidinggevende\), 4 van \d+ passende vragen:\n(  - .+\(prep-(mgr|both)-\d+\)\n){4}/);
    expect(output).toContain('Aan welke twee ontwikkelpunten wil je dit jaar werken?  (prep-emp-02)');
    expect(output).not.toMatch(/\((prep-emp-01|prep-emp-05|prep-mgr-01)\)/);
    expect(output).toContain('question.select.fewerMatches');
    expect(output).toContain('gesloten  Als je terugkijkt, ben je dan tevreden?');
    expect(output).toContain('open      Als je terugkijkt, waar ben je trots op?');
  });
});
