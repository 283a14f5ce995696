import {
  type DimensionKey,
  type ElementKey,
  type Horizon,
  type MasterplanFundingSource,
} from '@smartcity/domain';
import { fromJson, toIsoString, toJson, toNumber } from '../adapters/values';
import { saveVersioned } from '../adapters/versioned-save';
import type { Executor } from '../database';

/**
 * A masterplan's programmes with their linked innovations (`programmes`, `programme_innovations`,
 * migration 1200). A change names the version it read; a stale one answers CONFLICT.
 */

export type Programme = {
  readonly id: string;
  readonly masterplanId: string;
  readonly dimension: DimensionKey;
  readonly element: ElementKey;
  readonly name: string;
  readonly description: string;
  readonly horizon: Horizon;
  readonly leadUnitId: string;
  readonly supportingUnitIds: readonly string[];
  readonly startYear: number;
  readonly endYear: number;
  readonly budget: number;
  readonly fundingSource: MasterplanFundingSource;
  readonly reference: string;
  readonly innovationIds: readonly string[];
  readonly version: number;
  readonly updatedAt: string;
};

/** A masterplan's programmes (optionally those a unit leads or supports), by dimension and year. */
export async function listProgrammes(
  db: Executor,
  masterplanId: string,
  filter: { readonly unitId?: string; readonly ids?: readonly string[] } = {},
): Promise<Programme[]> {
  let query = db.selectFrom('programmes').selectAll().where('masterplan_id', '=', masterplanId);
  if (filter.ids !== undefined) {
    if (filter.ids.length === 0) return [];
    query = query.where('id', 'in', [...filter.ids]);
  }
  const rows = await query
    .orderBy('dimension')
    .orderBy('start_year')
    .orderBy('name')
    .orderBy('id')
    .execute();
  const links =
    rows.length === 0
      ? []
      : await db
          .selectFrom('programme_innovations')
          .select(['programme_id', 'innovation_id'])
          .where(
            'programme_id',
            'in',
            rows.map((r) => r.id),
          )
          .execute();
  const programmes = rows.map((row): Programme => ({
    id: row.id,
    masterplanId: row.masterplan_id,
    dimension: row.dimension,
    element: row.element,
    name: row.name,
    description: row.description,
    horizon: row.horizon,
    leadUnitId: row.lead_unit_id,
    supportingUnitIds: (fromJson(row.supporting_unit_ids) as string[] | null) ?? [],
    startYear: row.start_year,
    endYear: row.end_year,
    budget: toNumber(row.budget),
    fundingSource: row.funding_source,
    reference: row.reference,
    innovationIds: links.filter((l) => l.programme_id === row.id).map((l) => l.innovation_id),
    version: row.version,
    updatedAt: toIsoString(row.updated_at),
  }));
  if (filter.unitId === undefined) return programmes;
  const unitId = filter.unitId;
  return programmes.filter((p) => p.leadUnitId === unitId || p.supportingUnitIds.includes(unitId));
}

/**
 * The ids among those given that name no unit, and no innovation: what a programme refers to
 * must exist (two queries, whatever the number of ids).
 */
export async function unknownReferences(
  db: Executor,
  refs: { readonly unitIds: readonly string[]; readonly innovationIds: readonly string[] },
): Promise<{ readonly unitIds: string[]; readonly innovationIds: string[] }> {
  const existing = async (table: 'units' | 'innovations', ids: readonly string[]) =>
    ids.length === 0
      ? new Set<string>()
      : new Set(
          (
            await db
              .selectFrom(table)
              .select('id')
              .where('id', 'in', [...ids])
              .execute()
          ).map((row) => row.id),
        );
  const [units, innovations] = await Promise.all([
    existing('units', refs.unitIds),
    existing('innovations', refs.innovationIds),
  ]);
  return {
    unitIds: refs.unitIds.filter((id) => !units.has(id)),
    innovationIds: refs.innovationIds.filter((id) => !innovations.has(id)),
  };
}

/** One programme, or undefined. */
export async function findProgramme(db: Executor, id: string): Promise<Programme | undefined> {
  const row = await db
    .selectFrom('programmes')
    .select('masterplan_id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const [programme] = await listProgrammes(db, row.masterplan_id, { ids: [id] });
  return programme;
}

/** The columns of a programme's row (exported within the data layer for the import). */
export function programmeColumns(
  p: Omit<Programme, 'version' | 'updatedAt' | 'innovationIds' | 'id' | 'masterplanId'>,
) {
  return {
    dimension: p.dimension,
    element: p.element,
    name: p.name,
    description: p.description,
    horizon: p.horizon,
    lead_unit_id: p.leadUnitId,
    supporting_unit_ids: toJson(p.supportingUnitIds) ?? '[]',
    start_year: p.startYear,
    end_year: p.endYear,
    budget: p.budget,
    funding_source: p.fundingSource,
    reference: p.reference,
  };
}

async function linkInnovations(
  db: Executor,
  programmeId: string,
  innovationIds: readonly string[],
) {
  await db.deleteFrom('programme_innovations').where('programme_id', '=', programmeId).execute();
  const unique = [...new Set(innovationIds)];
  if (unique.length > 0) {
    await db
      .insertInto('programme_innovations')
      .values(
        unique.map((innovationId) => ({ programme_id: programmeId, innovation_id: innovationId })),
      )
      .execute();
  }
}

/** Stores many programmes with their linked innovations (the demo seed; one for the API). */
export async function insertProgrammes(
  db: Executor,
  {
    programmes,
    at,
    actorUserId,
    options = {},
  }: {
    readonly programmes: readonly Omit<Programme, 'version' | 'updatedAt'>[];
    readonly at: Date;
    readonly actorUserId: string | null;
    readonly options?: {
      /** The external code of each programme that has one (an import's), by id. */
      readonly externalCodes?: ReadonlyMap<string, string>;
    };
  },
): Promise<void> {
  const chunk = 300;
  for (let i = 0; i < programmes.length; i += chunk) {
    await db
      .insertInto('programmes')
      .values(
        programmes.slice(i, i + chunk).map((p) => ({
          id: p.id,
          masterplan_id: p.masterplanId,
          ...programmeColumns(p),
          version: 1,
          created_at: at.toISOString(),
          updated_at: at.toISOString(),
          updated_by: actorUserId,
          ...(options.externalCodes
            ? { external_code: options.externalCodes.get(p.id) ?? null }
            : {}),
        })),
      )
      .execute();
  }
  const links = programmes.flatMap((p) =>
    [...new Set(p.innovationIds)].map((innovationId) => ({
      programme_id: p.id,
      innovation_id: innovationId,
    })),
  );
  for (let i = 0; i < links.length; i += 500) {
    await db
      .insertInto('programme_innovations')
      .values(links.slice(i, i + 500))
      .execute();
  }
}

/** Writes a programme (and its linked innovations) if still at `expectedVersion`. */
export async function saveProgramme(
  db: Executor,
  {
    programme,
    expectedVersion,
    at,
    actorUserId,
  }: {
    readonly programme: Omit<Programme, 'version' | 'updatedAt'>;
    readonly expectedVersion: number;
    readonly at: Date;
    readonly actorUserId: string;
  },
): Promise<void> {
  await saveVersioned(db, {
    table: 'programmes',
    id: programme.id,
    expectedVersion,
    set: {
      ...programmeColumns(programme),
      updated_at: at.toISOString(),
      updated_by: actorUserId,
    },
    messages: {
      conflict: 'The programme was changed by someone else; reload it',
      notFound: 'Programme not found',
    },
  });
  await linkInnovations(db, programme.id, programme.innovationIds);
}
