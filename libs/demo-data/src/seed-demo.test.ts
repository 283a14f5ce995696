import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  findMasterplan,
  findRegionByName,
  insertRegion,
  listRegions,
  openDatabase,
  type Database,
  type DatabaseHandle,
} from '@smartcity/db';
import { demoAccounts, sumedangRegion } from '@smartcity/db/demo';
import { openTestSqlite, testDatabaseFactories } from '@smartcity/db/testing';
import { demoPassword } from './demo-password';
import { demoSeedSteps, seedDemo, type DemoSeedStep, type SeedDemoOptions } from './seed-demo';

const repositoryRoot = resolve(import.meta.dirname, '..', '..', '..');
const now = new Date('2026-03-02T09:00:00.000Z');
const later = new Date('2026-03-09T09:00:00.000Z');
const fakeHash = (password: string) => Promise.resolve(`$argon2id$fake$${password.length}`);

/** A crash after `step`: the step committed, the ones after it never ran. */
class Crash extends Error {}
const crashAfter =
  (crashed: DemoSeedStep): SeedDemoOptions['onStep'] =>
  ({ step }) => {
    if (step === crashed) throw new Crash(`crash after ${step}`);
  };

/** The tables of the schema (Kysely's introspection: the same on both engines). */
async function tableNames(db: Kysely<Database>): Promise<string[]> {
  return (await db.introspection.getTables())
    .map((t) => t.name)
    .filter((name) => !name.startsWith('kysely_'))
    .sort();
}

/** How many rows every table holds. */
async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tableNames(db)) {
    const { rows } = await sql<{
      n: number | string;
    }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    counts[table] = Number(rows[0]?.n);
  }
  return counts;
}

/** Every row of every table, as comparable JSON. */
async function snapshot(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const table of await tableNames(db)) {
    const { rows } = await sql<
      Record<string, unknown>
    >`select * from ${sql.table(table)} order by 1`.execute(db);
    all[table] = rows.map((row) => JSON.parse(JSON.stringify(row)) as unknown);
  }
  return all;
}

/** What the demo holds, by content (ids of the deterministic parts included). */
async function demoContent(db: Kysely<Database>) {
  const innovations = await db
    .selectFrom('innovations')
    .select(['id', 'title', 'stage', 'version'])
    .orderBy('id')
    .execute();
  const rounds = await db
    .selectFrom('evaluation_rounds')
    .select(['id', 'name', 'status'])
    .orderBy('id')
    .execute();
  const programmes = await db
    .selectFrom('programmes')
    .select(['id', 'name'])
    .orderBy('id')
    .execute();
  const actions = await db
    .selectFrom('action_items')
    .select(['id', 'status'])
    .orderBy('id')
    .execute();
  const users = await db.selectFrom('users').select(['email', 'role']).orderBy('email').execute();
  const units = await db.selectFrom('units').select(['code']).orderBy('code').execute();
  return { innovations, rounds, programmes, actions, users, units: units.map((u) => u.code) };
}

/** The full demo: 55 units, the accounts, 119 innovations, 2 rounds, the masterplan (30 + 101). */
async function expectFullDemo(db: Kysely<Database>): Promise<void> {
  const counts = await rowCounts(db);
  expect(counts.regions).toBe(1);
  expect(counts.units).toBe(55);
  expect(counts.users).toBe(demoAccounts.length);
  expect(counts.innovations).toBe(119);
  expect(counts.evaluation_rounds).toBe(2);
  expect(counts.masterplans).toBe(1);
  expect(counts.programmes).toBe(30);
  expect(counts.action_items).toBe(101);
  expect(counts.commitments).toBe(47);
  const region = await findRegionByName(db, sumedangRegion.name);
  expect(region?.isDemo).toBe(true);
  expect((await findMasterplan(db))?.title).toContain('Kabupaten Sumedang');
}

