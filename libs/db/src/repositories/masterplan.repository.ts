import {
  DomainError,
  type ActionStatus,
  type BimtekStage,
  type DimensionKey,
  type ElementKey,
  type Horizon,
  type MasterplanFundingSource,
} from '@smartcity/domain';

import { fromJson, toIsoString, toJson, toNumber } from '../adapters/values';
import type { Executor } from '../database';

/**
 * The masterplan (migration 1200): one per region, with its strategies, programmes, action items
 * and commitments. The rules (checks, roll-up, who may do what) are the domain's
 * (`masterplan/masterplan.ts`); these functions store and read. Every change names the version it
 * read; a stale one answers CONFLICT and changes nothing.
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

export type Strategy = { readonly dimension: DimensionKey; readonly text: string };

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

export type ActionItem = {
  readonly id: string;
  readonly programmeId: string;
  readonly activity: string;
  readonly year: number;
  readonly ownerUnitId: string;
  readonly outputTarget: string;
  readonly budget: number;
  readonly status: ActionStatus;
  readonly progressPercent: number;
  readonly version: number;
  readonly updatedAt: string;
};

export type Commitment = {
  readonly id: string;
  readonly unitId: string;
  readonly signerName: string;
  readonly signerNip: string;
  readonly signerPosition: string;
  readonly signedOn: string;
  readonly statement: string;
  readonly signedAt: string;
  readonly withdrawnAt: string | null;
  readonly withdrawalReason: string | null;
};

const stale = (what: string) =>
  new DomainError('CONFLICT', `The ${what} was changed by someone else; reload it`, {
    reason: 'stale_version',
  });

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
  plan: Omit<Masterplan, 'version' | 'updatedAt'>,
  at: Date,
  actorUserId: string | null,
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
  plan: Masterplan,
  expectedVersion: number,
  at: Date,
  actorUserId: string,
): Promise<void> {
  const result = await db
    .updateTable('masterplans')
    .set({
      title: plan.title,
      start_year: plan.startYear,
      end_year: plan.endYear,
      vision: plan.vision,
      mission: toJson(plan.mission) ?? '[]',
      bimtek_stage: plan.bimtekStage,
      bimtek_dates: toJson(plan.bimtekDates) ?? '{}',
      bimtek_checklist: toJson(plan.bimtekChecklist) ?? '[]',
      commitment_statement: plan.commitmentStatement,
      version: expectedVersion + 1,
      updated_at: at.toISOString(),
      updated_by: actorUserId,
    })
    .where('id', '=', plan.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw stale('masterplan');
}

/** The strategies of a masterplan (only the dimensions that have one). */
export async function listStrategies(db: Executor, masterplanId: string): Promise<Strategy[]> {
  const rows = await db
    .selectFrom('masterplan_strategies')
    .select(['dimension', 'text'])
    .where('masterplan_id', '=', masterplanId)
    .execute();
  return rows.map((row) => ({ dimension: row.dimension, text: row.text }));
}

