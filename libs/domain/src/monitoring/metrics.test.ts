import { describe, expect, it } from 'vitest';
import { activeStages, stages } from '../innovation/vocabulary';
import { metricInnovation } from './testing/metric-fixtures';
import {
  countBy,
  coverageMatrix,
  innovatingStages,
  isInnovatingStage,
  monthlyTrend,
  overdueQuickWins,
  staleInnovations,
  unitRanking,
  unitScorecards,
  unitsNotInnovating,
  type MetricEvent,
  type MetricUnit,
} from './metrics';

const inn = metricInnovation;

const u1: MetricUnit = { id: 'u1', name: 'Dinas Kesehatan', shortName: 'Dinkes' };
const u2: MetricUnit = { id: 'u2', name: 'Bapppeda', shortName: 'Bapppeda' };
const u3: MetricUnit = { id: 'u3', name: 'Dinas Sosial', shortName: 'Dinsos' };

const zeros6 = {
  governance: 0,
  branding: 0,
  economy: 0,
  living: 0,
  society: 0,
  environment: 0,
};

describe('empty data', () => {
  it('every function handles no innovations, units or events', () => {
    const counts = countBy([]);
    expect(counts.total).toBe(0);
    expect(counts.byUnit).toEqual({});
    expect(counts.byDimension).toEqual(zeros6);
    expect(Object.keys(counts.byElement)).toHaveLength(18);
    expect(Object.values(counts.byElement).every((n) => n === 0)).toBe(true);
    expect(counts.byStage).toEqual({
      problem: 0,
      need: 0,
      process: 0,
      quick_win: 0,
      evaluation: 0,
      sustained: 0,
      discontinued: 0,
    });
    expect(counts.byOutcome).toEqual({
      impactful: 0,
      needs_improvement: 0,
      not_impactful: 0,
      none: 0,
    });
    expect(coverageMatrix([], [])).toEqual([]);
    expect(unitsNotInnovating([], [])).toEqual([]);
    expect(staleInnovations([], '2026-01-01T00:00:00.000Z')).toEqual([]);
    expect(overdueQuickWins([], '2026-01-01')).toEqual([]);
    expect(
      monthlyTrend({ innovations: [], events: [], fromMonth: '2026-01', toMonth: '2026-02' }),
    ).toEqual([
      { month: '2026-01', created: 0, advanced: 0, evaluated: 0 },
      { month: '2026-02', created: 0, advanced: 0, evaluated: 0 },
    ]);
    expect(unitScorecards([], [])).toEqual([]);
  });

  it('units without innovations get zero rows and scorecards', () => {
    expect(coverageMatrix([], [u1])).toEqual([
      { unitId: 'u1', unitName: u1.name, unitShortName: 'Dinkes', byDimension: zeros6, total: 0 },
    ]);
    expect(unitsNotInnovating([], [u1, u2])).toEqual([u1, u2]);
    expect(unitScorecards([], [u1])).toEqual([
      {
        unitId: 'u1',
        unitName: u1.name,
        unitShortName: 'Dinkes',
        innovations: 0,
        active: 0,
        evaluated: 0,
        shareImpactful: null,
        lastActivity: null,
      },
    ]);
  });
});

describe('countBy', () => {
  it('counts along every axis', () => {
    const counts = countBy([
      inn('a'),
      inn('b', {
        unitId: 'u2',
        dimension: 'environment',
        element: 'waste',
        stage: 'sustained',
        outcome: 'impactful',
      }),
      inn('c', {
        unitId: 'u2',
        dimension: 'environment',
        element: 'energy',
        stage: 'discontinued',
        outcome: 'not_impactful',
      }),
    ]);
    expect(counts.total).toBe(3);
    expect(counts.byUnit).toEqual({ u1: 1, u2: 2 });
    expect(counts.byDimension).toEqual({ ...zeros6, governance: 1, environment: 2 });
    expect(counts.byElement.public_service).toBe(1);
    expect(counts.byElement.waste).toBe(1);
    expect(counts.byElement.energy).toBe(1);
    expect(counts.byElement.health).toBe(0);
    expect(counts.byStage.problem).toBe(1);
    expect(counts.byStage.sustained).toBe(1);
    expect(counts.byStage.discontinued).toBe(1);
    expect(counts.byStage.need).toBe(0);
    expect(counts.byOutcome).toEqual({
      impactful: 1,
      needs_improvement: 0,
      not_impactful: 1,
      none: 1,
    });
  });
});

