// Bundles the API app (apps/api) and the workspace libraries it uses into dist/apps/api.
// Third-party packages stay external: they are resolved from node_modules at run time, so native
// modules (better-sqlite3) and packages that load files lazily (pino) work unchanged.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {}).flatMap((name) => [name, `${name}/*`]);

await build({
  entryPoints: { main: 'apps/api/src/main.ts', cli: 'apps/api/src/cli.ts' },
  outdir: 'dist/apps/api',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external,
  logLevel: 'warning',
  tsconfig: 'apps/api/tsconfig.json',
});
console.log('built dist/apps/api');
