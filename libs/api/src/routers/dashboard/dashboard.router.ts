import {
  dashboardFilterSchema,
  dashboardUnitsFilterSchema,
  type DashboardSummary,
  type UnitScorecard,
} from '@smartcity/domain';
import { readUnitScorecards } from '@smartcity/db';
import { authedProcedure, publicProcedure, router } from '../../trpc';
import {
  dashboardAnswer,
  dashboardSummaryFor,
  type DashboardAnswer,
} from '../../services/dashboard/dashboard-summary';

export type { DashboardAnswer, OverdueActions } from '../../services/dashboard/dashboard-summary';

/**
 * The monitoring dashboard (DOMAIN.md "Monitoring"): which units innovate, what is stale, what is
 * late. Every logged-in role reads the whole region's figures (they read every innovation too);
 * the public reads the same figures over published innovations only.
 */
export const dashboardRouter = router({
  /** The figures for a filter (year registered, dimension, unit); `total` is the count. */
  summary: authedProcedure
    .input(dashboardFilterSchema)
    .query(({ ctx, input }): Promise<DashboardAnswer> => dashboardAnswer(ctx, input)),

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
