import { dimensionKeys, elementKeys } from '../catalogue/dimensions';
import type { DimensionKey, ElementKey } from '../catalogue/dimensions';
import {
  activeStages,
  defaultStaleDays,
  isActiveStage,
  outcomes,
  stages,
} from '../innovation/vocabulary';
import type { Outcome, QuickWinStatus, Stage } from '../innovation/vocabulary';
import { daysSince, isStale } from './stale';

/**
 * Monitoring metrics: what leadership watches (DOMAIN.md "Monitoring"). Every function is pure
 * and works over plain data; the current time comes in as an argument. All date arithmetic is in
 * UTC.
 */

const msPerDay = 86_400_000;

/** The slice of an innovation that the monitoring metrics need. */
export type MetricInnovation = {
  readonly id: string;
  readonly title: string;
  readonly unitId: string;
  readonly dimension: DimensionKey;
  readonly element: ElementKey;
  readonly stage: Stage;
  /** ISO 8601 timestamp. */
  readonly createdAt: string;
  /** ISO 8601 timestamp of the innovation's latest event. */
  readonly lastEventAt: string;
  /** `YYYY-MM-DD`, or null when no quick win is planned. */
  readonly quickWinTargetDate: string | null;
  readonly quickWinStatus: QuickWinStatus | null;
  /** The progress % of the latest progress report, or null when none was filed. */
  readonly quickWinProgress: number | null;
  readonly outcome: Outcome | null;
};

/** The slice of a unit (perangkat daerah) that the monitoring metrics need. */
export type MetricUnit = {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
};

/**
 * An event in an innovation's history. Known actions are `innovation.created` and
 * `innovation.advanced`; an advance out of `evaluation` (`fromStage: 'evaluation'`) is an
 * evaluation.
 */
export type MetricEvent = {
  readonly innovationId: string;
  readonly action: string;
  /** ISO 8601 timestamp. */
  readonly occurredAt: string;
  /** For `innovation.advanced`: the stage the innovation left. */
  readonly fromStage?: Stage;
};

/** An outcome, or `none` for an innovation not (yet) evaluated. */
export type OutcomeOrNone = Outcome | 'none';

/** The outcome buckets of {@link countBy}: every outcome, then `none`. */
export const outcomeBuckets: readonly OutcomeOrNone[] = [...outcomes, 'none'];

/** Counts of innovations along each axis leadership asks about. */
export type InnovationCounts = {
  readonly total: number;
  /** Only units that have at least one innovation appear. */
  readonly byUnit: Readonly<Record<string, number>>;
  /** All six dimensions, zeros included. */
  readonly byDimension: Readonly<Record<DimensionKey, number>>;
  /** All eighteen elements, zeros included. */
  readonly byElement: Readonly<Record<ElementKey, number>>;
  /** All stages, zeros included. */
  readonly byStage: Readonly<Record<Stage, number>>;
  /** All outcomes plus `none`, zeros included. */
  readonly byOutcome: Readonly<Record<OutcomeOrNone, number>>;
};

/** One row of the units × dimensions coverage matrix. */
export type CoverageRow = {
  readonly unitId: string;
  readonly unitName: string;
  readonly unitShortName: string;
  /** All six dimensions, zeros included. */
  readonly byDimension: Readonly<Record<DimensionKey, number>>;
  readonly total: number;
};

/** A stale innovation with how long it has been quiet. */
export type StaleInnovation = {
  readonly innovation: MetricInnovation;
  /** Whole days since its last event (rounded down). */
  readonly daysSinceLastEvent: number;
};

/** An overdue quick win with how late it is. */
export type OverdueQuickWin = {
  readonly innovation: MetricInnovation;
  /** Whole days between the target date and today (at least 1). */
  readonly daysOverdue: number;
};

/** One month of the activity trend. */
export type MonthlyTrendRow = {
  /** `YYYY-MM`. */
  readonly month: string;
  /** Innovations created in the month (by `createdAt`). */
  readonly created: number;
  /** `innovation.advanced` events in the month. */
  readonly advanced: number;
  /** `innovation.advanced` events out of `evaluation` in the month. */
  readonly evaluated: number;
};

/** A unit's scorecard. */
export type UnitScorecard = {
  readonly unitId: string;
  readonly unitName: string;
  readonly unitShortName: string;
  /** All its innovations. */
  readonly innovations: number;
  /** Its innovations in an active stage. */
  readonly active: number;
  /** Its innovations that carry an evaluation outcome. */
  readonly evaluated: number;
  /** Impactful ÷ evaluated, between 0 and 1; null when nothing has been evaluated. */
  readonly shareImpactful: number | null;
  /** The latest `lastEventAt` of its innovations (ISO), or null when it has none. */
  readonly lastActivity: string | null;
};

function zeroRecord<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function timeOf(iso: string): number {
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) {
    throw new RangeError(`Not a valid timestamp: ${iso}`);
  }
  return ms;
}

function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  }
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / msPerDay;
}

