import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type DialectName } from '../connection';
import { migrateToLatest, type MigrationReport } from '../migrate';

/**
 * Test support: fresh, migrated databases on every engine the run can reach. SQLite always (a
 * temporary file, so WAL and file locking are real); PostgreSQL when `TEST_DATABASE_URL` is set,
 * each database in a schema of its own so that test files can run in parallel on one server.
 */
export type TestDatabaseFactory = {
  readonly dialect: DialectName;
  /** Opens a new, empty, migrated database. `close` removes it. */
  readonly open: () => Promise<DatabaseHandle>;
};

/** The URL tests use for PostgreSQL, or undefined when only SQLite is available. */
export function testPostgresUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL?.trim();
  return url ? url : undefined;
}

/** The engines this test run covers: SQLite, and PostgreSQL when `TEST_DATABASE_URL` is set. */
export function testDatabaseFactories(): TestDatabaseFactory[] {
  const factories: TestDatabaseFactory[] = [{ dialect: 'sqlite', open: openTestSqlite }];
  const url = testPostgresUrl();
  // In CI, PostgreSQL is part of the contract: a missing URL is an error, never a silent skip.
  if (!url && process.env.CI === 'true') {
    throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests cannot run');
  }
  if (url) factories.push({ dialect: 'postgres', open: () => openTestPostgres(url) });
  return factories;
}

/** A fresh SQLite database in a temporary folder, migrated. */
export async function openTestSqlite(): Promise<DatabaseHandle> {
  const dir = mkdtempSync(join(tmpdir(), 'smartcity-test-'));
  const handle = openDatabase({ dialect: 'sqlite', filename: join(dir, 'test.db') });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Test schemas are created, migrated and dropped under one advisory lock. The migrator
 * introspects the tables of every schema (`pg_catalog`), and a schema dropped by another test
 * file at that moment makes the introspection fail with "schema does not exist".
 */
const schemaLockKey = 74_221_001;

/** A fresh PostgreSQL schema on the test server, migrated. `close` drops the schema. */
export async function openTestPostgres(url: string): Promise<DatabaseHandle> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const handle = openDatabase(
    { dialect: 'postgres', connectionString: url },
    { searchPath: schema, poolSize: 4 },
  );
  await withSchemaLock(url, async (c) => {
    await c.query(`create schema ${schema}`);
    await migrateToLatest(handle.db, { schema });
  });
  postgresSchemas.set(handle.db, { url, schema });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await withSchemaLock(url, (c) => c.query(`drop schema if exists ${schema} cascade`));
    },
  };
}

const postgresSchemas = new WeakMap<DatabaseHandle['db'], { url: string; schema: string }>();

/**
 * Runs the migrations again on a test database, as a second start of the server would (under
 * the schema lock on PostgreSQL, for the reason above).
 */
export async function migrateTestDatabaseAgain(handle: DatabaseHandle): Promise<MigrationReport> {
  const pgSchema = postgresSchemas.get(handle.db);
  if (!pgSchema) return migrateToLatest(handle.db);
  let report: MigrationReport = { applied: [] };
  await withSchemaLock(pgSchema.url, async () => {
    report = await migrateToLatest(handle.db, { schema: pgSchema.schema });
  });
  return report;
}

async function withSchemaLock(
  url: string,
  fn: (client: pg.Client) => Promise<unknown>,
): Promise<void> {
  await withAdminClient(url, async (client) => {
    await client.query('select pg_advisory_lock($1)', [schemaLockKey]);
    try {
      await fn(client);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [schemaLockKey]);
    }
  });
}

async function withAdminClient(
  url: string,
  fn: (client: pg.Client) => Promise<unknown>,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}
