import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPasswordHasher } from '@smartcity/api';
import type { DatabaseHandle } from '@smartcity/db';
import type { TestDatabaseFactory } from '@smartcity/db/testing';
import { demoPassword, seedDemo } from '@smartcity/demo-data';
import { pino } from 'pino';
import { createHttpApp } from '../http-app';
import { setCookies, trpcMutation, trpcQuery } from './spawn-api';

/**
 * The HTTP app on a free port over a database seeded with the demo region (units, accounts, the
 * 119 innovations, evaluation rounds, the masterplan), for tests of the plain HTTP routes.
 */
export type DemoServer = {
  readonly handle: DatabaseHandle;
  readonly url: string;
  /** A `Cookie` header logged in as a demo account. */
  readonly cookieOf: (email: string) => Promise<string>;
  /** A tRPC query's data over HTTP (throws on an error answer). */
  readonly query: <T>(path: string, input?: unknown, cookie?: string) => Promise<T>;
  /** A tRPC mutation's data over HTTP (throws on an error answer). */
  readonly mutate: <T>(path: string, input: unknown, cookie: string) => Promise<T>;
  readonly close: () => Promise<void>;
};

const passwords = createPasswordHasher();
let demoHash: Promise<string> | undefined;

export async function startDemoServer(
  factory: TestDatabaseFactory,
  now: Date,
): Promise<DemoServer> {
  const handle = await factory.open();
  // The seed the app runs at start; the hash is computed once for every server of the run.
  await seedDemo(handle.db, {
    now,
    hashPassword: (password) => (demoHash ??= passwords.hash(password)),
  });
  const app = createHttpApp({
    db: handle.db,
    now: () => now,
    passwords,
    secureCookies: false,
    trustProxy: false,
    logger: pino({ level: 'silent' }),
    webDist: undefined,
    isStarted: () => true,
  });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1');
    s.once('listening', () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const cookies = new Map<string, string>();

  const data = async <T>(response: Response, what: string): Promise<T> => {
    const text = await response.text();
    if (!response.ok) throw new Error(`${what}: ${response.status} ${text}`);
    return (JSON.parse(text) as { result: { data: T } }).result.data;
  };
  return {
    handle,
    url,
    cookieOf: async (email) => {
      const known = cookies.get(email);
      if (known) return known;
      const login = await trpcMutation(url, 'auth.login', {
        input: { email, password: demoPassword },
      });
      if (login.status !== 200) throw new Error(`login as ${email}: ${login.status}`);
      const [session] = setCookies(login, 'sc_session');
      if (!session) throw new Error(`login as ${email}: no session cookie`);
      const cookie = session.pair;
      cookies.set(email, cookie);
      return cookie;
    },
    query: async <T>(path: string, input?: unknown, cookie?: string) =>
      data<T>(await trpcQuery(url, path, { input, cookie }), path),
    mutate: async <T>(path: string, input: unknown, cookie: string) =>
      data<T>(await trpcMutation(url, path, { input, cookie }), path),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await handle.close();
    },
  };
}