function monthNumber(month: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) {
    throw new RangeError(`Not a YYYY-MM month: ${month}`);
  }
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** The `YYYY-MM` label of a month number (year × 12 + month index). */
export function monthLabel(monthNo: number): string {
  const year = Math.floor(monthNo / 12);
  const month = (monthNo % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Every month from `fromMonth` to `toMonth` inclusive (`YYYY-MM`); empty when reversed. */
export function monthsBetween(fromMonth: string, toMonth: string): string[] {
  const first = monthNumber(fromMonth);
  const last = monthNumber(toMonth);
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => monthLabel(first + i));
}

function monthOfTimestamp(iso: string): number {
  const date = new Date(timeOf(iso));
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

function byId(a: MetricInnovation, b: MetricInnovation): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Counts innovations in total and by unit, dimension, element, stage and outcome. Every
 * dimension, element, stage and outcome (plus `none`) appears, zeros included; `byUnit` lists only
 * units that have innovations.
 */
export function countBy(innovations: readonly MetricInnovation[]): InnovationCounts {
  const byUnit: Record<string, number> = {};
  const byDimension = zeroRecord(dimensionKeys);
  const byElement = zeroRecord(elementKeys);
  const byStage = zeroRecord(stages);
  const byOutcome = zeroRecord(outcomeBuckets);
  for (const innovation of innovations) {
    byUnit[innovation.unitId] = (byUnit[innovation.unitId] ?? 0) + 1;
    byDimension[innovation.dimension] += 1;
    byElement[innovation.element] += 1;
    byStage[innovation.stage] += 1;
    byOutcome[innovation.outcome ?? 'none'] += 1;
  }
  return { total: innovations.length, byUnit, byDimension, byElement, byStage, byOutcome };
}

/**
 * The units × dimensions coverage matrix: one row per unit, in the order given, with its count of
 * innovations in each of the six dimensions and its total. Innovations of units not listed are
 * ignored.
 */
export function coverageMatrix(
  innovations: readonly MetricInnovation[],
  units: readonly MetricUnit[],
): CoverageRow[] {
  return units.map((unit) => {
    const byDimension = zeroRecord(dimensionKeys);
    let total = 0;
    for (const innovation of innovations) {
      if (innovation.unitId === unit.id) {
        byDimension[innovation.dimension] += 1;
        total += 1;
      }
    }
    return {
      unitId: unit.id,
      unitName: unit.name,
      unitShortName: unit.shortName,
      byDimension,
      total,
    };
  });
}

/**
 * The stages of an innovation that make its unit one that innovates: every active stage and
 * `sustained` (berlanjut). Only `discontinued` does not count.
 */
export const innovatingStages = [...activeStages, 'sustained'] as const satisfies readonly Stage[];

/**
 * The one definition of a unit that innovates (DOMAIN.md "Monitoring"): it has at least one
 * innovation that is active or sustained; a unit whose only innovations are discontinued, or
 * that has none, does not. The dashboard's card, its ranking chart and its list of units that
 * do not innovate all follow this (the SQL version counts {@link innovatingStages}).
 */
export function isInnovatingStage(stage: Stage): boolean {
  return (innovatingStages as readonly Stage[]).includes(stage);
}

/**
 * The units that do not innovate (see {@link isInnovatingStage}): no innovation that is active
 * or sustained, in the order given.
 */
export function unitsNotInnovating(
  innovations: readonly MetricInnovation[],
  units: readonly MetricUnit[],
): MetricUnit[] {
  const innovating = new Set(
    innovations.filter((innovation) => isInnovatingStage(innovation.stage)).map((i) => i.unitId),
  );
  return units.filter((unit) => !innovating.has(unit.id));
}

/** A unit in the dashboard's ranking: a unit that innovates and its count of innovations. */
export type RankedUnit = {
  readonly unitId: string;
  readonly unitName: string;
  readonly unitShortName: string;
  /** All its innovations in the scope. */
  readonly innovations: number;
};

/**
 * The unit ranking the dashboard charts: the units that innovate (the complement of
 * {@link unitsNotInnovating}, so the chart names as many units as the card counts), in the order
 * of {@link compareScorecards}.
 *
 * @param coverage the coverage rows of the units considered
 * @param notInnovating the units that do not innovate, as {@link unitsNotInnovating} gives them
 */
export function unitRanking(
  coverage: readonly CoverageRow[],
  notInnovating: readonly Pick<MetricUnit, 'id'>[],
): RankedUnit[] {
  const left = new Set(notInnovating.map((unit) => unit.id));
  return coverage
    .filter((row) => !left.has(row.unitId))
    .map((row) => ({
      unitId: row.unitId,
      unitName: row.unitName,
      unitShortName: row.unitShortName,
      innovations: row.total,
    }))
    .sort(compareScorecards);
}

/**
 * Stale innovations by the one rule, {@link isStale} (exactly `staleDays` × 24 hours counts; a
 * millisecond less does not). Sorted most stale first (oldest `lastEventAt`), ties by id.
 *
 * @param now the current time, an ISO timestamp or a `Date`
 * @param staleDays the threshold in days, {@link defaultStaleDays} unless configured
 */
export function staleInnovations(
  innovations: readonly MetricInnovation[],
  now: string | Date,
  staleDays: number = defaultStaleDays,
): StaleInnovation[] {
  const nowMs = typeof now === 'string' ? timeOf(now) : now.getTime();
  return innovations
    .filter((innovation) => isStale(innovation, new Date(nowMs), staleDays))
    .map((innovation) => ({ innovation, elapsed: nowMs - timeOf(innovation.lastEventAt) }))
    .sort((a, b) => b.elapsed - a.elapsed || byId(a.innovation, b.innovation))
    .map(({ innovation }) => ({
      innovation,
      daysSinceLastEvent: daysSince(innovation.lastEventAt, new Date(nowMs)),
    }));
}

/**
 * Overdue quick wins: innovations in `quick_win` or `evaluation` whose quick win target date is
 * before `today` (a target of today is not yet overdue) and whose status is not `done`. Sorted most
 * overdue first, ties by id.
 *
 * @param today the current date, `YYYY-MM-DD`
 */
export function overdueQuickWins(
  innovations: readonly MetricInnovation[],
  today: string,
): OverdueQuickWin[] {
  const todayNo = dayNumber(today);
  const result: OverdueQuickWin[] = [];
  for (const innovation of innovations) {
    if (innovation.stage !== 'quick_win' && innovation.stage !== 'evaluation') continue;
    if (innovation.quickWinTargetDate === null || innovation.quickWinStatus === 'done') continue;
    const daysOverdue = todayNo - dayNumber(innovation.quickWinTargetDate);
    if (daysOverdue > 0) {
      result.push({ innovation, daysOverdue });
    }
  }
  return result.sort((a, b) => b.daysOverdue - a.daysOverdue || byId(a.innovation, b.innovation));
}

/**
 * The activity trend, one row per month from `fromMonth` to `toMonth` inclusive (months without
 * activity included, empty when `fromMonth` is after `toMonth`). Months are calendar months in UTC.
 */
export function monthlyTrend({
  innovations,
  events,
  fromMonth,
  toMonth,
}: {
  readonly innovations: readonly MetricInnovation[];
  readonly events: readonly MetricEvent[];
  /** The first month, `YYYY-MM`. */
  readonly fromMonth: string;
  /** The last month, `YYYY-MM`. */
  readonly toMonth: string;
}): MonthlyTrendRow[] {
  const first = monthNumber(fromMonth);
  const rows = monthsBetween(fromMonth, toMonth).map((month) => ({
    month,
    created: 0,
    advanced: 0,
    evaluated: 0,
  }));
  const rowFor = (iso: string) => rows[monthOfTimestamp(iso) - first];
  for (const innovation of innovations) {
    const row = rowFor(innovation.createdAt);
    if (row) row.created += 1;
  }
  for (const event of events) {
    if (event.action !== 'innovation.advanced') continue;
    const row = rowFor(event.occurredAt);
    if (!row) continue;
    row.advanced += 1;
    if (event.fromStage === 'evaluation') row.evaluated += 1;
  }
  return rows;
}

/**
 * A scorecard per unit: innovations, active ones, evaluated ones (those carrying an outcome, which
 * includes every sustained or discontinued innovation that went through evaluation), the share of
 * evaluated ones that are impactful (null when none are evaluated) and the last activity. Sorted by
 * innovations, most first, then by name, then by id.
 */
export function unitScorecards(
  innovations: readonly MetricInnovation[],
  units: readonly MetricUnit[],
): UnitScorecard[] {
  const cards = units.map((unit): UnitScorecard => {
    const own = innovations.filter((innovation) => innovation.unitId === unit.id);
    const evaluated = own.filter((innovation) => innovation.outcome !== null);
    const impactful = evaluated.filter((innovation) => innovation.outcome === 'impactful');
    let lastActivity: string | null = null;
    let lastMs = -Infinity;
    for (const innovation of own) {
      const ms = timeOf(innovation.lastEventAt);
      if (ms > lastMs) {
        lastMs = ms;
        lastActivity = innovation.lastEventAt;
      }
    }
    return {
      unitId: unit.id,
      unitName: unit.name,
      unitShortName: unit.shortName,
      innovations: own.length,
      active: own.filter((innovation) => isActiveStage(innovation.stage)).length,
      evaluated: evaluated.length,
      shareImpactful: evaluated.length === 0 ? null : impactful.length / evaluated.length,
      lastActivity,
    };
  });
  return cards.sort(compareScorecards);
}

/**
 * The one unit ranking, of the scorecards and of the dashboard's chart alike: most innovations
 * first, then by unit name, then by unit id.
 */
export function compareScorecards(
  a: Pick<UnitScorecard, 'innovations' | 'unitName' | 'unitId'>,
  b: Pick<UnitScorecard, 'innovations' | 'unitName' | 'unitId'>,
): number {
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    b.innovations - a.innovations || compare(a.unitName, b.unitName) || compare(a.unitId, b.unitId)
  );
}
