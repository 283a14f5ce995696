import { randomUUID } from 'node:crypto';
import { createInnovation, type Innovation, type Stage } from '@smartcity/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { seedDemoData } from '../seed/demo-seed';
import { testDatabaseFactories } from '../testing';
import { insertInnovation } from './innovation.repository';
import {
  countUnreadNotifications,
  insertNotifications,
  listNotifications,
  listStaleInnovationsToNotify,
  listUnitRecipients,
  markAllNotificationsRead,
  markNotificationsRead,
  type NewNotification,
} from './notification.repository';
import { findRegionByName } from './region.repository';
import { findUnitByCode } from './unit.repository';
import { findCredentialsByEmail, insertUser, updateUser } from './user.repository';

const seedNow = new Date('2026-01-05T07:00:00.000Z');
const day = 86_400_000;

describe.each(testDatabaseFactories())('notification repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let dinkesId: string;
  let kominfoId: string;
  let staffId: string;
  let headId: string;
  let otherId: string;

  async function innovation({
    unitId,
    stage,
    lastEventAt,
    title = 'Daftar Imunisasi via WhatsApp',
  }: {
    readonly unitId: string;
    readonly stage: Stage;
    readonly lastEventAt: Date;
    readonly title?: string;
  }): Promise<Innovation> {
    const base = createInnovation(
      {
        unitId,
        title,
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
      { id: randomUUID(), actorUserId: staffId, now: lastEventAt },
    );
    const row: Innovation = { ...base, stage, createdBy: null, updatedBy: null };
    await insertInnovation(handle.db, row);
    return row;
  }

  const notice = ({
    userId,
    innovationId,
    createdAt,
    overrides = {},
  }: {
    readonly userId: string;
    readonly innovationId: string;
    readonly createdAt: Date;
    readonly overrides?: Partial<NewNotification>;
  }): NewNotification => ({
    id: randomUUID(),
    userId,
    kind: 'outcome_recorded',
    innovationId,
    createdAt,
    detail: { outcome: 'impactful' },
    dedupeKey: `outcome:${innovationId}:${createdAt.toISOString()}`,
    ...overrides,
  });

  beforeAll(async () => {
    handle = await open();
    await seedDemoData(handle.db, seedNow, { demoPasswordHash: 'h' });
    const region = await findRegionByName(handle.db, 'Kabupaten Sumedang');
    dinkesId = (await findUnitByCode(handle.db, region!.id, 'dinkes'))!.id;
    kominfoId = (await findUnitByCode(handle.db, region!.id, 'diskominfosanditik'))!.id;
    staffId = (await findCredentialsByEmail(handle.db, 'dinkes.staf@demo.test'))!.user.id;
    headId = (await findCredentialsByEmail(handle.db, 'dinkes.kepala@demo.test'))!.user.id;
    otherId = (await findCredentialsByEmail(handle.db, 'kominfo.staf@demo.test'))!.user.id;
  });
  afterAll(() => handle.close());

  it("names a unit's active staff and heads as recipients, and no one else", async () => {
    const inactive = await insertUser(
      handle.db,
      {
        name: 'Staf Nonaktif',
        email: 'nonaktif@demo.test',
        nip: null,
        role: 'unit_staff',
        unitId: dinkesId,
        passwordHash: 'h',
      },
      seedNow,
    );
    await updateUser(handle.db, {
      id: inactive.id,
      expectedVersion: inactive.version,
      changes: { active: false },
      now: seedNow,
    });
    const recipients = await listUnitRecipients(handle.db, [dinkesId, kominfoId, dinkesId]);
    expect(recipients.get(dinkesId)?.sort()).toEqual([staffId, headId].sort());
    expect(recipients.get(kominfoId)).toContain(otherId);
    expect(await listUnitRecipients(handle.db, [])).toEqual(new Map());
  });

  it('stores notifications once per user and fact, and lists them newest first with the innovation', async () => {
    const a = await innovation({
      unitId: dinkesId,
      stage: 'sustained',
      lastEventAt: seedNow,
      title: 'Inovasi A',
    });
    const b = await innovation({
      unitId: dinkesId,
      stage: 'need',
      lastEventAt: seedNow,
      title: 'Inovasi B',
    });
    const t1 = new Date(seedNow.getTime() + 1000);
    const t2 = new Date(seedNow.getTime() + 2000);
    const first = notice({ userId: staffId, innovationId: a.id, createdAt: t1 });
    expect(
      await insertNotifications(handle.db, [
        first,
        notice({ userId: headId, innovationId: a.id, createdAt: t1 }),
        notice({
          userId: staffId,
          innovationId: b.id,
          createdAt: t2,
          overrides: {
            kind: 'became_stale',
            detail: { staleDays: 31, lastEventAt: seedNow.toISOString() },
            dedupeKey: `stale:${b.id}:${seedNow.toISOString()}`,
          },
        }),
      ]),
    ).toBe(3);
    // The same fact again (another id): ignored.
    expect(await insertNotifications(handle.db, [{ ...first, id: randomUUID() }])).toBe(0);

    const items = await listNotifications(handle.db, staffId, { unreadOnly: false, limit: 30 });
    expect(items).toEqual([
      {
        id: expect.any(String) as string,
        kind: 'became_stale',
        innovationId: b.id,
        innovationTitle: 'Inovasi B',
        unitId: dinkesId,
        createdAt: t2.toISOString(),
        readAt: null,
        outcome: null,
        staleDays: 31,
      },
      {
        id: first.id,
        kind: 'outcome_recorded',
        innovationId: a.id,
        innovationTitle: 'Inovasi A',
        unitId: dinkesId,
        createdAt: t1.toISOString(),
        readAt: null,
        outcome: 'impactful',
        staleDays: null,
      },
    ]);
    expect(
      await listNotifications(handle.db, staffId, { unreadOnly: false, limit: 1 }),
    ).toHaveLength(1);
    expect(await countUnreadNotifications(handle.db, staffId)).toBe(2);
    expect(await countUnreadNotifications(handle.db, otherId)).toBe(0);
  });

  it("marks only the user's own notifications read, and only once", async () => {
    const [latest, older] = await listNotifications(handle.db, staffId, {
      unreadOnly: false,
      limit: 30,
    });
    const [headsOwn] = await listNotifications(handle.db, headId, { unreadOnly: false, limit: 30 });
    const readAt = new Date(seedNow.getTime() + 5000);

    // Another user's id is not theirs to mark.
    expect(
      await markNotificationsRead(handle.db, { userId: otherId, ids: [headsOwn!.id], now: readAt }),
    ).toBe(0);
    expect(await countUnreadNotifications(handle.db, headId)).toBe(1);

    expect(
      await markNotificationsRead(handle.db, {
        userId: staffId,
        ids: [latest!.id, headsOwn!.id, randomUUID()],
        now: readAt,
      }),
    ).toBe(1);
    expect(
      await markNotificationsRead(handle.db, { userId: staffId, ids: [latest!.id], now: readAt }),
    ).toBe(0);
    expect(await countUnreadNotifications(handle.db, staffId)).toBe(1);
    expect(await countUnreadNotifications(handle.db, headId)).toBe(1);

    const unread = await listNotifications(handle.db, staffId, { unreadOnly: true, limit: 30 });
    expect(unread.map((n) => n.id)).toEqual([older!.id]);
    const all = await listNotifications(handle.db, staffId, { unreadOnly: false, limit: 30 });
    expect(all[0]?.readAt).toBe(readAt.toISOString());

    expect(await markAllNotificationsRead(handle.db, staffId, readAt)).toBe(1);
    expect(await markAllNotificationsRead(handle.db, staffId, readAt)).toBe(0);
    expect(await countUnreadNotifications(handle.db, staffId)).toBe(0);
    expect(await countUnreadNotifications(handle.db, headId)).toBe(1);
  });

  it('finds active innovations stale at the cutoff, not yet notified for their quiet spell, in batches', async () => {
    const now = new Date('2026-06-01T00:00:00.000Z');
    const cutoff = new Date(now.getTime() - 30 * day);
    const exactly = await innovation({ unitId: kominfoId, stage: 'process', lastEventAt: cutoff });
    const almost = await innovation({
      unitId: kominfoId,
      stage: 'process',
      lastEventAt: new Date(cutoff.getTime() + 1),
    });
    const older = await innovation({
      unitId: kominfoId,
      stage: 'quick_win',
      lastEventAt: new Date(cutoff.getTime() - day),
    });
    await innovation({
      unitId: kominfoId,
      stage: 'sustained',
      lastEventAt: new Date(cutoff.getTime() - day),
    });
    await innovation({
      unitId: kominfoId,
      stage: 'discontinued',
      lastEventAt: new Date(cutoff.getTime() - day),
    });

    const all = async () => {
      const found: string[] = [];
      let afterId: string | null = null;
      for (;;) {
        const batch = await listStaleInnovationsToNotify(handle.db, {
          staleBefore: cutoff,
          afterId,
          limit: 1,
        });
        if (batch.length === 0) return found;
        found.push(...batch.map((b) => b.id));
        afterId = batch.at(-1)!.id;
      }
    };
    const ids = await all();
    expect(ids).toContain(exactly.id);
    expect(ids).toContain(older.id);
    expect(ids).not.toContain(almost.id);
    expect(ids).toEqual([...ids].sort());
    const [found] = await listStaleInnovationsToNotify(handle.db, {
      staleBefore: cutoff,
      afterId: null,
      limit: 1000,
    }).then((rows) => rows.filter((r) => r.id === exactly.id));
    expect(found).toEqual({ id: exactly.id, unitId: kominfoId, lastEventAt: cutoff.toISOString() });

    // Notified for this spell: no longer found (an outcome notification does not count).
    await insertNotifications(handle.db, [
      notice({
        userId: otherId,
        innovationId: exactly.id,
        createdAt: now,
        overrides: {
          kind: 'became_stale',
          detail: { staleDays: 30, lastEventAt: cutoff.toISOString() },
          dedupeKey: `stale:${exactly.id}:${cutoff.toISOString()}`,
        },
      }),
      notice({ userId: otherId, innovationId: older.id, createdAt: now }),
    ]);
    const after = await all();
    expect(after).not.toContain(exactly.id);
    expect(after).toContain(older.id);
  });

  it('removes the notifications of a deleted innovation', async () => {
    const gone = await innovation({ unitId: dinkesId, stage: 'need', lastEventAt: seedNow });
    await insertNotifications(handle.db, [
      notice({ userId: headId, innovationId: gone.id, createdAt: seedNow }),
    ]);
    await handle.db
      .deleteFrom('innovation_sections')
      .where('innovation_id', '=', gone.id)
      .execute();
    await handle.db.deleteFrom('innovations').where('id', '=', gone.id).execute();
    const rows = await handle.db
      .selectFrom('notifications')
      .select('id')
      .where('innovation_id', '=', gone.id)
      .execute();
    expect(rows).toEqual([]);
  });
});
