// Builds `@smartcity/domain` as a package that works outside this repository, into
// libs/domain/dist (or `--out-dir DIR`):
//   1. tsc (libs/domain/tsconfig.lib.json) writes ESM JavaScript and `.d.ts` files, tests left out;
//   2. tsc-alias adds the `.js` endings (and `/index.js`) to relative imports: Node's ESM loader and
//      TypeScript's `nodenext` resolution need them, and the source, resolved as a bundler does, has
//      none;
//   3. the README and a package.json whose `exports` point at the build are written beside it.
// The workspace's own libs/domain/package.json keeps pointing at the TypeScript source, so tsc,
// Vite, Vitest, esbuild and tsx in this repository need no build before they run. Pack the result
// with `npm pack libs/domain/dist`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { replaceTscAliasPaths } from 'tsc-alias';

const root = join(import.meta.dirname, '..');
const lib = join(root, 'libs/domain');
const tsconfig = join(lib, 'tsconfig.lib.json');
const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
const outDir = resolve(values['out-dir'] ?? join(lib, 'dist'));

rmSync(outDir, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', tsconfig, '--outDir', outDir], {
  stdio: 'inherit',
});
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

await replaceTscAliasPaths({ configFile: tsconfig, outDir, resolveFullPaths: true });

/** The workspace manifest, turned into the published one: same name, version and dependencies. */
const workspace = JSON.parse(readFileSync(join(lib, 'package.json'), 'utf8'));
// Its `exports` and `types` name the TypeScript source; the build's own replace them below.
delete workspace.exports;
delete workspace.types;
const manifest = {
  ...workspace,
  main: './index.js',
  types: './index.d.ts',
  exports: {
    '.': { types: './index.d.ts', import: './index.js', default: './index.js' },
    './package.json': './package.json',
  },
  files: ['**/*.js', '**/*.d.ts', 'README.md'],
  sideEffects: false,
};
writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
copyFileSync(join(lib, 'README.md'), join(outDir, 'README.md'));

console.log(`built ${manifest.name}@${manifest.version} in ${outDir}`);
