import {
  dashboardListLimit,
  defaultStaleDays,
  DomainError,
  dashboardFilterSchema,
  dashboardUnitsFilterSchema,
  type DashboardFilter,
  type DashboardSummary,
  type UnitScorecard,
} from '@smartcity/domain';
import {
  findUnitById,
  listOverdueActions,
  readDashboardSummary,
  readUnitScorecards,
  type ActionItem,
} from '@smartcity/db';
import type { Context } from '../../context';
import { authedProcedure, publicProcedure, router } from '../../trpc';

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

/**
 * The monitoring dashboard (DOMAIN.md "Monitoring"): which units innovate, what is stale, what is
 * late. Every logged-in role reads the whole region's figures (they read every innovation too);
 * the public reads the same figures over published innovations only.
 */
export const dashboardRouter = router({
  /** The figures for a filter (year registered, dimension, unit); `total` is the count. */
  summary: authedProcedure
    .input(dashboardFilterSchema)
    .query(async ({ ctx, input }): Promise<DashboardAnswer> => {
      // The masterplan's overdue action items are the regency's own: logged-in users only.
      const [summary, overdueActions] = await Promise.all([
        dashboardSummaryFor(ctx, input, false),
        listOverdueActions(ctx.db, ctx.now().getUTCFullYear(), {
          ...(input.unitId === undefined ? {} : { unitId: input.unitId }),
          limit: dashboardListLimit,
        }),
      ]);
      return { ...summary, overdueActions };
    }),

  /** Every active unit's scorecard, most innovations first. */
  units: authedProcedure
    .input(dashboardUnitsFilterSchema)
    .query(({ ctx, input }): Promise<UnitScorecard[]> =>
      readUnitScorecards(ctx.db, { ...input, publicOnly: false }),
    ),

  /** The summary over published innovations, for anyone (the public page). */
  public: publicProcedure
    .input(dashboardFilterSchema)
    .query(({ ctx, input }): Promise<DashboardSummary> => dashboardSummaryFor(ctx, input, true)),
});
