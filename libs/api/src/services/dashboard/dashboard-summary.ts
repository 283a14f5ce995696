import {
  dashboardListLimit,
  defaultStaleDays,
  DomainError,
  type DashboardFilter,
  type DashboardSummary,
} from '@smartcity/domain';
import {
  findUnitById,
  listOverdueActions,
  readDashboardSummary,
  type ActionItem,
} from '@smartcity/db';
import type { Context } from '../../context';

/** The masterplan's action items past their year and not done (DOMAIN "Monitoring": overdue). */
export type OverdueActions = {
  readonly total: number;
  readonly items: readonly (ActionItem & { readonly programmeName: string })[];
};

/** The dashboard's answer: the figures, and the overdue action items of the masterplan. */
export type DashboardAnswer = DashboardSummary & { readonly overdueActions: OverdueActions };

/**
 * The summary for a filter (over published innovations only when `publicOnly`: what
 * `dashboard.public` answers and open data publishes); a unit that does not exist is NOT_FOUND
 * rather than all zeros.
 */
export async function dashboardSummaryFor(
  ctx: Context,
  filter: DashboardFilter,
  publicOnly: boolean,
): Promise<DashboardSummary> {
  if (filter.unitId !== undefined && !(await findUnitById(ctx.db, filter.unitId))) {
    throw new DomainError('NOT_FOUND', 'Unit not found', { id: filter.unitId });
  }
  return readDashboardSummary(
    ctx.db,
    { ...filter, publicOnly },
    { now: ctx.now(), staleDays: ctx.staleDays ?? defaultStaleDays },
  );
}

/** The figures for a filter with the masterplan's overdue action items (`dashboard.summary`). */
export async function dashboardAnswer(
  ctx: Context,
  input: DashboardFilter,
): Promise<DashboardAnswer> {
  // The masterplan's overdue action items are the regency's own: logged-in users only.
  const [summary, overdueActions] = await Promise.all([
    dashboardSummaryFor(ctx, input, false),
    listOverdueActions(ctx.db, ctx.now().getUTCFullYear(), {
      ...(input.unitId === undefined ? {} : { unitId: input.unitId }),
      limit: dashboardListLimit,
    }),
  ]);
  return { ...summary, overdueActions };
}
