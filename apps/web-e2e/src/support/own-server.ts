import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../../..');
const serverEntry = join(root, 'dist/apps/api/main.mjs');

/** A server of a test file's own: the built app on a fresh SQLite database of its own. */
export type OwnServer = {
  readonly baseUrl: string;
  /** Everything the process wrote on stdout so far. */
  readonly stdout: () => string;
  /** Waits until stdout has a match of `pattern` and answers it (rejects after `timeoutMs`). */
  readonly waitForOutput: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpExecArray>;
  readonly stop: () => Promise<void>;
};

/**
 * Starts the built app (`dist/apps/api/main.mjs`, as global-setup does) on a free port with a
 * fresh temporary SQLite database and the given variables (e.g. `DEMO_DATA=false`), and waits
 * until it is ready. `stop` ends it and removes the database.
 */
export async function startOwnServer(env: Readonly<Record<string, string>>): Promise<OwnServer> {
  const dir = mkdtempSync(join(tmpdir(), 'smartcity-e2e-own-'));
  const port = await freePort();
  const child = spawn(process.execPath, [serverEntry], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'own.db')}`,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(`${baseUrl}/readyz`, child);
  } catch (error) {
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const waitForOutput = async (pattern: RegExp, timeoutMs = 5_000): Promise<RegExpExecArray> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = pattern.exec(stdout);
      if (match) return match;
      if (Date.now() > deadline) throw new Error(`no ${String(pattern)} in the output:\n${stdout}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return {
    baseUrl,
    stdout: () => stdout,
    waitForOutput,
    stop: async () => {
      await stop(child);
      rmSync(dir, { recursive: true, force: true });
    },
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
