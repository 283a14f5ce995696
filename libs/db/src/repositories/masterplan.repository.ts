import { type BimtekStage } from '@smartcity/domain';
import { fromJson, toIsoString, toJson } from '../adapters/values';
import { saveVersioned } from '../adapters/versioned-save';
import type { Executor } from '../database';

/**
 * The masterplan (`masterplans`, migration 1200): one per region. Its strategies, programmes,
 * action items and commitments have repositories of their own. The rules (checks, roll-up, who
 * may do what) are the domain's (`masterplan/masterplan.ts`); these functions store and read.
 * Every change names the version it read; a stale one answers CONFLICT and changes nothing.
 */

export type Masterplan = {
  readonly id: string;
  readonly regionId: string;
  readonly title: string;
  readonly startYear: number;
  readonly endYear: number;
  readonly vision: string;
  readonly mission: readonly string[];
  readonly bimtekStage: BimtekStage | null;
  readonly bimtekDates: Partial<Record<BimtekStage, string>>;
  readonly bimtekChecklist: readonly string[];
  readonly commitmentStatement: string;
  readonly version: number;
  readonly updatedAt: string;
};

/** The masterplan of the deployment's region (the first region's), or undefined. */
export async function findMasterplan(db: Executor): Promise<Masterplan | undefined> {
  const row = await db
    .selectFrom('masterplans')
    .selectAll()
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    regionId: row.region_id,
    title: row.title,
    startYear: row.start_year,
    endYear: row.end_year,
    vision: row.vision,
    mission: (fromJson(row.mission) as string[] | null) ?? [],
    bimtekStage: row.bimtek_stage,
    bimtekDates: (fromJson(row.bimtek_dates) as Partial<Record<BimtekStage, string>> | null) ?? {},
    bimtekChecklist: (fromJson(row.bimtek_checklist) as string[] | null) ?? [],
    commitmentStatement: row.commitment_statement,
    version: row.version,
    updatedAt: toIsoString(row.updated_at),
  };
}

/** Stores a new masterplan (the demo seed, or a coordinator's first). */
export async function insertMasterplan(
  db: Executor,
  {
    plan,
    at,
    actorUserId,
  }: {
    readonly plan: Omit<Masterplan, 'version' | 'updatedAt'>;
    readonly at: Date;
    readonly actorUserId: string | null;
  },
): Promise<void> {
  await db
    .insertInto('masterplans')
    .values({
      id: plan.id,
      region_id: plan.regionId,
      title: plan.title,
      start_year: plan.startYear,
      end_year: plan.endYear,
      vision: plan.vision,
      mission: toJson(plan.mission) ?? '[]',
      bimtek_stage: plan.bimtekStage,
      bimtek_dates: toJson(plan.bimtekDates) ?? '{}',
      bimtek_checklist: toJson(plan.bimtekChecklist) ?? '[]',
      commitment_statement: plan.commitmentStatement,
      version: 1,
      updated_at: at.toISOString(),
      updated_by: actorUserId,
    })
    .execute();
}

/** Writes the masterplan's fields if still at `expectedVersion` (CONFLICT otherwise). */
export async function saveMasterplan(
  db: Executor,
  {
    plan,
    expectedVersion,
    at,
    actorUserId,
  }: {
    readonly plan: Masterplan;
    readonly expectedVersion: number;
    readonly at: Date;
    readonly actorUserId: string;
  },
): Promise<void> {
  await saveVersioned(db, {
    table: 'masterplans',
    id: plan.id,
    expectedVersion,
    set: {
      title: plan.title,
      start_year: plan.startYear,
      end_year: plan.endYear,
      vision: plan.vision,
      mission: toJson(plan.mission) ?? '[]',
      bimtek_stage: plan.bimtekStage,
      bimtek_dates: toJson(plan.bimtekDates) ?? '{}',
      bimtek_checklist: toJson(plan.bimtekChecklist) ?? '[]',
      commitment_statement: plan.commitmentStatement,
      updated_at: at.toISOString(),
      updated_by: actorUserId,
    },
    messages: {
      conflict: 'The masterplan was changed by someone else; reload it',
      notFound: 'Masterplan not found',
    },
  });
}

/**
 * The external codes (from a spreadsheet import; null for those without) of a masterplan's
 * programmes and action items, by id: how an export names them so that re-importing it updates
 * them.
 */
export async function findMasterplanExternalCodes(
  db: Executor,
  masterplanId: string,
): Promise<{
  readonly programmes: Map<string, string | null>;
  readonly actions: Map<string, string | null>;
}> {
  const [programmes, actions] = await Promise.all([
    db
      .selectFrom('programmes')
      .select(['id', 'external_code'])
      .where('masterplan_id', '=', masterplanId)
      .execute(),
    db
      .selectFrom('action_items')
      .innerJoin('programmes', 'programmes.id', 'action_items.programme_id')
      .select(['action_items.id', 'action_items.external_code'])
      .where('programmes.masterplan_id', '=', masterplanId)
      .execute(),
  ]);
  return {
    programmes: new Map(programmes.map((row) => [row.id, row.external_code])),
    actions: new Map(actions.map((row) => [row.id, row.external_code])),
  };
}
