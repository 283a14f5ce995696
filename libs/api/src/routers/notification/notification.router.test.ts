import { findRegionByName, findUnitByCode } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepStaleNotifications } from '../../services/notifications/stale-sweep';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { insertTestInnovation } from '../../testing/innovation-fixtures';
import { failure } from '../../testing/refusal';
import { openTestApi, type TestApi, type TestClient } from '../../testing/test-api';

const day = 86_400_000;

describe.each(testDatabaseFactories())('notification router on $dialect', (factory) => {
  let api: TestApi;
  let staff: TestClient;
  let head: TestClient;
  let otherStaff: TestClient;
  let coordinator: TestClient;
  let dinkesId: string;

  beforeAll(async () => {
    api = await openTestApi(factory);
    staff = await api.as('dinkes.staf@demo.test');
    head = await api.as('dinkes.kepala@demo.test');
    otherStaff = await api.as('kominfo.staf@demo.test');
    coordinator = await api.as('koordinator@demo.test');
    const region = await findRegionByName(api.handle.db, 'Kabupaten Sumedang');
    dinkesId = (await findUnitByCode(api.handle.db, region!.id, 'dinkes'))!.id;
  });
  afterAll(() => api.close());

  const innovation = (stage: 'need' | 'evaluation', lastEventAt: Date, title?: string) =>
    insertTestInnovation(api.handle.db, {
      unitId: dinkesId,
      createdBy: null,
      stage,
      now: lastEventAt,
      title,
    });

  it('tells the unit staff and head, and no one else, when a coordinator records an outcome', async () => {
    const evaluated = await innovation('evaluation', api.clock.now(), 'Inovasi Dinilai');
    const scored = await coordinator.caller.innovation.updateSection({
      id: evaluated.id,
      version: evaluated.version,
      section: 'evaluation',
      data: { outcome: 'needs_improvement' },
    });
    // Recording the outcome alone is not yet the move: nothing is told.
    expect((await staff.caller.notification.list()).items).toEqual([]);

    api.clock.advance(60_000);
    const recordedAt = api.clock.now().toISOString();
    const moved = await coordinator.caller.innovation.advance({
      id: evaluated.id,
      version: scored.version,
    });
    expect(moved.stage).toBe('quick_win');

    for (const client of [staff, head]) {
      const { items, unread } = await client.caller.notification.list();
      expect(unread).toBe(1);
      expect(items).toEqual([
        {
          id: expect.any(String) as string,
          kind: 'outcome_recorded',
          innovationId: evaluated.id,
          innovationTitle: 'Inovasi Dinilai',
          unitId: dinkesId,
          createdAt: recordedAt,
          readAt: null,
          outcome: 'needs_improvement',
          staleDays: null,
        },
      ]);
    }
    expect(await otherStaff.caller.notification.list()).toEqual({ items: [], unread: 0 });
    expect(await coordinator.caller.notification.list()).toEqual({ items: [], unread: 0 });
  });

  it('does not notify when an innovation is submitted to evaluation or discontinued from it', async () => {
    const evaluated = await innovation('evaluation', api.clock.now());
    await coordinator.caller.innovation.discontinue({
      id: evaluated.id,
      version: evaluated.version,
      reason: 'Tidak ada anggaran tahun ini',
    });
    const { items } = await staff.caller.notification.list();
    expect(items.filter((n) => n.innovationId === evaluated.id)).toEqual([]);
  });

  it('shows each user only their own notifications, and marking another user’s changes nothing', async () => {
    const quiet = await innovation('need', new Date(api.clock.now().getTime() - 40 * day));
    await sweepStaleNotifications(api.handle.db, { now: api.clock.now(), staleDays: 30 });

    const staffList = await staff.caller.notification.list({ unreadOnly: true });
    const staffStale = staffList.items.find((n) => n.innovationId === quiet.id);
    expect(staffStale).toMatchObject({ kind: 'became_stale', staleDays: 40, outcome: null });
    const headStale = (await head.caller.notification.list()).items.find(
      (n) => n.innovationId === quiet.id,
    );
    expect(headStale?.id).not.toBe(staffStale?.id);
    expect((await otherStaff.caller.notification.list()).items).toEqual([]);

    // Another user's notification, an unknown id: nothing changes.
    const before = await snapshotDatabase(api.handle.db);
    expect(
      await otherStaff.caller.notification.markRead({ ids: [staffStale!.id, randomUUID()] }),
    ).toEqual({ updated: 0 });
    expect(await otherStaff.caller.notification.markAllRead()).toEqual({ updated: 0 });
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    // Nor can the unit head mark the staff member's copy.
    expect(await head.caller.notification.markRead({ ids: [staffStale!.id] })).toEqual({
      updated: 0,
    });
    expect((await staff.caller.notification.list()).unread).toBe(staffList.unread);
  });

  it('marks one read, then all, and lists unread ones only when asked', async () => {
    const { items, unread } = await staff.caller.notification.list();
    expect(unread).toBeGreaterThanOrEqual(2);
    api.clock.advance(1000);
    expect(await staff.caller.notification.markRead({ ids: [items[0]!.id] })).toEqual({
      updated: 1,
    });
    expect(await staff.caller.notification.markRead({ ids: [items[0]!.id] })).toEqual({
      updated: 0,
    });
    const after = await staff.caller.notification.list();
    expect(after.unread).toBe(unread - 1);
    expect(after.items[0]).toMatchObject({
      id: items[0]!.id,
      readAt: api.clock.now().toISOString(),
    });
    const unreadOnly = await staff.caller.notification.list({ unreadOnly: true });
    expect(unreadOnly.items.map((n) => n.id)).not.toContain(items[0]!.id);
    expect(unreadOnly.items).toHaveLength(unread - 1);
    expect((await staff.caller.notification.list({ limit: 1 })).items).toHaveLength(1);

    expect(await staff.caller.notification.markAllRead()).toEqual({ updated: unread - 1 });
    expect((await staff.caller.notification.list()).unread).toBe(0);
    // The head's copies stay unread.
    expect((await head.caller.notification.list()).unread).toBeGreaterThanOrEqual(2);
  });

  it('refuses malformed input with BAD_REQUEST and the public with UNAUTHORIZED', async () => {
    expect((await failure(staff.caller.notification.list({ limit: 101 }))).code).toBe(
      'BAD_REQUEST',
    );
    expect((await failure(staff.caller.notification.list({ limit: 0 }))).code).toBe('BAD_REQUEST');
    expect((await failure(staff.caller.notification.markRead({ ids: [] }))).code).toBe(
      'BAD_REQUEST',
    );
    expect((await failure(staff.caller.notification.markRead({ ids: ['not-an-id'] }))).code).toBe(
      'BAD_REQUEST',
    );
    expect(
      (
        await failure(
          staff.caller.notification.markRead({
            ids: Array.from({ length: 101 }, () => randomUUID()),
          }),
        )
      ).code,
    ).toBe('BAD_REQUEST');
    expect((await failure(api.client().caller.notification.list())).code).toBe('UNAUTHORIZED');
    expect((await failure(api.client().caller.notification.markAllRead())).code).toBe(
      'UNAUTHORIZED',
    );
  });
});
