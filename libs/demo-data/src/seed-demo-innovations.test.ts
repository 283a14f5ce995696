import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  findCredentialsByEmail,
  findInnovationById,
  listEvents,
  listInnovations,
  listInnovationTimeline,
  listProgressReports,
  type Database,
} from '@smartcity/db';
import { seedDemoData } from '@smartcity/db/demo';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { demoLabel } from './demo-innovation';
import { generateDemoInnovations } from './generate-innovations';
import {
  demoGenerationOptions,
  demoInnovationCount,
  seedDemoInnovations,
} from './seed-demo-innovations';

const now = new Date('2026-03-02T09:00:00.000Z');
const page = { sort: 'updated_desc', limit: 100 } as const;

async function countRows(db: Kysely<Database>): Promise<number> {
  const { count } = await db
    .selectFrom('progress_reports')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

async function quickWinProgress(db: Kysely<Database>, id: string): Promise<number | null> {
  const row = await db
    .selectFrom('innovations')
    .select('quick_win_progress')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.quick_win_progress;
}

describe.each(testDatabaseFactories())('seedDemoInnovations on $dialect', ({ open }) => {
  it('inserts the 119 demo innovations once, with their histories, authored by the demo accounts', async () => {
    const handle = await open();
    try {
      await seedDemoData(handle.db, now, { demoPasswordHash: '$argon2id$fake' });
      expect(await seedDemoInnovations(handle.db, { now })).toBe(demoInnovationCount);
      expect(await seedDemoInnovations(handle.db, { now })).toBe(0);

      const all = await listInnovations(handle.db, {}, page);
      expect(all.total).toBe(119);
      expect(all.items.every((i) => i.summary.endsWith(demoLabel))).toBe(true);
      const simpati = await listInnovations(handle.db, { search: 'simpati stunting' }, page);
      expect(simpati.items.map((i) => i.unitShortName)).toContain('Dinkes');
      const published = await listInnovations(handle.db, { isPublic: true }, page);
      expect(published.total).toBeGreaterThan(30);
      expect(published.total).toBeLessThan(70);
      const stale = await listInnovations(
        handle.db,
        { staleBefore: new Date(now.getTime() - 30 * 86_400_000) },
        page,
      );
      expect(stale.total).toBeGreaterThan(5);

      // Read back whole: the sections survive the round trip (validated on read).
      const first = await findInnovationById(handle.db, all.items[0]!.id);
      expect(first?.version).toBeGreaterThanOrEqual(1);
      const timeline = await listInnovationTimeline(handle.db, first!.id);
      expect(timeline).toHaveLength(first!.version);
      expect(timeline.at(-1)!.action).toBe('innovation.created');
      expect(timeline[0]!.occurredAt).toBe(first!.updatedAt);

      const events = await listEvents(handle.db, { entityType: 'innovation' });
      expect(new Set(events.map((e) => e.entityId)).size).toBe(119);

      const reported = events.filter((e) => e.action === 'innovation.progress_reported');
      expect(reported.length).toBe(await countRows(handle.db));

      const dinkesStaff = (await findCredentialsByEmail(handle.db, 'dinkes.staf@demo.test'))!.user;
      const dinkesHead = (await findCredentialsByEmail(handle.db, 'dinkes.kepala@demo.test'))!.user;
      const dinkes = await listInnovations(handle.db, { unitId: dinkesStaff.unitId! }, page);
      expect(dinkes.total).toBeGreaterThan(0);
      for (const item of dinkes.items) {
        const innovation = await findInnovationById(handle.db, item.id);
        expect([dinkesStaff.id, dinkesHead.id]).toContain(innovation!.createdBy);
      }
    } finally {
      await handle.close();
    }
  });

  it('stores the generated progress reports and each innovation\u2019s latest progress', async () => {
    const handle = await open();
    try {
      await seedDemoData(handle.db, now, { demoPasswordHash: '$argon2id$fake' });
      expect(await seedDemoInnovations(handle.db, { now })).toBe(demoInnovationCount);
      // What the seed generated, regenerated from the same database.
      const generated = generateDemoInnovations((await demoGenerationOptions(handle.db, { now }))!);
      const expected = generated.flatMap((d) => d.progressReports);
      expect(expected.length).toBeGreaterThan(50);
      expect(await countRows(handle.db)).toBe(expected.length);

      const withReports = generated.filter((d) => d.progressReports.length > 0);
      const sample = [...withReports.slice(0, 4), ...withReports.slice(-2)];
      for (const { innovation, progressReports } of sample) {
        const stored = await listProgressReports(handle.db, innovation.id);
        expect(stored.map(({ createdByName: _name, ...r }) => r)).toEqual(
          [...progressReports].reverse(),
        );
        expect(await quickWinProgress(handle.db, innovation.id)).toBe(
          progressReports.at(-1)!.progressPercent,
        );
      }
      const without = generated.find((d) => d.progressReports.length === 0)!;
      expect(await quickWinProgress(handle.db, without.innovation.id)).toBeNull();
      // The dashboard's copy agrees with the reports everywhere.
      const rows = await handle.db
        .selectFrom('innovations')
        .select(['id', 'quick_win_progress'])
        .execute();
      const latest = new Map(
        withReports.map((d) => [d.innovation.id, d.progressReports.at(-1)!.progressPercent]),
      );
      for (const row of rows) expect(row.quick_win_progress).toBe(latest.get(row.id) ?? null);
    } finally {
      await handle.close();
    }
  });

  it('inserts nothing without the demo region, and nothing when it already has innovations', async () => {
    const handle = await open();
    try {
      expect(await seedDemoInnovations(handle.db, { now })).toBe(0);
      await seedDemoData(handle.db, now, { demoPasswordHash: '$argon2id$fake' });
      expect(await seedDemoInnovations(handle.db, { now, count: 3, seed: 1 })).toBe(3);
      expect(await seedDemoInnovations(handle.db, { now })).toBe(0);
      expect((await listInnovations(handle.db, {}, page)).total).toBe(3);
    } finally {
      await handle.close();
    }
  });

  it('lets two processes seed at the same time: one inserts, the other finds the innovations', async () => {
    const handle = await open();
    try {
      await seedDemoData(handle.db, now, { demoPasswordHash: '$argon2id$fake' });
      const counts = await Promise.all([
        seedDemoInnovations(handle.db, { now }),
        seedDemoInnovations(handle.db, { now }),
      ]);
      expect(counts.sort()).toEqual([0, 119]);
      expect((await listInnovations(handle.db, {}, page)).total).toBe(119);
    } finally {
      await handle.close();
    }
  });

  it('writes thousands in batches, with or without the histories', async () => {
    const handle = await open();
    try {
      await seedDemoData(handle.db, now, { demoPasswordHash: '$argon2id$fake' });
      const progress: number[] = [];
      const inserted = await seedDemoInnovations(handle.db, {
        now,
        count: 4500,
        events: false,
        onProgress: (n) => progress.push(n),
      });
      expect(inserted).toBe(4500);
      expect(progress).toEqual([2000, 4000, 4500]);
      expect((await listInnovations(handle.db, {}, page)).total).toBe(4500);
      expect(await listEvents(handle.db, { entityType: 'innovation' })).toEqual([]);
      // The progress reports are written without the histories too, over the batches.
      const generated = generateDemoInnovations({
        ...(await demoGenerationOptions(handle.db, { now, count: 4500 }))!,
      });
      expect(await countRows(handle.db)).toBe(
        generated.reduce((n, d) => n + d.progressReports.length, 0),
      );
      const last = generated.filter((d) => d.progressReports.length > 0).at(-1)!;
      expect(await quickWinProgress(handle.db, last.innovation.id)).toBe(
        last.progressReports.at(-1)!.progressPercent,
      );
    } finally {
      await handle.close();
    }
  }, 60_000);
});
