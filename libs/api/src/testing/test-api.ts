import { seedDemoData, type DatabaseHandle } from '@smartcity/db';
import type { TestDatabaseFactory } from '@smartcity/db/testing';
import { createCaller } from '../app-router';
import { createContext } from '../context';

/** A seeded database and a caller on it, for API tests through `createCaller`. */
export type TestApi = {
  readonly handle: DatabaseHandle;
  readonly caller: ReturnType<typeof createCaller>;
  readonly close: () => Promise<void>;
};

/** The fixed clock of API tests. */
export const testNow = new Date('2026-03-02T09:00:00.000Z');

/** Opens a fresh database from the factory, seeds the demo data and returns a caller. */
export async function openTestApi(factory: TestDatabaseFactory): Promise<TestApi> {
  const handle = await factory.open();
  await seedDemoData(handle.db, testNow);
  const caller = createCaller(
    createContext(
      { db: handle.db, now: () => testNow },
      { clientAddress: '127.0.0.1', headers: {} },
    ),
  );
  return { handle, caller, close: handle.close };
}
