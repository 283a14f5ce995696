import { type DatabaseHandle } from '@smartcity/db';
import { demoPassword, seedDemoData } from '@smartcity/demo-data';
import type { TestDatabaseFactory } from '@smartcity/db/testing';
import { createCaller } from '../app-router';
import { createPasswordHasher } from '../services/auth/password-hasher';
import { createContext, type ApiDependencies } from '../context';
import { MemoryCookieJar } from './memory-cookie-jar';

/** The start time of API tests' clock. */
export const testNow = new Date('2026-03-02T09:00:00.000Z');

/** A clock tests can move. */
export type TestClock = {
  readonly now: () => Date;
  readonly set: (date: Date) => void;
  readonly advance: (ms: number) => void;
};

function createTestClock(start: Date): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set: (date) => (current = date.getTime()),
    advance: (ms) => (current += ms),
  };
}

/** One client: its own cookies (a browser), address and headers. */
export type TestClient = {
  readonly caller: ReturnType<typeof createCaller>;
  readonly cookies: MemoryCookieJar;
};

/** Options of a client. */
export type TestClientOptions = {
  readonly clientAddress?: string | null;
  /** Send the CSRF header (default true, as the SPA does). */
  readonly csrf?: boolean;
  readonly cookies?: MemoryCookieJar;
};

/** A seeded database and clients on it, for API tests through `createCaller`. */
export type TestApi = {
  readonly handle: DatabaseHandle;
  readonly clock: TestClock;
  readonly deps: ApiDependencies;
  /** A client that is not logged in. */
  readonly client: (options?: TestClientOptions) => TestClient;
  /** A client logged in as the user with this email (demo accounts use the demo password). */
  readonly as: (email: string, password?: string) => Promise<TestClient>;
  readonly close: () => Promise<void>;
};

// One hash of the demo password per test run: argon2 is deliberately slow.
const passwords = createPasswordHasher();
let demoHash: Promise<string> | undefined;

/**
 * Opens a fresh database from the factory, seeds the demo data (with accounts) unless
 * `demoData` is false (a deployment that starts from nothing), and returns clients.
 */
export async function openTestApi(
  factory: TestDatabaseFactory,
  options: { readonly demoData?: boolean } = {},
): Promise<TestApi> {
  const handle = await factory.open();
  if (options.demoData !== false) {
    demoHash ??= passwords.hash(demoPassword);
    await seedDemoData(handle.db, testNow, { demoPasswordHash: await demoHash });
  }
  const clock = createTestClock(testNow);
  const deps: ApiDependencies = { db: handle.db, now: clock.now, passwords, secureCookies: false };

  const client = (options: TestClientOptions = {}): TestClient => {
    const cookies = options.cookies ?? new MemoryCookieJar();
    const caller = createCaller(
      createContext(deps, {
        clientAddress: options.clientAddress === undefined ? '127.0.0.1' : options.clientAddress,
        headers: options.csrf === false ? {} : { 'x-csrf': '1' },
        cookies,
      }),
    );
    return { caller, cookies };
  };

  // Each call gets a fresh context (a new request), sharing the client's cookies.
  const as = async (email: string, password = demoPassword): Promise<TestClient> => {
    const cookies = new MemoryCookieJar();
    await client({ cookies }).caller.auth.login({ email, password });
    return requestsWith(cookies);
  };

  const requestsWith = (cookies: MemoryCookieJar): TestClient => ({
    cookies,
    get caller() {
      return client({ cookies }).caller;
    },
  });

  return { handle, clock, deps, client, as, close: handle.close };
}
