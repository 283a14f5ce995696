import {
  activeStages,
  byUnitName,
  compareScorecards,
  daysSince,
  dashboardListLimit,
  dimensionKeys,
  elementKeys,
  isInnovatingStage,
  meanOf,
  monthsBetween,
  outcomeBuckets,
  quickWinStatusBuckets,
  staleSince,
  stages,
  trendWindow,
  unitRanking,
  utcDate,
  yearBounds,
  type CoverageRow,
  type DashboardSummary,
  type DimensionKey,
  type ElementKey,
  type MetricUnit,
  type MonthlyTrendRow,
  type Outcome,
  type QuickWinStatus,
  type Stage,
  type UnitScorecard,
} from '@smartcity/domain';
import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import { dialectOf } from '../adapters/dialect';
import { toIsoString, toNumber } from '../adapters/values';
import type { Database, Executor } from '../database';

/**
 * The monitoring dashboard computed in SQL: the same answers as `summarizeDashboard` and
 * `summarizeUnits` of the domain (a property test holds them to agreement). Nothing here walks
 * every innovation (see migration 0900):
 * - counts, coverage, units that innovate and quick-win figures sum `innovation_tallies`;
 * - the trend sums `activity_by_month`;
 * - stale and overdue totals count a range of a partial index and read its first rows.
 * The rows that come back are few and are folded into the domain's shapes here.
 */

/** Which innovations a dashboard counts. */
export type DashboardScope = {
  /** Registered in this year (UTC). */
  readonly year?: number | undefined;
  readonly dimension?: DimensionKey | undefined;
  readonly unitId?: string | undefined;
  /** Only published innovations (the public dashboard). */
  readonly publicOnly?: boolean | undefined;
};

/** The moment and thresholds a summary is computed for. */
export type DashboardClock = {
  readonly now: Date;
  readonly staleDays: number;
  readonly listLimit?: number;
};

const msPerDay = 86_400_000;

/**
 * The scope as a condition on `innovations` (true when the scope is everything). With
 * `byStageIndex`, SQLite is kept from answering through another index (a filter column written
 * `+column` is not indexable there): the stale and overdue figures must walk their stage-ordered
 * covering indexes, which hold every filter column, rather than visit the table row by row.
 * PostgreSQL plans from statistics and needs no such hint.
 */
function scopeCondition(
  scope: DashboardScope,
  byStageIndex: Executor | null = null,
): RawBuilder<boolean> {
  const hint = byStageIndex !== null && dialectOf(byStageIndex) === 'sqlite' ? sql`+` : sql``;
  const column = (name: string) => sql`${hint}${sql.ref(`innovations.${name}`)}`;
  const terms: RawBuilder<boolean>[] = [];
  if (scope.unitId !== undefined) terms.push(sql<boolean>`${column('unit_id')} = ${scope.unitId}`);
  if (scope.dimension !== undefined)
    terms.push(sql<boolean>`${column('dimension')} = ${scope.dimension}`);
  if (scope.year !== undefined) {
    const { from, to } = yearBounds(scope.year);
    terms.push(sql<boolean>`${column('created_at')} >= ${from}`);
    terms.push(sql<boolean>`${column('created_at')} < ${to}`);
  }
  if (scope.publicOnly) terms.push(sql<boolean>`${column('is_public')} = ${sql.lit(true)}`);
  return terms.length === 0 ? sql<boolean>`1 = 1` : sql<boolean>`${sql.join(terms, sql` and `)}`;
}

/** Narrows a query that reads `innovations` to a scope (see `scopeCondition`). */
function scoped<TB extends keyof Database, O>(
  query: SelectQueryBuilder<Database, TB, O>,
  scope: DashboardScope,
  byStageIndex: Executor | null = null,
): SelectQueryBuilder<Database, TB, O> {
  return query.where(scopeCondition(scope, byStageIndex));
}

/** Narrows a query on `innovation_tallies` to a scope. */
function scopedTallies<O>(
  query: SelectQueryBuilder<Database, 'innovation_tallies', O>,
  scope: DashboardScope,
): SelectQueryBuilder<Database, 'innovation_tallies', O> {
  let q = query;
  if (scope.unitId !== undefined) q = q.where('innovation_tallies.unit_id', '=', scope.unitId);
  if (scope.dimension !== undefined)
    q = q.where('innovation_tallies.dimension', '=', scope.dimension);
  if (scope.year !== undefined) q = q.where('innovation_tallies.created_year', '=', scope.year);
  if (scope.publicOnly) q = q.where('innovation_tallies.is_public', '=', true);
  return q;
}

/**
 * The first `limit` rows by a key then by id (ascending, as the domain orders its lists), from
 * rows gathered per stage.
 */
