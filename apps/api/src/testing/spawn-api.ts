import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the API process runs from there, as `npm start` runs it. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** The variables the API reads: cleared from the inherited environment so tests set them all. */
const apiVariables = [
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DEMO_DATA',
  'LOG_LEVEL',
  'WEB_DIST',
  'SECURE_COOKIES',
  'TRUST_PROXY',
  'STALE_DAYS',
  'NOTIFY_SWEEP_MINUTES',
  'COORDINATOR_PASSWORD',
];

/** The environment of a child process: the test's own, minus the variables the API reads. */
function childEnv(env: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !apiVariables.includes(name)),
  );
  return { ...inherited, ...env };
}

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
  const child = spawn(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['apps/api/src/main.ts'], {
    cwd: repoRoot,
    env: childEnv(env),
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

/** How a CLI run ended, with all it wrote. */
export type CliResult = {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
};

/**
 * Runs `apps/api/src/cli.ts <args>` through tsx from the repository root with the given variables
 * (the API's own are cleared from the inherited environment). stdin is a pipe, so never a TTY: it
 * receives `stdin` when given and is closed at once either way. Rejects when the run takes longer
 * than `timeoutMs` (and kills it).
 */
export function runCli(
  args: readonly string[],
  options: {
    readonly env?: Readonly<Record<string, string>>;
    readonly stdin?: string;
    readonly timeoutMs?: number;
  } = {},
): Promise<CliResult> {
  const { env = {}, stdin = '', timeoutMs = 15_000 } = options;
  const child = spawn(
    join(repoRoot, 'node_modules', '.bin', 'tsx'),
    ['apps/api/src/cli.ts', ...args],
    {
      cwd: repoRoot,
      env: childEnv(env),
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // The CLI may exit before reading stdin (e.g. on a bad option): that EPIPE is no failure.
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(stdin);
  return new Promise<CliResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      reject(
        new Error(
          `the CLI (${args.join(' ')}) did not exit within ${timeoutMs} ms\nstderr: ${stderr}\nstdout: ${stdout}`,
        ),
      );
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Options of one tRPC call over real HTTP. */
export type TrpcCallOptions = {
  /** The `Cookie` header to send, e.g. `sc_session=...`. */
  readonly cookie?: string | undefined;
  /** More headers, e.g. `X-Forwarded-For`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Whether a mutation carries `x-csrf: 1`, as the SPA sends it (default true). */
  readonly csrf?: boolean;
};

/** One tRPC call over real HTTP: its input (none when absent) and the options of the call. */
export type TrpcCall = TrpcCallOptions & { readonly input?: unknown };

function callHeaders(options: TrpcCallOptions): Record<string, string> {
  return {
    ...(options.cookie === undefined ? {} : { Cookie: options.cookie }),
    ...options.headers,
  };
}

/** `GET /trpc/<path>?input=<json>`, as the SPA's tRPC client sends a query (no batching). */
export function trpcQuery(base: string, path: string, call: TrpcCall = {}): Promise<Response> {
  const { input, ...options } = call;
  const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return fetch(`${base}/trpc/${path}${search}`, {
    headers: callHeaders(options),
    signal: AbortSignal.timeout(5_000),
  });
}

/** `POST /trpc/<path>` with the input as the JSON body and, unless told otherwise, `x-csrf: 1`. */
export function trpcMutation(base: string, path: string, call: TrpcCall = {}): Promise<Response> {
  const { input, ...options } = call;
  return fetch(`${base}/trpc/${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(options.csrf === false ? {} : { 'x-csrf': '1' }),
      ...callHeaders(options),
    },
    ...(input === undefined ? {} : { body: JSON.stringify(input) }),
    signal: AbortSignal.timeout(5_000),
  });
}

/** A cookie as a `Set-Cookie` header sets it. */
export type SetCookie = {
  readonly name: string;
  readonly value: string;
  /** The attributes as sent, e.g. `HttpOnly`, `Max-Age=604800`, `SameSite=Lax`. */
  readonly attributes: readonly string[];
  /** The value of an attribute (case-insensitive name), `''` for a flag, undefined when absent. */
  readonly attribute: (name: string) => string | undefined;
  /** `name=value`, to send back in a `Cookie` header. */
  readonly pair: string;
};

/** The `Set-Cookie` headers of an answer for the cookie `name` (usually none or one). */
export function setCookies(response: Response, name: string): SetCookie[] {
  return response.headers.getSetCookie().flatMap((header): SetCookie[] => {
    const [pair = '', ...rest] = header.split(';').map((part) => part.trim());
    const equals = pair.indexOf('=');
    if (equals < 0 || pair.slice(0, equals) !== name) return [];
    const attributes = rest.filter((part) => part !== '');
    return [
      {
        name,
        value: pair.slice(equals + 1),
        attributes,
        attribute: (attributeName) => {
          const wanted = attributeName.toLowerCase();
          for (const attribute of attributes) {
            const [key = '', ...value] = attribute.split('=');
            if (key.trim().toLowerCase() === wanted) return value.join('=').trim();
          }
          return undefined;
        },
        pair,
      },
    ];
  });
}
