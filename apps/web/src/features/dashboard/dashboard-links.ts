import type { DimensionKey, OutcomeOrNone, QuickWinStatusOrNone, Stage } from '@smartcity/domain';
import type { InnovationsSearch } from '../innovations/innovations-search';
import type { DashboardSearch } from './dashboard-search';

/**
 * A figure of the dashboard, named by what it counts. Every figure is a count of innovations, so
 * each one maps to the innovation list with the filters that count the same innovations.
 */
export type DashboardFigure =
  | { readonly kind: 'all' }
  | { readonly kind: 'active' }
  | { readonly kind: 'stage'; readonly stage: Stage }
  | { readonly kind: 'dimension'; readonly dimension: DimensionKey }
  | { readonly kind: 'unit'; readonly unitId: string; readonly active?: boolean }
  | { readonly kind: 'coverage'; readonly unitId: string; readonly dimension: DimensionKey }
  | { readonly kind: 'stale' }
  | { readonly kind: 'overdue' }
  | { readonly kind: 'outcome'; readonly outcome: OutcomeOrNone }
  | { readonly kind: 'quickWins'; readonly status?: QuickWinStatusOrNone };

function figureFilters(figure: DashboardFigure): InnovationsSearch {
  switch (figure.kind) {
    case 'all':
      return {};
    case 'active':
      return { active: true };
    case 'stage':
      return { stage: figure.stage };
    case 'dimension':
      return { dimension: figure.dimension };
    case 'unit':
      return figure.active ? { unitId: figure.unitId, active: true } : { unitId: figure.unitId };
    case 'coverage':
      return { unitId: figure.unitId, dimension: figure.dimension };
    case 'stale':
      return { stale: true };
    case 'overdue':
      return { overdue: true };
    case 'outcome':
      return { outcome: figure.outcome };
    case 'quickWins':
      // The dashboard's quick-win figures count innovations in the quick_win stage only.
      return figure.status
        ? { stage: 'quick_win', quickWinStatus: figure.status }
        : { stage: 'quick_win' };
  }
}

/**
 * The innovation list's URL filters that count the same innovations as a dashboard figure: the
 * dashboard's own filters (year, dimension, unit) plus the figure's. A figure's unit or dimension
 * replaces the dashboard's. Unset fields are left out, so the URL stays short.
 */
export function innovationsSearchFor(
  filter: DashboardSearch,
  figure: DashboardFigure,
): InnovationsSearch {
  const merged: Record<string, unknown> = {
    year: filter.year,
    dimension: filter.dimension,
    unitId: filter.unitId,
    ...figureFilters(figure),
  };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
}
