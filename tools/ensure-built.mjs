// Builds the API app and the SPA when their sources are newer than the build (or there is none).
// Used by `npm start` and `npm run cli`, so a fresh clone needs no separate build step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');
const outputs = ['dist/apps/api/main.mjs', 'dist/apps/api/cli.mjs', 'dist/apps/web/index.html'].map(
  (p) => join(root, p),
);
const sources = [
  'apps/api/src',
  'apps/web',
  'libs',
  'package-lock.json',
  'tsconfig.base.json',
  'tools/build-api.mjs',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Builds what is stale; exits the process when the build fails. */
export function ensureBuilt() {
  const built = outputs.every(existsSync);
  const stale =
    built &&
    Math.max(...sources.map((s) => newestMtime(join(root, s)))) >
      Math.min(...outputs.map((o) => statSync(o).mtimeMs));
  if (built && !stale) return;
  console.error(
    built ? 'Sources changed since the last build: rebuilding…' : 'First run: building the app…',
  );
  const result = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (result.status !== 0) {
    console.error('smartcity: the build failed (see above).');
    process.exit(result.status ?? 1);
  }
}
