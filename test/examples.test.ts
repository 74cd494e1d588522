import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function runExample(file: string, ...args: string[]): string {
  return execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'examples', file), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
}

/** Runs an example and keeps its exit status, so a test can say it exits 0 (and show stderr if not). */
function runWithStatus(file: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'examples', file), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The text of chapter `n` of the story: from its numbered title to the next one (or the end). */
function chapterOf(output: string, n: number): string {
  const start = output.search(new RegExp(`^${n}\\. .+\\n=+$`, 'm'));
  const next = output.slice(start + 1).search(new RegExp(`^${n + 1}\\. .+\\n=+$`, 'm'));
  return next < 0 ? output.slice(start) : output.slice(start, start + 1 + next);
}

describe('demo.ts: one development conversation as a story (npm run demo)', () => {
  type Run = ReturnType<typeof runWithStatus>;
  const story: { nl: Run; en: Run } = { nl: { status: null, stdout: '', stderr: '' }, en: { status: null, stdout: '', stderr: '' } };
  beforeAll(() => {
    story.nl = runWithStatus('demo.ts');
    story.en = runWithStatus('demo.ts', '--en');
  });

  it('exits 0 in both languages, without anything on stdout that is not the story', () => {
    for (const run of Object.values(story)) {
      expect(run.stderr).not.toMatch(/Error|at .*demo\.ts/);
      expect(run.status).toBe(0);
      expect(run.stdout.startsWith('1. ')).toBe(true);
    }
  });

  it('tells six numbered chapters, in Dutch by default and in English with --en', () => {
    const titles = (output: string) => [...output.matchAll(/^(\d)\. (.+)\n=+$/gm)].map((m) => `${m[1]}. ${m[2]}`);
    expect(titles(story.nl.stdout)).toEqual([
      '1. Voorbereiding',
      '2. De gezamenlijke agenda',
      '3. Het gesprek, fase voor fase',
      '4. Afspraken: wie doet wat wanneer',
      '5. Het volgende gesprek, evaluatie en afronding',
      '6. De POP',
    ]);
    expect(titles(story.en.stdout)).toEqual([
      '1. Preparation',
      '2. The joint agenda',
      '3. The conversation, phase by phase',
      '4. Agreements: who does what by when',
      '5. The next conversation, evaluation and conclusion',
      '6. The PDP',
    ]);
  });

  it('keeps the same two people throughout and no other manager', () => {
    for (const { stdout } of Object.values(story)) {
      for (let n = 1; n <= 6; n += 1) expect(chapterOf(stdout, n)).toMatch(/Sanne|Ahmed/);
      expect(stdout).toContain('| Sanne de Vries |');
      expect(stdout).toContain('| Ahmed Yilmaz |');
      expect(stdout).not.toContain('Karim');
    }
  });

  it('chapter 1: open agreements of the previous POP, preparation questions for both sides, points with the evaluative one flagged', () => {
    const nl = chapterOf(story.nl.stdout, 1);
    expect(nl).toMatch(
      /Open afspraken uit de POP van 2026.*\n {2}- Training feedback geven volgen \(Sanne, was voor 2026-10-01\)\n {2}- Een mentor binnen het team zoeken \(Ahmed\)\n/,
    );
    expect(nl).not.toContain('  - Cursus Excel afronden');
    expect(nl).toMatch(/Voorbereidingsvragen voor Sanne \(medewerker\), uit de ingebouwde vragenbank:\n( {2}\? .+\?\n){3}/);
    expect(nl).toMatch(/Voorbereidingsvragen voor Ahmed \(leidinggevende\), uit de ingebouwde vragenbank:\n( {2}\? .+\?\n){3}/);
    expect(nl).toContain('Ahmed: Beoordeling afgelopen jaar (Beoordeling van functioneren, could, 10 min)  ← beoordelend onderwerp');
    const en = chapterOf(story.en.stdout, 1);
    expect(en).toMatch(/Preparation questions for Sanne \(employee\), from the built-in question bank:\n( {2}\? .+\?\n){3}/);
    expect(en).toContain('Ahmed: Rating of the past year (Performance rating, could, 10 min)  ← an evaluative topic');
  });

  it('chapter 2: the merged agenda puts follow-up first, joins the shared point, defers what does not fit, and warns about the rating', () => {
    const nl = chapterOf(story.nl.stdout, 2);
    expect(nl).toContain('✓ mergeAgenda (Ahmed)');
    expect(nl).toContain('agenda.topic.evaluative');
    expect(nl).toContain('✓ withdrawAgendaPoint (Ahmed)');
    expect(nl).toContain('geen beoordelend onderwerp meer');
    expect(nl).toMatch(
      / {2}1\. Opvolging: Training feedback geven volgen .*opvolging\)\n {2}2\. Opvolging: Een mentor binnen het team zoeken .*\n {2}3\. Presenteren voor klanten {2}\(18 min, gezamenlijk\)/,
    );
    expect(nl).toMatch(/Doorgeschoven naar het volgende gesprek \(geen tijd meer\):\n {2}- Doorgroeien naar senior adviseur/);
    const en = chapterOf(story.en.stdout, 2);
    expect(en).toContain('3. Presenting to clients  (18 min, joint)');
    expect(en).toContain('belong in the appraisal conversation');
  });

  it('chapter 3: a refused start and why, then all phases in order (strengths before the needs) with notes and needs of both sides', () => {
    const nl = chapterOf(story.nl.stdout, 3);
    expect(nl).toMatch(/✗ start \(Ahmed\) geweigerd:\n.*conversation\.guard\.purposeSet/);
    const phasesNl = [...nl.matchAll(/→ (.+)$/gm)].map((m) => m[1]);
    expect(phasesNl).toEqual([
      'Gespreksstatus bepalen',
      'Huidige stand van zaken',
      'Sterke punten',
      'Ontwikkelbehoeften van de medewerker',
      'Ontwikkelbehoeften van de organisatie',
      'Concrete afspraken',
    ]);
    expect(nl).toMatch(/addNote \(Ahmed\): "Sterk: Sanne legt geduldig en helder uit/);
    expect(nl).toContain('behoefte van Sanne: Zelfverzekerd presenteren voor klanten (vaardigheden)');
    expect(nl).toContain('behoefte van de organisatie: Kennis van het nieuwe planningssysteem (kennis)');
    expect(nl).toMatch(/addNote \(Sanne\): "Reisverslag: /);
    expect(nl).not.toContain('unknownItem');
    const en = chapterOf(story.en.stdout, 3);
    expect(en).toMatch(/✗ start \(Ahmed\) refused:\n.*First set the purpose/);
    expect(en).toContain('✓ start (Ahmed) → Purpose and agenda');
  });

  it('chapter 4: the vague proposal is explained as not SMART, the revision passes and both accept; support with a cost', () => {
    const nl = chapterOf(story.nl.stdout, 4);
    expect(nl).toContain('Eerste voorstel van Sanne: "Iets met presenteren doen, misschien een cursus"');
    expect(nl).toContain('WWW onvolledig; SMART: nog niet specifiek, meetbaar, acceptabel, tijdgebonden');
    expect(nl).toContain('agreement.www.when.missing');
    // Every finding line says what it means, in the story's language: never a bare code.
    expect(nl).toContain(
      'waarschuwing conversation.agreement.draft bij agreement: ‘Iets met presenteren doen, misschien een cursus’ is als concept genoteerd',
    );
    for (const text of [nl, chapterOf(story.en.stdout, 4)]) expect(text).not.toMatch(/^\s*\S+ [a-z]+\.[\w.]+(?: \S+ [\w.]+)?$/mu);
    expect(nl).toContain('‘misschien’ maakt de afspraak vrijblijvend');
    expect(nl).toContain('alleen de tekst gelezen: specifiek nee, meetbaar nee, tijdgebonden nee');
    expect(nl).toMatch(
      /✓ reviseAgreement \(Sanne\)\n {2}✓ acceptAgreement \(Ahmed\)\n {2}Revisie 1, door beide kanten geaccepteerd\. Opnieuw gecontroleerd:\n {4}WWW compleet; SMART: alles in orde/,
    );
    // Intl formats Dutch money with a no-break space after the euro sign.
    expect(nl).toContain('(€\u00a0450,00)');
    expect(nl).toMatch(/✓ proposeSupport \(Sanne\)\n {2}✓ acceptSupport \(Ahmed\)/);
    const en = chapterOf(story.en.stdout, 4);
    expect(en).toContain('WWW incomplete; SMART: not yet specific, measurable, acceptable, time-bound');
    expect(en).toContain('WWW complete; SMART: all met');
  });

  it("chapter 5: the next check-in skips King's Day, reminders and a parseable .ics, evaluation, conclusion, replay and the balance of input", () => {
    const nl = chapterOf(story.nl.stdout, 5);
    expect(nl).toContain('Voorstel: 2027-04-26, 2027-04-26T10:00:00+02:00 tot 2027-04-26T10:30:00+02:00 (voortgangsgesprek)');
    expect(nl).toContain('want 27 april 2027 is Koningsdag');
    expect(nl).toMatch(/2027-04-19 {2}Sanne {2}Bereid je voortgangsgesprek van 26 april 2027/);
    expect(nl).toContain('a-present (deadline 2027-06-01): 2027-05-18, 2027-05-25, 2027-05-28; daarna 2027-06-02 (Ahmed)');
    expect(nl).toMatch(/BEGIN:VCALENDAR[\s\S]*DTSTART;TZID=Europe\/Amsterdam:20270426T100000[\s\S]*END:VCALENDAR/);
    expect(nl).toMatch(/✓ evaluate \(Sanne\)\n {2}✓ conclude \(Ahmed\) → Afgerond/);
    // Ahmed withdrew the rating point in preparation, so concluding has no drift to warn about.
    expect(nl).not.toContain('conversation.conclude.evaluativeDrift');
    expect(nl).toMatch(/Het logboek telt \d+ gebeurtenissen; opnieuw afgespeeld geeft het dezelfde toestand: ja\./);
    expect(nl).toMatch(/Inbreng: Sanne \d+, Ahmed \d+ \(aandeel Sanne \d+%\); Sanne stelde de afspraken voor: ja\./);
    const en = chapterOf(story.en.stdout, 5);
    expect(en).toContain("because 27 April 2027 is King's Day");
    expect(en).toMatch(/The log holds \d+ events; replayed, it gives the same state: yes\./);
  });

  it('chapter 5: the .ics parses with ical.js to the planned check-in', async () => {
    const ICAL = (await import('ical.js')).default;
    const ics = chapterOf(story.nl.stdout, 5).match(/ {2}BEGIN:VCALENDAR[\s\S]*? {2}END:VCALENDAR/)?.[0] ?? '';
    const text = ics
      .split('\n')
      .map((line) => line.slice(2))
      .join('\r\n');
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
    expect(vevent).not.toBeNull();
    const event = new ICAL.Event(vevent ?? undefined);
    expect(event.summary).toBe('Voortgangsgesprek Sanne & Ahmed');
    expect(event.startDate.toString()).toBe('2027-04-26T10:00:00');
  });

  it('chapter 6: the POP from this conversation, approved by both, the EUR 700 budget, and the Markdown plan at the very end', () => {
    const nl = chapterOf(story.nl.stdout, 6);
    expect(nl).toContain('Versie 1: 2 doel(en), 2 afspraken.');
    expect(nl).toMatch(/✓ goedgekeurd door Sanne .*\n {2}✓ goedgekeurd door Ahmed/);
    expect(nl.replaceAll('\u00a0', ' ')).toContain(
      'Ontwikkelbudget 2027: € 700,00; toegezegd € 450,00, betaald € 450,00 (factuur van 10 februari), over € 250,00.',
    );
    for (const [output, approved, agreement, next] of [
      [
        story.nl.stdout,
        'versie 1 · goedgekeurd door medewerker en leidinggevende',
        'Ik geef voor 1 juni 2027 twee klantdemo’s',
        '26 april 2027 10:00, 30 minuten',
      ],
      [story.en.stdout, 'version 1 · approved by employee and manager', 'I will give two 20-minute client demos', '26 April 2027'],
    ] as const) {
      // The plan is the POP in Dutch and the PDP in English.
      const pop = output.slice(Math.max(output.lastIndexOf('# POP: Sanne de Vries'), output.lastIndexOf('# PDP: Sanne de Vries')));
      expect(pop).toContain(approved);
      expect(pop).toContain(agreement);
      expect(pop).toContain(next);
      expect(output.trimEnd().endsWith(pop.trimEnd())).toBe(true);
      expect(pop.trimEnd()).toMatch(/\| 1 \| .+ \|$/);
    }
  });
});

/** The tour prints the same every run, so it runs once for all its tests. */
let tour: string | undefined;
function tourOutput(): string {
  tour ??= runExample('tour.ts');
  return tour;
}

describe('examples', () => {
  it('tour.ts runs and shows findings in both languages', () => {
    const output = tourOutput();
    expect(output).toContain('Geen geldige kalenderdatum');
    expect(output).toContain('Not a valid calendar date');
  });

  it('tour.ts prints the merged agenda: follow-ups first, a joint point, deferred points and signals', () => {
    const output = tourOutput();
    expect(output).toContain('== Agenda: twee kanten, één uur ==');
    expect(output).toMatch(
      /Opvolging: Training feedback geven volgen[\s\S]*Opvolging: Mentor zoeken[\s\S]*Presenteren voor klanten {2}\[gezamenlijk: ahmed-1, sanne-1\]/,
    );
    expect(output).toMatch(/Doorgeschoven naar het volgende gesprek:\n.*Doorgroeien naar senior adviseur/);
    expect(output).toContain('agenda.topic.evaluative');
  });

  it('tour.ts ends with the approved POP in Markdown, after approval, amendment and the budget nudge', () => {
    const output = tourOutput();
    expect(output).toContain('== The POP: from conversation to approved plan ==');
    expect(output).toContain('plan.approval.staleVersion');
    expect(output).toContain('budget.unused.lateInYear');
    const pop = output.slice(output.lastIndexOf('# POP: Sanne de Vries'));
    // Version 3: the conference was added (and refused against the budget), then partly paid by the O&O-fonds.
    expect(output).toContain('plan.approval.overBudget');
    expect(pop).toContain('versie 3 · goedgekeurd door medewerker en leidinggevende');
    expect(pop).toContain('## Versiegeschiedenis');
    expect(output.trimEnd().endsWith(pop.trimEnd())).toBe(true);
  });

  it("tour.ts plans the next conversation off King's Day and prints reminders and a parseable .ics", () => {
    const output = tourOutput();
    expect(output).toContain('== Schedule: the next conversation, planned before this one ends ==');
    expect(output).toContain('Next appointment: 2027-04-28, 2027-04-28T10:00:00+02:00 to 2027-04-28T11:00:00+02:00 (Europe/Amsterdam)');
    expect(output).toContain('Verschoven van 27 april 2027 naar 28 april 2027');
    expect(output).toContain('preparation:sanne-2027-04:manager:-10wd');
    expect(output).toMatch(/BEGIN:VCALENDAR[\s\S]*DTSTART;TZID=Europe\/Amsterdam:20270428T100000[\s\S]*END:VCALENDAR/);
  });

  it('future-dialogue.ts runs a whole session: plan, rooms, agenda of themes, and one merged personal agenda', () => {
    const output = runExample('future-dialogue.ts');
    expect(output).toMatch(/13:30-13:40 {2}Opening \(10 min, plenair\)[\s\S]*15:20-15:30 {2}Afsluiting \(10 min, plenair\)/);
    expect(output).toContain('Totaal: 120 van 120 minuten');
    // The reflection block carries questions from the built-in bank, so no warning about a missing bank.
    expect(output).toMatch(/Reflectie in groepjes \(45 min, in groepjes\)\n( {13}\? .+\n){3}/);
    expect(output).not.toContain('dialogue.questions.none');
    const rooms = output.match(/^Breakoutroom \d .*$/gm) ?? [];
    expect(rooms).toHaveLength(3);
    expect(rooms.every((room) => room.split(', ').length === 4)).toBe(true);
    expect(output).toContain('! Bij ambitie ‘Duurzaam ondernemen’ staat geen toelichting');
    expect(output).toMatch(/1\. Dashboards bouwen: 4 mensen, 4 wensen \(ambities: Datagedreven werken 4, De klant centraal 2\)/);
    expect(output).toContain('Ambities zonder wens: Duurzaam ondernemen');
    expect(output).toContain('Wensen zonder ambitie: Scrum master worden en Beter leidinggeven');
    expect(output).toContain('Vaag: Iets met communicatie (Dewi; niet specifiek, meetbaar of tijdgebonden)');
    expect(output).toMatch(
      /== Agenda voor het ontwikkelgesprek van Anna ==\n- Dashboards bouwen in Power BI \(\d+ min, moet, gezamenlijk; medewerker \+ organisatie\)/,
    );
  });
  it('tour.ts checks a vague and a good agreement and prints why', () => {
    const output = tourOutput();
    expect(output).toContain('== Agreements: WWW and SMART, explained ==');
    expect(output).toContain('-- Eerste versie: niet ok, WWW onvolledig');
    expect(output).toContain('agreement.www.when.missing');
    expect(output).toContain('what: ‘misschien’');
    expect(output).toContain('-- Na het gesprek: ok, WWW compleet');
    expect(output).toContain('SMART timeBound  met     when: 2027-07-01; what: "voor 1 juli"');
    expect(output).toContain('Effect E = K × A = 72');
    expect(output).toContain('agreement.text.vagueTime: “soon” is not a deadline.');
  });
  it('tour.ts walks a whole development conversation: a refused start, guards, the next appointment and a faithful replay', () => {
    const output = tourOutput();
    expect(output).toContain('== Conversation: from preparation to conclusion and the next appointment ==');
    expect(output).toMatch(/vraag voor Sanne: .+\?/);
    expect(output).toMatch(/✗ start \(manager\) geweigerd:\n.*conversation\.guard\.purposeSet/);
    expect(output).toContain('door de leidinggevende');
    expect(output).toContain('✓ conclude (manager) -> Afgerond');
    expect(output).toContain('volgend gesprek: 2027-06-15 2027-06-15T10:00:00+02:00 tot 2027-06-15T10:30:00+02:00 (checkIn)');
    expect(output).toContain('✓ nextPhase (employee) -> Sterke punten');
    expect(output).toContain('replay van 28 gebeurtenissen geeft dezelfde toestand: ja');
  });

  it('tour.ts shows a future dialogue whose wish becomes an agenda point for Sanne', () => {
    const output = tourOutput();
    expect(output).toContain('== Toekomstdialoog: van ambitie naar agendapunt ==');
    expect(output).toContain("Opening 10' | De ambities 15' | Reflectie in groepjes 45'");
    expect(output).toContain('Thema 1: Beter presenteren voor klanten (2 mensen; Klantgericht adviseren)');
    expect(output).toContain('Agendapunt voor Sanne: Presenteren voor klanten [medewerker, doelen: Klantgericht adviseren]');
  });

  it('tour.ts prints preparation questions for both sides from the merged bank, and the open-question check', () => {
    const output = tourOutput();
    expect(output).toContain('== Vragen: voorbereiding voor beide kanten ==');
    expect(output).toMatch(/Voorbereiding voor Sanne \(medewerker\), 4 van \d+ passende vragen:\n( {2}- .+\(prep-(emp|both)-\d+\)\n){4}/);
    expect(output).toMatch(
      /Voorbereiding voor Ahmed \(leidinggevende\), 4 van \d+ passende vragen:\n( {2}- .+\(prep-(mgr|both)-\d+\)\n){4}/,
    );
    expect(output).toContain('Aan welke twee ontwikkelpunten wil je dit jaar werken?  (prep-emp-02)');
    expect(output).not.toMatch(/\((prep-emp-01|prep-emp-05|prep-mgr-01)\)/);
    expect(output).toContain('question.select.fewerMatches');
    expect(output).toContain('gesloten  Als je terugkijkt, ben je dan tevreden?');
    expect(output).toContain('open      Als je terugkijkt, waar ben je trots op?');
  });
});

describe('storage/sqlite.ts: a SQLite store (sql.js) that migrates on read and replays', () => {
  let run: ReturnType<typeof runWithStatus> = { status: null, stdout: '', stderr: '' };
  beforeAll(() => {
    run = runWithStatus(join('storage', 'sqlite.ts'));
  }, 120_000);

  it('exits 0 and prints nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('stores a conversation as 0.1 did and one as this version does, then reads both back migrated, the log replaying to the state', () => {
    expect(run.stdout).toContain('stored c-2027-sanne as 0.1 did: the state and 27 events, storage version 1');
    expect(run.stdout).toContain('stored c-2027-jan by this version: the state and 6 events, storage version 2');
    expect(run.stdout).toContain(
      '- c-2027-sanne: storage version 1 read as 2; 27 events; the log replays to the stored state; kept what it does not know: crmId',
    );
    expect(run.stdout).toContain('- c-2027-jan: storage version 2, current; 6 events; the log replays to the stored state');
  });

  it('upgrades the old rows in place, after which nothing is left to migrate', () => {
    expect(run.stdout).toContain('Upgraded in place: 1 conversation; rows still below storage version 2: 0');
    expect(run.stdout).toContain('Read again: c-2027-sanne is current (0 findings), and its log still replays to its state');
  });
});
