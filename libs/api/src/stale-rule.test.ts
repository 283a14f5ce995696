import {
  findCredentialsByEmail,
  findRegionByName,
  findUnitByCode,
  listNotifications,
} from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepStaleNotifications } from './services/notifications/stale-sweep';
import { insertTestInnovation } from './testing/innovation-fixtures';
import { openTestApi, type TestApi, type TestClient } from './testing/test-api';

const day = 86_400_000;
const minute = 60_000;
/** A configured `STALE_DAYS` that is not the default, so that nobody's own 30 can pass. */
const staleDays = 12;

/**
 * The one stale rule seen from every side on its boundary day: exactly `STALE_DAYS` days without
 * an event is stale, a minute less is not, for the list's `stale` flag (the SPA's badge shows it),
 * the list's stale filter, the dashboard and the notification sweep alike.
 */
describe.each(testDatabaseFactories())('the stale rule on $dialect', (factory) => {
  let api: TestApi;
  let coordinator: TestClient;
  let dinkesId: string;
  let staffId: string;
  let exactlyId: string;
  let minuteShortId: string;
  const now = new Date('2026-05-20T09:30:00.000Z');

  beforeAll(async () => {
    api = await openTestApi(factory, { staleDays });
    staffId = (await findCredentialsByEmail(api.handle.db, 'dinkes.staf@demo.test'))!.user.id;
    const region = await findRegionByName(api.handle.db, 'Kabupaten Sumedang');
    dinkesId = (await findUnitByCode(api.handle.db, region!.id, 'dinkes'))!.id;
    const exactly = await insertTestInnovation(api.handle.db, {
      unitId: dinkesId,
      createdBy: null,
      stage: 'need',
      title: 'Sunyi tepat di batas',
      now: new Date(now.getTime() - staleDays * day),
    });
    const minuteShort = await insertTestInnovation(api.handle.db, {
      unitId: dinkesId,
      createdBy: null,
      stage: 'need',
      title: 'Sunyi kurang semenit',
      now: new Date(now.getTime() - staleDays * day + minute),
    });
    exactlyId = exactly.id;
    minuteShortId = minuteShort.id;
    api.clock.set(now);
    coordinator = await api.as('koordinator@demo.test');
  });
  afterAll(() => api.close());

  it('innovation.list flags exactly STALE_DAYS days as stale and a minute less as not', async () => {
    const page = await coordinator.caller.innovation.list({ unitId: dinkesId, limit: 100 });
    const flag = (id: string) => page.items.find((item) => item.id === id)?.stale;
    expect(flag(exactlyId)).toBe(true);
    expect(flag(minuteShortId)).toBe(false);
  });

  it('the stale filter keeps exactly the flagged rows', async () => {
    const page = await coordinator.caller.innovation.list({
      unitId: dinkesId,
      stale: true,
      limit: 100,
    });
    expect(page.items.map((item) => item.id)).toEqual([exactlyId]);
    expect(page.items.every((item) => item.stale)).toBe(true);
  });

  it('the dashboard counts and lists the same one', async () => {
    const summary = await coordinator.caller.dashboard.summary({ unitId: dinkesId });
    expect(summary.staleDays).toBe(staleDays);
    expect(summary.stale.total).toBe(1);
    expect(summary.stale.items.map((item) => item.id)).toEqual([exactlyId]);
    expect(summary.stale.items[0]?.daysSinceLastEvent).toBe(staleDays);
  });

  it('the notification sweep tells of the same one', async () => {
    await sweepStaleNotifications(api.handle.db, { now: api.clock.now(), staleDays });
    const notified = (
      await listNotifications(api.handle.db, staffId, { unreadOnly: false, limit: 100 })
    )
      .filter((n) => n.kind === 'became_stale')
      .map((n) => n.innovationId);
    expect(notified).toContain(exactlyId);
    expect(notified).not.toContain(minuteShortId);
  });
});
