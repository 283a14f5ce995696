import { describe, expect, it } from 'vitest';
import { metricInnovation } from './testing/metric-fixtures';
import {
  matchesDashboardFilter,
  meanOf,
  quickWinFigures,
  summarizeDashboard,
  summarizeUnits,
  trendWindow,
  yearBounds,
} from './dashboard';
import type { MetricEvent, MetricUnit } from './metrics';

const inn = metricInnovation;
const units: MetricUnit[] = [
  { id: 'u2', name: 'Dinas Sosial', shortName: 'Dinsos' },
  { id: 'u1', name: 'Bapppeda', shortName: 'Bapppeda' },
];
const now = new Date('2026-03-31T12:00:00.000Z');

describe('trendWindow and yearBounds', () => {
  it('is the twelve months ending with the current one, or the filter’s year', () => {
    expect(trendWindow(undefined, now)).toEqual({ fromMonth: '2025-04', toMonth: '2026-03' });
    expect(trendWindow(2024, now)).toEqual({ fromMonth: '2024-01', toMonth: '2024-12' });
    expect(trendWindow(undefined, new Date('2026-01-01T00:00:00.000Z'))).toEqual({
      fromMonth: '2025-02',
      toMonth: '2026-01',
    });
    expect(yearBounds(2025)).toEqual({
      from: '2025-01-01T00:00:00.000Z',
      to: '2026-01-01T00:00:00.000Z',
    });
  });
});

describe('matchesDashboardFilter', () => {
  it('matches the registration year at its UTC boundaries', () => {
    const newYear = inn('a', { createdAt: '2026-01-01T00:00:00.000Z' });
    const lastMs = inn('b', { createdAt: '2025-12-31T23:59:59.999Z' });
    expect(matchesDashboardFilter(newYear, { year: 2026 })).toBe(true);
    expect(matchesDashboardFilter(lastMs, { year: 2026 })).toBe(false);
    expect(matchesDashboardFilter(lastMs, { year: 2025 })).toBe(true);
    expect(matchesDashboardFilter(newYear, { dimension: 'economy' })).toBe(false);
    expect(matchesDashboardFilter(newYear, { unitId: 'u2' })).toBe(false);
    expect(matchesDashboardFilter(newYear, {})).toBe(true);
  });
});

describe('quickWinFigures and meanOf', () => {
  it('counts quick wins by status and averages the reported progress, rounded to one decimal', () => {
    const figures = quickWinFigures([
      inn('a', { stage: 'quick_win', quickWinStatus: 'in_progress', quickWinProgress: 40 }),
      inn('b', { stage: 'quick_win', quickWinStatus: 'in_progress', quickWinProgress: 45 }),
      inn('c', { stage: 'quick_win', quickWinStatus: 'stalled', quickWinProgress: 10 }),
      inn('d', { stage: 'quick_win' }),
      // In evaluation: no longer a quick win under way.
      inn('e', { stage: 'evaluation', quickWinStatus: 'done', quickWinProgress: 100 }),
    ]);
    expect(figures).toEqual({
      total: 4,
      byStatus: { planned: 0, in_progress: 2, done: 0, stalled: 1, none: 1 },
      reported: 3,
      meanProgress: 31.7,
    });
    expect(meanOf(0, 0)).toBeNull();
    expect(meanOf(100, 3)).toBe(33.3);
  });
});

