import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest, openDatabase } from '@smartcity/db';
import { seedDemo } from '@smartcity/demo-data';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  setCookies,
  spawnApi,
  trpcMutation,
  trpcQuery,
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
    // The demo seed made the region: no setup link.
    expect(api.stdout()).not.toContain('siapkan');

    api.child.kill('SIGTERM');
    const exit = await waitForExit(api, 5_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(api.stderr()).toBe('');
  }, 25_000);

  it('completes at the next start a demo seed that a crash cut short, and then leaves it alone', async () => {
    const file = join(dir, 'half-seeded.db');
    // A first start that died after the units and accounts: the region exists, nothing else.
    const crashed = openDatabase({ dialect: 'sqlite', filename: file });
    try {
      await migrateToLatest(crashed.db);
      await expect(
        seedDemo(crashed.db, {
          now: new Date(),
          hashPassword: () => Promise.resolve('$argon2id$not-used-here'),
          onStep: ({ step }) => {
            if (step === 'units') throw new Error('crash');
          },
        }),
      ).rejects.toThrow('crash');
    } finally {
      await crashed.close();
    }
    const counts = async () => {
      const handle = openDatabase({ dialect: 'sqlite', filename: file });
      try {
        const count = async (
          table: 'innovations' | 'evaluation_rounds' | 'programmes' | 'action_items' | 'events',
        ) =>
          Number(
            (
              await handle.db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          );
        return {
          innovations: await count('innovations'),
          rounds: await count('evaluation_rounds'),
          programmes: await count('programmes'),
          actions: await count('action_items'),
          events: await count('events'),
        };
      } finally {
        await handle.close();
      }
    };
    expect(await counts()).toMatchObject({ innovations: 0, rounds: 0, programmes: 0 });

    const startOnce = async () => {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const api = start({ PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: `sqlite:${file}` });
      await waitForReady(api, url, 20_000);
      expect(await unitTotal(url)).toBe(55);
      expect(api.stdout()).not.toContain('siapkan');
      api.child.kill('SIGTERM');
      expect(await waitForExit(api, 5_000)).toEqual({ code: 0, signal: null });
    };
    await startOnce();
    const completed = await counts();
    expect(completed).toMatchObject({ innovations: 119, rounds: 2, programmes: 30, actions: 101 });
    // A start on the complete demo writes nothing (not even an event).
    await startOnce();
    expect(await counts()).toEqual(completed);
  }, 60_000);

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

  it('prints a one-time setup link on a database without a region, which sets it up once', async () => {
    const file = join(dir, 'setup.db');
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${file}`,
      DEMO_DATA: 'false',
    };
    const api = start({ ...env, LOG_LEVEL: 'info' });
    await waitForReady(api, url, 15_000);
    const line =
      /^Open (http:\/\/127\.0\.0\.1:\d+\/siapkan\?token=([A-Za-z0-9_-]{43})) to set up the region$/m;
    // The line may reach this process's pipe just after the readiness answer.
    await expect.poll(() => line.test(api.stdout()), { timeout: 5_000 }).toBe(true);
    const [, link, token] = line.exec(api.stdout()) ?? [];
    expect(link, api.stdout()).toBe(`${url}/siapkan?token=${token}`);
    // Also in the JSON log, at info level.
    const logged = api
      .stdout()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { level: number; setupUrl?: string })
      .find((entry) => entry.setupUrl);
    expect(logged).toMatchObject({ level: 30, setupUrl: link });

    // Only the token's hash is stored.
    const db = openDatabase({ dialect: 'sqlite', filename: file });
    try {
      const rows = await db.db.selectFrom('setup_tokens').select('id').execute();
      expect(rows).toEqual([{ id: createHash('sha256').update(token!).digest('hex') }]);
    } finally {
      await db.close();
    }
    const status = await (await trpcQuery(url, 'setup.status', { input: { token } })).json();
    expect(status).toEqual({
      result: { data: { needed: true, tokenValid: true, tokenProblem: null } },
    });
    const completed = await trpcMutation(url, 'setup.complete', {
      input: {
        token,
        region: {
          name: 'Kabupaten Sumedang',
          kind: 'kabupaten',
          province: 'Jawa Barat',
          code: '32.11',
        },
        coordinator: {
          name: 'Tim Smart City',
          email: 'tim@sumedangkab.go.id',
          password: 'Sumedang-Tandang-2026',
        },
      },
    });
    expect(completed.status).toBe(200);
    const [cookie] = setCookies(completed, 'sc_session');
    const me = (await (await trpcQuery(url, 'auth.me', { cookie: cookie?.pair })).json()) as {
      result: { data: { user: { role: string } } };
    };
    expect(me.result.data.user.role).toBe('coordinator');
    // The link works once.
    const again = await trpcMutation(url, 'setup.complete', {
      input: {
        token,
        region: { name: 'Kota Lain', kind: 'kota', province: 'Jawa Barat', code: '32.73' },
        coordinator: { name: 'Lain', email: 'lain@kota.go.id', password: 'Sumedang-Tandang-2026' },
      },
    });
    expect(again.status).toBe(409);
    api.child.kill('SIGTERM');
    expect(await waitForExit(api, 5_000)).toEqual({ code: 0, signal: null });

    // Once set up, a start issues no link.
    const nextPort = await freePort();
    const next = start({ ...env, PORT: String(nextPort) });
    await waitForReady(next, `http://127.0.0.1:${nextPort}`, 15_000);
    expect(next.stdout()).not.toContain('siapkan');
    next.child.kill('SIGTERM');
    expect(await waitForExit(next, 5_000)).toEqual({ code: 0, signal: null });
  }, 30_000);
});