function firstOf<R extends { readonly id: string }>(
  rows: readonly R[],
  key: (row: R) => string,
  limit: number,
): R[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows].sort((a, b) => compare(key(a), key(b)) || compare(a.id, b.id)).slice(0, limit);
}

/** The active units (the ones the coverage and scorecards list), as the metrics see them. */
export async function listMetricUnits(db: Executor, unitId?: string): Promise<MetricUnit[]> {
  let query = db
    .selectFrom('units')
    .select(['id', 'name', 'short_name'])
    .where('active', '=', true);
  if (unitId !== undefined) query = query.where('id', '=', unitId);
  const rows = await query.execute();
  return rows
    .map((row) => ({ id: row.id, name: row.name, shortName: row.short_name ?? row.name }))
    .sort(byUnitName);
}

function zeroRecord<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** One group of tallies: the counts of a unit, dimension, element, stage, outcome and status. */
type TallyGroup = {
  readonly unit_id: string;
  readonly dimension: DimensionKey;
  readonly element: ElementKey;
  readonly stage: Stage;
  /** '' for none. */
  readonly outcome: Outcome | '';
  /** '' for none. */
  readonly quick_win_status: QuickWinStatus | '';
  readonly n: number;
  readonly reported: number;
  readonly progress_sum: number;
};

/**
 * The tallies of a scope summed per unit, dimension, element, stage, outcome and quick-win
 * status. The groups (thousands on a large register) come back as one JSON document built by the
 * database: materialising thousands of result rows one by one costs more than the query.
 */
async function readTallyGroups(db: Executor, scope: DashboardScope): Promise<TallyGroup[]> {
  const grouped = scopedTallies(db.selectFrom('innovation_tallies'), scope)
    .select([
      'innovation_tallies.unit_id',
      'innovation_tallies.dimension',
      'innovation_tallies.element',
      'innovation_tallies.stage',
      'innovation_tallies.outcome',
      'innovation_tallies.quick_win_status',
    ])
    .select((eb) => [
      eb.fn.sum<number>('innovation_tallies.n').as('n'),
      eb.fn.sum<number>('innovation_tallies.reported').as('reported'),
      eb.fn.sum<number>('innovation_tallies.progress_sum').as('progress_sum'),
    ])
    .groupBy([
      'innovation_tallies.unit_id',
      'innovation_tallies.dimension',
      'innovation_tallies.element',
      'innovation_tallies.stage',
      'innovation_tallies.outcome',
      'innovation_tallies.quick_win_status',
    ])
    .as('g');
  const tuple = sql`g.unit_id, g.dimension, g.element, g.stage, g.outcome, g.quick_win_status,
    g.n, g.reported, g.progress_sum`;
  const document =
    dialectOf(db) === 'postgres'
      ? sql<string | null>`coalesce(json_agg(json_build_array(${tuple})), '[]')::text`
      : sql<string | null>`json_group_array(json_array(${tuple}))`;
  const row = await db.selectFrom(grouped).select(document.as('groups')).executeTakeFirstOrThrow();
  // The document holds the tallies' own columns (typed by the table), in this order.
  const tuples = JSON.parse(row.groups ?? '[]') as [
    string,
    DimensionKey,
    ElementKey,
    Stage,
    Outcome | '',
    QuickWinStatus | '',
    number | string,
    number | string,
    number | string,
  ][];
  return tuples.map(([unit_id, dimension, element, stage, outcome, status, n, r, p]) => ({
    unit_id,
    dimension,
    element,
    stage,
    outcome,
    quick_win_status: status,
    n: toNumber(n),
    reported: toNumber(r),
    progress_sum: toNumber(p),
  }));
}

/**
 * The dashboard for a scope at a moment: counts, coverage, the units that innovate ranked and
 * those that do not,
 * stale and overdue totals with the first items, quick-win figures and the monthly trend.
 */
