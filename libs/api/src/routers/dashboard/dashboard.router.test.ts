import { findRegionByName, findUnitByCode } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { stages } from '@smartcity/domain';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { insertTestInnovation } from '../../testing/innovation-fixtures';
import { failure } from '../../testing/refusal';
import { openTestApi, testNow, type TestApi, type TestClient } from '../../testing/test-api';

describe.each(testDatabaseFactories())('dashboard router on $dialect', (factory) => {
  let api: TestApi;
  let coordinator: TestClient;
  let staff: TestClient;
  let dinkesId: string;
  let kominfoId: string;

  beforeAll(async () => {
    api = await openTestApi(factory);
    coordinator = await api.as('koordinator@demo.test');
    staff = await api.as('dinkes.staf@demo.test');
    const region = await findRegionByName(api.handle.db, 'Kabupaten Sumedang');
    dinkesId = (await findUnitByCode(api.handle.db, region!.id, 'dinkes'))!.id;
    kominfoId = (await findUnitByCode(api.handle.db, region!.id, 'diskominfosanditik'))!.id;
    const db = api.handle.db;
    const at = (iso: string) => new Date(iso);
    // Dinkes: a quick win (overdue: its target was 2023-09-30), a public need, a 2025 problem.
    await insertTestInnovation(db, { unitId: dinkesId, createdBy: null, stage: 'quick_win' });
    await insertTestInnovation(db, {
      unitId: dinkesId,
      createdBy: null,
      stage: 'need',
      isPublic: true,
    });
    await insertTestInnovation(db, {
      unitId: dinkesId,
      createdBy: null,
      stage: 'problem',
      now: at('2025-06-10T08:00:00.000Z'),
    });
    // Diskominfosanditik: one sustained innovation, public.
    await insertTestInnovation(db, {
      unitId: kominfoId,
      createdBy: null,
      stage: 'sustained',
      isPublic: true,
    });
  });
  afterAll(() => api.close());

  it('counts the register for every logged-in role and names the units that do not innovate', async () => {
    const summary = await staff.caller.dashboard.summary({});
    expect(summary.total).toBe(4);
    expect(summary.counts.byUnit).toEqual({ [dinkesId]: 3, [kominfoId]: 1 });
    expect(summary.counts.byStage).toMatchObject({
      quick_win: 1,
      need: 1,
      problem: 1,
      sustained: 1,
    });
    // Diskominfosanditik's only innovation is sustained: it innovates (DOMAIN.md; issue 12 fixed
    // the card, which counted active stages only and said 1 here, against its own chart).
    expect(summary.units.innovating).toBe(2);
    expect(summary.unitsWithoutActive.map((u) => u.id)).not.toContain(kominfoId);
    expect(summary.unitsWithoutActive.map((u) => u.id)).not.toContain(dinkesId);
    expect(summary.ranking.map((row) => [row.unitId, row.innovations])).toEqual([
      [dinkesId, 3],
      [kominfoId, 1],
    ]);
    expect(summary.coverage.find((row) => row.unitId === dinkesId)?.byDimension.living).toBe(3);
    expect(summary.overdue.total).toBe(1);
    expect(summary.overdue.items[0]).toMatchObject({ quickWinTargetDate: '2023-09-30' });
    // The 2025 problem has been quiet since 2025-06-10: stale at the test clock (2026-03-02).
    expect(summary.stale.total).toBe(1);
    expect(summary.asOf).toBe(testNow.toISOString());
  });

  it('filters by year, dimension and unit', async () => {
    expect((await coordinator.caller.dashboard.summary({ year: 2025 })).total).toBe(1);
    expect((await coordinator.caller.dashboard.summary({ year: 2026 })).total).toBe(3);
    expect((await coordinator.caller.dashboard.summary({ dimension: 'economy' })).total).toBe(0);
    const kominfo = await coordinator.caller.dashboard.summary({ unitId: kominfoId });
    expect(kominfo.total).toBe(1);
    expect(kominfo.coverage.map((row) => row.unitId)).toEqual([kominfoId]);
    expect(kominfo.units).toEqual({ total: 1, innovating: 1 });
  });

  it('every figure equals the total of the innovation list it links to', async () => {
    for (const filter of [{}, { year: 2025 }, { year: 2026, unitId: dinkesId }]) {
      const summary = await coordinator.caller.dashboard.summary(filter);
      const listTotal = async (more: Record<string, unknown>) =>
        (await coordinator.caller.innovation.list({ ...filter, ...more, limit: 1 })).total;
      expect(await listTotal({})).toBe(summary.total);
      for (const stage of stages) {
        expect(await listTotal({ stage })).toBe(summary.counts.byStage[stage]);
      }
      expect(await listTotal({ stale: true })).toBe(summary.stale.total);
      expect(await listTotal({ overdue: true })).toBe(summary.overdue.total);
      expect(await listTotal({ outcome: 'none' })).toBe(summary.counts.byOutcome.none);
      expect(await listTotal({ active: true })).toBe(
        summary.total - summary.counts.byStage.sustained - summary.counts.byStage.discontinued,
      );
      expect(await listTotal({ unitId: dinkesId })).toBe(summary.counts.byUnit[dinkesId] ?? 0);
      expect(await listTotal({ stage: 'quick_win', quickWinStatus: 'in_progress' })).toBe(
        summary.quickWins.byStatus.in_progress,
      );
    }
  });

  it('shows a new progress report in the quick-win figures', async () => {
    const quickWin = await insertTestInnovation(api.handle.db, {
      unitId: kominfoId,
      createdBy: null,
      stage: 'quick_win',
    });
    const before = await coordinator.caller.dashboard.summary({ unitId: kominfoId });
    expect(before.quickWins).toMatchObject({ total: 1, reported: 0, meanProgress: null });
    const kominfoStaff = await api.as('kominfo.staf@demo.test');
    await kominfoStaff.caller.progress.add({
      innovationId: quickWin.id,
      reportDate: '2026-03-01',
      progressPercent: 65,
      narrative: 'Layanan berjalan di tiga kecamatan.',
      status: 'in_progress',
    });
    const after = await coordinator.caller.dashboard.summary({ unitId: kominfoId });
    expect(after.quickWins).toMatchObject({ total: 1, reported: 1, meanProgress: 65 });
    expect(after.overdue.items.find((item) => item.id === quickWin.id)?.quickWinProgress).toBe(65);
  });

  it('gives the scorecards of every active unit, most innovations first', async () => {
    const cards = await coordinator.caller.dashboard.units({});
    expect(cards[0]).toMatchObject({ unitId: dinkesId, innovations: 3, active: 3, evaluated: 0 });
    expect(cards[0]?.shareImpactful).toBeNull();
    expect(cards.length).toBeGreaterThan(50);
    expect(cards.at(-1)).toMatchObject({ innovations: 0, lastActivity: null });
  });

  it('shows the public only published innovations, without login', async () => {
    const anonymous = api.client();
    const summary = await anonymous.caller.dashboard.public({});
    expect(summary.total).toBe(2);
    // The masterplan's action items are not public.
    expect('overdueActions' in summary).toBe(false);
    expect(summary.stale.items.every((item) => item.title.length > 0)).toBe(true);
    expect((await failure(anonymous.caller.dashboard.summary({}))).code).toBe('UNAUTHORIZED');
  });

  it('refuses a unit that does not exist and malformed filters, and changes nothing', async () => {
    const before = await snapshotDatabase(api.handle.db);
    const missing = await failure(coordinator.caller.dashboard.summary({ unitId: randomUUID() }));
    expect(missing.code).toBe('NOT_FOUND');
    const missingPublic = await failure(
      api.client().caller.dashboard.public({ unitId: randomUUID() }),
    );
    expect(missingPublic.code).toBe('NOT_FOUND');
    for (const input of [
      { year: 1999 },
      { year: 2026.5 },
      { dimension: 'space' },
      { unitId: 'dinkes' },
      { sort: 'total' },
    ]) {
      const refused = await failure(coordinator.caller.dashboard.summary(input as never));
      expect(refused.code).toBe('BAD_REQUEST');
    }
    expect(
      (await failure(coordinator.caller.dashboard.units({ unitId: dinkesId } as never))).code,
    ).toBe('BAD_REQUEST');
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
  });
});