/** Sets a dimension's strategy text. */
export async function upsertStrategy(
  db: Executor,
  masterplanId: string,
  strategy: Strategy,
  at: Date,
  actorUserId: string | null,
): Promise<void> {
  await db
    .insertInto('masterplan_strategies')
    .values({
      masterplan_id: masterplanId,
      dimension: strategy.dimension,
      text: strategy.text,
      updated_at: at.toISOString(),
      updated_by: actorUserId,
    })
    .onConflict((oc) =>
      oc.columns(['masterplan_id', 'dimension']).doUpdateSet({
        text: strategy.text,
        updated_at: at.toISOString(),
        updated_by: actorUserId,
      }),
    )
    .execute();
}

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
  programmes: readonly Omit<Programme, 'version' | 'updatedAt'>[],
  at: Date,
  actorUserId: string | null,
  options: {
    /** The external code of each programme that has one (an import's), by id. */
    readonly externalCodes?: ReadonlyMap<string, string>;
  } = {},
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
  programme: Omit<Programme, 'version' | 'updatedAt'>,
  expectedVersion: number,
  at: Date,
  actorUserId: string,
): Promise<void> {
  const result = await db
    .updateTable('programmes')
    .set({
      ...programmeColumns(programme),
      version: expectedVersion + 1,
      updated_at: at.toISOString(),
      updated_by: actorUserId,
    })
    .where('id', '=', programme.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw stale('programme');
  await linkInnovations(db, programme.id, programme.innovationIds);
}

type ActionRow = Awaited<ReturnType<ReturnType<typeof actionQuery>['execute']>>[number];

function actionQuery(db: Executor) {
  return db.selectFrom('action_items').selectAll('action_items');
}

function toAction(row: ActionRow): ActionItem {
  return {
    id: row.id,
    programmeId: row.programme_id,
    activity: row.activity,
    year: row.year,
    ownerUnitId: row.owner_unit_id,
    outputTarget: row.output_target,
    budget: toNumber(row.budget),
    status: row.status,
    progressPercent: row.progress_percent,
    version: row.version,
    updatedAt: toIsoString(row.updated_at),
  };
}

/** A masterplan's action items (optionally of one programme or owned by one unit), by year. */
export async function listActions(
  db: Executor,
  masterplanId: string,
  filter: { readonly programmeId?: string; readonly ownerUnitId?: string } = {},
): Promise<ActionItem[]> {
  let query = actionQuery(db)
    .innerJoin('programmes', 'programmes.id', 'action_items.programme_id')
    .where('programmes.masterplan_id', '=', masterplanId);
  if (filter.programmeId !== undefined)
    query = query.where('action_items.programme_id', '=', filter.programmeId);
  if (filter.ownerUnitId !== undefined)
    query = query.where('action_items.owner_unit_id', '=', filter.ownerUnitId);
  const rows = await query
    .orderBy('action_items.year')
    .orderBy('action_items.activity')
    .orderBy('action_items.id')
    .execute();
  return rows.map(toAction);
}

/** One action item, or undefined. */
export async function findAction(db: Executor, id: string): Promise<ActionItem | undefined> {
  const row = await actionQuery(db).where('id', '=', id).executeTakeFirst();
  return row ? toAction(row) : undefined;
}

/** The columns of an action item's row (exported within the data layer for the import). */
export function actionColumns(a: Omit<ActionItem, 'version' | 'updatedAt' | 'id' | 'programmeId'>) {
  return {
    activity: a.activity,
    year: a.year,
    owner_unit_id: a.ownerUnitId,
    output_target: a.outputTarget,
    budget: a.budget,
    status: a.status,
    progress_percent: a.progressPercent,
  };
}

/** Stores many action items (the demo seed; one for the API). */
export async function insertActions(
  db: Executor,
  actions: readonly Omit<ActionItem, 'version' | 'updatedAt'>[],
  at: Date,
  actorUserId: string | null,
  options: {
    /** The external code of each action item that has one (an import's), by id. */
    readonly externalCodes?: ReadonlyMap<string, string>;
  } = {},
): Promise<void> {
  const chunk = 500;
  for (let i = 0; i < actions.length; i += chunk) {
    await db
      .insertInto('action_items')
      .values(
        actions.slice(i, i + chunk).map((a) => ({
          id: a.id,
          programme_id: a.programmeId,
          ...actionColumns(a),
          version: 1,
          created_at: at.toISOString(),
          updated_at: at.toISOString(),
          updated_by: actorUserId,
          ...(options.externalCodes
            ? { external_code: options.externalCodes.get(a.id) ?? null }
            : {}),
        })),
      )
      .execute();
  }
}

/** Writes an action item if still at `expectedVersion`. */
export async function saveAction(
  db: Executor,
  action: Omit<ActionItem, 'version' | 'updatedAt'>,
  expectedVersion: number,
  at: Date,
  actorUserId: string,
): Promise<void> {
  const result = await db
    .updateTable('action_items')
    .set({
      ...actionColumns(action),
      version: expectedVersion + 1,
      updated_at: at.toISOString(),
      updated_by: actorUserId,
    })
    .where('id', '=', action.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw stale('action item');
}

/**
 * Action items past their year (before `currentYear`) and neither done nor cancelled, oldest
 * first, with their programme's name: the dashboard's overdue action items.
 */
export async function listOverdueActions(
  db: Executor,
  currentYear: number,
  filter: { readonly unitId?: string; readonly limit: number },
): Promise<{ total: number; items: (ActionItem & { readonly programmeName: string })[] }> {
  let base = db
    .selectFrom('action_items')
    .where('action_items.year', '<', currentYear)
    .where('action_items.status', 'not in', ['done', 'cancelled']);
  if (filter.unitId !== undefined)
    base = base.where('action_items.owner_unit_id', '=', filter.unitId);
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    base
      .innerJoin('programmes', 'programmes.id', 'action_items.programme_id')
      .selectAll('action_items')
      .select('programmes.name as programme_name')
      .orderBy('action_items.year')
      .orderBy('action_items.id')
      .limit(filter.limit)
      .execute(),
  ]);
  return {
    total: toNumber(count.n),
    items: rows.map((row) => ({ ...toAction(row), programmeName: row.programme_name })),
  };
}

