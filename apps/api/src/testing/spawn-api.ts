import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the API process runs from there, as `npm start` runs it. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The variables the API reads: cleared from the inherited environment so tests set them all. */
const apiVariables = ['PORT', 'HOST', 'DATABASE_URL', 'DEMO_DATA', 'LOG_LEVEL', 'WEB_DIST'];

/** How an API process ended. */
export type ApiExit = { readonly code: number | null; readonly signal: NodeJS.Signals | null };

/** An API process started by a test. */
export type ApiProcess = {
  readonly child: ChildProcess;
  /** Everything the process wrote so far. */
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Settles when the process has exited (never rejects). */
  readonly exited: Promise<ApiExit>;
  /** Kills the process and its children (tsx runs the app in a child), for clean-up. */
  readonly kill: () => void;
};

/**
 * Starts `apps/api/src/main.ts` through tsx from the repository root with the given variables and
 * no stdin. The process leads its own process group so that {@link ApiProcess.kill} also reaches
 * the node process tsx starts.
 */
export function spawnApi(env: Readonly<Record<string, string>>): ApiProcess {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !apiVariables.includes(name)),
  );
  const child = spawn(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['apps/api/src/main.ts'], {
    cwd: repoRoot,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // 'close' (not 'exit') so that all output has been read when `exited` settles.
  const exited = new Promise<ApiExit>((resolve) => {
    child.once('error', () => resolve({ code: null, signal: null }));
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  const kill = (): void => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  return { child, stdout: () => stdout, stderr: () => stderr, exited, kill };
}

/** Waits for the process to exit; rejects (with its output) when it runs past `timeoutMs`. */
export async function waitForExit(api: ApiProcess, timeoutMs: number): Promise<ApiExit> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `the API process did not exit within ${timeoutMs} ms\nstderr: ${api.stderr()}\nstdout: ${api.stdout()}`,
          ),
        ),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([api.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls `GET <url>/readyz` until it answers 200. Rejects when the process exits first or when
 * `timeoutMs` passes, with the process's output to show why.
 */
export async function waitForReady(api: ApiProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void api.exited.then(() => (exited = true));
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the API process exited before it was ready\n${api.stderr()}`);
    try {
      const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(1_000) });
      last = `${response.status} ${await response.text()}`;
      if (response.status === 200) return;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `the API was not ready within ${timeoutMs} ms (last: ${last})\nstderr: ${api.stderr()}`,
  );
}

/** A TCP port that was free on 127.0.0.1 a moment ago (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
