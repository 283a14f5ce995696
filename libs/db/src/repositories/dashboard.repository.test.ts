import { randomUUID } from 'node:crypto';
import {
  dimensions,
  outcomes,
  quickWinStatuses,
  stages,
  summarizeDashboard,
  summarizeUnits,
  type DashboardFilter,
  type DimensionKey,
  type ElementKey,
  type MetricEvent,
  type MetricInnovation,
  type Stage,
} from '@smartcity/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { seedDemoData } from '../seed/demo-seed';
import { testDatabaseFactories } from '../testing';
import { appendEvents } from './event.repository';
import { listMetricUnits, readDashboardSummary, readUnitScorecards } from './dashboard.repository';

const msPerDay = 86_400_000;
const elementPairs: readonly [DimensionKey, ElementKey][] = dimensions.flatMap((dimension) =>
  dimension.elements.map((element): [DimensionKey, ElementKey] => [dimension.key, element.key]),
);

/** A stored innovation as the property test generates it (the metric slice plus publication). */
type Generated = MetricInnovation & { readonly isPublic: boolean };

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Random data around a random present: innovations created up to two years back, last events
 * that sometimes sit exactly on the stale boundary, quick-win targets around today, and advance
 * events around the trend window.
 */
function scenario(unitIds: readonly string[]) {
  return fc
    .record({
      nowMs: fc.integer({
        min: Date.UTC(2024, 0, 1),
        max: Date.UTC(2026, 11, 31),
      }),
      staleDays: fc.oneof(fc.constant(30), fc.integer({ min: 1, max: 90 })),
      innovations: fc.array(
        fc.record({
          unit: fc.nat(unitIds.length - 1),
          pair: fc.nat(elementPairs.length - 1),
          stage: fc.constantFrom(...stages),
          createdAgo: fc.integer({ min: 0, max: 730 * msPerDay }),
          // 0: exactly on the stale boundary, 1: a millisecond inside it, else a share of its life.
          quiet: fc.oneof(
            fc.constant(0),
            fc.constant(1),
            fc.double({ min: 0, max: 1, noNaN: true }),
          ),
          target: fc.option(fc.integer({ min: -4, max: 4 }), { nil: null }),
          status: fc.option(fc.constantFrom(...quickWinStatuses), { nil: null }),
          progress: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
          outcome: fc.option(fc.constantFrom(...outcomes), { nil: null }),
          isPublic: fc.boolean(),
        }),
        { maxLength: 30 },
      ),
      advances: fc.array(
        fc.record({
          innovation: fc.nat(),
          ago: fc.integer({ min: -5 * msPerDay, max: 420 * msPerDay }),
          from: fc.constantFrom(...stages),
        }),
        { maxLength: 40 },
      ),
      filter: fc.record(
        {
          yearBack: fc.integer({ min: 0, max: 2 }),
          dimension: fc.constantFrom(...elementPairs.map(([d]) => d)),
          unit: fc.nat(unitIds.length - 1),
        },
        { requiredKeys: [] },
      ),
      publicOnly: fc.boolean(),
      // Changes after the first write: the tallies must follow updates too.
      changes: fc.array(
        fc.record({
          innovation: fc.nat(),
          unit: fc.nat(unitIds.length - 1),
          pair: fc.nat(elementPairs.length - 1),
          stage: fc.constantFrom(...stages),
          outcome: fc.option(fc.constantFrom(...outcomes), { nil: null }),
          status: fc.option(fc.constantFrom(...quickWinStatuses), { nil: null }),
          progress: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
          isPublic: fc.boolean(),
        }),
        { maxLength: 6 },
      ),
    })
    .map((s) => {
      const now = new Date(s.nowMs);
      const innovations: Generated[] = s.innovations.map((spec) => {
        const [dimension, element] = elementPairs[spec.pair]!;
        const created = s.nowMs - spec.createdAgo;
        const boundary = s.nowMs - s.staleDays * msPerDay;
        const lastEvent =
          spec.quiet === 0
            ? Math.max(created, boundary)
            : spec.quiet === 1
              ? Math.max(created, boundary + 1)
              : created + Math.floor((s.nowMs - created) * spec.quiet);
        return {
          id: randomUUID(),
          title: `Inovasi ${randomUUID().slice(0, 8)}`,
          unitId: unitIds[spec.unit]!,
          dimension,
          element,
          stage: spec.stage,
          createdAt: new Date(created).toISOString(),
          lastEventAt: new Date(lastEvent).toISOString(),
          quickWinTargetDate:
            spec.target === null ? null : isoDay(s.nowMs + spec.target * msPerDay),
          quickWinStatus: spec.status,
          quickWinProgress: spec.progress,
          outcome: spec.outcome,
          isPublic: spec.isPublic,
        };
      });
      const events: MetricEvent[] =
        innovations.length === 0
          ? []
          : s.advances.map((advance) => ({
              innovationId: innovations[advance.innovation % innovations.length]!.id,
              action: 'innovation.advanced',
              occurredAt: new Date(s.nowMs - advance.ago).toISOString(),
              fromStage: advance.from,
            }));
      const filter: DashboardFilter = {
        ...(s.filter.yearBack === undefined
          ? {}
          : { year: now.getUTCFullYear() - s.filter.yearBack }),
        ...(s.filter.dimension === undefined ? {} : { dimension: s.filter.dimension }),
        ...(s.filter.unit === undefined ? {} : { unitId: unitIds[s.filter.unit]! }),
      };
      const changes =
        innovations.length === 0
          ? []
          : s.changes.map((change) => {
              const [dimension, element] = elementPairs[change.pair]!;
              return {
                id: innovations[change.innovation % innovations.length]!.id,
                unitId: unitIds[change.unit]!,
                dimension,
                element,
                stage: change.stage,
                outcome: change.outcome,
                quickWinStatus: change.status,
                quickWinProgress: change.progress,
                isPublic: change.isPublic,
              };
            });
      return {
        now,
        staleDays: s.staleDays,
        innovations,
        events,
        changes,
        filter,
        publicOnly: s.publicOnly,
      };
    });
}

