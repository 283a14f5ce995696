import { type ActionStatus } from '@smartcity/domain';
import { toIsoString, toNumber } from '../adapters/values';
import { saveVersioned } from '../adapters/versioned-save';
import type { Executor } from '../database';

/**
 * The action items of a masterplan's programmes (`action_items`, migration 1200). A change names
 * the version it read; a stale one answers CONFLICT.
 */

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
  {
    actions,
    at,
    actorUserId,
    options = {},
  }: {
    readonly actions: readonly Omit<ActionItem, 'version' | 'updatedAt'>[];
    readonly at: Date;
    readonly actorUserId: string | null;
    readonly options?: {
      /** The external code of each action item that has one (an import's), by id. */
      readonly externalCodes?: ReadonlyMap<string, string>;
    };
  },
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
  {
    action,
    expectedVersion,
    at,
    actorUserId,
  }: {
    readonly action: Omit<ActionItem, 'version' | 'updatedAt'>;
    readonly expectedVersion: number;
    readonly at: Date;
    readonly actorUserId: string;
  },
): Promise<void> {
  await saveVersioned(db, {
    table: 'action_items',
    id: action.id,
    expectedVersion,
    set: {
      ...actionColumns(action),
      updated_at: at.toISOString(),
      updated_by: actorUserId,
    },
    messages: {
      conflict: 'The action item was changed by someone else; reload it',
      notFound: 'Action item not found',
    },
  });
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
