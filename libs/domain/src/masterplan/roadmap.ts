import type { DimensionKey } from '../catalogue/dimensions';

// The one rule of the roadmap's years (Peta Jalan), for the SPA's page and the masterplan
// document alike (moved from the SPA, where the document kept a second, different rule).

/** A programme as the roadmap sees it. */
export type RoadmapProgramme = {
  readonly id: string;
  readonly dimension: DimensionKey;
  readonly startYear: number;
  readonly endYear: number;
};

/** An action item as the roadmap sees it. */
export type RoadmapAction = { readonly programmeId: string; readonly year: number };

/** One year of the roadmap: the programmes running in it and the action items due in it. */
export type RoadmapYear<P extends RoadmapProgramme, A extends RoadmapAction> = {
  readonly year: number;
  readonly programmes: P[];
  readonly actions: A[];
};

/**
 * The roadmap by year (Peta Jalan): every year of the masterplan's period (and any year an item falls in
 * outside it, so nothing is hidden), each with the programmes running in it (start ≤ year ≤ end)
 * and the action items due in it, keeping the given order. With a dimension, only its programmes
 * and their action items.
 */
export function roadmapByYear<P extends RoadmapProgramme, A extends RoadmapAction>({
  period,
  programmes,
  actions,
  dimension,
}: {
  readonly period: { readonly startYear: number; readonly endYear: number };
  readonly programmes: readonly P[];
  readonly actions: readonly A[];
  readonly dimension?: DimensionKey;
}): RoadmapYear<P, A>[] {
  const shown = dimension ? programmes.filter((p) => p.dimension === dimension) : [...programmes];
  const shownIds = new Set(shown.map((p) => p.id));
  const shownActions = actions.filter((a) => shownIds.has(a.programmeId));
  let first = period.startYear;
  let last = Math.max(period.endYear, period.startYear);
  for (const a of shownActions) {
    first = Math.min(first, a.year);
    last = Math.max(last, a.year);
  }
  const years: RoadmapYear<P, A>[] = [];
  for (let year = first; year <= last; year++) {
    years.push({
      year,
      programmes: shown.filter((p) => p.startYear <= year && year <= p.endYear),
      actions: shownActions.filter((a) => a.year === year),
    });
  }
  return years;
}
