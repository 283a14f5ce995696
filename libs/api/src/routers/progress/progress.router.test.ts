import { findRegionByName, findUnitByCode, listEvents } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { insertTestInnovation } from '../../testing/innovation-fixtures';
import { openTestApi, type TestApi, type TestClient } from '../../testing/test-api';
import { failure } from '../../testing/refusal';

describe.each(testDatabaseFactories())('progress router on $dialect', (factory) => {
  let api: TestApi;
  let staff: TestClient;
  let head: TestClient;
  let dinkesId: string;

  beforeAll(async () => {
    api = await openTestApi(factory);
    staff = await api.as('dinkes.staf@demo.test');
    head = await api.as('dinkes.kepala@demo.test');
    const region = await findRegionByName(api.handle.db, 'Kabupaten Sumedang');
    dinkesId = (await findUnitByCode(api.handle.db, region!.id, 'dinkes'))!.id;
  });
  afterAll(() => api.close());

  const quickWin = (isPublic = false) =>
    insertTestInnovation(api.handle.db, {
      unitId: dinkesId,
      createdBy: null,
      stage: 'quick_win',
      isPublic,
    });
  const report = (innovationId: string, overrides: Record<string, unknown> = {}) => ({
    innovationId,
    reportDate: '2026-03-01',
    progressPercent: 40,
    narrative: 'Layanan berjalan di lima puskesmas.',
    kpiActuals: [{ name: 'Waktu tunggu', actual: 95 }],
    status: 'in_progress' as const,
    ...overrides,
  });

  it('adds a report, sets the quick win status, records the event, and opens the gate to evaluation', async () => {
    const innovation = await quickWin();
    const before = await head.caller.innovation.byId({ id: innovation.id });
    expect(before.gate).toEqual([{ field: 'quick_win.progressReports', reason: 'at_least_one' }]);

    const added = await staff.caller.progress.add(
      report(innovation.id, { status: 'done', progressPercent: 100 }),
    );
    expect(added).toMatchObject({
      progressPercent: 100,
      status: 'done',
      kpiActuals: [{ name: 'Waktu tunggu', actual: 95 }],
    });
    const after = await head.caller.innovation.byId({ id: innovation.id });
    expect(after.gate).toEqual([]);
    expect(after.innovation.sections.quick_win.status).toBe('done');
    expect(after.innovation.version).toBe(innovation.version + 1);
    const events = await listEvents(api.handle.db, {
      entityType: 'innovation',
      entityId: innovation.id,
    });
    expect(events.at(-1)).toMatchObject({
      action: 'innovation.progress_reported',
      after: { progressPercent: 100 },
    });

    // The unit head can now submit the quick win to evaluation.
    const submitted = await head.caller.innovation.advance({
      id: innovation.id,
      version: after.innovation.version,
    });
    expect(submitted.stage).toBe('evaluation');
  });

  it('lists reports newest first, with who made them', async () => {
    const innovation = await quickWin();
    await staff.caller.progress.add(
      report(innovation.id, { reportDate: '2026-01-15', progressPercent: 10 }),
    );
    await staff.caller.progress.add(
      report(innovation.id, { reportDate: '2026-02-15', progressPercent: 30 }),
    );
    const list = await head.caller.progress.list({ innovationId: innovation.id });
    expect(list.map((r) => r.progressPercent)).toEqual([30, 10]);
    expect(list[0]?.createdByName).toBe('Staf Dinas Kesehatan (Demo)');
  });

  it('refuses progress below the previous report without a reason, changing nothing', async () => {
    const innovation = await quickWin();
    await staff.caller.progress.add(report(innovation.id, { progressPercent: 60 }));
    const before = await snapshotDatabase(api.handle.db);
    const error = await failure(
      staff.caller.progress.add(report(innovation.id, { progressPercent: 50 })),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause).toMatchObject({
      details: { field: 'decreaseReason', previousPercent: 60 },
    });
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    const explained = await staff.caller.progress.add(
      report(innovation.id, {
        progressPercent: 50,
        decreaseReason: 'Satu puskesmas berhenti sementara',
      }),
    );
    expect(explained.decreaseReason).toBe('Satu puskesmas berhenti sementara');
  });

  it('refuses bad input precisely and changes nothing', async () => {
    const innovation = await quickWin();
    const before = await snapshotDatabase(api.handle.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ progressPercent: 101 }, 'BAD_REQUEST'],
      [{ progressPercent: -1 }, 'BAD_REQUEST'],
      [{ reportDate: '2026-13-40' }, 'BAD_REQUEST'],
      [{ reportDate: '2099-01-01' }, 'BAD_REQUEST'],
      [{ kpiActuals: [{ name: 'Tidak dikenal', actual: 1 }] }, 'BAD_REQUEST'],
      [{ narrative: 'x' }, 'BAD_REQUEST'],
      [{ extra: true }, 'BAD_REQUEST'],
      [{ innovationId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
    ];
    for (const [overrides, code] of cases) {
      const error = await failure(staff.caller.progress.add(report(innovation.id, overrides)));
      expect(error.code, JSON.stringify(overrides)).toBe(code);
    }
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
  });

  it('refuses reports outside the quick-win stage and from another unit', async () => {
    const process = await insertTestInnovation(api.handle.db, {
      unitId: dinkesId,
      createdBy: null,
      stage: 'process',
    });
    expect((await failure(staff.caller.progress.add(report(process.id)))).code).toBe(
      'UNPROCESSABLE_CONTENT',
    );
    const other = await api.as('kominfo.staf@demo.test');
    expect((await failure(other.caller.progress.add(report((await quickWin()).id)))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('shows the reports of a published innovation to the public, and hides the others', async () => {
    const published = await quickWin(true);
    await staff.caller.progress.add(report(published.id));
    expect(await api.client().caller.progress.list({ innovationId: published.id })).toHaveLength(1);
    const hidden = await quickWin(false);
    expect(
      (await failure(api.client().caller.progress.list({ innovationId: hidden.id }))).code,
    ).toBe('NOT_FOUND');
  });
});
