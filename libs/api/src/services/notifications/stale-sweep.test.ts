import {
  findCredentialsByEmail,
  findRegionByName,
  findUnitByCode,
  listNotifications,
} from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestInnovation } from '../../testing/innovation-fixtures';
import { openTestApi, type TestApi } from '../../testing/test-api';
import { sweepStaleNotifications } from './stale-sweep';

const day = 86_400_000;

describe.each(testDatabaseFactories())('sweepStaleNotifications on $dialect', (factory) => {
  let api: TestApi;
  let staffId: string;
  let dinkesId: string;
  let kominfoId: string;

  beforeAll(async () => {
    api = await openTestApi(factory);
    staffId = (await findCredentialsByEmail(api.handle.db, 'dinkes.staf@demo.test'))!.user.id;
    const region = await findRegionByName(api.handle.db, 'Kabupaten Sumedang');
    dinkesId = (await findUnitByCode(api.handle.db, region!.id, 'dinkes'))!.id;
    kominfoId = (await findUnitByCode(api.handle.db, region!.id, 'diskominfosanditik'))!.id;
  });
  afterAll(() => api.close());

  // Read through the repository: the test clock jumps months, past any session's lifetime.
  const staleOf = async (innovationId: string) =>
    (await listNotifications(api.handle.db, staffId, { unreadOnly: false, limit: 100 })).filter(
      (n) => n.innovationId === innovationId && n.kind === 'became_stale',
    );

  it('notifies exactly staleDays after the last event, and not a millisecond before', async () => {
    const lastEventAt = new Date('2026-01-10T10:00:00.000Z');
    const quiet = await insertTestInnovation(api.handle.db, {
      unitId: dinkesId,
      createdBy: null,
      stage: 'process',
      now: lastEventAt,
    });
    const exactly = new Date(lastEventAt.getTime() + 30 * day);

    await sweepStaleNotifications(api.handle.db, {
      now: new Date(exactly.getTime() - 1),
      staleDays: 30,
    });
    expect(await staleOf(quiet.id)).toEqual([]);

    await sweepStaleNotifications(api.handle.db, { now: exactly, staleDays: 30 });
    expect(await staleOf(quiet.id)).toMatchObject([
      { kind: 'became_stale', staleDays: 30, createdAt: exactly.toISOString(), readAt: null },
    ]);
  });

  it('notifies once per quiet spell, and again after a new spell', async () => {
    const start = new Date('2026-01-01T08:00:00.000Z');
    const quiet = await insertTestInnovation(api.handle.db, {
      unitId: dinkesId,
      createdBy: null,
      stage: 'need',
      now: start,
    });
    api.clock.set(new Date(start.getTime() + 45 * day));
    const first = await sweepStaleNotifications(api.handle.db, {
      now: api.clock.now(),
      staleDays: 30,
    });
    expect(first.notifications).toBeGreaterThanOrEqual(2); // the unit's staff and head
    expect(await staleOf(quiet.id)).toHaveLength(1);

    api.clock.advance(day);
    const again = await sweepStaleNotifications(api.handle.db, {
      now: api.clock.now(),
      staleDays: 30,
    });
    expect(again).toEqual({ innovations: 0, notifications: 0 });
    expect(await staleOf(quiet.id)).toHaveLength(1);

    // A new event ends the spell; thirty quiet days later it is told again, once.
    const staff = await api.as('dinkes.staf@demo.test');
    const current = (await staff.caller.innovation.byId({ id: quiet.id })).innovation;
    await staff.caller.innovation.updateSection({
      id: quiet.id,
      version: current.version,
      section: 'need',
      data: { ...current.sections.need, statement: 'Pendaftaran imunisasi dari rumah lewat WA' },
    });
    api.clock.advance(29 * day);
    await sweepStaleNotifications(api.handle.db, { now: api.clock.now(), staleDays: 30 });
    expect(await staleOf(quiet.id)).toHaveLength(1);
    api.clock.advance(day);
    await sweepStaleNotifications(api.handle.db, { now: api.clock.now(), staleDays: 30 });
    await sweepStaleNotifications(api.handle.db, { now: api.clock.now(), staleDays: 30 });
    expect(await staleOf(quiet.id)).toHaveLength(2);
  });

  it('skips sustained and discontinued innovations, and walks many in batches', async () => {
    const long = new Date('2025-01-01T00:00:00.000Z');
    const done = await insertTestInnovation(api.handle.db, {
      unitId: dinkesId,
      createdBy: null,
      stage: 'sustained',
      now: long,
    });
    const many = [];
    for (let i = 0; i < 7; i++) {
      many.push(
        await insertTestInnovation(api.handle.db, {
          unitId: kominfoId,
          createdBy: null,
          stage: 'quick_win',
          now: long,
        }),
      );
    }
    const report = await sweepStaleNotifications(api.handle.db, {
      now: new Date('2026-12-01T00:00:00.000Z'),
      staleDays: 30,
      batchSize: 3,
    });
    expect(report.innovations).toBeGreaterThanOrEqual(7);
    expect(await staleOf(done.id)).toEqual([]);
    const kominfoStaffId = (await findCredentialsByEmail(api.handle.db, 'kominfo.staf@demo.test'))!
      .user.id;
    const told = new Set(
      (
        await listNotifications(api.handle.db, kominfoStaffId, { unreadOnly: true, limit: 100 })
      ).map((n) => n.innovationId),
    );
    expect(many.every((i) => told.has(i.id))).toBe(true);
  });
});
