// What a host's bundle of the package is made of, by source: bundles the built `dist/` as
// `test/package/sizes.test.ts` measures it (esbuild, minified, browser, ESM) and prints the minified
// bytes each part contributes, from esbuild's metafile. Gzip does not split by input, so the parts
// are minified bytes; the total line adds the gzipped size the sizes test gates.
//
//   npm run build && npx tsx test/bench/bundle-breakdown.ts [entry or function] [top]
//   e.g. npx tsx test/bench/bundle-breakdown.ts checkAgreement 25
//        npx tsx test/bench/bundle-breakdown.ts checkAgreement 25 --src   (by source file)
//        npx tsx test/bench/bundle-breakdown.ts main
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..', '..');
const what = process.argv[2] ?? 'checkAgreement';
const top = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 20);
// `--src` bundles the sources instead of `dist/` (nearly the same bytes), to see them per file and folder.
const fromSource = process.argv.includes('--src');
const entry = (name: string): string => (fromSource ? `./src/${name === 'index' ? 'index' : `${name}/index`}.ts` : `./dist/${name}.js`);
const code =
  what === 'checkAgreement'
    ? `import { checkAgreement } from '${entry('agreements')}'; console.log(checkAgreement);`
    : `import * as all from '${entry(what === 'main' ? 'index' : what)}'; console.log(all);`;

const result = await build({
  stdin: { contents: code, resolveDir: root, loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  logLevel: 'silent',
  mainFields: ['module', 'main'],
  metafile: true,
});
const output = Object.values(result.metafile.outputs)[0];
const file = result.outputFiles[0];
if (output === undefined || file === undefined) throw new Error('no output');

/** The group an input belongs to: a package (zod's core, classic and mini apart), or a chunk of `dist/`. */
function group(path: string): string {
  const zod = /node_modules\/zod\/v4\/(core|mini|classic|locales)\//.exec(path);
  if (zod) return `zod/v4/${zod[1]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (pkg) return pkg[1] as string;
  return path;
}

const byGroup = new Map<string, number>();
for (const [path, input] of Object.entries(output.inputs)) {
  byGroup.set(group(path), (byGroup.get(group(path)) ?? 0) + input.bytesInOutput);
}
const total = file.contents.length;
console.log(
  `${what}: ${(total / 1000).toFixed(1)} kB minified, ${(gzipSync(file.contents, { level: 9 }).length / 1000).toFixed(1)} kB gzipped`,
);
for (const [name, bytes] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${(bytes / 1000).toFixed(1).padStart(7)} kB  ${((100 * bytes) / total).toFixed(0).padStart(3)}%  ${name}`);
}