export async function readDashboardSummary(
  db: Executor,
  scope: DashboardScope,
  clock: DashboardClock,
): Promise<DashboardSummary> {
  const limit = clock.listLimit ?? dashboardListLimit;
  const staleCutoff = staleSince(clock.now, clock.staleDays).toISOString();
  const today = utcDate(clock.now);
  const { fromMonth, toMonth } = trendWindow(scope.year, clock.now);

  const overdueCondition = sql<boolean>`innovations.quick_win_target_date < ${today}
    and (innovations.quick_win_status is null or innovations.quick_win_status <> 'done')`;
  const staleQuery = scoped(db.selectFrom('innovations'), scope, db).where(
    'innovations.last_event_at',
    '<=',
    staleCutoff,
  );
  const overdueQuery = scoped(db.selectFrom('innovations'), scope, db).where(overdueCondition);
  const overdueStages = ['quick_win', 'evaluation'] as const;

  const [units, groups, staleCount, staleRows, overdueCount, overdueRows, trendRows] =
    await Promise.all([
      listMetricUnits(db, scope.unitId),
      readTallyGroups(db, scope),
      staleQuery
        .where('innovations.stage', 'in', [...activeStages])
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow(),
      // The first rows of each stage's range of (stage, last_event_at, id), merged below:
      // one ordered range per stage instead of sorting every stale innovation.
      Promise.all(
        activeStages.map((stage) =>
          staleQuery
            .where('innovations.stage', '=', stage)
            .select([
              'innovations.id',
              'innovations.title',
              'innovations.unit_id',
              'innovations.stage',
              'innovations.last_event_at',
            ])
            .orderBy('innovations.last_event_at')
            .orderBy('innovations.id')
            .limit(limit)
            .execute(),
        ),
      ),
      overdueQuery
        .where('innovations.stage', 'in', [...overdueStages])
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow(),
      Promise.all(
        overdueStages.map((stage) =>
          overdueQuery
            .where('innovations.stage', '=', stage)
            .select([
              'innovations.id',
              'innovations.title',
              'innovations.unit_id',
              'innovations.stage',
              'innovations.quick_win_target_date',
              'innovations.quick_win_status',
              'innovations.quick_win_progress',
            ])
            .orderBy('innovations.quick_win_target_date')
            .orderBy('innovations.id')
            .limit(limit)
            .execute(),
        ),
      ),
      readTrend(db, { scope, fromMonth, toMonth }),
    ]);

  const counts = {
    total: 0,
    byUnit: {} as Record<string, number>,
    byDimension: zeroRecord(dimensionKeys),
    byElement: zeroRecord(elementKeys),
    byStage: zeroRecord(stages),
    byOutcome: zeroRecord(outcomeBuckets),
  };
  const coverageByUnit = new Map<string, Record<DimensionKey, number>>();
  const innovating = new Set<string>();
  const quickWinsByStatus = zeroRecord(quickWinStatusBuckets);
  let quickWinTotal = 0;
  let reported = 0;
  let progressSum = 0;
  for (const row of groups) {
    const n = toNumber(row.n);
    if (n === 0) continue;
    const stage = row.stage;
    counts.total += n;
    counts.byUnit[row.unit_id] = (counts.byUnit[row.unit_id] ?? 0) + n;
    counts.byDimension[row.dimension] += n;
    counts.byElement[row.element] += n;
    counts.byStage[stage] += n;
    counts.byOutcome[row.outcome === '' ? 'none' : row.outcome] += n;
    let coverage = coverageByUnit.get(row.unit_id);
    if (!coverage) {
      coverage = zeroRecord(dimensionKeys);
      coverageByUnit.set(row.unit_id, coverage);
    }
    coverage[row.dimension] += n;
    if (isInnovatingStage(stage)) innovating.add(row.unit_id);
    if (stage === 'quick_win') {
      quickWinTotal += n;
      const status = row.quick_win_status === '' ? 'none' : row.quick_win_status;
      quickWinsByStatus[status] += n;
      reported += toNumber(row.reported);
      progressSum += toNumber(row.progress_sum);
    }
  }

  const coverage: CoverageRow[] = units.map((unit) => {
    const byDimension = coverageByUnit.get(unit.id) ?? zeroRecord(dimensionKeys);
    return {
      unitId: unit.id,
      unitName: unit.name,
      unitShortName: unit.shortName,
      byDimension,
      total: dimensionKeys.reduce((sum, key) => sum + byDimension[key], 0),
    };
  });
  const unitsWithoutActive = units.filter((unit) => !innovating.has(unit.id));

  const byMonth = new Map(trendRows.map((row) => [row.month, row]));
  const trend: MonthlyTrendRow[] = monthsBetween(fromMonth, toMonth).map((month) => ({
    month,
    created: byMonth.get(month)?.created ?? 0,
    advanced: byMonth.get(month)?.advanced ?? 0,
    evaluated: byMonth.get(month)?.evaluated ?? 0,
  }));

  return {
    asOf: clock.now.toISOString(),
    staleDays: clock.staleDays,
    total: counts.total,
    counts,
    units: { total: units.length, innovating: units.length - unitsWithoutActive.length },
    coverage,
    ranking: unitRanking(coverage, unitsWithoutActive),
    unitsWithoutActive,
    stale: {
      total: toNumber(staleCount.n),
      items: firstOf(
        staleRows.flat().map((row) => ({ ...row, last_event_at: toIsoString(row.last_event_at) })),
        (row) => row.last_event_at,
        limit,
      ).map((row) => {
        const lastEventAt = row.last_event_at;
        return {
          id: row.id,
          title: row.title,
          unitId: row.unit_id,
          stage: row.stage,
          lastEventAt,
          daysSinceLastEvent: daysSince(lastEventAt, clock.now),
        };
      }),
    },
    overdue: {
      total: toNumber(overdueCount.n),
      items: firstOf(overdueRows.flat(), (row) => row.quick_win_target_date ?? '', limit).map(
        (row) => {
          const target = row.quick_win_target_date;
          // The overdue query keeps only rows with a target date before today.
          if (target === null) throw new Error(`overdue quick win ${row.id} has no target date`);
          return {
            id: row.id,
            title: row.title,
            unitId: row.unit_id,
            stage: row.stage,
            quickWinTargetDate: target,
            quickWinStatus: row.quick_win_status,
            quickWinProgress: row.quick_win_progress,
            daysOverdue: Math.round(
              (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${target}T00:00:00Z`)) / msPerDay,
            ),
          };
        },
      ),
    },
    quickWins: {
      total: quickWinTotal,
      byStatus: quickWinsByStatus,
      reported,
      meanProgress: meanOf(progressSum, reported),
    },
    trend,
  };
}

type TrendRow = { month: string; created: number; advanced: number; evaluated: number };

/**
 * Registrations, advances and evaluations per month of a window, for the innovations of a
 * scope's unit and dimension (the year chooses the window, not the innovations).
 */
async function readTrend(
  db: Executor,
  {
    scope,
    fromMonth,
    toMonth,
  }: { readonly scope: DashboardScope; readonly fromMonth: string; readonly toMonth: string },
): Promise<TrendRow[]> {
  let query = db
    .selectFrom('activity_by_month')
    .select('activity_by_month.month')
    .select((eb) => [
      eb.fn.sum<number | string>('activity_by_month.created').as('created'),
      eb.fn.sum<number | string>('activity_by_month.advanced').as('advanced'),
      eb.fn.sum<number | string>('activity_by_month.evaluated').as('evaluated'),
    ])
    .where('activity_by_month.month', '>=', fromMonth)
    .where('activity_by_month.month', '<=', toMonth);
  if (scope.unitId !== undefined)
    query = query.where('activity_by_month.unit_id', '=', scope.unitId);
  if (scope.dimension !== undefined)
    query = query.where('activity_by_month.dimension', '=', scope.dimension);
  if (scope.publicOnly) query = query.where('activity_by_month.is_public', '=', true);
  const rows = await query.groupBy('activity_by_month.month').execute();
  return rows.map((row) => ({
    month: row.month,
    created: toNumber(row.created),
    advanced: toNumber(row.advanced),
    evaluated: toNumber(row.evaluated),
  }));
}

/** The scorecard of every active unit over the innovations of a scope (unit filter ignored). */
export async function readUnitScorecards(
  db: Executor,
  scope: Omit<DashboardScope, 'unitId'>,
): Promise<UnitScorecard[]> {
  const activeList = sql.join(activeStages.map((stage) => sql.lit(stage)));
  const [units, rows, latest] = await Promise.all([
    listMetricUnits(db),
    scopedTallies(db.selectFrom('innovation_tallies'), scope)
      .select('innovation_tallies.unit_id')
      .select((eb) => [
        eb.fn.sum<number | string>('innovation_tallies.n').as('n'),
        sql<number | string>`sum(case when innovation_tallies.stage in (${activeList})
          then innovation_tallies.n else 0 end)`.as('active'),
        sql<number | string>`sum(case when innovation_tallies.outcome <> ''
          then innovation_tallies.n else 0 end)`.as('evaluated'),
        sql<number | string>`sum(case when innovation_tallies.outcome = 'impactful'
          then innovation_tallies.n else 0 end)`.as('impactful'),
      ])
      .groupBy('innovation_tallies.unit_id')
      .execute(),
    // The latest event per unit: one descent of (unit_id, last_event_at) per unit.
    db
      .selectFrom('units')
      .select('units.id')
      .select((eb) =>
        scoped(
          eb
            .selectFrom('innovations')
            .select((inner) => inner.fn.max('innovations.last_event_at').as('latest'))
            .whereRef('innovations.unit_id', '=', 'units.id'),
          scope,
        ).as('latest'),
      )
      .where('units.active', '=', true)
      .execute(),
  ]);
  const byUnit = new Map(rows.map((row) => [row.unit_id, row]));
  const latestOf = new Map(latest.map((row) => [row.id, row.latest]));
  return units
    .map((unit): UnitScorecard => {
      const row = byUnit.get(unit.id);
      const evaluated = row ? toNumber(row.evaluated) : 0;
      const impactful = row ? toNumber(row.impactful) : 0;
      const last = latestOf.get(unit.id);
      return {
        unitId: unit.id,
        unitName: unit.name,
        unitShortName: unit.shortName,
        innovations: row ? toNumber(row.n) : 0,
        active: row ? toNumber(row.active) : 0,
        evaluated,
        shareImpactful: evaluated === 0 ? null : impactful / evaluated,
        lastActivity: last === null || last === undefined ? null : toIsoString(last),
      };
    })
    .sort(compareScorecards);
}
