import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPasswordHasher } from '@smartcity/api';
import { type DatabaseHandle } from '@smartcity/db';
import { demoPassword, seedDemoData } from '@smartcity/demo-data';
import { testDatabaseFactories, testPostgresUrl } from '@smartcity/db/testing';
import type { Express } from 'express';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './http-app';
import {
  freePort,
  setCookies,
  spawnApi,
  trpcMutation,
  trpcQuery,
  waitForExit,
  waitForReady,
  type ApiProcess,
  type SetCookie,
  type TrpcCallOptions,
} from './testing/spawn-api';

const testNow = new Date('2026-03-02T09:00:00.000Z');
const minute = 60_000;
const silent = pino({ level: 'silent' });
const passwords = createPasswordHasher();
const cookieName = 'sc_session';
const coordinatorEmail = 'koordinator@demo.test';

/** The parts of a tRPC answer these tests read. */
type TrpcAnswer<T> = {
  result?: { data: T };
  error?: {
    message: string;
    code: number;
    data: {
      code: string;
      httpStatus: number;
      domainCode: string | null;
      details: Record<string, unknown> | null;
    };
  };
};

/** The answer of `auth.login` and `auth.me`. */
type MeAnswer = {
  user: { id: string; email: string; role: string; unitId: string | null };
  unit: { id: string; name: string } | null;
};

async function answer<T>(response: Response): Promise<TrpcAnswer<T>> {
  return (await response.json()) as TrpcAnswer<T>;
}

/** The one `sc_session` cookie an answer sets; fails the test when there is none or several. */
function sessionCookieOf(response: Response): SetCookie {
  const cookies = setCookies(response, cookieName);
  expect(cookies, response.headers.getSetCookie().join('\n')).toHaveLength(1);
  return cookies[0]!;
}

/** A listening server on a free port of 127.0.0.1. */
type Listening = { readonly url: string; readonly close: () => Promise<void> };

