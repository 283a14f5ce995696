import {
  dashboardYearRange,
  dimensionKeys,
  elementKeys,
  innovationSorts,
  isElementOf,
  jenisValues,
  outcomes,
  quickWinStatuses,
  stages,
  tahapanValues,
} from '@smartcity/domain';
import { idParam, optionalParam, yearParam, z } from '../common/search-params';

/**
 * The innovation list's filters as kept in the URL (`?stage=need&q=stunting`), so a filtered list
 * can be bookmarked and shared. Unknown or malformed values are dropped rather than failing the
 * page, and an element that is not one of the chosen dimension's is dropped too.
 */
export const innovationsSearchSchema = z.pipe(
  z.object({
    q: optionalParam(z.string().check(z.maxLength(200))),
    unitId: optionalParam(idParam),
    dimension: optionalParam(z.enum(dimensionKeys)),
    element: optionalParam(z.enum(elementKeys)),
    stage: optionalParam(z.enum(stages)),
    jenis: optionalParam(z.enum(jenisValues)),
    tahapan: optionalParam(z.enum(tahapanValues)),
    stale: optionalParam(z.boolean()),
    /** Quick wins past their target date and not done (a dashboard figure links here). */
    overdue: optionalParam(z.boolean()),
    /** Registered in this year (UTC). */
    year: optionalParam(yearParam(dashboardYearRange.min, dashboardYearRange.max)),
    outcome: optionalParam(z.enum([...outcomes, 'none'])),
    quickWinStatus: optionalParam(z.enum([...quickWinStatuses, 'none'])),
    /** In an active stage (problem to evaluation). */
    active: optionalParam(z.boolean()),
    isPublic: optionalParam(z.boolean()),
    sort: optionalParam(z.enum(innovationSorts)),
  }),
  z.transform((search) =>
    search.dimension && search.element && !isElementOf(search.dimension, search.element)
      ? { ...search, element: undefined }
      : search,
  ),
);

/** The parsed URL filters of the innovation list. */
export type InnovationsSearch = z.output<typeof innovationsSearchSchema>;

/** The `innovation.list` input for the URL filters (without the order and the page). */
export function innovationListFilters(search: InnovationsSearch) {
  return {
    search: search.q,
    unitId: search.unitId,
    dimension: search.dimension,
    element: search.element,
    stage: search.stage,
    jenis: search.jenis,
    tahapan: search.tahapan,
    stale: search.stale,
    overdue: search.overdue,
    year: search.year,
    outcome: search.outcome,
    quickWinStatus: search.quickWinStatus,
    active: search.active,
    isPublic: search.isPublic,
  } as const;
}

/** How many filters (besides the text search and the order) are set: shown on the filter button. */
export function activeFilterCount(search: InnovationsSearch): number {
  const { q: _q, sort: _sort, ...filters } = search;
  return Object.values(filters).filter((value) => value !== undefined).length;
}
