import { z } from 'zod';
import { dimensionKeySchema } from '../catalogue/dimensions';
import type { DimensionKey } from '../catalogue/dimensions';
import { idSchema } from '../common/id';
import { defaultStaleDays } from '../innovation/vocabulary';
import type { QuickWinStatus, Stage } from '../innovation/vocabulary';
import {
  countBy,
  monthLabel,
  coverageMatrix,
  monthlyTrend,
  overdueQuickWins,
  staleInnovations,
  unitRanking,
  unitScorecards,
  unitsNotInnovating,
} from './metrics';
import type {
  CoverageRow,
  InnovationCounts,
  MetricEvent,
  MetricInnovation,
  MetricUnit,
  MonthlyTrendRow,
  RankedUnit,
  UnitScorecard,
} from './metrics';
import {
  dashboardListLimit,
  dashboardYearRange,
  quickWinStatusBuckets,
  type QuickWinStatusOrNone,
} from './dashboard-values';

export * from './dashboard-values';

/**
 * The monitoring dashboard (Dasbor): the figures of `metrics.ts` put together for one filter.
 * `summarizeDashboard` is the reference; the data layer computes the same answer in SQL and a
 * property test holds the two to agreement.
 */

/**
 * The filter of `dashboard.summary`: the year the innovations were registered in (UTC), a
 * dimension (the main one), a unit. Every field is optional; no filter means everything.
 */
export const dashboardFilterSchema = z
  .strictObject({
    year: z.int().min(dashboardYearRange.min).max(dashboardYearRange.max).optional(),
    dimension: dimensionKeySchema.optional(),
    unitId: idSchema.optional(),
  })
  .default({});
/** The dashboard's filter, as {@link dashboardFilterSchema} parses it. */
export type DashboardFilter = z.infer<typeof dashboardFilterSchema>;

/** The filter of `dashboard.units`: the scorecards of every unit, by year and dimension. */
export const dashboardUnitsFilterSchema = z
  .strictObject({
    year: z.int().min(dashboardYearRange.min).max(dashboardYearRange.max).optional(),
    dimension: dimensionKeySchema.optional(),
  })
  .default({});
/** The filter of the dashboard's unit list, as {@link dashboardUnitsFilterSchema} parses it. */
export type DashboardUnitsFilter = z.infer<typeof dashboardUnitsFilterSchema>;

/** A stale innovation as the dashboard lists it. */
export type DashboardStaleItem = {
  readonly id: string;
  readonly title: string;
  readonly unitId: string;
  readonly stage: Stage;
  readonly lastEventAt: string;
  readonly daysSinceLastEvent: number;
};

/** An overdue quick win as the dashboard lists it. */
export type DashboardOverdueItem = {
  readonly id: string;
  readonly title: string;
  readonly unitId: string;
  readonly stage: Stage;
  readonly quickWinTargetDate: string;
  readonly quickWinStatus: QuickWinStatus | null;
  readonly quickWinProgress: number | null;
  readonly daysOverdue: number;
};

/** The quick wins under way: innovations in the `quick_win` stage. */
export type QuickWinFigures = {
  readonly total: number;
  readonly byStatus: Readonly<Record<QuickWinStatusOrNone, number>>;
  /** How many have at least one progress report. */
  readonly reported: number;
  /** Mean progress % of the reported ones, or null when none reported. */
  readonly meanProgress: number | null;
};

/** Everything the dashboard shows for one filter. */
export type DashboardSummary = {
  /** The moment the figures describe (ISO). */
  readonly asOf: string;
  readonly staleDays: number;
  /** The number of innovations counted (the filter applied). */
  readonly total: number;
  readonly counts: InnovationCounts;
  /**
   * Active units considered (one when the filter names a unit) and those that innovate (an
   * innovation active or sustained, `isInnovatingStage`).
   */
  readonly units: { readonly total: number; readonly innovating: number };
  /** One row per unit considered, by name. */
  readonly coverage: CoverageRow[];
  /** The units that innovate, ranked (`unitRanking`): as many as `units.innovating`. */
  readonly ranking: RankedUnit[];
  /** The units that do not innovate (`unitsNotInnovating`), by name. */
  readonly unitsWithoutActive: MetricUnit[];
  readonly stale: { readonly total: number; readonly items: DashboardStaleItem[] };
  readonly overdue: { readonly total: number; readonly items: DashboardOverdueItem[] };
  readonly quickWins: QuickWinFigures;
  /**
   * Twelve months: those of the filter's year, or the twelve ending with the current month. The
   * year chooses the months; the unit and dimension choose the innovations whose registrations,
   * advances and evaluations are counted.
   */
  readonly trend: MonthlyTrendRow[];
};

/** The first and last month (`YYYY-MM`) of the dashboard's trend for a year filter and a time. */
export function trendWindow(
  year: number | undefined,
  now: Date,
): { fromMonth: string; toMonth: string } {
  const current = now.getUTCFullYear() * 12 + now.getUTCMonth();
  if (year === undefined)
    return { fromMonth: monthLabel(current - 11), toMonth: monthLabel(current) };
  return { fromMonth: monthLabel(year * 12), toMonth: monthLabel(year * 12 + 11) };
}

/** The start (inclusive) and end (exclusive) of a registration year, as ISO instants. */
export function yearBounds(year: number): { from: string; to: string } {
  return {
    from: new Date(Date.UTC(year, 0, 1)).toISOString(),
    to: new Date(Date.UTC(year + 1, 0, 1)).toISOString(),
  };
}

