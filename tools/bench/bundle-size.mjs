#!/usr/bin/env node
// The first-load JavaScript of the SPA's dashboard route, gzip-compressed, from the built app.
//
//   npx nx run web:build && node tools/bench/bundle-size.mjs [--budget 250] [--json]
//
// Reads Vite's manifest (dist/apps/web/.vite/manifest.json, `build.manifest: true`) and walks
// the static imports from the entry (index.html's script and its modulepreload links) and from the
// dashboard page's module: that is what the browser must load before the dashboard shows. The
// chunks loaded afterwards on demand (the charts, other pages) are listed apart. Exits with 1
// when the first load is over the budget (KB, 1 KB = 1024 bytes).

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist/apps/web');
const manifestPath = join(dist, '.vite/manifest.json');
const routeModule = 'src/features/dashboard/components/dashboard-page.tsx';
const chartsModule = 'src/features/dashboard/components/dashboard-charts.tsx';

const args = process.argv.slice(2);
const budgetKb = Number(args[args.indexOf('--budget') + 1]) || 250;
const asJson = args.includes('--json');

if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: build first (npx nx run web:build).`);
  process.exit(2);
}
/** @type {Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('The manifest has no entry');
if (!manifest[routeModule]) throw new Error(`The manifest has no ${routeModule}`);

/** The manifest keys reachable from `keys` through static imports. */
function staticClosure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return seen;
}

// The entry and what index.html preloads must be among the entry's static imports; check it, so
// a change in how Vite writes index.html does not go unnoticed.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const htmlScripts = [
  ...html.matchAll(/<script[^>]+src="\/([^"]+)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g),
].map((m) => m[1]);

const firstLoad = staticClosure([entryKey, routeModule]);
const firstFiles = new Set([...firstLoad].map((key) => manifest[key].file));
for (const file of htmlScripts) {
  if (!firstFiles.has(file)) throw new Error(`index.html loads ${file}, not in the manifest walk`);
}

const sizeOf = (file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const first = [...firstFiles].map(sizeOf).sort((a, b) => b.gzip - a.gzip);
const firstTotal = first.reduce((sum, f) => sum + f.gzip, 0);
const charts = manifest[chartsModule]
  ? [...staticClosure([chartsModule])]
      .map((key) => manifest[key].file)
      .filter((file) => !firstFiles.has(file))
      .map(sizeOf)
  : [];
const chartsTotal = charts.reduce((sum, f) => sum + f.gzip, 0);
const css = [...new Set([...firstLoad].flatMap((key) => manifest[key].css ?? []))].map(sizeOf);

if (asJson) {
  console.log(
    JSON.stringify(
      {
        budgetKb,
        firstLoad: { gzip: firstTotal, files: first },
        charts: { gzip: chartsTotal, files: charts },
        css,
      },
      null,
      2,
    ),
  );
} else {
  console.log(
    `Dashboard route (/), first-load JavaScript (entry + preloads + ${routeModule} and its static imports):`,
  );
  for (const f of first)
    console.log(`  ${kb(f.gzip).padStart(9)} gzip  ${kb(f.raw).padStart(9)} raw  ${f.file}`);
  console.log(`  ${kb(firstTotal).padStart(9)} gzip in total (budget ${budgetKb} KB)`);
  if (charts.length > 0) {
    console.log('Loaded on demand when the first chart shows (recharts, @mantine/charts):');
    for (const f of charts)
      console.log(`  ${kb(f.gzip).padStart(9)} gzip  ${kb(f.raw).padStart(9)} raw  ${f.file}`);
    console.log(
      `  ${kb(chartsTotal).padStart(9)} gzip; with the first load ${kb(firstTotal + chartsTotal)}`,
    );
  }
  for (const f of css) console.log(`CSS: ${kb(f.gzip)} gzip  ${f.file}`);
}
process.exitCode = firstTotal > budgetKb * 1024 ? 1 : 0;