describe('coverageMatrix', () => {
  it('keeps the units in the given order and ignores unknown units', () => {
    const rows = coverageMatrix(
      [
        inn('a'),
        inn('b', { dimension: 'living', element: 'health' }),
        inn('c', { dimension: 'living', element: 'mobility' }),
        inn('d', { unitId: 'u2', dimension: 'economy', element: 'industry' }),
        inn('x', { unitId: 'unknown' }),
      ],
      [u2, u1],
    );
    expect(rows.map((r) => r.unitId)).toEqual(['u2', 'u1']);
    expect(rows[0]!.byDimension).toEqual({ ...zeros6, economy: 1 });
    expect(rows[0]!.total).toBe(1);
    expect(rows[1]!.byDimension).toEqual({ ...zeros6, governance: 1, living: 2 });
    expect(rows[1]!.total).toBe(3);
  });
});

describe('unitsNotInnovating', () => {
  // Was "units whose innovations are all finished": a unit with a sustained innovation counted
  // as not innovating, while DOMAIN.md says it innovates (issue 12: the card said 35 units, the
  // chart 38). Its only-discontinued case keeps the old expectation below.
  it('lists units whose innovations are all discontinued or that have none', () => {
    const result = unitsNotInnovating(
      [
        inn('a', { unitId: 'u1', stage: 'evaluation' }),
        inn('c', { unitId: 'u2', stage: 'discontinued' }),
      ],
      [u3, u1, u2],
    );
    expect(result).toEqual([u3, u2]);
  });

  it('counts a unit with a sustained innovation as innovating', () => {
    const result = unitsNotInnovating(
      [
        inn('a', { unitId: 'u1', stage: 'evaluation' }),
        inn('b', { unitId: 'u2', stage: 'sustained' }),
        inn('c', { unitId: 'u2', stage: 'discontinued' }),
      ],
      [u3, u1, u2],
    );
    expect(result).toEqual([u3]);
  });
});

describe('isInnovatingStage', () => {
  it('is true for every active stage and sustained, false for discontinued', () => {
    expect(stages.filter(isInnovatingStage)).toEqual([...activeStages, 'sustained']);
    expect(innovatingStages).toEqual([...activeStages, 'sustained']);
    expect(isInnovatingStage('discontinued')).toBe(false);
  });
});

describe('unitRanking', () => {
  const byDimension = {
    governance: 0,
    branding: 0,
    economy: 0,
    living: 0,
    society: 0,
    environment: 0,
  };
  const row = (unitId: string, unitName: string, total: number) => ({
    unitId,
    unitName,
    unitShortName: '',
    byDimension,
    total,
  });

  // Moved from the SPA's `unitBars` (apps/web dashboard-figures.test.ts), which ranked by itself.
  it('ranks units, most innovations first then by name', () => {
    const ranked = unitRanking(
      [row('a', 'Dinas B', 2), row('b', 'Dinas A', 2), row('c', 'Dinas C', 0)],
      [{ id: 'c' }],
    );
    expect(ranked.map((r) => r.unitName)).toEqual(['Dinas A', 'Dinas B']);
    expect(ranked[0]).toEqual({
      unitId: 'b',
      unitName: 'Dinas A',
      unitShortName: '',
      innovations: 2,
    });
  });

  it('leaves out exactly the units that do not innovate, in the scorecards’ order', () => {
    const innovations = [
      inn('a', { unitId: 'u1', stage: 'sustained' }),
      inn('b', { unitId: 'u2', stage: 'discontinued' }),
      inn('c', { unitId: 'u3', stage: 'need' }),
      inn('d', { unitId: 'u3', stage: 'discontinued' }),
    ];
    const units = [u1, u2, u3];
    const without = unitsNotInnovating(innovations, units);
    const ranked = unitRanking(coverageMatrix(innovations, units), without);
    expect(ranked.map((r) => r.unitId)).toEqual(['u3', 'u1']);
    expect(ranked.length + without.length).toBe(units.length);
    const cards = unitScorecards(innovations, units).filter((c) =>
      ranked.some((r) => r.unitId === c.unitId),
    );
    expect(cards.map((c) => c.unitId)).toEqual(ranked.map((r) => r.unitId));
  });
});

