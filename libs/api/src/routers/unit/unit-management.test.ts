import { randomUUID } from 'node:crypto';
import { findRegionByName, findUnitByCode, listEvents } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { failure } from '../../testing/refusal';
import { openTestApi, type TestApi, type TestClient } from '../../testing/test-api';

describe.each(testDatabaseFactories())('unit management on $dialect', (factory) => {
  let api: TestApi;
  let coordinator: TestClient;
  let head: TestClient;
  let dinkesId: string;

  beforeAll(async () => {
    api = await openTestApi(factory);
    coordinator = await api.as('koordinator@demo.test');
    head = await api.as('dinkes.kepala@demo.test');
    const region = await findRegionByName(api.handle.db, 'Kabupaten Sumedang');
    dinkesId = (await findUnitByCode(api.handle.db, region!.id, 'dinkes'))!.id;
  });
  afterAll(() => api.close());

  const newUnit = (over: Record<string, unknown> = {}) => ({
    code: `1.02.${randomUUID().slice(0, 4)}`,
    name: 'Dinas Kesehatan Hewan',
    shortName: 'Diskeswan',
    type: 'dinas' as const,
    ...over,
  });

  describe('create', () => {
    it('creates an active unit in the region with a real code, and records who did', async () => {
      const unit = await coordinator.caller.unit.create(newUnit({ code: ' 1.02.01 ' }));
      expect(unit).toMatchObject({
        code: '1.02.01',
        name: 'Dinas Kesehatan Hewan',
        active: true,
        successorUnitId: null,
        version: 1,
      });
      const region = await findRegionByName(api.handle.db, 'Kabupaten Sumedang');
      expect(unit.regionId).toBe(region!.id);
      expect((await coordinator.caller.unit.list({ search: 'Kesehatan Hewan' })).total).toBe(1);
      const events = await listEvents(api.handle.db, { entityType: 'unit', entityId: unit.id });
      expect(events).toMatchObject([{ action: 'unit.created', after: { code: '1.02.01' } }]);
    });

    it('refuses a code the region has (whatever its case) with CONFLICT, changing nothing', async () => {
      const before = await snapshotDatabase(api.handle.db);
      const error = await failure(coordinator.caller.unit.create(newUnit({ code: 'DINKES' })));
      expect(error.code).toBe('CONFLICT');
      expect(error.cause).toMatchObject({ details: { reason: 'unit_code_taken', field: 'code' } });
      expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    });

    it('refuses a unit head, and malformed codes, changing nothing', async () => {
      const before = await snapshotDatabase(api.handle.db);
      expect((await failure(head.caller.unit.create(newUnit()))).code).toBe('FORBIDDEN');
      for (const code of ['din kes', '1.02.', 'x'])
        expect((await failure(coordinator.caller.unit.create(newUnit({ code })))).code).toBe(
          'BAD_REQUEST',
        );
      expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    });
  });

  describe('update', () => {
    it('changes the name, short name, type and code at the version read', async () => {
      const unit = await coordinator.caller.unit.create(newUnit());
      const updated = await coordinator.caller.unit.update({
        id: unit.id,
        version: 1,
        code: `${unit.code}a`,
        name: 'Dinas Peternakan dan Kesehatan Hewan',
        shortName: null,
        type: 'badan',
      });
      expect(updated).toMatchObject({
        code: `${unit.code}a`,
        name: 'Dinas Peternakan dan Kesehatan Hewan',
        shortName: null,
        type: 'badan',
        version: 2,
      });
      const events = await listEvents(api.handle.db, { entityType: 'unit', entityId: unit.id });
      expect(events.map((e) => e.action)).toEqual(['unit.created', 'unit.updated']);
    });

    it('refuses a stale version and a unit head with the data unchanged', async () => {
      const unit = await coordinator.caller.unit.create(newUnit());
      const input = { id: unit.id, version: 1, ...newUnit({ code: unit.code, name: 'Nama Baru' }) };
      await coordinator.caller.unit.update(input);
      const before = await snapshotDatabase(api.handle.db);
      const stale = await failure(coordinator.caller.unit.update({ ...input, name: 'Basi' }));
      expect(stale.code).toBe('CONFLICT');
      expect(stale.cause).toMatchObject({
        details: { reason: 'stale_version', currentVersion: 2 },
      });
      expect((await failure(head.caller.unit.update({ ...input, version: 2 }))).code).toBe(
        'FORBIDDEN',
      );
      expect(
        (await failure(coordinator.caller.unit.update({ ...input, version: 2, code: 'dinkes' })))
          .code,
      ).toBe('CONFLICT');
      expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    });
  });

  describe('setActive', () => {
    it('deactivates a unit (it leaves the default list) and reactivates it', async () => {
      const unit = await coordinator.caller.unit.create(newUnit({ name: 'Unit Sementara Uji' }));
      const off = await coordinator.caller.unit.setActive({
        id: unit.id,
        version: 1,
        active: false,
      });
      expect(off).toMatchObject({ active: false, version: 2 });
      expect((await coordinator.caller.unit.list({ search: 'Sementara Uji' })).total).toBe(0);
      const all = await coordinator.caller.unit.list({
        search: 'Sementara Uji',
        includeInactive: true,
      });
      expect(all.items.map((u) => u.active)).toEqual([false]);
      const on = await coordinator.caller.unit.setActive({ id: unit.id, version: 2, active: true });
      expect(on).toMatchObject({ active: true, version: 3 });
      const events = await listEvents(api.handle.db, { entityType: 'unit', entityId: unit.id });
      expect(events.map((e) => e.action)).toEqual([
        'unit.created',
        'unit.deactivated',
        'unit.reactivated',
      ]);
    });

    it('changes and records nothing when the unit has that state already', async () => {
      const unit = await coordinator.caller.unit.create(newUnit());
      const before = await snapshotDatabase(api.handle.db);
      expect(
        await coordinator.caller.unit.setActive({ id: unit.id, version: 1, active: true }),
      ).toEqual(unit);
      expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    });

    it('refuses a stale version, a unit head and an unknown unit, changing nothing', async () => {
      const unit = await coordinator.caller.unit.create(newUnit());
      const before = await snapshotDatabase(api.handle.db);
      expect(
        (
          await failure(
            coordinator.caller.unit.setActive({ id: unit.id, version: 2, active: false }),
          )
        ).code,
      ).toBe('CONFLICT');
      expect(
        (await failure(head.caller.unit.setActive({ id: unit.id, version: 1, active: false })))
          .code,
      ).toBe('FORBIDDEN');
      expect(
        (
          await failure(
            coordinator.caller.unit.setActive({ id: randomUUID(), version: 1, active: false }),
          )
        ).code,
      ).toBe('NOT_FOUND');
      expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    });
  });

  describe('what the caller may do', () => {
    it('tells coordinators, and only them, that they manage units, with the counts of a unit', async () => {
      expect((await coordinator.caller.unit.list()).can).toEqual({ manage: true });
      expect((await head.caller.unit.list()).can).toEqual({ manage: false });
      expect((await api.client().caller.unit.list()).can).toEqual({ manage: false });
      const asCoordinator = await coordinator.caller.unit.byId({ id: dinkesId });
      expect(asCoordinator.can.manage).toBe(true);
      expect(asCoordinator.holdings).toEqual({
        innovations: 0,
        actionItems: 0,
        programmes: 0,
        users: 2,
      });
      expect(asCoordinator.successor).toBeNull();
      const asHead = await head.caller.unit.byId({ id: dinkesId });
      expect(asHead).toMatchObject({ can: { manage: false }, holdings: null });
      expect((await api.client().caller.unit.byId({ id: dinkesId })).holdings).toBeNull();
    });
  });
});
