import { randomUUID } from 'node:crypto';
import { createInnovation, toUnitFilter, type UnitInput } from '@smartcity/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { testDatabaseFactories } from '../testing';
import { insertRegion } from './region.repository';
import { insertInnovation } from './innovation.repository';
import { insertActions } from './action-item.repository';
import { insertMasterplan } from './masterplan.repository';
import { insertProgrammes, listProgrammes } from './programme.repository';
import {
  countMergeConflictsOfInterest,
  findUnitByCode,
  findUnitById,
  insertMissingUnits,
  insertUnit,
  listUnits,
  mergeUnit,
  setUnitActive,
  unitHoldings,
  updateUnit,
} from './unit.repository';
import { findUserById, insertUser } from './user.repository';

const now = new Date('2026-01-15T08:00:00Z');
const units: UnitInput[] = [
  { code: 'dinkes', name: 'Dinas Kesehatan', shortName: 'Dinkes', type: 'dinas' },
  {
    code: 'kominfo',
    name: 'Dinas Komunikasi dan Informatika',
    shortName: 'Diskominfo',
    type: 'dinas',
  },
  { code: 'setda', name: 'Sekretariat Daerah', shortName: 'Setda', type: 'sekretariat' },
  { code: 'bpbd', name: 'Badan Penanggulangan Bencana Daerah', shortName: 'BPBD', type: 'badan' },
  { code: 'kec-wado', name: 'Kecamatan Wado', shortName: null, type: 'kecamatan' },
  { code: 'odd', name: 'Unit 100% Uji_Coba', shortName: null, type: 'other' },
];

