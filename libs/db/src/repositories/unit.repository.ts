import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import {
  unitTypes,
  type Unit,
  type UnitFilter,
  type UnitInput,
  type UnitType,
} from '@smartcity/domain';
import { escapeLike, toBoolean } from '../adapters/values';
import type { Database, UnitRow } from '../database';

type Db = Kysely<Database> | Transaction<Database>;

function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    regionId: row.region_id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    type: (unitTypes as readonly string[]).includes(row.type) ? (row.type as UnitType) : 'other',
    active: toBoolean(row.active),
  };
}

// Units are listed in the order of `unitTypes` (secretariats first, kecamatan last), then by name.
const typeOrder = sql<number>`case type ${sql.join(
  unitTypes.map((t, i) => sql`when ${sql.lit(t)} then ${sql.lit(i)}`),
  sql` `,
)} else ${sql.lit(unitTypes.length)} end`;

/** The page of units a filter selects, and how many units match it in all. */
export type UnitPage = { readonly items: Unit[]; readonly total: number };

/**
 * Units matching a filter, ordered by type then name. The search is case-insensitive and matches
 * anywhere in the name or the short name, with `%` and `_` taken literally.
 */
export async function listUnits(
  db: Db,
  regionId: string | null,
  filter: UnitFilter,
): Promise<UnitPage> {
  let query = db.selectFrom('units');
  if (regionId) query = query.where('region_id', '=', regionId);
  if (!filter.includeInactive) query = query.where('active', '=', true);
  if (filter.type) query = query.where('type', '=', filter.type);
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`lower(name) like ${pattern} escape '\\'`,
        sql<boolean>`lower(coalesce(short_name, '')) like ${pattern} escape '\\'`,
      ]),
    );
  }
  // lower() so that both engines order alike, whatever the PostgreSQL collation.
  const rows = await query
    .selectAll()
    .orderBy(typeOrder)
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .execute();
  return { items: rows.map(toUnit), total: rows.length };
}

/** The unit with this id, or undefined. */
export async function findUnitById(db: Db, id: string): Promise<Unit | undefined> {
  const row = await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUnit(row);
}

/** The unit with this code in a region, or undefined. */
export async function findUnitByCode(
  db: Db,
  regionId: string,
  code: string,
): Promise<Unit | undefined> {
  const row = await db
    .selectFrom('units')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row && toUnit(row);
}

/**
 * Inserts units that are not there yet (by region and code) and returns how many it inserted.
 * Existing units are left as they are, so running it twice changes nothing.
 */
export async function insertMissingUnits(
  db: Db,
  regionId: string,
  units: readonly UnitInput[],
  now: Date,
): Promise<number> {
  if (units.length === 0) return 0;
  const result = await db
    .insertInto('units')
    .values(
      units.map((u) => ({
        id: randomUUID(),
        region_id: regionId,
        code: u.code,
        name: u.name,
        short_name: u.shortName,
        type: u.type,
        active: true,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })),
    )
    .onConflict((oc) => oc.columns(['region_id', 'code']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}