describe('summarizeDashboard', () => {
  it('answers zeros for an empty register, with every unit not innovating', () => {
    const summary = summarizeDashboard({ innovations: [], events: [], units, filter: {}, now });
    expect(summary.total).toBe(0);
    expect(summary.units).toEqual({ total: 2, innovating: 0 });
    expect(summary.unitsWithoutActive.map((u) => u.id)).toEqual(['u1', 'u2']);
    expect(summary.coverage.map((row) => row.total)).toEqual([0, 0]);
    expect(summary.trend).toHaveLength(12);
    expect(summary.stale).toEqual({ total: 0, items: [] });
    expect(summary.quickWins.meanProgress).toBeNull();
  });

  it('puts one unit’s figures together by hand', () => {
    const innovations = [
      // Quiet for exactly 30 days: stale.
      inn('a', { lastEventAt: '2026-03-01T12:00:00.000Z' }),
      // A millisecond short of 30 days: not stale.
      inn('b', { lastEventAt: '2026-03-01T12:00:00.001Z', stage: 'need' }),
      inn('c', {
        stage: 'quick_win',
        quickWinTargetDate: '2026-03-30',
        quickWinStatus: 'in_progress',
        quickWinProgress: 60,
        lastEventAt: '2026-03-30T00:00:00.000Z',
      }),
      inn('d', { stage: 'sustained', outcome: 'impactful', createdAt: '2025-02-01T00:00:00.000Z' }),
    ];
    const events: MetricEvent[] = [
      {
        innovationId: 'd',
        action: 'innovation.advanced',
        occurredAt: '2026-02-10T00:00:00.000Z',
        fromStage: 'evaluation',
      },
      {
        innovationId: 'c',
        action: 'innovation.advanced',
        occurredAt: '2026-02-11T00:00:00.000Z',
        fromStage: 'process',
      },
      {
        innovationId: 'x',
        action: 'innovation.advanced',
        occurredAt: '2026-02-11T00:00:00.000Z',
        fromStage: 'need',
      },
    ];
    const summary = summarizeDashboard({ innovations, events, units, filter: {}, now });
    expect(summary.total).toBe(4);
    expect(summary.units).toEqual({ total: 2, innovating: 1 });
    expect(summary.unitsWithoutActive.map((u) => u.id)).toEqual(['u2']);
    expect(summary.stale.total).toBe(1);
    expect(summary.stale.items).toEqual([
      {
        id: 'a',
        title: 'Inovasi a',
        unitId: 'u1',
        stage: 'problem',
        lastEventAt: '2026-03-01T12:00:00.000Z',
        daysSinceLastEvent: 30,
      },
    ]);
    expect(summary.overdue.items).toEqual([
      expect.objectContaining({ id: 'c', daysOverdue: 1, quickWinProgress: 60 }),
    ]);
    expect(summary.quickWins).toMatchObject({ total: 1, reported: 1, meanProgress: 60 });
    expect(summary.counts.byOutcome).toEqual({
      impactful: 1,
      needs_improvement: 0,
      not_impactful: 0,
      none: 3,
    });
    const february = summary.trend.find((row) => row.month === '2026-02');
    // The event of an innovation not in the register ('x') is not counted.
    expect(february).toEqual({ month: '2026-02', created: 0, advanced: 2, evaluated: 1 });
    expect(summary.trend.find((row) => row.month === '2026-01')?.created).toBe(3);
  });

  it('chooses the innovations by year, unit and dimension, but the trend’s months by year only', () => {
    const innovations = [
      inn('old', { createdAt: '2025-06-01T00:00:00.000Z' }),
      inn('new', { createdAt: '2026-02-01T00:00:00.000Z' }),
    ];
    const events: MetricEvent[] = [
      {
        innovationId: 'old',
        action: 'innovation.advanced',
        occurredAt: '2026-02-05T00:00:00.000Z',
        fromStage: 'problem',
      },
    ];
    const summary = summarizeDashboard({ innovations, events, units, filter: { year: 2026 }, now });
    expect(summary.total).toBe(1);
    expect(summary.trend[0]?.month).toBe('2026-01');
    // The 2025 innovation's move in February 2026 is activity of 2026.
    expect(summary.trend.find((row) => row.month === '2026-02')).toEqual({
      month: '2026-02',
      created: 1,
      advanced: 1,
      evaluated: 0,
    });
    const unit = summarizeDashboard({ innovations, events, units, filter: { unitId: 'u2' }, now });
    expect(unit.total).toBe(0);
    expect(unit.coverage.map((row) => row.unitId)).toEqual(['u2']);
  });

  it('cuts the lists at the limit but counts them all; ties by id', () => {
    const innovations = ['c', 'a', 'b'].map((id) =>
      inn(id, { lastEventAt: '2025-01-01T00:00:00.000Z' }),
    );
    const summary = summarizeDashboard({
      innovations,
      events: [],
      units,
      filter: {},
      now,
      listLimit: 2,
    });
    expect(summary.stale.total).toBe(3);
    expect(summary.stale.items.map((item) => item.id)).toEqual(['a', 'b']);
  });
});

describe('summarizeUnits', () => {
  it('gives every unit a scorecard over the filtered innovations', () => {
    const cards = summarizeUnits({
      innovations: [
        inn('a', { dimension: 'economy', element: 'industry' }),
        inn('b', { stage: 'sustained', outcome: 'impactful' }),
      ],
      units,
      filter: { dimension: 'governance' },
    });
    expect(cards).toEqual([
      expect.objectContaining({ unitId: 'u1', innovations: 1, evaluated: 1, shareImpactful: 1 }),
      expect.objectContaining({ unitId: 'u2', innovations: 0, shareImpactful: null }),
    ]);
  });
});
