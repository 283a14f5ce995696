import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { regionKinds, type Region, type RegionInput, type RegionKind } from '@smartcity/domain';
import type { Database, RegionRow } from '../database';

type Db = Kysely<Database> | Transaction<Database>;

function toRegion(row: RegionRow): Region {
  return {
    id: row.id,
    name: row.name,
    kind: (regionKinds as readonly string[]).includes(row.kind)
      ? (row.kind as RegionKind)
      : 'kabupaten',
    province: row.province,
  };
}

/** Every region, by name. */
export async function listRegions(db: Db): Promise<Region[]> {
  const rows = await db.selectFrom('regions').selectAll().orderBy('name').execute();
  return rows.map(toRegion);
}

/** The region with this id, or undefined. */
export async function findRegionById(db: Db, id: string): Promise<Region | undefined> {
  const row = await db.selectFrom('regions').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRegion(row);
}

/** The region with this exact name, or undefined. */
export async function findRegionByName(db: Db, name: string): Promise<Region | undefined> {
  const row = await db
    .selectFrom('regions')
    .selectAll()
    .where('name', '=', name)
    .executeTakeFirst();
  return row && toRegion(row);
}

/** Inserts a region and returns it. */
export async function insertRegion(db: Db, input: RegionInput, now: Date): Promise<Region> {
  const row = await db
    .insertInto('regions')
    .values({
      id: randomUUID(),
      name: input.name,
      kind: input.kind,
      province: input.province,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRegion(row);
}

/**
 * The region with this name, inserted first when missing. Safe when several processes seed at
 * once: the insert waits for a concurrent one and then does nothing. Returns whether it inserted.
 */
export async function ensureRegion(
  db: Db,
  input: RegionInput,
  now: Date,
): Promise<{ region: Region; created: boolean }> {
  const result = await db
    .insertInto('regions')
    .values({
      id: randomUUID(),
      name: input.name,
      kind: input.kind,
      province: input.province,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('name').doNothing())
    .executeTakeFirst();
  const region = await findRegionByName(db, input.name);
  if (!region) throw new Error(`region ${input.name} vanished while seeding`);
  return { region, created: Number(result.numInsertedOrUpdatedRows ?? 0) > 0 };
}

/** How many regions exist (zero on a fresh database). */
export async function countRegions(db: Db): Promise<number> {
  const { count } = await db
    .selectFrom('regions')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
