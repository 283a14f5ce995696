import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import {
  DomainError,
  mergeProgrammeUnits,
  programmeNamesUnit,
  unitTypes,
  type Unit,
  type UnitFilter,
  type UnitInput,
  type UnitType,
} from '@smartcity/domain';
import { escapeLike, fromJson, toBoolean, toJson, toNumber } from '../adapters/values';
import { saveVersioned, staleVersionError } from '../adapters/versioned-save';
import type { UnitRow, Executor } from '../database';

function toUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    regionId: row.region_id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    type: (unitTypes as readonly string[]).includes(row.type) ? row.type : 'other',
    active: toBoolean(row.active),
    successorUnitId: row.successor_unit_id,
    version: row.version,
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
  db: Executor,
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
export async function findUnitById(db: Executor, id: string): Promise<Unit | undefined> {
  const row = await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUnit(row);
}

/** The unit with this code in a region, or undefined. */
export async function findUnitByCode(
  db: Executor,
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
  db: Executor,
  {
    regionId,
    units,
    now,
  }: { readonly regionId: string; readonly units: readonly UnitInput[]; readonly now: Date },
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

const codeTaken = (code: string) =>
  new DomainError('CONFLICT', 'Another unit of the region has this code', {
    field: 'code',
    reason: 'unit_code_taken',
    code,
  });

const unitMessages = {
  conflict: 'The unit was changed by someone else; reload it',
  notFound: 'Unit not found',
};

/** Throws `CONFLICT` (`unit_code_taken`) when another unit of the region has the code. */
async function assertCodeFree(
  db: Executor,
  {
    regionId,
    code,
    exceptId,
  }: { readonly regionId: string; readonly code: string; readonly exceptId: string | null },
): Promise<void> {
  const other = await findUnitByCode(db, regionId, code);
  if (other && other.id !== exceptId) throw codeTaken(code);
}

/**
 * Inserts a unit of a region (active) and returns it. A code another unit of the region has is a
 * `CONFLICT` (`unit_code_taken`), checked first and guarded by the unique index.
 */
export async function insertUnit(
  db: Executor,
  {
    regionId,
    input,
    now,
  }: { readonly regionId: string; readonly input: UnitInput; readonly now: Date },
): Promise<Unit> {
  await assertCodeFree(db, { regionId, code: input.code, exceptId: null });
  const row = await db
    .insertInto('units')
    .values({
      id: randomUUID(),
      region_id: regionId,
      code: input.code,
      name: input.name,
      short_name: input.shortName,
      type: input.type,
      active: true,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUnit(row);
}

/** The unit as read, or `NOT_FOUND`; `CONFLICT` (`stale_version`) when it is past `version`. */
async function unitAtVersion(db: Executor, id: string, version: number): Promise<Unit> {
  const current = await findUnitById(db, id);
  if (!current) throw new DomainError('NOT_FOUND', unitMessages.notFound, { id });
  if (current.version !== version) {
    throw await staleVersionError(db, { table: 'units', id }, unitMessages);
  }
  return current;
}

/** Writes some of a unit's columns if it is still at `version`, bumping it; the unit after. */
async function writeUnit(
  db: Executor,
  {
    current,
    changes,
    now,
  }: {
    readonly current: Unit;
    readonly changes: {
      readonly code?: string;
      readonly name?: string;
      readonly short_name?: string | null;
      readonly type?: UnitType;
      readonly active?: boolean;
      readonly successor_unit_id?: string;
    };
    readonly now: Date;
  },
): Promise<Unit> {
  const row = await saveVersioned(db, {
    table: 'units',
    id: current.id,
    expectedVersion: current.version,
    set: { ...changes, updated_at: now.toISOString() },
    messages: unitMessages,
  });
  return toUnit(row);
}

/**
 * Changes a unit's code, name, short name and type if it is still at `version`. `NOT_FOUND` for
 * an unknown id; `CONFLICT` for a stale version (`stale_version`) or a code taken
 * (`unit_code_taken`). Answers the unit before and after.
 */
export async function updateUnit(
  db: Executor,
  {
    id,
    version,
    input,
    now,
  }: {
    readonly id: string;
    readonly version: number;
    readonly input: UnitInput;
    readonly now: Date;
  },
): Promise<{ before: Unit; after: Unit }> {
  const before = await unitAtVersion(db, id, version);
  if (input.code !== before.code) {
    await assertCodeFree(db, { regionId: before.regionId, code: input.code, exceptId: id });
  }
  const after = await writeUnit(db, {
    current: before,
    changes: { code: input.code, name: input.name, short_name: input.shortName, type: input.type },
    now,
  });
  return { before, after };
}

/**
 * Deactivates or reactivates a unit if it is still at `version` (the rules, e.g. that a merged
 * unit stays inactive, are the caller's to check first). A unit already in that state is left
 * as it is (`after` is `before`). Answers the unit before and after.
 */
export async function setUnitActive(
  db: Executor,
  {
    id,
    version,
    active,
    now,
  }: {
    readonly id: string;
    readonly version: number;
    readonly active: boolean;
    readonly now: Date;
  },
): Promise<{ before: Unit; after: Unit }> {
  const before = await unitAtVersion(db, id, version);
  if (before.active === active) return { before, after: before };
  return { before, after: await writeUnit(db, { current: before, changes: { active }, now }) };
}

/** How many records name a unit: what a merge moves, and what makes a unit "have records". */
export type UnitHoldings = {
  readonly innovations: number;
  readonly actionItems: number;
  /** Programmes the unit leads or supports. */
  readonly programmes: number;
  readonly users: number;
};

/** JSON text of the supporting units holds the id: a prefilter that both engines read alike. */
const supportsUnit = (unitId: string) =>
  sql<boolean>`cast(supporting_unit_ids as text) like ${`%"${escapeLike(unitId)}"%`} escape '\\'`;

/** The programmes that name a unit (lead or supporting), with their units and version. */
async function programmesNaming(db: Executor, unitId: string) {
  const rows = await db
    .selectFrom('programmes')
    .select(['id', 'lead_unit_id', 'supporting_unit_ids', 'version'])
    .where((eb) => eb.or([eb('lead_unit_id', '=', unitId), supportsUnit(unitId)]))
    .orderBy('id')
    .execute();
  return rows
    .map((row) => ({
      id: row.id,
      version: row.version,
      units: {
        leadUnitId: row.lead_unit_id,
        supportingUnitIds: (fromJson(row.supporting_unit_ids) as string[] | null) ?? [],
      },
    }))
    .filter((p) => programmeNamesUnit(p.units, unitId));
}

/** How many innovations, action items, programmes and users name a unit (four small counts). */
export async function unitHoldings(db: Executor, unitId: string): Promise<UnitHoldings> {
  const count = (table: 'innovations' | 'action_items' | 'users', column: string) =>
    db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where(sql.ref(column), '=', unitId)
      .executeTakeFirstOrThrow()
      .then((r) => toNumber(r.n));
  const [innovations, actionItems, users, programmes] = await Promise.all([
    count('innovations', 'unit_id'),
    count('action_items', 'owner_unit_id'),
    count('users', 'unit_id'),
    programmesNaming(db, unitId).then((list) => list.length),
  ]);
  return { innovations, actionItems, programmes, users };
}

/**
 * The evaluator assignments a merge of `sourceId` into `successorId` would turn into conflicts of
 * interest (an evaluator of one of the two units assigned to an innovation of the other), in
 * rounds that are not closed.
 */
export async function countMergeConflictsOfInterest(
  db: Executor,
  sourceId: string,
  successorId: string,
): Promise<number> {
  const { n } = await db
    .selectFrom('round_assignments as a')
    .innerJoin('evaluation_rounds as r', 'r.id', 'a.round_id')
    .innerJoin('users as e', 'e.id', 'a.evaluator_id')
    .innerJoin('innovations as i', 'i.id', 'a.innovation_id')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('r.status', '!=', 'closed')
    .where((eb) =>
      eb.or([
        eb.and([eb('e.unit_id', '=', sourceId), eb('i.unit_id', '=', successorId)]),
        eb.and([eb('e.unit_id', '=', successorId), eb('i.unit_id', '=', sourceId)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return toNumber(n);
}

/** What a merge moved to the successor, by id. */
export type UnitMergeMoves = {
  readonly innovationIds: string[];
  readonly actionItemIds: string[];
  /** Programmes whose lead or supporting units changed. */
  readonly programmeIds: string[];
  readonly userIds: string[];
};

/**
 * Merges a unit into its successor (call inside one transaction, after the rules of
 * `mergeRefusal`): the unit becomes inactive with `successor_unit_id` set (if still at
 * `version`: `CONFLICT` otherwise, before anything moves); its innovations, action items and
 * users move to the successor, and every programme's lead and supporting units are rewritten by
 * `mergeProgrammeUnits`. Each moved record's version is bumped. The dashboard's tallies follow
 * the innovations by their triggers. Commitments stay: a signature is history. Answers the unit
 * before and after, and what moved.
 */
export async function mergeUnit(
  db: Executor,
  {
    sourceId,
    version,
    successorId,
    now,
    actorUserId,
  }: {
    readonly sourceId: string;
    readonly version: number;
    readonly successorId: string;
    readonly now: Date;
    readonly actorUserId: string;
  },
): Promise<{ before: Unit; after: Unit; moves: UnitMergeMoves }> {
  const before = await unitAtVersion(db, sourceId, version);
  const after = await writeUnit(db, {
    current: before,
    changes: { active: false, successor_unit_id: successorId },
    now,
  });
  const at = now.toISOString();
  const innovations = await db
    .updateTable('innovations')
    .set((eb) => ({
      unit_id: successorId,
      version: eb('version', '+', 1),
      updated_at: at,
      updated_by: actorUserId,
    }))
    .where('unit_id', '=', sourceId)
    .returning('id')
    .execute();
  const actions = await db
    .updateTable('action_items')
    .set((eb) => ({
      owner_unit_id: successorId,
      version: eb('version', '+', 1),
      updated_at: at,
      updated_by: actorUserId,
    }))
    .where('owner_unit_id', '=', sourceId)
    .returning('id')
    .execute();
  const users = await db
    .updateTable('users')
    .set((eb) => ({ unit_id: successorId, version: eb('version', '+', 1), updated_at: at }))
    .where('unit_id', '=', sourceId)
    .returning('id')
    .execute();
  const programmes = await programmesNaming(db, sourceId);
  for (const programme of programmes) {
    const units = mergeProgrammeUnits(programme.units, sourceId, successorId);
    await db
      .updateTable('programmes')
      .set({
        lead_unit_id: units.leadUnitId,
        supporting_unit_ids: toJson(units.supportingUnitIds) ?? '[]',
        version: programme.version + 1,
        updated_at: at,
        updated_by: actorUserId,
      })
      .where('id', '=', programme.id)
      .execute();
  }
  const ids = (rows: readonly { readonly id: string }[]) => rows.map((r) => r.id).sort();
  return {
    before,
    after,
    moves: {
      innovationIds: ids(innovations),
      actionItemIds: ids(actions),
      programmeIds: programmes.map((p) => p.id),
      userIds: ids(users),
    },
  };
}

/** The units with these ids (those that exist), in no particular order. */
export async function findUnitsByIds(db: Executor, ids: readonly string[]): Promise<Unit[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await db.selectFrom('units').selectAll().where('id', 'in', unique).execute();
  return rows.map(toUnit);
}