describe.each(testDatabaseFactories())('unit repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let regionId: string;

  beforeAll(async () => {
    handle = await open();
    const region = await insertRegion(handle.db, {
      input: {
        name: 'Kabupaten Uji',
        kind: 'kabupaten',
        province: 'Jawa Barat',
        code: '32.11',
        branding: null,
      },
      now,
    });
    regionId = region.id;
    await insertMissingUnits(handle.db, { regionId, units, now });
  });
  afterAll(async () => handle.close());

  describe('listUnits', () => {
    it('lists every active unit, secretariats first and kecamatan last', async () => {
      const page = await listUnits(handle.db, regionId, toUnitFilter(undefined));
      expect(page.total).toBe(6);
      expect(page.items.map((u) => u.code)).toEqual([
        'setda',
        'dinkes',
        'kominfo',
        'bpbd',
        'kec-wado',
        'odd',
      ]);
    });

    it('searches the name and short name, ignoring case', async () => {
      const byName = await listUnits(handle.db, regionId, toUnitFilter({ search: 'KESEHATAN' }));
      expect(byName.items.map((u) => u.name)).toEqual(['Dinas Kesehatan']);
      const byShort = await listUnits(handle.db, regionId, toUnitFilter({ search: 'diskominfo' }));
      expect(byShort.items.map((u) => u.code)).toEqual(['kominfo']);
    });

    it('takes % and _ in the search literally', async () => {
      expect(
        (await listUnits(handle.db, regionId, toUnitFilter({ search: '100%' }))).items.map(
          (u) => u.code,
        ),
      ).toEqual(['odd']);
      expect((await listUnits(handle.db, regionId, toUnitFilter({ search: '%' }))).total).toBe(1);
      expect((await listUnits(handle.db, regionId, toUnitFilter({ search: 'i_c' }))).total).toBe(1);
    });

    it('filters by type and combines the filter with the search', async () => {
      expect((await listUnits(handle.db, regionId, toUnitFilter({ type: 'dinas' }))).total).toBe(2);
      const both = await listUnits(
        handle.db,
        regionId,
        toUnitFilter({ type: 'dinas', search: 'daerah' }),
      );
      expect(both.total).toBe(0);
    });

    it('returns nothing for another region', async () => {
      expect((await listUnits(handle.db, randomUUID(), toUnitFilter(undefined))).total).toBe(0);
    });

    it('maps rows to domain units', async () => {
      const page = await listUnits(handle.db, regionId, toUnitFilter({ search: 'wado' }));
      expect(page.items[0]).toEqual({
        id: expect.any(String),
        regionId,
        code: 'kec-wado',
        name: 'Kecamatan Wado',
        shortName: null,
        type: 'kecamatan',
        active: true,
        successorUnitId: null,
        version: 1,
      });
    });
  });

  describe('findUnitById', () => {
    it('finds a unit and answers undefined for an unknown id', async () => {
      const dinkes = await findUnitByCode(handle.db, regionId, 'dinkes');
      expect(dinkes?.name).toBe('Dinas Kesehatan');
      expect(await findUnitById(handle.db, dinkes!.id)).toEqual(dinkes);
      expect(await findUnitById(handle.db, randomUUID())).toBeUndefined();
    });
  });

  describe('insertMissingUnits', () => {
    it('inserts only the units that are not there yet', async () => {
      const inserted = await insertMissingUnits(handle.db, {
        regionId,
        units: [
          ...units,
          { code: 'dishub', name: 'Dinas Perhubungan', shortName: 'Dishub', type: 'dinas' },
        ],
        now,
      });
      expect(inserted).toBe(1);
      expect((await listUnits(handle.db, regionId, toUnitFilter(undefined))).total).toBe(7);
    });
  });

  describe('insertUnit and updateUnit', () => {
    it('inserts an active unit at version 1, and refuses a code the region has', async () => {
      const unit = await insertUnit(handle.db, {
        regionId,
        input: { code: '1.02.01', name: 'Dinas Kesehatan Hewan', shortName: null, type: 'dinas' },
        now,
      });
      expect(unit).toMatchObject({
        code: '1.02.01',
        active: true,
        version: 1,
        successorUnitId: null,
      });
      await expect(
        insertUnit(handle.db, {
          regionId,
          input: { code: '1.02.01', name: 'Unit Lain', shortName: null, type: 'other' },
          now,
        }),
      ).rejects.toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'unit_code_taken', field: 'code' },
      });
    });

    it('updates at the version read, bumps it, and refuses a stale version or a taken code', async () => {
      const unit = await insertUnit(handle.db, {
        regionId,
        input: { code: 'upd-1', name: 'Unit Ubah Satu', shortName: null, type: 'other' },
        now,
      });
      const { before, after } = await updateUnit(handle.db, {
        id: unit.id,
        version: 1,
        input: { code: 'upd-2', name: 'Unit Ubah Dua', shortName: 'UUD', type: 'badan' },
        now,
      });
      expect(before).toEqual(unit);
      expect(after).toMatchObject({
        code: 'upd-2',
        name: 'Unit Ubah Dua',
        shortName: 'UUD',
        type: 'badan',
        version: 2,
      });
      await expect(
        updateUnit(handle.db, {
          id: unit.id,
          version: 1,
          input: { code: 'upd-3', name: 'Unit Basi', shortName: null, type: 'other' },
          now,
        }),
      ).rejects.toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'stale_version', currentVersion: 2 },
      });
      await expect(
        updateUnit(handle.db, {
          id: unit.id,
          version: 2,
          input: { code: 'dinkes', name: 'Unit Ubah Dua', shortName: null, type: 'other' },
          now,
        }),
      ).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'unit_code_taken' } });
      expect(await findUnitById(handle.db, unit.id)).toEqual(after);
      await expect(
        updateUnit(handle.db, {
          id: randomUUID(),
          version: 1,
          input: { code: 'x1', name: 'Tidak Ada', shortName: null, type: 'other' },
          now,
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('setUnitActive', () => {
    it('deactivates and reactivates at the version read; the same state changes nothing', async () => {
      const unit = await insertUnit(handle.db, {
        regionId,
        input: { code: 'aktif-1', name: 'Unit Aktif Satu', shortName: null, type: 'other' },
        now,
      });
      const off = await setUnitActive(handle.db, { id: unit.id, version: 1, active: false, now });
      expect(off.after).toMatchObject({ active: false, version: 2 });
      expect(
        (await listUnits(handle.db, regionId, toUnitFilter({ search: 'Aktif Satu' }))).total,
      ).toBe(0);
      expect(
        (
          await listUnits(
            handle.db,
            regionId,
            toUnitFilter({ search: 'Aktif Satu', includeInactive: true }),
          )
        ).total,
      ).toBe(1);
      const again = await setUnitActive(handle.db, { id: unit.id, version: 2, active: false, now });
      expect(again.after).toEqual(off.after);
      await expect(
        setUnitActive(handle.db, { id: unit.id, version: 1, active: true, now }),
      ).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      expect(
        (await setUnitActive(handle.db, { id: unit.id, version: 2, active: true, now })).after,
      ).toMatchObject({
        active: true,
        version: 3,
      });
    });
  });

  describe('mergeUnit', () => {
    it('moves innovations, action items, programme roles and users, and marks the unit merged', async () => {
      const db = handle.db;
      const source = await insertUnit(db, {
        regionId,
        input: { code: 'lama', name: 'Dinas Lama', shortName: null, type: 'dinas' },
        now,
      });
      const successor = await insertUnit(db, {
        regionId,
        input: { code: 'baru', name: 'Dinas Baru', shortName: null, type: 'dinas' },
        now,
      });
      const other = await insertUnit(db, {
        regionId,
        input: { code: 'lain', name: 'Dinas Lain', shortName: null, type: 'dinas' },
        now,
      });
      const staff = await insertUser(
        db,
        {
          name: 'Staf Lama',
          email: 'staf.lama@uji.test',
          nip: null,
          role: 'unit_staff',
          unitId: source.id,
          passwordHash: 'h',
        },
        now,
      );
      const innovation = createInnovation(
        {
          unitId: source.id,
          title: 'Inovasi dinas lama',
          summary: 'Ringkasan inovasi dinas lama.',
          dimension: 'governance',
          element: 'public_service',
          extraDimensions: [],
          jenis: 'digital',
          bentuk: 'public_service',
          inisiator: 'unit',
          urusan: null,
          trialDate: null,
          implementationDate: null,
        },
        { id: randomUUID(), actorUserId: staff.id, now },
      );
      await insertInnovation(db, innovation);
      const masterplanId = randomUUID();
      await insertMasterplan(db, {
        plan: {
          id: masterplanId,
          regionId,
          title: 'Masterplan Uji 2026–2035',
          startYear: 2026,
          endYear: 2035,
          vision: '',
          mission: [],
          bimtekStage: null,
          bimtekDates: {},
          bimtekChecklist: [],
          commitmentStatement: 'Kami berkomitmen melaksanakan rencana induk.',
        },
        at: now,
        actorUserId: null,
      });
      const programme = (id: string, leadUnitId: string, supportingUnitIds: string[]) => ({
        id,
        masterplanId,
        dimension: 'governance' as const,
        element: 'public_service' as const,
        name: `Program ${id.slice(0, 4)}`,
        description: '',
        horizon: 'short' as const,
        leadUnitId,
        supportingUnitIds,
        startYear: 2026,
        endYear: 2028,
        budget: 0,
        fundingSource: 'apbd' as const,
        reference: '',
        innovationIds: [],
      });
      const led = randomUUID();
      const supported = randomUUID();
      const both = randomUUID();
      const untouched = randomUUID();
      await insertProgrammes(db, {
        programmes: [
          programme(led, source.id, [other.id, successor.id]),
          programme(supported, other.id, [source.id, successor.id]),
          programme(both, successor.id, [source.id]),
          programme(untouched, other.id, [successor.id]),
        ],
        at: now,
        actorUserId: null,
      });
      const actionId = randomUUID();
      await insertActions(db, {
        actions: [
          {
            id: actionId,
            programmeId: supported,
            activity: 'Kegiatan dinas lama',
            year: 2026,
            ownerUnitId: source.id,
            outputTarget: 'Satu laporan',
            budget: 0,
            status: 'planned',
            progressPercent: 0,
          },
        ],
        at: now,
        actorUserId: null,
      });
      expect(await unitHoldings(db, source.id)).toEqual({
        innovations: 1,
        actionItems: 1,
        programmes: 3,
        users: 1,
      });
      expect(await countMergeConflictsOfInterest(db, source.id, successor.id)).toBe(0);

      const later = new Date(now.getTime() + 60_000);
      await expect(
        mergeUnit(db, {
          sourceId: source.id,
          version: 2,
          successorId: successor.id,
          now: later,
          actorUserId: staff.id,
        }),
      ).rejects.toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'stale_version' },
      });
      const result = await db.transaction().execute((trx) =>
        mergeUnit(trx, {
          sourceId: source.id,
          version: 1,
          successorId: successor.id,
          now: later,
          actorUserId: staff.id,
        }),
      );
      expect(result.after).toMatchObject({
        active: false,
        successorUnitId: successor.id,
        version: 2,
      });
      expect(result.moves).toEqual({
        innovationIds: [innovation.id],
        actionItemIds: [actionId],
        programmeIds: [led, supported, both].sort(),
        userIds: [staff.id],
      });
      const programmes = new Map((await listProgrammes(db, masterplanId)).map((p) => [p.id, p]));
      expect(programmes.get(led)).toMatchObject({
        leadUnitId: successor.id,
        supportingUnitIds: [other.id],
        version: 2,
      });
      expect(programmes.get(supported)).toMatchObject({
        leadUnitId: other.id,
        supportingUnitIds: [successor.id],
        version: 2,
      });
      expect(programmes.get(both)).toMatchObject({
        leadUnitId: successor.id,
        supportingUnitIds: [],
        version: 2,
      });
      expect(programmes.get(untouched)).toMatchObject({
        supportingUnitIds: [successor.id],
        version: 1,
      });
      expect(await findUserById(db, staff.id)).toMatchObject({ unitId: successor.id, version: 2 });
      expect(await unitHoldings(db, source.id)).toEqual({
        innovations: 0,
        actionItems: 0,
        programmes: 0,
        users: 0,
      });
      expect(await unitHoldings(db, successor.id)).toEqual({
        innovations: 1,
        actionItems: 1,
        programmes: 4,
        users: 1,
      });
    });
  });
});
