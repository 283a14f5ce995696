import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumAvailable, chromiumPath } from './chromium';
import { repoRoot, serverEntry, startServer } from './server-process';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  export interface ProvidedContext {
    /** Base URL of the API app serving the built SPA, or '' when the browser tests cannot run. */
    baseUrl: string;
  }
}

const webIndex = join(repoRoot, 'dist/apps/web/index.html');

/**
 * Starts the built product (API app serving the built SPA) on a free port with a fresh SQLite
 * database and the demo data, for the browser tests. Without Chromium the tests are not run:
 * in CI that is an error; elsewhere it is said plainly, with how to enable them.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!chromiumAvailable()) {
    const message = `Browser tests did NOT run: Chromium not found at ${chromiumPath}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH) and run npm test again.`;
    if (process.env['CI'] === 'true') throw new Error(message);
    process.stderr.write(`\n${'!'.repeat(100)}\n${message}\n${'!'.repeat(100)}\n\n`);
    project.provide('baseUrl', '');
    return () => Promise.resolve();
  }
  if (!existsSync(serverEntry) || !existsSync(webIndex)) {
    throw new Error(
      'The browser tests need the built app: run `npm run build` first (npm test does).',
    );
  }

  const dir = mkdtempSync(join(tmpdir(), 'smartcity-e2e-'));
  const server = await startServer({
    DATABASE_URL: `sqlite:${join(dir, 'e2e.db')}`,
    DEMO_DATA: 'true',
  });
  project.provide('baseUrl', server.baseUrl);

  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
