import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root, where the built app lives (`dist/`). */
export const repoRoot = resolve(import.meta.dirname, '../../../..');

/** The built API app (it serves the built SPA too) and its command line. */
export const serverEntry = join(repoRoot, 'dist/apps/api/main.mjs');
export const cliEntry = join(repoRoot, 'dist/apps/api/cli.mjs');

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
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

/** Waits until `url` answers 200 (the app's `/readyz`), failing if the process exits first. */
export async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
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

/** Stops the process with SIGTERM (SIGKILL after 5 s) and waits until it has exited. */
export function stop(child: ChildProcess): Promise<void> {
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

/** A running built app on a free port. */
export type ServerProcess = {
  readonly baseUrl: string;
  /** Everything the process wrote on stdout so far. */
  readonly stdout: () => string;
  /** Waits until stdout has a match of `pattern` and answers it (rejects after `timeoutMs`). */
  readonly waitForOutput: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpExecArray>;
  /** Stops the process (and removes its own database, when it made one). */
  readonly stop: () => Promise<void>;
};

/**
 * Starts the built app with these variables (on a free port of the loopback) and waits for it.
 * Without `DATABASE_URL` it gets a fresh SQLite database of its own, removed by `stop`.
 */
export async function startServer(env: Readonly<Record<string, string>>): Promise<ServerProcess> {
  const port = await freePort();
  const dir = env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'smartcity-e2e-own-'));
  const child = spawn(process.execPath, [serverEntry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...(dir ? { DATABASE_URL: `sqlite:${join(dir, 'own.db')}` } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    process.stdout.write(chunk);
  });
  const removeDatabase = () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(`${baseUrl}/readyz`, child);
  } catch (error) {
    await stop(child);
    removeDatabase();
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
      removeDatabase();
    },
  };
}

/** Runs a command of the built CLI (`migrate`, `create-coordinator`, …); rejects on failure. */
export function runCli(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): Promise<string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [cliEntry, ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolveRun(output) : reject(new Error(`cli ${args[0]} failed: ${output}`)),
    );
  });
}