/** Every commitment of a masterplan (standing and withdrawn), newest first. */
export async function listCommitments(db: Executor, masterplanId: string): Promise<Commitment[]> {
  const rows = await db
    .selectFrom('commitments')
    .selectAll()
    .where('masterplan_id', '=', masterplanId)
    .orderBy('signed_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    unitId: row.unit_id,
    signerName: row.signer_name,
    signerNip: row.signer_nip,
    signerPosition: row.signer_position,
    signedOn: row.signed_on,
    statement: row.statement,
    signedAt: toIsoString(row.signed_at),
    withdrawnAt: row.withdrawn_at === null ? null : toIsoString(row.withdrawn_at),
    withdrawalReason: row.withdrawal_reason,
  }));
}

/** A unit's standing (not withdrawn) signature, or null. */
export async function findStandingCommitment(
  db: Executor,
  masterplanId: string,
  unitId: string,
): Promise<Pick<Commitment, 'id' | 'signedOn'> | null> {
  const row = await db
    .selectFrom('commitments')
    .select(['id', 'signed_on'])
    .where('masterplan_id', '=', masterplanId)
    .where('unit_id', '=', unitId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return row ? { id: row.id, signedOn: row.signed_on } : null;
}

/** Stores signatures (one standing signature per unit: a second one is refused by the index). */
export async function insertCommitments(
  db: Executor,
  masterplanId: string,
  commitments: readonly Omit<Commitment, 'withdrawnAt' | 'withdrawalReason'>[],
  signedBy: string | null,
): Promise<void> {
  if (commitments.length === 0) return;
  await db
    .insertInto('commitments')
    .values(
      commitments.map((c) => ({
        id: c.id,
        masterplan_id: masterplanId,
        unit_id: c.unitId,
        signer_name: c.signerName,
        signer_nip: c.signerNip,
        signer_position: c.signerPosition,
        signed_on: c.signedOn,
        statement: c.statement,
        signed_at: c.signedAt,
        signed_by: signedBy,
      })),
    )
    .execute();
}

/** Withdraws a unit's standing signature, with the reason. Answers whether one was withdrawn. */
export async function withdrawCommitment(
  db: Executor,
  masterplanId: string,
  unitId: string,
  reason: string,
  at: Date,
  actorUserId: string,
): Promise<boolean> {
  const result = await db
    .updateTable('commitments')
    .set({ withdrawn_at: at.toISOString(), withdrawn_by: actorUserId, withdrawal_reason: reason })
    .where('masterplan_id', '=', masterplanId)
    .where('unit_id', '=', unitId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