describe.each(testDatabaseFactories())('seedDemo on $dialect', (factory) => {
  // One clean seed to compare against (and to prove idempotence on).
  let clean: DatabaseHandle;
  beforeAll(async () => {
    clean = await factory.open();
    const result = await seedDemo(clean.db, { now, hashPassword: fakeHash });
    expect(result).toMatchObject({ status: 'seeded', changed: true });
  });
  afterAll(async () => {
    await clean.close();
  });

  it('seeds the whole demo into an empty database, the demo password hashed by the caller', async () => {
    await expectFullDemo(clean.db);
    const { rows } = await sql<{
      password_hash: string;
    }>`select distinct password_hash from users`.execute(clean.db);
    expect(rows.map((r) => r.password_hash)).toEqual([await fakeHash(demoPassword)]);
  });

  it('changes nothing when it runs again on a complete demo: no row, no event, no version', async () => {
    const before = await snapshot(clean.db);
    const hashPassword = vi.fn(fakeHash);
    const steps: { step: DemoSeedStep; changed: boolean }[] = [];
    const again = await seedDemo(clean.db, {
      now: later,
      hashPassword,
      onStep: ({ step, changed }) => {
        steps.push({ step, changed });
      },
    });
    expect(again).toMatchObject({
      status: 'seeded',
      changed: false,
      steps: {
        units: { regionCreated: false, unitsInserted: 0, usersInserted: 0 },
        innovations: 0,
        evaluationRounds: { rounds: 0 },
        masterplan: { masterplans: 0 },
      },
    });
    expect(steps).toEqual(demoSeedSteps.map((step) => ({ step, changed: false })));
    // Every account exists: nothing to hash.
    expect(hashPassword).not.toHaveBeenCalled();
    const after = await snapshot(clean.db);
    expect(after).toEqual(before);
    // A few row versions, named (the snapshot compares all of them).
    const region = await findRegionByName(clean.db, sumedangRegion.name);
    expect(region?.version).toBe((before.regions?.[0] as { version: number } | undefined)?.version);
    expect((await findMasterplan(clean.db))?.version).toBe(
      (before.masterplans?.[0] as { version: number } | undefined)?.version,
    );
  });

  it.each(demoSeedSteps.slice(0, -1))(
    'completes a seed that crashed after the %s step at the next run, as a clean seed would',
    async (crashed) => {
      const handle = await factory.open();
      try {
        await expect(
          seedDemo(handle.db, { now, hashPassword: fakeHash, onStep: crashAfter(crashed) }),
        ).rejects.toBeInstanceOf(Crash);
        // Half-seeded: the region exists (so "seed an empty database" would skip it).
        expect(await listRegions(handle.db)).toHaveLength(1);
        expect((await rowCounts(handle.db)).masterplans).toBe(0);

        const steps: { step: DemoSeedStep; changed: boolean }[] = [];
        const next = await seedDemo(handle.db, {
          now,
          hashPassword: fakeHash,
          onStep: ({ step, changed }) => {
            steps.push({ step, changed });
          },
        });
        expect(next).toMatchObject({ status: 'seeded', changed: true });
        // The steps that committed before the crash find their part complete.
        const committed = demoSeedSteps.indexOf(crashed);
        expect(steps).toEqual(
          demoSeedSteps.map((step, index) => ({ step, changed: index > committed })),
        );
        await expectFullDemo(handle.db);
        expect(await rowCounts(handle.db)).toEqual(await rowCounts(clean.db));
        expect(await demoContent(handle.db)).toEqual(await demoContent(clean.db));
      } finally {
        await handle.close();
      }
    },
  );

  it('completes the first step row by row: a missing unit or account is added', async () => {
    const handle = await factory.open();
    try {
      await expect(
        seedDemo(handle.db, { now, hashPassword: fakeHash, onStep: crashAfter('units') }),
      ).rejects.toBeInstanceOf(Crash);
      await handle.db.deleteFrom('users').where('email', '=', 'bupati@demo.test').execute();
      await handle.db.deleteFrom('units').where('code', '=', 'kec-cimanggung').execute();
      const hashPassword = vi.fn(fakeHash);
      const next = await seedDemo(handle.db, { now, hashPassword });
      expect(next).toMatchObject({
        status: 'seeded',
        steps: { units: { regionCreated: false, unitsInserted: 1, usersInserted: 1 } },
      });
      expect(hashPassword).toHaveBeenCalledTimes(1);
      await expectFullDemo(handle.db);
      expect(await demoContent(handle.db)).toEqual(await demoContent(clean.db));
    } finally {
      await handle.close();
    }
  });

  it('never seeds a database that holds a region set up for real', async () => {
    const handle = await factory.open();
    try {
      await insertRegion(handle.db, { input: { ...sumedangRegion, name: 'Kabupaten Garut' }, now });
      const before = await snapshot(handle.db);
      const hashPassword = vi.fn(fakeHash);
      const result = await seedDemo(handle.db, { now, hashPassword });
      expect(result).toEqual({ status: 'real_region', region: 'Kabupaten Garut' });
      expect(hashPassword).not.toHaveBeenCalled();
      expect(await snapshot(handle.db)).toEqual(before);
      expect((await listRegions(handle.db)).map((r) => r.isDemo)).toEqual([false]);
    } finally {
      await handle.close();
    }
  });
});

