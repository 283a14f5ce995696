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

/** How many regions exist (zero on a fresh database). */
export async function countRegions(db: Db): Promise<number> {
  const { count } = await db
    .selectFrom('regions')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
