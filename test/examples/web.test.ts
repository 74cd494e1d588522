import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * examples/web in a real headless Chromium (Debian's, driven by playwright-core): the page is built
 * with Vite, served from Node, and a whole conversation is clicked through it, from a vague goal to
 * the approved POP and the downloads. No console error is allowed on the way.
 */
const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'artifacts', 'web');
const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasBrowser = existsSync(browserPath);
// In CI the browser is installed by .ci/run: missing there is a failure, not a skip.
if (!hasBrowser && process.env.CI) throw new Error(`${browserPath} is missing: .ci/run installs Debian's chromium`);
const reason = hasBrowser ? '' : ` (skipped: no browser at ${browserPath}; apt-get install -y chromium)`;

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/u, '');
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!hasBrowser)(`examples/web in headless Chromium${reason}`, () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    await build({ configFile: join(root, 'examples', 'web', 'vite.config.ts'), logLevel: 'warn' });
    server = await serve(out);
    browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const move = (type: string) => page.click(`button[data-move="${type}"]:not([disabled])`);
  const phase = () => page.textContent('#phase strong');

  it('prepares, writes a vague goal, fixes it, walks to the approved POP and downloads it', async () => {
    // Both sides bring a point; the agenda is merged as they go.
    await page.fill('#point', 'Presenteren voor klanten');
    await page.click('#add-point');
    await page.selectOption('#acting', 'manager');
    await page.fill('#point', 'Nieuw planningssysteem');
    await page.click('#add-point');
    expect(await page.locator('#agenda li').count()).toBe(2);
    // Start is not possible without a purpose, and the button says why.
    const start = page.locator('button[data-move="start"]');
    expect(await start.isDisabled()).toBe(true);
    expect(await start.getAttribute('title')).toContain('doel');
    await page.fill('#purpose', 'Samen kijken waar Sanne dit jaar wil groeien');
    await page.click('#set-purpose');
    await move('start');
    expect(await phase()).toBe('Gespreksstatus bepalen');
    // Current situation, strengths, both sides' needs: five steps to the agreements.
    for (let step = 0; step < 5; step++) await move('nextPhase');
    expect(await phase()).toBe('Concrete afspraken');

    // A vague goal: the feedback says what is missing.
    await page.fill('#what', 'Beter communiceren');
    expect(await page.locator('#smart .unmet').count()).toBeGreaterThan(0);
    expect(await page.locator('#draft-findings li').count()).toBeGreaterThan(0);
    const vagueUnmet = await page.locator('#smart .unmet, #www .unmet').count();
    expect(await page.locator('button[data-move="nextPhase"]').isDisabled()).toBe(true);

    // Fixed: concrete, measurable, with a date; the words that count are marked in the text.
    await page.selectOption('#acting', 'employee');
    await page.fill('#what', 'Ik geef voor 1 juni twee presentaties van 20 minuten over het nieuwe planningssysteem in het teamoverleg');
    await page.fill('#measure', 'Twee presentaties gegeven en feedback van het team gevraagd');
    expect(await page.locator('#smart .unmet, #www .unmet').count()).toBeLessThan(vagueUnmet);
    expect(await page.locator('#www .met').count()).toBe(3);
    expect(await page.locator('#evidence mark').count()).toBeGreaterThan(0);
    // The picture of the guide: the agreements phase with live feedback.
    mkdirSync(join(root, 'artifacts'), { recursive: true });
    await page.screenshot({ path: join(root, 'artifacts', 'web-agreements.png'), fullPage: true });
    await page.click('#propose');
    await page.click('button[data-accept][data-side="manager"]');
    expect(await page.textContent('#agreements')).toContain('✓');

    await move('nextPhase');
    await move('nextPhase');
    expect(await phase()).toBe('Volgend gesprek');
    await page.click('#plan-next');
    expect(await page.textContent('#next')).toMatch(/2027-\d\d-\d\d/u);
    await move('nextPhase');
    await page.click('#evaluate');
    await move('conclude');
    expect(await phase()).toBe('Afgerond');

    // The POP: approved by both, downloaded as Markdown; the next appointment as iCalendar.
    await page.click('button[data-approve="employee"]');
    await page.click('button[data-approve="manager"]');
    expect(await page.textContent('#plan-status')).toContain('goedgekeurd');
    const [pop] = await Promise.all([page.waitForEvent('download'), page.click('#download-pop')]);
    const markdown = readFileSync((await pop.path()) as string, 'utf8');
    expect(markdown).toContain('twee presentaties');
    const [ics] = await Promise.all([page.waitForEvent('download'), page.click('#download-ics')]);
    const calendar = readFileSync((await ics.path()) as string, 'utf8');
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain('BEGIN:VEVENT');

    // The same page in English.
    await page.selectOption('#locale', 'en');
    expect(await page.textContent('header h1')).toBe('Development conversation');
    expect(await phase()).toBe('Concluded');

    await page.screenshot({ path: join(root, 'artifacts', 'web.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 120_000);
});