/** Today's date (`YYYY-MM-DD`, UTC) at a time. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whether an innovation passes a dashboard filter. */
export function matchesDashboardFilter(
  innovation: MetricInnovation,
  filter: { readonly year?: number; readonly dimension?: DimensionKey; readonly unitId?: string },
): boolean {
  if (filter.unitId !== undefined && innovation.unitId !== filter.unitId) return false;
  if (filter.dimension !== undefined && innovation.dimension !== filter.dimension) return false;
  if (filter.year !== undefined) {
    const { from, to } = yearBounds(filter.year);
    const created = new Date(innovation.createdAt).getTime();
    if (created < new Date(from).getTime() || created >= new Date(to).getTime()) return false;
  }
  return true;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Units in the dashboard's order: by name, then id. */
export function byUnitName(a: MetricUnit, b: MetricUnit): number {
  return compareText(a.name, b.name) || compareText(a.id, b.id);
}

/** The quick-win figures over innovations (only those in `quick_win` count). */
export function quickWinFigures(innovations: readonly MetricInnovation[]): QuickWinFigures {
  const byStatus = Object.fromEntries(quickWinStatusBuckets.map((s) => [s, 0])) as Record<
    QuickWinStatusOrNone,
    number
  >;
  let total = 0;
  let reported = 0;
  let progressSum = 0;
  for (const innovation of innovations) {
    if (innovation.stage !== 'quick_win') continue;
    total += 1;
    byStatus[innovation.quickWinStatus ?? 'none'] += 1;
    if (innovation.quickWinProgress !== null) {
      reported += 1;
      progressSum += innovation.quickWinProgress;
    }
  }
  return { total, byStatus, reported, meanProgress: meanOf(progressSum, reported) };
}

/** A mean rounded to one decimal, or null over nothing (shared so SQL and domain agree). */
export function meanOf(sum: number, count: number): number | null {
  return count === 0 ? null : Math.round((sum / count) * 10) / 10;
}

/**
 * The dashboard for a filter, computed from plain data: the reference for the SQL version.
 *
 * @param input.innovations every innovation (the filter is applied here)
 * @param input.events the events of those innovations (`innovation.advanced` ones matter)
 * @param input.units the active units of the region
 * @param input.now the present
 * @param input.staleDays the stale threshold, {@link defaultStaleDays} unless configured
 */
export function summarizeDashboard(input: {
  readonly innovations: readonly MetricInnovation[];
  readonly events: readonly MetricEvent[];
  readonly units: readonly MetricUnit[];
  readonly filter: DashboardFilter;
  readonly now: Date;
  readonly staleDays?: number;
  readonly listLimit?: number;
}): DashboardSummary {
  const staleDays = input.staleDays ?? defaultStaleDays;
  const limit = input.listLimit ?? dashboardListLimit;
  const innovations = input.innovations.filter((i) => matchesDashboardFilter(i, input.filter));
  const units = input.units
    .filter((unit) => input.filter.unitId === undefined || unit.id === input.filter.unitId)
    .slice()
    .sort(byUnitName);
  const without = unitsNotInnovating(innovations, units);
  const coverage = coverageMatrix(innovations, units);
  const stale = staleInnovations(innovations, input.now, staleDays);
  const overdue = overdueQuickWins(innovations, utcDate(input.now));
  const { fromMonth, toMonth } = trendWindow(input.filter.year, input.now);
  const { year: _year, ...trendFilter } = input.filter;
  const active = input.innovations.filter((i) => matchesDashboardFilter(i, trendFilter));
  const activeIds = new Set(active.map((i) => i.id));
  return {
    asOf: input.now.toISOString(),
    staleDays,
    total: innovations.length,
    counts: countBy(innovations),
    units: { total: units.length, innovating: units.length - without.length },
    coverage,
    ranking: unitRanking(coverage, without),
    unitsWithoutActive: without,
    stale: {
      total: stale.length,
      items: stale.slice(0, limit).map(({ innovation, daysSinceLastEvent }) => ({
        id: innovation.id,
        title: innovation.title,
        unitId: innovation.unitId,
        stage: innovation.stage,
        lastEventAt: innovation.lastEventAt,
        daysSinceLastEvent,
      })),
    },
    overdue: {
      total: overdue.length,
      items: overdue.slice(0, limit).map(({ innovation, daysOverdue }) => {
        const target = innovation.quickWinTargetDate;
        // `overdueQuickWins` keeps only quick wins with a target date.
        if (target === null) throw new Error(`overdue quick win ${innovation.id} has no target`);
        return {
          id: innovation.id,
          title: innovation.title,
          unitId: innovation.unitId,
          stage: innovation.stage,
          quickWinTargetDate: target,
          quickWinStatus: innovation.quickWinStatus,
          quickWinProgress: innovation.quickWinProgress,
          daysOverdue,
        };
      }),
    },
    quickWins: quickWinFigures(innovations),
    trend: monthlyTrend({
      innovations: active,
      events: input.events.filter((event) => activeIds.has(event.innovationId)),
      fromMonth,
      toMonth,
    }),
  };
}

/** The scorecards of every active unit over the innovations a filter keeps. */
export function summarizeUnits(input: {
  readonly innovations: readonly MetricInnovation[];
  readonly units: readonly MetricUnit[];
  readonly filter: DashboardUnitsFilter;
}): UnitScorecard[] {
  return unitScorecards(
    input.innovations.filter((i) => matchesDashboardFilter(i, input.filter)),
    input.units,
  );
}