describe('seedDemo after a killed process (SQLite)', () => {
  it.each(['innovations', 'programmes'] as const)(
    'completes a seed whose process was killed (SIGKILL) while inserting %s, mid-transaction',
    async (table) => {
      const dir = mkdtempSync(join(tmpdir(), 'smartcity-seed-kill-'));
      const filename = join(dir, 'demo.db');
      try {
        // The child process seeds and kills itself the moment the seed first writes to `table`:
        // that step's transaction is open, nothing of it committed, the database not closed.
        const { code, signal } = await runSeedChild(filename, table);
        expect({ code, signal }).toEqual({ code: null, signal: 'SIGKILL' });

        const handle = openDatabase({ dialect: 'sqlite', filename });
        try {
          const killed = await rowCounts(handle.db);
          expect(killed.units).toBe(55);
          // The step that was cut short left nothing behind.
          expect(killed[table]).toBe(0);
          expect(killed.masterplans).toBe(0);

          const next = await seedDemo(handle.db, { now, hashPassword: fakeHash });
          expect(next).toMatchObject({ status: 'seeded', changed: true });
          await expectFullDemo(handle.db);
          const reference = await openTestSqlite();
          try {
            await seedDemo(reference.db, { now, hashPassword: fakeHash });
            expect(await rowCounts(handle.db)).toEqual(await rowCounts(reference.db));
            expect(await demoContent(handle.db)).toEqual(await demoContent(reference.db));
          } finally {
            await reference.close();
          }
        } finally {
          await handle.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

/**
 * Runs `seedDemo` in a child process on the SQLite file `filename`, migrated first, and kills the
 * child with SIGKILL as its first statement on `table` is about to run.
 */
function runSeedChild(
  filename: string,
  table: string,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const script = `
    import { migrateToLatest, openDatabase } from '@smartcity/db';
    import { seedDemo } from '@smartcity/demo-data';
    const { filename, table, now } = JSON.parse(process.env.SEED_CHILD);
    const handle = openDatabase({ dialect: 'sqlite', filename });
    await migrateToLatest(handle.db);
    const killer = {
      transformQuery({ node }) {
        const into = node.kind === 'InsertQueryNode' ? node.into?.table?.identifier?.name : null;
        if (into === table) process.kill(process.pid, 'SIGKILL');
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    await seedDemo(handle.db.withPlugin(killer), {
      now: new Date(now),
      hashPassword: async () => '$argon2id$fake',
    });
    process.exit(3);
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      {
        cwd: repositoryRoot,
        env: {
          ...process.env,
          SEED_CHILD: JSON.stringify({ filename, table, now: now.toISOString() }),
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}
