import { toUnitFilter } from '@smartcity/domain';
import { describe, expect, it } from 'vitest';
import { listEvents } from '../repositories/event.repository';
import { findRegionByName, listRegions } from '../repositories/region.repository';
import { listUnits } from '../repositories/unit.repository';
import { listUsers } from '../repositories/user.repository';
import { demoAccounts } from './demo-accounts';
import { testDatabaseFactories } from '../testing';
import { seedDemoData } from './demo-seed';
import { sumedangUnits } from './sumedang-units';

describe('sumedangUnits', () => {
  it('lists 55 units: 29 offices and 26 kecamatan, with unique codes', () => {
    expect(sumedangUnits).toHaveLength(55);
    expect(sumedangUnits.filter((u) => u.type === 'kecamatan')).toHaveLength(26);
    expect(new Set(sumedangUnits.map((u) => u.code)).size).toBe(55);
  });
});

describe.each(testDatabaseFactories())('seedDemoData on $dialect', ({ open }) => {
  it('seeds Kabupaten Sumedang, its 55 units and the demo accounts once, however often it runs', async () => {
    const handle = await open();
    try {
      const options = { demoPasswordHash: '$argon2id$fake' };
      const first = await seedDemoData(handle.db, new Date('2026-01-01T00:00:00Z'), options);
      expect(first).toEqual({
        regionCreated: true,
        unitsInserted: 55,
        usersInserted: 8,
      });
      const second = await seedDemoData(handle.db, new Date('2026-01-02T00:00:00Z'), options);
      expect(second).toEqual({ regionCreated: false, unitsInserted: 0, usersInserted: 0 });

      expect((await listRegions(handle.db)).map((r) => r.name)).toEqual(['Kabupaten Sumedang']);
      const region = await findRegionByName(handle.db, 'Kabupaten Sumedang');
      const units = await listUnits(handle.db, region!.id, toUnitFilter(undefined));
      expect(units.total).toBe(55);
      expect(units.items.map((u) => u.name)).toContain('Dinas Kesehatan');
      const users = await listUsers(handle.db, {
        search: null,
        role: null,
        unitId: null,
        includeInactive: false,
      });
      expect(users.map((u) => u.email).sort()).toEqual(demoAccounts.map((a) => a.email).sort());
      const dinkesStaff = users.find((u) => u.email === 'dinkes.staf@demo.test');
      expect(dinkesStaff).toMatchObject({ role: 'unit_staff', unit: { name: 'Dinas Kesehatan' } });
      expect(users.find((u) => u.email === 'kominfo.kepala@demo.test')?.unit?.shortName).toBe(
        'Diskominfosanditik',
      );
      expect(users.find((u) => u.email === 'penilai.kabupaten@demo.test')).toMatchObject({
        role: 'evaluator',
        unit: { shortName: 'Bapppeda' },
      });
      const events = await listEvents(handle.db, { entityType: 'region' });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ action: 'demo_data.seeded', after: { unitsInserted: 55 } });
    } finally {
      await handle.close();
    }
  });

  it('lets two processes seed at the same time without a collision', async () => {
    const handle = await open();
    try {
      const options = { demoPasswordHash: '$argon2id$fake' };
      const now = new Date('2026-01-01T00:00:00Z');
      const reports = await Promise.all([
        seedDemoData(handle.db, now, options),
        seedDemoData(handle.db, now, options),
      ]);
      expect(reports.filter((r) => r.regionCreated)).toHaveLength(1);
      expect(reports.reduce((n, r) => n + r.unitsInserted, 0)).toBe(55);
      expect(await listRegions(handle.db)).toHaveLength(1);
    } finally {
      await handle.close();
    }
  });
});
