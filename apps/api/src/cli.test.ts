import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPasswordHasher } from '@smartcity/api';
import {
  countUsers,
  findCredentialsByEmail,
  findHomeRegion,
  listEvents,
  openDatabase,
} from '@smartcity/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  runCli,
  setCookies,
  spawnApi,
  trpcMutation,
  trpcQuery,
  waitForExit,
  waitForReady,
  type ApiProcess,
  type CliResult,
} from './testing/spawn-api';

const password = 'Sumedang-Tandang-2026';
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

type MeAnswer = {
  result?: {
    data: { user: { email: string; name: string; role: string; unitId: string | null } } | null;
  };
};

/** Every CLI test starts the real entry point through tsx: about 0.7 s per run here. */
describe('cli', () => {
  let dir: string;
  let files = 0;
  const started: ApiProcess[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'smartcity-cli-test-'));
  });
  afterEach(() => {
    // A failed test must not leave a server behind.
    for (const api of started.splice(0)) api.kill();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A database file of its own (not created yet) and its DATABASE_URL. */
  function newDatabase(): { file: string; url: string } {
    files += 1;
    const file = join(dir, `cli-${files}.db`);
    return { file, url: `sqlite:${file}` };
  }

  /** Expects a refusal: exit code 1, nothing on stdout, exactly one line on stderr. */
  function expectRefusal(result: CliResult, message: RegExp): void {
    expect(result, JSON.stringify(result)).toMatchObject({ code: 1, signal: null, stdout: '' });
    expect(result.stderr).toMatch(/^smartcity-cli: [^\n]+\n$/);
    expect(result.stderr).toMatch(message);
  }

  async function startServer(url: string): Promise<{ api: ApiProcess; base: string }> {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const api = spawnApi({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: url,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
    });
    started.push(api);
    await waitForReady(api, base, 15_000);
    return { api, base };
  }

  async function stopServer(api: ApiProcess): Promise<void> {
    api.child.kill('SIGTERM');
    expect(await waitForExit(api, 5_000)).toEqual({ code: 0, signal: null });
    expect(api.stderr()).toBe('');
  }

  /** Logs in over HTTP and answers the status and, on success, what `auth.me` says. */
  async function loginAndMe(
    base: string,
    email: string,
    secret: string,
  ): Promise<{ status: number; me: MeAnswer['result'] }> {
    const login = await trpcMutation(base, 'auth.login', { input: { email, password: secret } });
    if (login.status !== 200) return { status: login.status, me: undefined };
    const [cookie] = setCookies(login, 'sc_session');
    expect(cookie).toBeDefined();
    const me = (await (
      await trpcQuery(base, 'auth.me', { cookie: cookie?.pair })
    ).json()) as MeAnswer;
    return { status: login.status, me: me.result };
  }

  /** The stored account for an email, and whether the password matches its hash. */
  async function storedAccount(
    file: string,
    email: string,
    secret: string,
  ): Promise<{ role: string; name: string; passwordMatches: boolean; users: number } | null> {
    const handle = openDatabase({ dialect: 'sqlite', filename: file });
    try {
      const credentials = await findCredentialsByEmail(handle.db, email);
      if (!credentials) return null;
      return {
        role: credentials.user.role,
        name: credentials.user.name,
        passwordMatches: await createPasswordHasher().verify(credentials.passwordHash, secret),
        users: await countUsers(handle.db),
      };
    } finally {
      await handle.close();
    }
  }

  it('prints the usage for --help and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Usage: /);
    expect(result.stdout).toContain('create-coordinator --email <email>');
    expect(result.stdout).toContain('migrate');
    expect(result.stdout).toContain('setup --region <name> --kind <kabupaten|kota>');
    expect(result.stdout).toContain('--coordinator-email <email> --coordinator-name <name>');
  }, 15_000);

  it('creates a coordinator from COORDINATOR_PASSWORD who can then log in to the server', async () => {
    const { file, url } = newDatabase();
    const created = await runCli(
      ['create-coordinator', '--email', 'Kepala.Bappeda@Sumedang.test', '--name', 'Asep Sunandar'],
      { env: { DATABASE_URL: url, COORDINATOR_PASSWORD: password } },
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(
      new RegExp(
        `^Created coordinator kepala\\.bappeda@sumedang\\.test \\(${uuid.source}\\) in sqlite:.+\\.\\n$`,
      ),
    );
    expect(created.stdout).toContain(file);

    const { api, base } = await startServer(url);
    const coordinator = await loginAndMe(base, 'kepala.bappeda@sumedang.test', password);
    expect(coordinator.status).toBe(200);
    expect(coordinator.me?.data?.user).toMatchObject({
      email: 'kepala.bappeda@sumedang.test',
      name: 'Asep Sunandar',
      role: 'coordinator',
      unitId: null,
    });
    // DEMO_DATA=false: the server seeded nothing beside the CLI's account.
    expect((await loginAndMe(base, 'koordinator@demo.test', 'Demo-Sumedang-2022')).status).toBe(
      401,
    );
    await stopServer(api);
  }, 30_000);

  it('reads the password from one line on stdin when COORDINATOR_PASSWORD is not set', async () => {
    const { file, url } = newDatabase();
    const created = await runCli(['create-coordinator', '--email', 'operator@sumedang.test'], {
      env: { DATABASE_URL: url },
      stdin: `${password}\n`,
    });
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^Created coordinator operator@sumedang\.test \(/);
    // The line break is not part of the password; the default name is used.
    expect(await storedAccount(file, 'operator@sumedang.test', password)).toEqual({
      role: 'coordinator',
      name: 'Koordinator Smart City',
      passwordMatches: true,
      users: 1,
    });
  }, 15_000);

  it('refuses a second account with the same email in any letter case, with one line', async () => {
    const { file, url } = newDatabase();
    const env = { DATABASE_URL: url, COORDINATOR_PASSWORD: password };
    const first = await runCli(['create-coordinator', '--email', 'dua@sumedang.test'], { env });
    expect(first.code, first.stderr).toBe(0);
    const second = await runCli(['create-coordinator', '--email', 'DUA@Sumedang.TEST'], {
      env: { ...env, COORDINATOR_PASSWORD: 'Another-Password-99' },
    });
    expectRefusal(second, /Email already in use/);
    // The first account is untouched: still its own password, still alone.
    expect(await storedAccount(file, 'dua@sumedang.test', password)).toMatchObject({
      passwordMatches: true,
      users: 1,
    });
  }, 15_000);

  it.for<[string, string[], string, RegExp]>([
    [
      'a password under 10 characters',
      ['--email', 'a@sumedang.test'],
      'Pendek-1',
      /policy.*too_short/,
    ],
    [
      'a password equal to the email',
      ['--email', 'panjang.sekali@sumedang.test'],
      'Panjang.Sekali@sumedang.test',
      /policy.*same_as_email/,
    ],
    ['an email that is not one', ['--email', 'not-an-email'], password, /--email must be a valid/],
    ['no --email', [], password, /--email must be a valid/],
  ])(
    'refuses %s with exit code 1 and one line, and creates no database',
    { timeout: 15_000 },
    async ([_case, args, secret, message]) => {
      const { file, url } = newDatabase();
      const result = await runCli(['create-coordinator', ...args], {
        env: { DATABASE_URL: url, COORDINATOR_PASSWORD: secret },
      });
      expectRefusal(result, message);
      expect(existsSync(file)).toBe(false);
    },
  );

  it('refuses when stdin is empty and COORDINATOR_PASSWORD is not set', async () => {
    const { file, url } = newDatabase();
    const result = await runCli(['create-coordinator', '--email', 'x@sumedang.test'], {
      env: { DATABASE_URL: url },
    });
    expectRefusal(result, /no password/);
    expect(existsSync(file)).toBe(false);
  }, 15_000);

  it('refuses an unknown command with exit code 1 and one line', async () => {
    const { file, url } = newDatabase();
    const result = await runCli(['drop-everything'], { env: { DATABASE_URL: url } });
    expectRefusal(result, /unknown command "drop-everything"/);
    expect(existsSync(file)).toBe(false);
  }, 15_000);

  it('migrates a fresh database, then says it is already up to date', async () => {
    const { file, url } = newDatabase();
    const first = await runCli(['migrate'], { env: { DATABASE_URL: url } });
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(
      /^Applied: \d{4}_\d{2}_\d{2}_\d{4}_\w+(, \d{4}_\d{2}_\d{2}_\d{4}_\w+)*\n$/,
    );
    expect(first.stdout).toContain('create_users_sessions_login_attempts');
    expect(existsSync(file)).toBe(true);

    const second = await runCli(['migrate'], { env: { DATABASE_URL: url } });
    expect(second).toEqual({ code: 0, signal: null, stdout: 'Already up to date.\n', stderr: '' });
  }, 15_000);

  it('leaves a server without demo data with no accounts until the CLI creates the first', async () => {
    const { url } = newDatabase();
    const { api, base } = await startServer(url);
    expect((await loginAndMe(base, 'koordinator@demo.test', 'Demo-Sumedang-2022')).status).toBe(
      401,
    );
    const me = (await (await trpcQuery(base, 'auth.me')).json()) as MeAnswer;
    expect(me.result?.data).toBeNull();

    // The operator creates the first account while the server runs (SQLite in WAL mode).
    const created = await runCli(['create-coordinator', '--email', 'pertama@sumedang.test'], {
      env: { DATABASE_URL: url, COORDINATOR_PASSWORD: password },
    });
    expect(created.code, created.stderr).toBe(0);
    const coordinator = await loginAndMe(base, 'pertama@sumedang.test', password);
    expect(coordinator.status).toBe(200);
    expect(coordinator.me?.data?.user.role).toBe('coordinator');
    await stopServer(api);
  }, 30_000);

  describe('setup', () => {
    const sumedang = [
      '--region',
      'Kabupaten Sumedang',
      '--kind',
      'kabupaten',
      '--province',
      'Jawa Barat',
      '--code',
      '32.11',
      '--coordinator-email',
      'Tim.SmartCity@Sumedangkab.go.id',
      '--coordinator-name',
      'Tim Smart City',
    ];

    /** Every row a setup writes, to prove that a run changed nothing. */
    async function contents(file: string): Promise<unknown> {
      const handle = openDatabase({ dialect: 'sqlite', filename: file });
      try {
        const tables = ['regions', 'users', 'units', 'events', 'sessions', 'setup_tokens'] as const;
        const rows: Record<string, unknown> = {};
        for (const table of tables) {
          rows[table] = await handle.db.selectFrom(table).selectAll().execute();
        }
        return JSON.parse(JSON.stringify(rows)) as unknown;
      } finally {
        await handle.close();
      }
    }

    it('sets up the region and its first coordinator in one go; the printed setup link stops working', async () => {
      const { file, url } = newDatabase();
      // The server waits for its setup and printed a link.
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const api = spawnApi({
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: url,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
      });
      started.push(api);
      await waitForReady(api, base, 15_000);
      await expect.poll(() => /token=([\w-]{43})/.exec(api.stdout())?.[1]).toBeDefined();
      const token = /token=([\w-]{43})/.exec(api.stdout())![1];

      const result = await runCli(
        ['setup', ...sumedang, '--branding', 'Sumedang Happy Digital Region'],
        {
          env: { DATABASE_URL: url, COORDINATOR_PASSWORD: password },
        },
      );
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        new RegExp(
          `^Set up Kabupaten Sumedang \\(32\\.11\\) with the coordinator tim\\.smartcity@sumedangkab\\.go\\.id \\(${uuid.source}\\) in sqlite:.+\\.\\n$`,
        ),
      );

      const region = (await (await trpcQuery(base, 'region.get')).json()) as {
        result: { data: Record<string, unknown> };
      };
      expect(region.result.data).toMatchObject({
        name: 'Kabupaten Sumedang',
        kind: 'kabupaten',
        province: 'Jawa Barat',
        code: '32.11',
        branding: 'Sumedang Happy Digital Region',
        isDemo: false,
      });
      const coordinator = await loginAndMe(base, 'tim.smartcity@sumedangkab.go.id', password);
      expect(coordinator.status).toBe(200);
      expect(coordinator.me?.data?.user).toMatchObject({ role: 'coordinator', unitId: null });
      const status = (await (
        await trpcQuery(base, 'setup.status', { input: { token } })
      ).json()) as {
        result: { data: { needed: boolean; tokenValid: boolean } };
      };
      expect(status.result.data).toMatchObject({ needed: false, tokenValid: false });
      await stopServer(api);

      const handle = openDatabase({ dialect: 'sqlite', filename: file });
      try {
        const home = (await findHomeRegion(handle.db))!;
        expect(
          (await listEvents(handle.db, { entityType: 'region' })).map((e) => e.action),
        ).toEqual(['region.created']);
        expect(
          (await listEvents(handle.db, { entityType: 'user' })).filter(
            (e) => e.action === 'user.created',
          ),
        ).toMatchObject([{ regionId: home.id, after: { via: 'cli' } }]);
      } finally {
        await handle.close();
      }
    }, 45_000);

    it('is safe to run twice: the second run says the region exists, changes nothing and exits 0', async () => {
      const { file, url } = newDatabase();
      const env = { DATABASE_URL: url, COORDINATOR_PASSWORD: password };
      const first = await runCli(['setup', ...sumedang], { env });
      expect(first.code, first.stderr).toBe(0);
      const before = await contents(file);
      const second = await runCli(
        ['setup', ...sumedang.slice(0, -2), '--coordinator-name', 'Orang Lain'],
        { env: { ...env, COORDINATOR_PASSWORD: 'Another-Password-99' } },
      );
      expect(second).toEqual({
        code: 0,
        signal: null,
        stdout: `The region Kabupaten Sumedang is already set up in sqlite:${file}: nothing changed.\n`,
        stderr: '',
      });
      expect(await contents(file)).toEqual(before);
      expect(await storedAccount(file, 'tim.smartcity@sumedangkab.go.id', password)).toMatchObject({
        name: 'Tim Smart City',
        passwordMatches: true,
        users: 1,
      });
    }, 30_000);

    it('reads the password from one line on stdin when COORDINATOR_PASSWORD is not set', async () => {
      const { file, url } = newDatabase();
      const result = await runCli(['setup', ...sumedang], {
        env: { DATABASE_URL: url },
        stdin: `${password}\n`,
      });
      expect(result.code, result.stderr).toBe(0);
      expect(await storedAccount(file, 'tim.smartcity@sumedangkab.go.id', password)).toEqual({
        role: 'coordinator',
        name: 'Tim Smart City',
        passwordMatches: true,
        users: 1,
      });
    }, 15_000);

    const replace = (option: string, value: string) => {
      const args = [...sumedang];
      args[args.indexOf(option) + 1] = value;
      return args;
    };

    it.each([
      [
        'a code of the wrong shape',
        replace('--code', '3211'),
        /--code must be the Kemendagri code as NN\.NN, e\.g\. 32\.11/,
      ],
      ['a kind that is neither', replace('--kind', 'provinsi'), /--kind must be kabupaten or kota/],
      [
        'an email that is not one',
        replace('--coordinator-email', 'bukan-email'),
        /--coordinator-email must be a valid email/,
      ],
      ['no region name', sumedang.slice(2), /--region must be/],
      ['an unknown option', [...sumedang, '--demo', 'yes'], /Unknown option '--demo'.*--help/],
    ])(
      'refuses %s with one line, exit code 1 and no database',
      async (_case, args, message) => {
        const { file, url } = newDatabase();
        const result = await runCli(['setup', ...args], {
          env: { DATABASE_URL: url, COORDINATOR_PASSWORD: password },
        });
        expectRefusal(result, message);
        expect(existsSync(file)).toBe(false);
      },
      15_000,
    );

    it('refuses a weak password with one line and creates neither region nor account', async () => {
      const { file, url } = newDatabase();
      const result = await runCli(['setup', ...sumedang], {
        env: { DATABASE_URL: url, COORDINATOR_PASSWORD: 'Pendek-1' },
      });
      expectRefusal(result, /policy.*too_short/);
      expect(await contents(file)).toMatchObject({ regions: [], users: [], events: [] });
    }, 15_000);
  });
});
