import type { DimensionKey, ElementKey, Outcome, Stage } from '@smartcity/domain';
import { toBoolean } from '../adapters/values';
import type { Executor } from '../database';

/** One line of the register as documents list it: no sections, the unit's name, the outcome. */
export type RegisterEntry = {
  readonly id: string;
  readonly title: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly dimension: DimensionKey;
  readonly element: ElementKey;
  readonly stage: Stage;
  /** The outcome recorded on the innovation (public once recorded), or null. */
  readonly outcome: Outcome | null;
  readonly isPublic: boolean;
};

/**
 * Every innovation of a region's units in one narrow read (the masterplan document's appendix
 * and quick wins): the columns the lists and the dashboard copy onto the row, never the section
 * JSON. Ordered by title (case-folded by the database, as the lists order it), then id.
 */
export async function listRegisterEntries(
  db: Executor,
  regionId: string,
): Promise<RegisterEntry[]> {
  const rows = await db
    .selectFrom('innovations')
    .innerJoin('units', 'units.id', 'innovations.unit_id')
    .where('units.region_id', '=', regionId)
    .select([
      'innovations.id',
      'innovations.title',
      'innovations.unit_id',
      'units.name as unit_name',
      'innovations.dimension',
      'innovations.element',
      'innovations.stage',
      'innovations.outcome',
      'innovations.is_public',
    ])
    .orderBy((eb) => eb.fn('lower', ['innovations.title']))
    .orderBy('innovations.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    unitId: row.unit_id,
    unitName: row.unit_name,
    dimension: row.dimension,
    element: row.element,
    stage: row.stage,
    outcome: row.outcome ?? null,
    isPublic: toBoolean(row.is_public),
  }));
}