describe('staleInnovations', () => {
  const now = '2026-03-31T12:00:00.000Z';
  it('exactly 30 days without events is stale; 30 days minus 1 ms is not', () => {
    const result = staleInnovations(
      [
        inn('exact', { lastEventAt: '2026-03-01T12:00:00.000Z' }),
        inn('almost', { lastEventAt: '2026-03-01T12:00:00.001Z' }),
        inn('recent', { lastEventAt: '2026-03-20T00:00:00.000Z' }),
      ],
      now,
    );
    expect(result).toEqual([
      { innovation: expect.objectContaining({ id: 'exact' }), daysSinceLastEvent: 30 },
    ]);
  });

  it('29.99 days is not stale', () => {
    // 29.99 days = 2 591 136 000 ms before now.
    const last = new Date(Date.parse(now) - 2_591_136_000).toISOString();
    expect(staleInnovations([inn('a', { lastEventAt: last })], now)).toEqual([]);
  });

  it('ignores sustained and discontinued innovations', () => {
    const old = '2025-01-01T00:00:00.000Z';
    const result = staleInnovations(
      [
        inn('s', { stage: 'sustained', lastEventAt: old }),
        inn('d', { stage: 'discontinued', lastEventAt: old }),
        inn('q', { stage: 'quick_win', lastEventAt: old }),
      ],
      now,
    );
    expect(result.map((r) => r.innovation.id)).toEqual(['q']);
  });

  it('respects the staleDays parameter', () => {
    const list = [inn('a', { lastEventAt: '2026-03-24T12:00:00.000Z' })];
    expect(staleInnovations(list, now)).toEqual([]);
    expect(staleInnovations(list, now, 7)).toEqual([
      { innovation: list[0], daysSinceLastEvent: 7 },
    ]);
    expect(staleInnovations(list, now, 8)).toEqual([]);
  });

  it('accepts a Date for now', () => {
    const list = [inn('a', { lastEventAt: '2026-03-01T12:00:00.000Z' })];
    expect(staleInnovations(list, new Date(now))).toHaveLength(1);
  });

  it('sorts most stale first, ties by id', () => {
    const result = staleInnovations(
      [
        inn('c', { lastEventAt: '2026-02-01T00:00:00.000Z' }),
        inn('b', { lastEventAt: '2026-01-01T00:00:00.000Z' }),
        inn('a', { lastEventAt: '2026-02-01T00:00:00.000Z' }),
      ],
      now,
    );
    expect(result.map((r) => [r.innovation.id, r.daysSinceLastEvent])).toEqual([
      ['b', 89],
      ['a', 58],
      ['c', 58],
    ]);
  });
});

describe('overdueQuickWins', () => {
  const today = '2026-03-10';
  it('a target date of today is not overdue; yesterday is 1 day overdue', () => {
    const result = overdueQuickWins(
      [
        inn('today', {
          stage: 'quick_win',
          quickWinTargetDate: '2026-03-10',
          quickWinStatus: 'planned',
        }),
        inn('yesterday', {
          stage: 'quick_win',
          quickWinTargetDate: '2026-03-09',
          quickWinStatus: 'in_progress',
        }),
      ],
      today,
    );
    expect(result).toEqual([
      { innovation: expect.objectContaining({ id: 'yesterday' }), daysOverdue: 1 },
    ]);
  });

  it('skips done, undated and other stages; includes evaluation', () => {
    const result = overdueQuickWins(
      [
        inn('done', {
          stage: 'quick_win',
          quickWinTargetDate: '2026-01-01',
          quickWinStatus: 'done',
        }),
        inn('undated', { stage: 'quick_win' }),
        inn('process', {
          stage: 'process',
          quickWinTargetDate: '2026-01-01',
          quickWinStatus: 'planned',
        }),
        inn('sustained', {
          stage: 'sustained',
          quickWinTargetDate: '2026-01-01',
          quickWinStatus: 'stalled',
        }),
        inn('eval', {
          stage: 'evaluation',
          quickWinTargetDate: '2026-02-28',
          quickWinStatus: null,
        }),
      ],
      today,
    );
    expect(result.map((r) => [r.innovation.id, r.daysOverdue])).toEqual([['eval', 10]]);
  });

  it('sorts most overdue first, ties by id, across month and year boundaries', () => {
    const result = overdueQuickWins(
      [
        inn('b', {
          stage: 'quick_win',
          quickWinTargetDate: '2026-03-01',
          quickWinStatus: 'stalled',
        }),
        inn('c', {
          stage: 'quick_win',
          quickWinTargetDate: '2025-12-31',
          quickWinStatus: 'planned',
        }),
        inn('a', {
          stage: 'quick_win',
          quickWinTargetDate: '2026-03-01',
          quickWinStatus: 'planned',
        }),
      ],
      today,
    );
    expect(result.map((r) => [r.innovation.id, r.daysOverdue])).toEqual([
      ['c', 69],
      ['a', 9],
      ['b', 9],
    ]);
  });
});

