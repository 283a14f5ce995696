import { randomUUID } from 'node:crypto';

import { DomainError, regionKinds, type Region, type RegionInput } from '@smartcity/domain';
import { toBoolean } from '../adapters/values';
import { saveVersioned } from '../adapters/versioned-save';
import type { RegionRow, Executor } from '../database';

function toRegion(row: RegionRow): Region {
  return {
    id: row.id,
    name: row.name,
    kind: (regionKinds as readonly string[]).includes(row.kind) ? row.kind : 'kabupaten',
    province: row.province,
    code: row.code,
    branding: row.branding,
    emblem: row.emblem_sha256,
    isDemo: toBoolean(row.is_demo),
    version: row.version,
  };
}

/** Every region, by name. */
export async function listRegions(db: Executor): Promise<Region[]> {
  const rows = await db.selectFrom('regions').selectAll().orderBy('name').execute();
  return rows.map(toRegion);
}

/**
 * The region this deployment serves: the first by creation (a deployment serves one region;
 * a province-wide one would pick by the user's units). Undefined before the setup.
 */
export async function findHomeRegion(db: Executor): Promise<Region | undefined> {
  const row = await db
    .selectFrom('regions')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row && toRegion(row);
}

/** The region with this id, or undefined. */
export async function findRegionById(db: Executor, id: string): Promise<Region | undefined> {
  const row = await db.selectFrom('regions').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRegion(row);
}

/** The region with this exact name, or undefined. */
export async function findRegionByName(db: Executor, name: string): Promise<Region | undefined> {
  const row = await db
    .selectFrom('regions')
    .selectAll()
    .where('name', '=', name)
    .executeTakeFirst();
  return row && toRegion(row);
}

/** How a region is created: from the demo seed or by a real setup. */
export type RegionOrigin = { readonly isDemo: boolean };

function regionValues(input: RegionInput, now: Date, origin: RegionOrigin) {
  return {
    id: randomUUID(),
    name: input.name,
    kind: input.kind,
    province: input.province,
    code: input.code,
    branding: input.branding,
    is_demo: origin.isDemo,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
}

/** Inserts a region and returns it (a real one unless `origin` says demo). */
export async function insertRegion(
  db: Executor,
  {
    input,
    now,
    origin = { isDemo: false },
  }: { readonly input: RegionInput; readonly now: Date; readonly origin?: RegionOrigin },
): Promise<Region> {
  const row = await db
    .insertInto('regions')
    .values(regionValues(input, now, origin))
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRegion(row);
}

/**
 * The region with this name, inserted first when missing. Safe when several processes seed at
 * once: the insert waits for a concurrent one and then does nothing. Returns whether it inserted.
 */
export async function ensureRegion(
  db: Executor,
  {
    input,
    now,
    origin,
  }: { readonly input: RegionInput; readonly now: Date; readonly origin: RegionOrigin },
): Promise<{ region: Region; created: boolean }> {
  const result = await db
    .insertInto('regions')
    .values(regionValues(input, now, origin))
    .onConflict((oc) => oc.column('name').doNothing())
    .executeTakeFirst();
  const region = await findRegionByName(db, input.name);
  if (!region) throw new Error(`region ${input.name} vanished while seeding`);
  return { region, created: Number(result.numInsertedOrUpdatedRows ?? 0) > 0 };
}

/**
 * Changes a region's profile when `version` is still the stored one; answers the region as
 * stored after the change. `CONFLICT` when someone changed it meanwhile, `NOT_FOUND` when gone.
 */
export async function updateRegionProfile(
  db: Executor,
  {
    id,
    version,
    input,
    now,
  }: {
    readonly id: string;
    readonly version: number;
    readonly input: RegionInput;
    readonly now: Date;
  },
): Promise<Region> {
  const row = await saveVersioned(db, {
    table: 'regions',
    id,
    expectedVersion: version,
    set: {
      name: input.name,
      kind: input.kind,
      province: input.province,
      code: input.code,
      branding: input.branding,
      updated_at: now.toISOString(),
    },
    messages: { conflict: 'The region was changed meanwhile', notFound: 'Region not found' },
  });
  return toRegion(row);
}

/** Sets (or clears, with null) the region's emblem, a file already in the content store. */
export async function setRegionEmblem(
  db: Executor,
  { id, sha256, now }: { readonly id: string; readonly sha256: string | null; readonly now: Date },
): Promise<Region> {
  const row = await db
    .updateTable('regions')
    .set((eb) => ({
      emblem_sha256: sha256,
      version: eb('version', '+', 1),
      updated_at: now.toISOString(),
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', 'Region not found', { id });
  return toRegion(row);
}

/** How many regions exist (zero on a fresh database). */
export async function countRegions(db: Executor): Promise<number> {
  const { count } = await db
    .selectFrom('regions')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}
