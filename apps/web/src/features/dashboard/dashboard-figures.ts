import {
  dimensionKeys,
  outcomeBuckets,
  quickWinStatusBuckets,
  stages,
  type DashboardSummary,
  type DimensionKey,
  type OutcomeOrNone,
  type QuickWinStatusOrNone,
  type RankedUnit,
  type Stage,
} from '@smartcity/domain';
import type { FigureBar } from './components/figure-bar';

/**
 * Pure helpers that turn a dashboard summary into rows for charts and tables. Labels come in as
 * functions so these stay free of React and i18n.
 */

/**
 * The shade of a coverage cell: none for zero, then four steps up to the largest count (the
 * heatmap picks a text colour per step that keeps WCAG AA contrast).
 */
export function heatLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as 1 | 2 | 3 | 4;
}

/** The lifecycle funnel: one bar per stage, in lifecycle order. */
export function stageBars(
  counts: Readonly<Record<Stage, number>>,
  label: (stage: Stage) => string,
): FigureBar[] {
  return stages.map((stage) => ({
    key: stage,
    label: label(stage),
    value: counts[stage],
    figure: { kind: 'stage', stage },
  }));
}

/** One bar per dimension, in the catalogue's order. */
export function dimensionBars(
  counts: Readonly<Record<DimensionKey, number>>,
  label: (dimension: DimensionKey) => string,
): FigureBar[] {
  return dimensionKeys.map((dimension) => ({
    key: dimension,
    label: label(dimension),
    value: counts[dimension],
    figure: { kind: 'dimension', dimension },
  }));
}

/** One row per outcome (and "not evaluated"). */
export function outcomeBars(
  counts: Readonly<Record<OutcomeOrNone, number>>,
  label: (outcome: OutcomeOrNone) => string,
): FigureBar[] {
  return outcomeBuckets.map((outcome) => ({
    key: outcome,
    label: label(outcome),
    value: counts[outcome],
    figure: { kind: 'outcome', outcome },
  }));
}

/** One row per quick-win status (and "not stated"). */
export function quickWinStatusBars(
  counts: Readonly<Record<QuickWinStatusOrNone, number>>,
  label: (status: QuickWinStatusOrNone) => string,
): FigureBar[] {
  return quickWinStatusBuckets.map((status) => ({
    key: status,
    label: label(status),
    value: counts[status],
    figure: { kind: 'quickWins', status },
  }));
}

/**
 * One bar per unit of the server's ranking (`summary.ranking`: the units that innovate, in the
 * domain's order), kept in that order. `limit` keeps the chart readable.
 */
export function unitBars(ranking: readonly RankedUnit[], limit?: number): FigureBar[] {
  const bars = ranking.map((row): FigureBar => ({
    key: row.unitId,
    label: row.unitShortName || row.unitName,
    value: row.innovations,
    figure: { kind: 'unit', unitId: row.unitId },
  }));
  return limit === undefined ? bars : bars.slice(0, limit);
}

/** The names of units by id, from the coverage rows (for the stale and overdue lists). */
export function unitNames(summary: Pick<DashboardSummary, 'coverage'>): Map<string, string> {
  return new Map(summary.coverage.map((row) => [row.unitId, row.unitShortName || row.unitName]));
}
