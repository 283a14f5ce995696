import { randomUUID } from 'node:crypto';
import { toUnitFilter, type UnitInput } from '@smartcity/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { testDatabaseFactories } from '../testing';
import { insertRegion } from './region.repository';
import { findUnitByCode, findUnitById, insertMissingUnits, listUnits } from './unit.repository';

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
    const region = await insertRegion(
      handle.db,
      {
        name: 'Kabupaten Uji',
        kind: 'kabupaten',
        province: 'Jawa Barat',
        code: '32.11',
        branding: null,
      },
      now,
    );
    regionId = region.id;
    await insertMissingUnits(handle.db, regionId, units, now);
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
      const inserted = await insertMissingUnits(
        handle.db,
        regionId,
        [
          ...units,
          { code: 'dishub', name: 'Dinas Perhubungan', shortName: 'Dishub', type: 'dinas' },
        ],
        now,
      );
      expect(inserted).toBe(1);
      expect((await listUnits(handle.db, regionId, toUnitFilter(undefined))).total).toBe(7);
    });
  });
});
