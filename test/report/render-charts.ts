// Renders the organisation report's charts for the guide (docs/organisation.md): a seeded
// organisation of 5,000 employees (test/report/organisation.ts) goes through developmentReport, and
// each Vega-Lite specification it returns is rendered to SVG with Vega, as a host would render it.
// Part of `npm run docs`; `--check` compares with the committed files instead of writing them (the
// same seed and the same library give the same pictures, byte for byte).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vega from 'vega';
import { compile } from 'vega-lite';
import * as lib from '../../src/index.js';
import { organisation } from './organisation.js';

const images = join(import.meta.dirname, '..', '..', 'docs', 'images');
const check = process.argv.includes('--check');

const report = lib.developmentReport(organisation(lib, 2027, 5_000), {
  now: '2027-10-01T09:00:00+02:00',
  groupBy: ['team', 'costCentre'],
  locale: 'nl',
});
if (!report.ok) throw new Error(report.findings.map((f) => f.code).join(', '));

let stale = 0;
for (const [name, spec] of Object.entries(report.value.charts)) {
  // Vega marks the data objects it reads, and the report is frozen: it renders a copy, as a host must.
  const view = new vega.View(vega.parse(compile(structuredClone(spec) as never).spec), { renderer: 'none' });
  const svg = `${await view.toSVG()}\n`;
  view.finalize();
  const file = join(images, `report-${name}.svg`);
  if (!check) writeFileSync(file, svg);
  else if (readFileSync(file, 'utf8') !== svg) {
    console.error(`${file} differs from what the report renders now: run npm run docs.`);
    stale++;
  }
}
if (stale > 0) process.exit(1);
