import {
  defaultStaleDays,
  DomainError,
  dashboardFilterSchema,
  dashboardUnitsFilterSchema,
  type DashboardFilter,
  type DashboardSummary,
  type UnitScorecard,
} from '@smartcity/domain';
import { findUnitById, readDashboardSummary, readUnitScorecards } from '@smartcity/db';
import type { Context } from '../../context';
import { authedProcedure, publicProcedure, router } from '../../trpc';

/** The summary for a filter; a unit that does not exist is NOT_FOUND rather than all zeros. */
async function summaryFor(
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
    .query(({ ctx, input }): Promise<DashboardSummary> => summaryFor(ctx, input, false)),

  /** Every active unit's scorecard, most innovations first. */
  units: authedProcedure
    .input(dashboardUnitsFilterSchema)
    .query(({ ctx, input }): Promise<UnitScorecard[]> =>
      readUnitScorecards(ctx.db, { ...input, publicOnly: false }),
    ),

  /** The summary over published innovations, for anyone (the public page). */
  public: publicProcedure
    .input(dashboardFilterSchema)
    .query(({ ctx, input }): Promise<DashboardSummary> => summaryFor(ctx, input, true)),
});
