import { randomUUID } from 'node:crypto';
import { createInnovation, type Innovation, type ProgressReport } from '@smartcity/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { seedDemoData } from '../seed/demo-seed';
import { testDatabaseFactories } from '../testing';
import { insertInnovation } from './innovation.repository';
import {
  countProgressReports,
  insertProgressReport,
  insertProgressReports,
  latestProgressReport,
} from './progress.repository';
import { findRegionByName } from './region.repository';
import { findUnitByCode } from './unit.repository';

const now = new Date('2026-01-05T07:00:00.000Z');

function build(unitId: string): Innovation {
  const base = createInnovation(
    {
      unitId,
      title: 'Daftar Imunisasi via WhatsApp',
      summary: 'Pendaftaran imunisasi dari rumah untuk memangkas antrean.',
      dimension: 'living',
      element: 'health',
      extraDimensions: [],
      jenis: 'digital',
      bentuk: 'public_service',
      inisiator: 'unit',
      urusan: null,
      trialDate: null,
      implementationDate: null,
    },
    { id: randomUUID(), actorUserId: 'unused', now },
  );
  return { ...base, createdBy: null, updatedBy: null };
}

function report({
  innovationId,
  reportDate,
  progressPercent,
  overrides = {},
}: {
  readonly innovationId: string;
  readonly reportDate: string;
  readonly progressPercent: number;
  readonly overrides?: Partial<ProgressReport>;
}): ProgressReport {
  return {
    id: randomUUID(),
    innovationId,
    reportDate,
    progressPercent,
    narrative: 'Uji coba berjalan di dua puskesmas.',
    kpiActuals: [{ name: 'Waktu tunggu', actual: 95.5 }],
    status: 'in_progress',
    decreaseReason: null,
    createdAt: `${reportDate}T08:00:00.000Z`,
    createdBy: null,
    ...overrides,
  };
}

describe.each(testDatabaseFactories())('progress repository on $dialect', (factory) => {
  let handle: DatabaseHandle;
  let unitId: string;

  beforeAll(async () => {
    handle = await factory.open();
    await seedDemoData(handle.db, now, { demoPasswordHash: 'not-a-real-hash' });
    const region = await findRegionByName(handle.db, 'Kabupaten Sumedang');
    unitId = (await findUnitByCode(handle.db, region!.id, 'dinkes'))!.id;
  });
  afterAll(async () => handle?.close());

  async function insertNew(count: number): Promise<Innovation[]> {
    const innovations = Array.from({ length: count }, () => build(unitId));
    await handle.db.transaction().execute(async (trx) => {
      for (const innovation of innovations) await insertInnovation(trx, innovation);
    });
    return innovations;
  }

  async function quickWinProgress(id: string): Promise<number | null> {
    const row = await handle.db
      .selectFrom('innovations')
      .select('quick_win_progress')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return row.quick_win_progress;
  }

  describe('insertProgressReports', () => {
    it('stores more than one chunk of reports and reads them back as written', async () => {
      const innovations = await insertNew(3);
      // 1,203 reports (three chunks of at most 500), interleaved over the innovations.
      const reports = Array.from({ length: 1203 }, (_, k) => {
        const day = String(1 + (k % 28)).padStart(2, '0');
        return report({
          innovationId: innovations[k % 3]!.id,
          reportDate: `2025-03-${day}`,
          progressPercent: k % 101,
          overrides: {
            createdAt: `2025-03-${day}T08:00:${String(k % 60).padStart(2, '0')}.${String(k).padStart(3, '0').slice(-3)}Z`,
          },
        });
      });
      await handle.db.transaction().execute((trx) => insertProgressReports(trx, reports));
      for (const innovation of innovations)
        expect(await countProgressReports(handle.db, innovation.id)).toBe(401);
      const one = reports[7]!;
      const stored = await handle.db
        .selectFrom('progress_reports')
        .selectAll()
        .where('id', '=', one.id)
        .executeTakeFirstOrThrow();
      expect(stored.progress_percent).toBe(one.progressPercent);
      expect(stored.report_date).toBe(one.reportDate);
    });

    it('copies the latest report’s progress (by report date, then entry, then id) onto each innovation', async () => {
      const [a, b, c, untouched] = await insertNew(4);
      const sameTime = '2025-06-01T08:00:00.000Z';
      const reports = [
        // a: the latest by report date is written first.
        report({ innovationId: a!.id, reportDate: '2025-06-30', progressPercent: 70 }),
        report({ innovationId: a!.id, reportDate: '2025-05-01', progressPercent: 90 }),
        // b: the same date; the later entry wins.
        report({
          innovationId: b!.id,
          reportDate: '2025-06-01',
          progressPercent: 40,
          overrides: { createdAt: '2025-06-01T10:00:00.000Z' },
        }),
        report({
          innovationId: b!.id,
          reportDate: '2025-06-01',
          progressPercent: 35,
          overrides: { createdAt: '2025-06-01T09:00:00.000Z' },
        }),
        // c: same date and entry; the greater id wins.
        report({
          innovationId: c!.id,
          reportDate: '2025-06-01',
          progressPercent: 20,
          overrides: {
            id: '00000000-0000-4000-8000-000000000001',
            createdAt: sameTime,
          },
        }),
        report({
          innovationId: c!.id,
          reportDate: '2025-06-01',
          progressPercent: 25,
          overrides: {
            id: 'ffffffff-0000-4000-8000-000000000001',
            createdAt: sameTime,
          },
        }),
      ];
      await handle.db.transaction().execute((trx) => insertProgressReports(trx, reports));
      expect(await quickWinProgress(a!.id)).toBe(70);
      expect(await quickWinProgress(b!.id)).toBe(40);
      expect(await quickWinProgress(c!.id)).toBe(25);
      expect(await quickWinProgress(untouched!.id)).toBeNull();
      // The same answer as the single insert and the latest report.
      for (const innovation of [a!, b!, c!])
        expect(await quickWinProgress(innovation.id)).toBe(
          (await latestProgressReport(handle.db, innovation.id))!.progressPercent,
        );
      await handle.db
        .transaction()
        .execute((trx) =>
          insertProgressReport(
            trx,
            report({ innovationId: a!.id, reportDate: '2025-07-15', progressPercent: 80 }),
          ),
        );
      expect(await quickWinProgress(a!.id)).toBe(80);
    });

    it('does nothing with no reports', async () => {
      await handle.db.transaction().execute((trx) => insertProgressReports(trx, []));
    });
  });
});
