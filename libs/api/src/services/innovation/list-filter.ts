import { defaultStaleDays, utcDate, type InnovationListInput } from '@smartcity/domain';
import type { InnovationFilter } from '@smartcity/db';
import type { Context } from '../../context';

/** The filters of `innovation.list`'s input (its order and page left out). */
export type InnovationListFilters = Omit<InnovationListInput, 'sort' | 'cursor' | 'limit'>;

/**
 * The repository filter of `innovation.list`'s input for this caller: the one mapping shared by
 * the list and its export, so that a download holds exactly what the list shows. The public sees
 * published innovations only, whatever it asks for.
 */
export async function innovationFilterFor(
  ctx: Context,
  input: InnovationListFilters,
): Promise<InnovationFilter> {
  const session = await ctx.session();
  const loggedIn = session.status === 'valid';
  const staleDays = ctx.staleDays ?? defaultStaleDays;
  return {
    unitId: input.unitId,
    dimension: input.dimension,
    element: input.element,
    stage: input.stage,
    jenis: input.jenis,
    tahapan: input.tahapan,
    isPublic: loggedIn ? input.isPublic : true,
    staleBefore: input.stale ? new Date(ctx.now().getTime() - staleDays * 86_400_000) : undefined,
    overdueBefore: input.overdue ? utcDate(ctx.now()) : undefined,
    year: input.year,
    outcome: input.outcome,
    quickWinStatus: input.quickWinStatus,
    active: input.active,
    search: input.search,
  };
}