const nextStage = (stage: Stage): Stage => stages[(stages.indexOf(stage) + 1) % stages.length]!;

describe.each(testDatabaseFactories())('dashboard queries on $dialect', (factory) => {
  let handle: DatabaseHandle;
  let unitIds: string[];

  beforeAll(async () => {
    handle = await factory.open();
    await seedDemoData(handle.db, new Date('2024-01-01T00:00:00Z'), {
      demoPasswordHash: 'not-a-real-hash',
    });
    const units = await handle.db.selectFrom('units').select('id').orderBy('code').execute();
    // Five units, one of them inactive (its innovations count, but it has no coverage row).
    unitIds = units.slice(0, 5).map((u) => u.id);
    await handle.db
      .updateTable('units')
      .set({ active: false })
      .where('id', '=', unitIds[4]!)
      .execute();
  });
  afterAll(async () => {
    await handle.close();
  });

  async function store(innovations: readonly Generated[], events: readonly MetricEvent[]) {
    const db = handle.db;
    await db.deleteFrom('innovations').execute();
    if (innovations.length > 0) {
      await db
        .insertInto('innovations')
        .values(
          innovations.map((i) => ({
            id: i.id,
            unit_id: i.unitId,
            title: i.title,
            summary: 'Ringkasan inovasi untuk uji',
            dimension: i.dimension,
            element: i.element,
            extra_dimensions: '[]',
            is_public: i.isPublic,
            jenis: 'digital',
            bentuk: 'public_service',
            inisiator: 'unit',
            tahapan: 'initiative',
            tahapan_manual: false,
            stage: i.stage,
            quick_win_target_date: i.quickWinTargetDate,
            quick_win_status: i.quickWinStatus,
            quick_win_progress: i.quickWinProgress,
            outcome: i.outcome,
            version: 1,
            created_at: i.createdAt,
            updated_at: i.lastEventAt,
            last_event_at: i.lastEventAt,
          })),
        )
        .execute();
    }
    // Through the event log, so the projection the trend reads is written as in production.
    await appendEvents(
      db,
      events.map((event) => ({
        occurredAt: new Date(event.occurredAt),
        entityType: 'innovation',
        entityId: event.innovationId,
        action: event.action,
        before: { stage: event.fromStage },
        after: { stage: nextStage(event.fromStage!) },
      })),
    );
  }

  it('the SQL summary and scorecards equal the domain reference on random data', async () => {
    await fc.assert(
      fc.asyncProperty(scenario(unitIds), async (s) => {
        await store(s.innovations, s.events);
        let current: Generated[] = s.innovations;
        for (const change of s.changes) {
          await handle.db
            .updateTable('innovations')
            .set({
              unit_id: change.unitId,
              dimension: change.dimension,
              element: change.element,
              stage: change.stage,
              outcome: change.outcome,
              quick_win_status: change.quickWinStatus,
              quick_win_progress: change.quickWinProgress,
              is_public: change.isPublic,
            })
            .where('id', '=', change.id)
            .execute();
          const { id: _id, ...fields } = change;
          current = current.map((i) => (i.id === change.id ? { ...i, ...fields } : i));
        }
        const units = await listMetricUnits(handle.db);
        const counted = s.publicOnly ? current.filter((i) => i.isPublic) : current;

        const fromSql = await readDashboardSummary(
          handle.db,
          { ...s.filter, publicOnly: s.publicOnly },
          { now: s.now, staleDays: s.staleDays, listLimit: 5 },
        );
        const reference = summarizeDashboard({
          innovations: counted,
          events: s.events,
          units,
          filter: s.filter,
          now: s.now,
          staleDays: s.staleDays,
          listLimit: 5,
        });
        expect(fromSql).toEqual(reference);

        const { unitId: _unit, ...unitsFilter } = s.filter;
        const cards = await readUnitScorecards(handle.db, {
          ...unitsFilter,
          publicOnly: s.publicOnly,
        });
        expect(cards).toEqual(summarizeUnits({ innovations: counted, units, filter: unitsFilter }));
      }),
      { numRuns: 120 },
    );
  });

  it('counts an innovation exactly 30 days quiet as stale and one a millisecond younger not', async () => {
    const now = new Date('2026-03-31T12:00:00.000Z');
    const base: Omit<Generated, 'id' | 'lastEventAt'> = {
      title: 'Inovasi batas',
      unitId: unitIds[0]!,
      dimension: 'governance',
      element: 'public_service',
      stage: 'need',
      createdAt: '2025-01-01T00:00:00.000Z',
      quickWinTargetDate: null,
      quickWinStatus: null,
      quickWinProgress: null,
      outcome: null,
      isPublic: true,
    };
    const exactly = { ...base, id: randomUUID(), lastEventAt: '2026-03-01T12:00:00.000Z' };
    const younger = { ...base, id: randomUUID(), lastEventAt: '2026-03-01T12:00:00.001Z' };
    await store([exactly, younger], []);
    const summary = await readDashboardSummary(handle.db, {}, { now, staleDays: 30 });
    expect(summary.stale.total).toBe(1);
    expect(summary.stale.items.map((item) => item.id)).toEqual([exactly.id]);
    expect(summary.stale.items[0]?.daysSinceLastEvent).toBe(30);
  });

  it('answers zeros and every unit without an active innovation when nothing is registered', async () => {
    await store([], []);
    const now = new Date('2026-06-15T00:00:00.000Z');
    const summary = await readDashboardSummary(handle.db, {}, { now, staleDays: 30 });
    const units = await listMetricUnits(handle.db);
    expect(summary.total).toBe(0);
    expect(summary.units).toEqual({ total: units.length, innovating: 0 });
    expect(summary.unitsWithoutActive).toHaveLength(units.length);
    expect(summary.trend.map((row) => row.month)).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(summary.quickWins.meanProgress).toBeNull();
  });
});