describe('monthlyTrend', () => {
  it('buckets by UTC month at the boundaries and includes empty months', () => {
    const innovations = [
      inn('a', { createdAt: '2026-01-31T23:59:59.999Z' }),
      inn('b', { createdAt: '2026-02-01T00:00:00.000Z' }),
      // 2026-04-01 06:00 in Jakarta (UTC+7) is still March in UTC.
      inn('c', { createdAt: '2026-04-01T06:00:00+07:00' }),
      inn('out', { createdAt: '2025-12-31T23:59:59.999Z' }),
    ];
    const events: MetricEvent[] = [
      { innovationId: 'a', action: 'innovation.created', occurredAt: '2026-01-31T23:59:59.999Z' },
      {
        innovationId: 'a',
        action: 'innovation.advanced',
        occurredAt: '2026-02-01T00:00:00.000Z',
        fromStage: 'problem',
      },
      {
        innovationId: 'a',
        action: 'innovation.advanced',
        occurredAt: '2026-03-31T23:59:59.999Z',
        fromStage: 'evaluation',
      },
      {
        innovationId: 'b',
        action: 'innovation.advanced',
        occurredAt: '2026-04-01T00:00:00.000Z',
        fromStage: 'evaluation',
      },
      { innovationId: 'b', action: 'innovation.edited', occurredAt: '2026-02-10T00:00:00.000Z' },
    ];
    expect(monthlyTrend({ innovations, events, fromMonth: '2026-01', toMonth: '2026-03' })).toEqual(
      [
        { month: '2026-01', created: 1, advanced: 0, evaluated: 0 },
        { month: '2026-02', created: 1, advanced: 1, evaluated: 0 },
        { month: '2026-03', created: 1, advanced: 1, evaluated: 1 },
      ],
    );
  });

  it('spans year boundaries and returns nothing for a reversed range', () => {
    expect(
      monthlyTrend({ innovations: [], events: [], fromMonth: '2025-11', toMonth: '2026-02' }).map(
        (r) => r.month,
      ),
    ).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(
      monthlyTrend({ innovations: [], events: [], fromMonth: '2026-03', toMonth: '2026-02' }),
    ).toEqual([]);
  });
});

describe('unitScorecards', () => {
  it('one unit: counts, share impactful and last activity', () => {
    const [card] = unitScorecards(
      [
        inn('a', { stage: 'need', lastEventAt: '2026-03-02T00:00:00.000Z' }),
        inn('b', {
          stage: 'sustained',
          outcome: 'impactful',
          lastEventAt: '2026-03-05T00:00:00.000Z',
        }),
        inn('c', {
          stage: 'discontinued',
          outcome: 'not_impactful',
          lastEventAt: '2026-01-01T00:00:00.000Z',
        }),
        inn('d', { stage: 'sustained', outcome: 'needs_improvement' }),
        inn('e', { stage: 'discontinued' }),
      ],
      [u1],
    );
    expect(card).toEqual({
      unitId: 'u1',
      unitName: u1.name,
      unitShortName: 'Dinkes',
      innovations: 5,
      active: 1,
      evaluated: 3,
      shareImpactful: 1 / 3,
      lastActivity: '2026-03-05T00:00:00.000Z',
    });
  });

  it('shareImpactful is null when nothing is evaluated and 0 when nothing evaluated is impactful', () => {
    const cards = unitScorecards(
      [
        inn('a', { unitId: 'u1', stage: 'evaluation' }),
        inn('b', { unitId: 'u2', stage: 'discontinued', outcome: 'not_impactful' }),
      ],
      [u1, u2],
    );
    const share = Object.fromEntries(cards.map((c) => [c.unitId, c.shareImpactful]));
    expect(share).toEqual({ u1: null, u2: 0 });
  });

  it('sorts by innovations desc, then by name', () => {
    const cards = unitScorecards(
      [
        inn('a', { unitId: 'u3' }),
        inn('b', { unitId: 'u3' }),
        inn('c', { unitId: 'u1' }),
        inn('d', { unitId: 'u2' }),
      ],
      [u1, u2, u3],
    );
    // u1 "Dinas Kesehatan" and u2 "Bapppeda" tie on 1: Bapppeda first.
    expect(cards.map((c) => c.unitId)).toEqual(['u3', 'u2', 'u1']);
  });
});
