import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { testDatabaseFactories } from '../testing';
import {
  buildAction,
  buildMasterplan,
  buildProgramme,
  insertRepositoryFixture,
  type RepositoryFixture,
  rejection,
} from '../testing/repository-fixtures';
import {
  findAction,
  insertActions,
  listActions,
  listOverdueActions,
  saveAction,
} from './action-item.repository';
import { insertMasterplan } from './masterplan.repository';
import { insertProgrammes } from './programme.repository';

const now = new Date('2026-02-02T08:00:00.000Z');
const later = new Date('2026-02-07T07:00:00.000Z');

describe.each(testDatabaseFactories())('action item repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let f: RepositoryFixture;
  let masterplanId: string;
  let programmeId: string;
  let otherProgrammeId: string;

  beforeAll(async () => {
    handle = await open();
    f = await insertRepositoryFixture(handle.db, now);
    const plan = buildMasterplan(f.regionId);
    await insertMasterplan(handle.db, { plan, at: now, actorUserId: null });
    masterplanId = plan.id;
    const programme = buildProgramme(masterplanId, f.dinkes, { name: 'Program Satu' });
    const other = buildProgramme(masterplanId, f.kominfo, { name: 'Program Dua' });
    await insertProgrammes(handle.db, {
      programmes: [programme, other],
      at: now,
      actorUserId: null,
    });
    programmeId = programme.id;
    otherProgrammeId = other.id;
  });
  afterAll(async () => handle.close());

  it('stores action items and lists them by year then activity, by programme or owner (insertActions, listActions, findAction)', async () => {
    const late = buildAction(programmeId, f.dinkes, { activity: 'B kegiatan', year: 2027 });
    const early = buildAction(programmeId, f.dinkes, { activity: 'Z kegiatan', year: 2026 });
    const others = buildAction(otherProgrammeId, f.kominfo, { activity: 'A kegiatan', year: 2027 });
    await insertActions(handle.db, { actions: [late, early, others], at: now, actorUserId: null });
    const all = await listActions(handle.db, masterplanId);
    expect(all.map((a) => a.id)).toEqual([early.id, others.id, late.id]);
    expect(all[0]).toEqual({ ...early, version: 1, updatedAt: now.toISOString() });
    expect((await listActions(handle.db, masterplanId, { programmeId })).map((a) => a.id)).toEqual([
      early.id,
      late.id,
    ]);
    expect(
      (await listActions(handle.db, masterplanId, { ownerUnitId: f.kominfo })).map((a) => a.id),
    ).toEqual([others.id]);
    expect(await findAction(handle.db, late.id)).toEqual(all[2]);
    expect(await findAction(handle.db, randomUUID())).toBeUndefined();
  });

  describe('saveAction', () => {
    it('writes an action item at the next version, and refuses a stale version with CONFLICT', async () => {
      const action = buildAction(programmeId, f.dinkes, { activity: 'Disimpan' });
      await insertActions(handle.db, { actions: [action], at: now, actorUserId: null });
      const next = { ...action, status: 'in_progress' as const, progressPercent: 40 };
      await saveAction(handle.db, {
        action: next,
        expectedVersion: 1,
        at: later,
        actorUserId: f.coordinator.id,
      });
      const saved = await findAction(handle.db, action.id);
      expect(saved).toEqual({ ...next, version: 2, updatedAt: later.toISOString() });

      const error = await rejection(
        saveAction(handle.db, {
          action: { ...action, progressPercent: 90 },
          expectedVersion: 1,
          at: later,
          actorUserId: f.coordinator.id,
        }),
      );
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toBe('The action item was changed by someone else; reload it');
      expect(error.details).toEqual({
        reason: 'stale_version',
        currentVersion: 2,
        updatedAt: later.toISOString(),
        updatedBy: f.coordinator.name,
      });
      expect(await findAction(handle.db, action.id)).toEqual(saved);
      const ghost = buildAction(programmeId, f.dinkes);
      expect(
        (
          await rejection(
            saveAction(handle.db, {
              action: ghost,
              expectedVersion: 1,
              at: later,
              actorUserId: f.coordinator.id,
            }),
          )
        ).code,
      ).toBe('NOT_FOUND');
    });
  });

  describe('listOverdueActions', () => {
    it('counts and lists the items past their year that are neither done nor cancelled, oldest first', async () => {
      const old = buildAction(programmeId, f.dinkes, { year: 2020, activity: 'Lama' });
      const older = buildAction(otherProgrammeId, f.kominfo, { year: 2019, status: 'delayed' });
      const done = buildAction(programmeId, f.dinkes, { year: 2019, status: 'done' });
      const cancelled = buildAction(programmeId, f.dinkes, { year: 2019, status: 'cancelled' });
      await insertActions(handle.db, {
        actions: [old, older, done, cancelled],
        at: now,
        actorUserId: null,
      });
      const overdue = await listOverdueActions(handle.db, 2021, { limit: 10 });
      expect(overdue.total).toBe(2);
      expect(overdue.items.map((a) => [a.id, a.programmeName])).toEqual([
        [older.id, 'Program Dua'],
        [old.id, 'Program Satu'],
      ]);
      expect(await listOverdueActions(handle.db, 2021, { unitId: f.dinkes, limit: 10 })).toEqual({
        total: 1,
        items: [
          { ...old, version: 1, updatedAt: now.toISOString(), programmeName: 'Program Satu' },
        ],
      });
      expect((await listOverdueActions(handle.db, 2021, { limit: 1 })).items).toHaveLength(1);
    });
  });
});