async function listen(app: Express): Promise<Listening> {
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1');
    s.once('listening', () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // fetch keeps connections alive: without this `close` waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

describe.each(testDatabaseFactories())('accounts and sessions over HTTP on $dialect', (factory) => {
  let handle: DatabaseHandle;
  let server: Listening;
  let secureServer: Listening;
  /** The app's clock: tests only move it forward. */
  let clock = testNow;
  let addresses = 0;

  /** A client address of its own (sent as X-Forwarded-For), so tests never throttle each other. */
  function newClient(): Readonly<Record<string, string>> {
    addresses += 1;
    return { 'X-Forwarded-For': `203.0.113.${addresses}` };
  }

  function login(
    email: string,
    password: string,
    options: TrpcCallOptions & { readonly base?: string } = {},
  ): Promise<Response> {
    return trpcMutation(options.base ?? server.url, 'auth.login', {
      ...options,
      input: { email, password },
    });
  }

  /** Logs in (expecting success) and answers the cookie to send back. */
  async function loggedIn(email: string, password = demoPassword): Promise<string> {
    const response = await login(email, password, { headers: newClient() });
    expect(response.status, await response.clone().text()).toBe(200);
    return sessionCookieOf(response).pair;
  }

  async function me(cookie: string | undefined, base = server.url): Promise<MeAnswer | null> {
    const response = await trpcQuery(base, 'auth.me', { cookie });
    expect(response.status).toBe(200);
    const body = await answer<MeAnswer | null>(response);
    expect(body.result).toBeDefined();
    return body.result?.data ?? null;
  }

  async function userEmails(coordinatorCookie: string): Promise<string[]> {
    const response = await trpcQuery(server.url, 'user.list', {
      input: { includeInactive: true },
      cookie: coordinatorCookie,
    });
    expect(response.status).toBe(200);
    const body = await answer<{ items: { email: string }[]; total: number }>(response);
    return (body.result?.data.items ?? []).map((u) => u.email).sort();
  }

  function appOptions(secureCookies: boolean): Parameters<typeof createHttpApp>[0] {
    return {
      db: handle.db,
      now: () => clock,
      passwords,
      secureCookies,
      trustProxy: true,
      logger: silent,
      webDist: undefined,
      isStarted: () => true,
    };
  }

  beforeAll(async () => {
    handle = await factory.open();
    await seedDemoData(handle.db, testNow, {
      demoPasswordHash: await passwords.hash(demoPassword),
    });
    server = await listen(createHttpApp(appOptions(false)));
    secureServer = await listen(createHttpApp(appOptions(true)));
  });

  afterAll(async () => {
    await server?.close();
    await secureServer?.close();
    await handle?.close();
  });

  describe('auth.login, auth.me and auth.logout', () => {
    it('sets an HttpOnly, SameSite=Lax session cookie for 7 days on /, not Secure over plain HTTP', async () => {
      const response = await login(' DINKES.STAF@demo.test ', demoPassword, {
        headers: newClient(),
      });
      expect(response.status).toBe(200);
      const cookie = sessionCookieOf(response);
      expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(cookie.attribute('HttpOnly')).toBe('');
      expect(cookie.attribute('SameSite')).toBe('Lax');
      expect(cookie.attribute('Path')).toBe('/');
      expect(cookie.attribute('Max-Age')).toBe('604800');
      expect(cookie.attribute('Secure')).toBeUndefined();

      const text = await response.text();
      expect(text).not.toMatch(/argon2|passwordHash|password_hash/i);
      const body = JSON.parse(text) as TrpcAnswer<MeAnswer>;
      expect(body.result?.data.user).toMatchObject({
        email: 'dinkes.staf@demo.test',
        role: 'unit_staff',
      });
      expect(body.result?.data.unit?.name).toBe('Dinas Kesehatan');
    });

    it('marks the session cookie Secure, also when clearing it, on an app built with secureCookies', async () => {
      const response = await login('kominfo.staf@demo.test', demoPassword, {
        base: secureServer.url,
        headers: newClient(),
      });
      expect(response.status).toBe(200);
      const cookie = sessionCookieOf(response);
      expect(cookie.attribute('Secure')).toBe('');
      expect(cookie.attribute('HttpOnly')).toBe('');
      expect(cookie.attribute('SameSite')).toBe('Lax');
      expect(cookie.attribute('Max-Age')).toBe('604800');

      const logout = await trpcMutation(secureServer.url, 'auth.logout', {
        cookie: cookie.pair,
      });
      expect(logout.status).toBe(200);
      expect(sessionCookieOf(logout).attribute('Secure')).toBe('');
    });

    it('answers auth.me with the user for the session cookie and null without a cookie', async () => {
      const cookie = await loggedIn('dinkes.kepala@demo.test');
      expect(await me(cookie)).toMatchObject({
        user: { email: 'dinkes.kepala@demo.test', role: 'unit_head' },
        unit: { name: 'Dinas Kesehatan' },
      });
      expect(await me(undefined)).toBeNull();
      expect(await me(`${cookieName}=${'x'.repeat(43)}`)).toBeNull();
    });

    it('logs out: clears the cookie, and the old cookie no longer opens a session', async () => {
      const cookie = await loggedIn('kominfo.kepala@demo.test');
      expect((await me(cookie))?.user.email).toBe('kominfo.kepala@demo.test');

      const response = await trpcMutation(server.url, 'auth.logout', { cookie });
      expect(response.status).toBe(200);
      expect((await answer<{ loggedOut: boolean }>(response)).result?.data).toEqual({
        loggedOut: true,
      });
      const cleared = sessionCookieOf(response);
      expect(cleared.value).toBe('');
      expect(cleared.attribute('Path')).toBe('/');
      const expires = Date.parse(cleared.attribute('Expires') ?? '');
      expect(expires).toBeLessThan(Date.now());

      // The browser would drop the cookie; an attacker who kept it gets nothing.
      expect(await me(cookie)).toBeNull();
      const list = await trpcQuery(server.url, 'user.list', { cookie });
      expect(list.status).toBe(401);
    });

    it('answers a wrong password and an unknown email with the same 401 and nothing internal', async () => {
      const client = newClient();
      const wrong = await login('penilai@demo.test', 'not-the-password', { headers: client });
      const unknown = await login('nobody@demo.test', 'not-the-password', { headers: client });
      const texts: string[] = [];
      for (const response of [wrong, unknown]) {
        expect(response.status).toBe(401);
        expect(setCookies(response, cookieName)).toEqual([]);
        const text = await response.text();
        expect(text).not.toMatch(/argon2|stack|\.ts:\d+|node_modules/i);
        texts.push(text);
      }
      // Byte for byte the same: nothing tells which emails have accounts.
      expect(texts[1]).toBe(texts[0]);
      const body = JSON.parse(texts[0] ?? '') as TrpcAnswer<never>;
      expect(body.error?.message).toBe('Wrong email or password');
      expect(body.error?.data).toMatchObject({ code: 'UNAUTHORIZED', httpStatus: 401 });
    });
  });

  describe('login throttling', () => {
    it('refuses the 11th attempt after 10 wrong passwords with 429, even with the right password, until the window passes', async () => {
      const client = newClient();
      const start = clock.getTime();
      for (let i = 0; i < 10; i += 1) {
        // A minute apart: the wait then counts from the oldest failure still in the window.
        clock = new Date(start + i * minute);
        const response = await login('bupati@demo.test', `wrong-password-${i}`, {
          headers: client,
        });
        expect(response.status, `attempt ${i + 1}`).toBe(401);
      }
      const refused = await login('bupati@demo.test', demoPassword, { headers: client });
      expect(refused.status).toBe(429);
      expect(setCookies(refused, cookieName)).toEqual([]);
      const text = await refused.text();
      expect(text).not.toMatch(/argon2|stack|\.ts:\d+/i);
      const body = JSON.parse(text) as TrpcAnswer<never>;
      expect(body.error?.message).toMatch(/^Too many login attempts: try again in \d+ minutes?$/);
      expect(body.error?.data.code).toBe('TOO_MANY_REQUESTS');
      const retryAfterMinutes = body.error?.data.details?.retryAfterMinutes;
      expect(retryAfterMinutes).toBeGreaterThanOrEqual(1);
      // The oldest failure was 9 minutes ago: it leaves the 15-minute window in 6.
      expect(retryAfterMinutes).toBe(6);
      expect(body.error?.message).toBe('Too many login attempts: try again in 6 minutes');

      // The account is throttled from any address.
      expect((await login('bupati@demo.test', demoPassword, { headers: newClient() })).status).toBe(
        429,
      );

      clock = new Date(start + 15 * minute + 1_000);
      const again = await login('bupati@demo.test', demoPassword, { headers: client });
      expect(again.status).toBe(200);
      sessionCookieOf(again);
    });

    it('throttles a client address after 10 failures on any accounts, without locking the accounts', async () => {
      const client = newClient();
      for (let i = 0; i < 10; i += 1) {
        const response = await login(`guess-${i}@demo.test`, 'not-the-password', {
          headers: client,
        });
        expect(response.status, `attempt ${i + 1}`).toBe(401);
      }
      const refused = await login(coordinatorEmail, demoPassword, { headers: client });
      expect(refused.status).toBe(429);
      const body = await answer<never>(refused);
      expect(body.error?.message).toMatch(/^Too many login attempts: try again in \d+ minutes?$/);
      expect(body.error?.data.details?.retryAfterMinutes).toBeGreaterThanOrEqual(1);

      expect((await login(coordinatorEmail, demoPassword, { headers: newClient() })).status).toBe(
        200,
      );
    });
  });

  describe('CSRF: mutations need the x-csrf header', () => {
    it('refuses auth.login without x-csrf with 403 and sets no cookie', async () => {
      const response = await login(coordinatorEmail, demoPassword, {
        csrf: false,
        headers: newClient(),
      });
      expect(response.status).toBe(403);
      expect(setCookies(response, cookieName)).toEqual([]);
      const body = await answer<never>(response);
      expect(body.error?.message).toBe('Missing the x-csrf header');
      expect(body.error?.data).toMatchObject({ code: 'FORBIDDEN', httpStatus: 403 });
    });

    it('refuses user.create without x-csrf with 403 and creates nobody', async () => {
      const cookie = await loggedIn(coordinatorEmail);
      const before = await userEmails(cookie);
      const response = await trpcMutation(server.url, 'user.create', {
        input: {
          name: 'Tanpa Header',
          email: 'tanpa.header@demo.test',
          role: 'coordinator',
          password: 'Password-Panjang-1',
        },
        cookie,
        csrf: false,
      });
      expect(response.status).toBe(403);
      expect((await answer<never>(response)).error?.message).toBe('Missing the x-csrf header');
      expect(await userEmails(cookie)).toEqual(before);
      expect(before).not.toContain('tanpa.header@demo.test');
    });

    it.each([
      [
        'an urlencoded form',
        () =>
          new URLSearchParams({
            email: coordinatorEmail,
            password: demoPassword,
            name: 'Formulir Lintas Situs',
            role: 'coordinator',
          }),
      ],
      [
        'a multipart form',
        () => {
          const form = new FormData();
          form.set('email', coordinatorEmail);
          form.set('password', demoPassword);
          form.set('name', 'Formulir Lintas Situs');
          form.set('role', 'coordinator');
          return form;
        },
      ],
      [
        'a text/plain body holding JSON',
        () =>
          new Blob(
            [
              JSON.stringify({
                email: coordinatorEmail,
                password: demoPassword,
                name: 'Formulir Lintas Situs',
                role: 'coordinator',
              }),
            ],
            { type: 'text/plain' },
          ),
      ],
    ])(
      'refuses a cross-site style post of %s with a 4xx, never a 500, and changes nothing',
      async (_kind, body) => {
        const coordinator = await loggedIn(coordinatorEmail);
        const before = await userEmails(coordinator);
        const client = newClient();
        for (const [path, cookie] of [
          ['auth.login', undefined],
          ['user.create', coordinator],
        ] as const) {
          const response = await fetch(`${server.url}/trpc/${path}`, {
            method: 'POST',
            headers: { ...client, ...(cookie ? { Cookie: cookie } : {}) },
            body: body(),
            signal: AbortSignal.timeout(5_000),
          });
          const text = await response.text();
          expect(response.status, `${path}: ${text}`).toBeGreaterThanOrEqual(400);
          expect(response.status, `${path}: ${text}`).toBeLessThan(500);
          expect(setCookies(response, cookieName), path).toEqual([]);
          expect(text).not.toMatch(/stack|\.ts:\d+/i);
          // Either tRPC refuses the content type before any procedure runs, or the CSRF check does.
          const { error } = JSON.parse(text) as TrpcAnswer<never>;
          if (response.status === 415) expect(error?.data.code).toBe('UNSUPPORTED_MEDIA_TYPE');
          else expect(error?.message, path).toBe('Missing the x-csrf header');
        }
        expect(await userEmails(coordinator)).toEqual(before);
      },
    );
  });

  describe('user administration over HTTP', () => {
    it('lets a coordinator create a unit_staff account for Dinas Kesehatan that can then log in', async () => {
      const coordinator = await loggedIn(coordinatorEmail);
      const units = await answer<{ items: { id: string; name: string }[] }>(
        await trpcQuery(server.url, 'unit.list', { input: { search: 'kesehatan' } }),
      );
      const unit = units.result?.data.items.find((u) => u.name === 'Dinas Kesehatan');
      expect(unit).toBeDefined();

      const created = await trpcMutation(server.url, 'user.create', {
        input: {
          name: 'Siti Rahmawati',
          email: 'Siti.Rahmawati@demo.test',
          role: 'unit_staff',
          unitId: unit?.id,
          password: 'Sumedang-Sehat-2026',
        },
        cookie: coordinator,
      });
      expect(created.status, await created.clone().text()).toBe(200);
      const user = (await answer<{ id: string; email: string; role: string }>(created)).result
        ?.data;
      expect(user).toMatchObject({ email: 'siti.rahmawati@demo.test', role: 'unit_staff' });
      expect(await userEmails(coordinator)).toContain('siti.rahmawati@demo.test');

      const cookie = await loggedIn('siti.rahmawati@demo.test', 'Sumedang-Sehat-2026');
      expect(await me(cookie)).toMatchObject({
        user: { id: user?.id, email: 'siti.rahmawati@demo.test', role: 'unit_staff' },
        unit: { id: unit?.id, name: 'Dinas Kesehatan' },
      });
    });

    it('answers user.list with 403 to unit staff and 401 to the public', async () => {
      const staff = await loggedIn('dinkes.staf@demo.test');
      const forbidden = await trpcQuery(server.url, 'user.list', { cookie: staff });
      expect(forbidden.status).toBe(403);
      expect((await answer<never>(forbidden)).error?.data).toMatchObject({
        code: 'FORBIDDEN',
        httpStatus: 403,
      });

      const anonymous = await trpcQuery(server.url, 'user.list');
      expect(anonymous.status).toBe(401);
      expect((await answer<never>(anonymous)).error?.data).toMatchObject({
        code: 'UNAUTHORIZED',
        httpStatus: 401,
      });
    });
  });
});

/** A database two processes can share: a file, or a fresh PostgreSQL database. */
type SharedDatabase = { readonly url: string; readonly drop: () => Promise<void> };

async function sharedDatabase(dialect: 'sqlite' | 'postgres'): Promise<SharedDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'smartcity-two-processes-'));
    return {
      url: `sqlite:${join(dir, 'shared.db')}`,
      drop: () => {
        rmSync(dir, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  const adminUrl = testPostgresUrl();
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `smartcity_two_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string): Promise<void> => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

describe.each(testDatabaseFactories().map((f) => f.dialect))(
  'two API processes sharing one %s database',
  (dialect) => {
    let database: SharedDatabase | undefined;
    const started: ApiProcess[] = [];

    afterEach(() => {
      // A failed test must not leave a server behind.
      for (const api of started.splice(0)) api.kill();
    });
    afterAll(async () => {
      await database?.drop();
    });

    async function start(url: string): Promise<{ api: ApiProcess; base: string }> {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const api = spawnApi({
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: url,
        LOG_LEVEL: 'warn',
      });
      started.push(api);
      await waitForReady(api, base, 15_000);
      return { api, base };
    }

    it('share sessions: a login through one is seen by the other, a logout through the other ends it for both', async () => {
      database = await sharedDatabase(dialect);
      // One after the other, as a rolling deploy starts them: the first migrates and seeds, the
      // second finds it done. (Two processes seeding an empty PostgreSQL database at the same
      // moment can collide on regions_name_key, and one then exits with code 1.)
      const a = await start(database.url);
      const b = await start(database.url);

      const login = await trpcMutation(a.base, 'auth.login', {
        input: {
          email: 'dinkes.staf@demo.test',
          password: demoPassword,
        },
      });
      expect(login.status, await login.clone().text()).toBe(200);
      const cookie = sessionCookieOf(login).pair;

      const meOf = async (base: string): Promise<MeAnswer | null | undefined> =>
        (await answer<MeAnswer | null>(await trpcQuery(base, 'auth.me', { cookie }))).result?.data;
      expect(await meOf(b.base)).toMatchObject({
        user: { email: 'dinkes.staf@demo.test', role: 'unit_staff' },
        unit: { name: 'Dinas Kesehatan' },
      });

      const logout = await trpcMutation(b.base, 'auth.logout', { cookie });
      expect(logout.status).toBe(200);
      expect(await meOf(a.base)).toBeNull();
      expect(await meOf(b.base)).toBeNull();

      for (const { api } of [a, b]) api.child.kill('SIGTERM');
      for (const { api } of [a, b]) {
        expect(await waitForExit(api, 5_000)).toEqual({ code: 0, signal: null });
        expect(api.stderr()).toBe('');
      }
    }, 30_000);
  },
);
