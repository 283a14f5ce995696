import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import {
  appendEvents,
  countInnovationsInRegion,
  findCredentialsByEmail,
  findRegionByName,
  insertInnovations,
  insertProgressReports,
  listUnits,
  type Database,
  type NewAuditEvent,
} from '@smartcity/db';
import { demoAccounts, sumedangRegion } from '@smartcity/db/demo';
import type { Innovation, ProgressReport } from '@smartcity/domain';
import { iterateDemoInnovations, type GenerateInnovationsOptions } from './generate-innovations';

/** How many innovations the Sumedang demo holds (about what it showed at Bimtek IV). */
export const demoInnovationCount = 119;

/** The seed of the demo: change it and every demo innovation changes. */
export const demoInnovationSeed = 20_221_128;

/** Options of {@link seedDemoInnovations}. */
export type SeedDemoInnovationsOptions = {
  /** The present: the demo's dates lie before it. */
  readonly now: Date;
  /** How many innovations (default {@link demoInnovationCount}). */
  readonly count?: number;
  readonly seed?: number;
  /**
   * Write the event histories too (default true; the list benchmark may skip them). The quick
   * wins' progress reports are written either way.
   */
  readonly events?: boolean;
  /** Called after each batch with how many innovations are written so far. */
  readonly onProgress?: (inserted: number) => void;
};

/** Innovations generated and written per batch (bounded memory for 100,000). */
const batchSize = 2000;

/**
 * Seeds demo innovations for Kabupaten Sumedang, with their histories and their quick wins'
 * progress reports (and each innovation's `quick_win_progress`), in one transaction,
 * authored by the demo accounts of their unit where it has some (Dinas Kesehatan,
 * Diskominfosanditik) and by no one otherwise; outcomes are the demo coordinator's. Idempotent:
 * does nothing when the region is missing or already has innovations. Returns how many it
 * inserted. Needs the region, units and accounts of `seedDemoData` first.
 */
export async function seedDemoInnovations(
  db: Kysely<Database>,
  options: SeedDemoInnovationsOptions,
): Promise<number> {
  const inserted = await insertDemoInnovations(db, options);
  // After a bulk load PostgreSQL plans with stale statistics, and counts visit the table rows,
  // until autovacuum gets to the table (a minute or so later). Vacuum and analyse now, so that
  // lists are planned well and counted from the indexes at once (outside the transaction, as
  // VACUUM requires). SQLite keeps no statistics unless asked; its list queries need none.
  if (inserted > 0 && db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`vacuum (analyze) innovations, progress_reports`.execute(db);
  }
  return inserted;
}

/**
 * What the seed generates from, read from the database: the Sumedang region's active units, the
 * demo accounts as authors and coordinator. Null when the region or its units are missing.
 * (Exported for the tests, which regenerate what the seed wrote.)
 */
export async function demoGenerationOptions(
  db: Kysely<Database> | Transaction<Database>,
  options: Pick<SeedDemoInnovationsOptions, 'now' | 'count' | 'seed'>,
): Promise<GenerateInnovationsOptions | null> {
  const region = await findRegionByName(db, sumedangRegion.name);
  if (!region) return null;
  const units = (
    await listUnits(db, region.id, { search: null, type: null, includeInactive: false })
  ).items;
  if (units.length === 0) return null;

  const authorIdsByUnit: Record<string, string[]> = {};
  let coordinatorId: string | null = null;
  // Staff before heads: the last author of a unit acts as its head.
  const accounts = [...demoAccounts].sort(
    (a, b) => Number(a.role === 'unit_head') - Number(b.role === 'unit_head'),
  );
  for (const account of accounts) {
    const found = await findCredentialsByEmail(db, account.email);
    if (!found?.user.active) continue;
    const { user } = found;
    if (user.role === 'coordinator') coordinatorId ??= user.id;
    if ((user.role === 'unit_staff' || user.role === 'unit_head') && user.unitId)
      (authorIdsByUnit[user.unitId] ??= []).push(user.id);
  }
  return {
    seed: options.seed ?? demoInnovationSeed,
    count: options.count ?? demoInnovationCount,
    units,
    now: options.now,
    authorIdsByUnit,
    coordinatorId,
    regionId: region.id,
  };
}

function insertDemoInnovations(
  db: Kysely<Database>,
  options: SeedDemoInnovationsOptions,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // A write first: it takes the region's row lock (PostgreSQL) or the write lock (SQLite), so
    // a second process seeding at the same time waits here and then finds the innovations.
    await trx
      .updateTable('regions')
      .set((eb) => ({ version: eb.ref('version') }))
      .where('name', '=', sumedangRegion.name)
      .execute();
    const region = await findRegionByName(trx, sumedangRegion.name);
    if (!region) return 0;
    if ((await countInnovationsInRegion(trx, region.id)) > 0) return 0;
    const generation = await demoGenerationOptions(trx, options);
    if (!generation) return 0;

    let inserted = 0;
    let innovations: Innovation[] = [];
    let events: NewAuditEvent[] = [];
    let reports: ProgressReport[] = [];
    const flush = async () => {
      await insertInnovations(trx, innovations);
      await insertProgressReports(trx, reports);
      if (options.events !== false) await appendEvents(trx, events);
      inserted += innovations.length;
      innovations = [];
      events = [];
      reports = [];
      options.onProgress?.(inserted);
    };
    for (const demo of iterateDemoInnovations(generation)) {
      innovations.push(demo.innovation);
      reports.push(...demo.progressReports);
      if (options.events !== false) events.push(...demo.events);
      if (innovations.length >= batchSize) await flush();
    }
    if (innovations.length > 0) await flush();
    return inserted;
  });
}
