import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  spawnApi,
  waitForExit,
  waitForReady,
  type ApiProcess,
} from './testing/spawn-api';

/** The process tests start the real entry point through tsx: about a second per start here. */
describe('main', () => {
  let dir: string;
  const started: ApiProcess[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'smartcity-main-test-'));
  });
  afterEach(() => {
    // A failed test must not leave a server behind.
    for (const api of started.splice(0)) api.kill();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function start(env: Record<string, string>): ApiProcess {
    const api = spawnApi({ LOG_LEVEL: 'warn', ...env });
    started.push(api);
    return api;
  }

  /** Starts the API with a problem it must refuse, and answers its exit code and stderr. */
  async function refused(
    env: Record<string, string>,
  ): Promise<{ code: number | null; stderr: string }> {
    const api = start(env);
    const { code } = await waitForExit(api, 10_000);
    return { code, stderr: api.stderr() };
  }

  async function unitTotal(url: string): Promise<unknown> {
    const response = await fetch(`${url}/trpc/unit.list`, { signal: AbortSignal.timeout(5_000) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result?: { data?: { total?: unknown } } };
    return body.result?.data?.total;
  }

  it('exits with code 1 and one line on stderr when PORT is not a number', async () => {
    const { code, stderr } = await refused({
      PORT: 'abc',
      DATABASE_URL: `sqlite:${join(dir, 'bad-port.db')}`,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^smartcity-api: [^\n]*invalid PORT[^\n]*\n$/);
  }, 15_000);

  it('exits with code 1 and one line on stderr for an unsupported DATABASE_URL', async () => {
    const { code, stderr } = await refused({
      PORT: String(await freePort()),
      DATABASE_URL: 'foo://x',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^smartcity-api: [^\n]*unsupported DATABASE_URL[^\n]*\n$/);
  }, 15_000);

  it('exits with code 1 and one line on stderr when the port is already in use', async () => {
    const port = await freePort();
    const occupier: Server = createServer();
    await new Promise<void>((resolve, reject) => {
      occupier.once('error', reject);
      occupier.listen(port, '127.0.0.1', resolve);
    });
    try {
      const { code, stderr } = await refused({
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: `sqlite:${join(dir, 'busy-port.db')}`,
      });
      expect(code).toBe(1);
      expect(stderr).toMatch(/^smartcity-api: [^\n]*already in use[^\n]*\n$/);
    } finally {
      await new Promise<void>((resolve) => occupier.close(() => resolve()));
    }
  }, 15_000);

  it('migrates, seeds the demo data, gets ready and stops with code 0 on SIGTERM', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const api = start({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'demo.db')}`,
    });
    await waitForReady(api, url, 15_000);
    expect(await unitTotal(url)).toBe(55);

    api.child.kill('SIGTERM');
    const exit = await waitForExit(api, 5_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(api.stderr()).toBe('');
  }, 25_000);

  it('starts with an empty database when DEMO_DATA is false', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const api = start({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'empty.db')}`,
      DEMO_DATA: 'false',
    });
    await waitForReady(api, url, 15_000);
    expect(await unitTotal(url)).toBe(0);

    api.child.kill('SIGINT');
    expect(await waitForExit(api, 5_000)).toEqual({ code: 0, signal: null });
  }, 25_000);
});
