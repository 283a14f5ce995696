import { listInnovations, readDashboardSummary } from '@smartcity/db';
import { seedDemoData } from '@smartcity/db/demo';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { describe, expect, it } from 'vitest';
import { seedDemoInnovations } from './seed-demo-innovations';

const now = new Date('2026-03-02T09:00:00.000Z');

/**
 * Issue 12: on the demo data the dashboard's card said 35 units did not innovate while its
 * ranking chart implied 38 did not. Both now follow one definition (an innovation that is active
 * or sustained, `isInnovatingStage`): the card, the chart and the list agree.
 */
describe.each(testDatabaseFactories())('the demo dashboard on $dialect', ({ open }) => {
  it('counts, charts and lists the same units as innovating', async () => {
    const handle = await open();
    try {
      await seedDemoData(handle.db, now, { demoPasswordHash: '$argon2id$fake' });
      await seedDemoInnovations(handle.db, { now });
      const summary = await readDashboardSummary(handle.db, {}, { now, staleDays: 30 });

      // The card (innovating of total), the chart (one bar per ranked unit) and the list.
      expect(summary.units.innovating).toBeGreaterThan(0);
      expect(summary.ranking).toHaveLength(summary.units.innovating);
      expect(summary.unitsWithoutActive).toHaveLength(
        summary.units.total - summary.units.innovating,
      );
      const ranked = new Set(summary.ranking.map((row) => row.unitId));
      for (const unit of summary.unitsWithoutActive) expect(ranked.has(unit.id)).toBe(false);
      expect(ranked.size + summary.unitsWithoutActive.length).toBe(summary.coverage.length);

      // Each side of the line, checked against the innovation list itself.
      const page = { sort: 'title_asc', limit: 1 } as const;
      const innovates = async (unitId: string) =>
        (await listInnovations(handle.db, { unitId, active: true }, page)).total +
          (await listInnovations(handle.db, { unitId, stage: 'sustained' }, page)).total >
        0;
      for (const row of summary.ranking) expect(await innovates(row.unitId)).toBe(true);
      for (const unit of summary.unitsWithoutActive) expect(await innovates(unit.id)).toBe(false);

      // The chart's order is the scorecards' order (one ranking).
      const counts = summary.ranking.map((row) => row.innovations);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    } finally {
      await handle.close();
    }
  });
});
