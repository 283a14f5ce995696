import { randomUUID } from 'node:crypto';
import { createInnovation } from '@smartcity/domain';
import {
  findCredentialsByEmail,
  findRegionByName,
  findUnitByCode,
  insertInnovation,
  listNotifications,
  type DatabaseHandle,
} from '@smartcity/db';
import { seedDemoData } from '@smartcity/demo-data';
import { openTestSqlite } from '@smartcity/db/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNotificationSweep } from './notification-sweep';

const now = new Date('2026-05-01T00:00:00.000Z');
const logger = pino({ level: 'silent' });

describe('startNotificationSweep', () => {
  let handle: DatabaseHandle;
  let staffId: string;

  beforeAll(async () => {
    handle = await openTestSqlite();
    await seedDemoData(handle.db, now, { demoPasswordHash: 'h' });
    const region = await findRegionByName(handle.db, 'Kabupaten Sumedang');
    const unitId = (await findUnitByCode(handle.db, region!.id, 'dinkes'))!.id;
    staffId = (await findCredentialsByEmail(handle.db, 'dinkes.staf@demo.test'))!.user.id;
    const quiet = createInnovation(
      {
        unitId,
        title: 'Inovasi Sepi',
        summary: 'Tidak ada kegiatan sejak lama.',
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
      { id: randomUUID(), actorUserId: staffId, now: new Date('2026-01-01T00:00:00.000Z') },
    );
    await insertInnovation(handle.db, { ...quiet, createdBy: null, updatedBy: null });
  });
  afterAll(() => handle.close());

  const count = async () =>
    (await listNotifications(handle.db, staffId, { unreadOnly: false, limit: 100 })).length;

  it('does nothing when turned off (0 minutes)', async () => {
    const sweep = startNotificationSweep({
      db: handle.db,
      now: () => now,
      staleDays: 30,
      intervalMinutes: 0,
      logger,
    });
    await sweep.runNow();
    await sweep.stop();
    expect(await count()).toBe(0);
  });

  it('sweeps on demand without overlapping, and not after it is stopped', async () => {
    const sweep = startNotificationSweep({
      db: handle.db,
      now: () => now,
      staleDays: 30,
      intervalMinutes: 60,
      logger,
    });
    await Promise.all([sweep.runNow(), sweep.runNow()]);
    expect(await count()).toBe(1);
    await sweep.stop();
    await sweep.runNow();
    expect(await count()).toBe(1);
  });

  it('logs a failed sweep instead of throwing', async () => {
    const closed = await openTestSqlite();
    await closed.close();
    const sweep = startNotificationSweep({
      db: closed.db,
      now: () => now,
      staleDays: 30,
      intervalMinutes: 60,
      logger,
    });
    await expect(sweep.runNow()).resolves.toBeUndefined();
    await sweep.stop();
  });
});
