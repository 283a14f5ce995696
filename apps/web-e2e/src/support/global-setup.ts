import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumAvailable, chromiumPath } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the API app serving the built SPA, or '' when the browser tests cannot run. */
    baseUrl: string;
  }
}

const root = resolve(import.meta.dirname, '../../../..');
const serverEntry = join(root, 'dist/apps/api/main.mjs');
const webIndex = join(root, 'dist/apps/web/index.html');

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
  const port = await freePort();
  const child = spawn(process.execPath, [serverEntry], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'e2e.db')}`,
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(`${baseUrl}/readyz`, child);
  project.provide('baseUrl', baseUrl);

  return async () => {
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the API app exited with code ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the API app was not ready at ${url} within 20 s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}
