import { type DimensionKey } from '@smartcity/domain';
import type { Executor } from '../database';

/** A masterplan's strategy per dimension (`masterplan_strategies`, migration 1200). */

export type Strategy = { readonly dimension: DimensionKey; readonly text: string };

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
  {
    masterplanId,
    strategy,
    at,
    actorUserId,
  }: {
    readonly masterplanId: string;
    readonly strategy: Strategy;
    readonly at: Date;
    readonly actorUserId: string | null;
  },
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
