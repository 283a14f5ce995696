import { dashboardYearRange, dimensionKeys } from '@smartcity/domain';
import { idParam, optionalParam, yearParam, z } from '../common/search-params';

/**
 * The dashboard's filters as kept in the URL (`/?year=2022&dimension=living`), so a filtered view
 * can be bookmarked and shared with leadership. Unknown or malformed values are dropped rather
 * than failing the page.
 */
export const dashboardSearchSchema = z.object({
  year: optionalParam(yearParam(dashboardYearRange.min, dashboardYearRange.max)),
  dimension: optionalParam(z.enum(dimensionKeys)),
  unitId: optionalParam(idParam),
});

/** The parsed URL filters of the dashboard. */
export type DashboardSearch = z.infer<typeof dashboardSearchSchema>;

/** The dashboard filter as the API takes it: only the fields that are set. */
export function dashboardFilterOf(search: DashboardSearch): DashboardSearch {
  const filter: { -readonly [K in keyof DashboardSearch]: DashboardSearch[K] } = {};
  if (search.year !== undefined) filter.year = search.year;
  if (search.dimension !== undefined) filter.dimension = search.dimension;
  if (search.unitId !== undefined) filter.unitId = search.unitId;
  return filter;
}

/** The years the year filter offers: from the first year of the register to this one, newest first. */
export function dashboardYears(now: Date, firstYear = 2020): number[] {
  const last = now.getUTCFullYear();
  return Array.from({ length: Math.max(0, last - firstYear + 1) }, (_, i) => last - i);
}
