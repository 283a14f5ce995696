import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from '../../testing/test-api';

describe.each(testDatabaseFactories())('unit router on $dialect', (factory) => {
  let api: TestApi;
  beforeAll(async () => (api = await openTestApi(factory)));
  afterAll(() => api.close());

  describe('list', () => {
    it("answers Sumedang's 55 units without input", async () => {
      const answer = await api.client().caller.unit.list();
      expect(answer.total).toBe(55);
      expect(answer.items).toHaveLength(55);
      expect(answer.items[0]?.name).toBe('Sekretariat Daerah');
    });

    it('searches by name and filters by type', async () => {
      const health = await api.client().caller.unit.list({ search: 'kesehatan' });
      expect(health.items.map((u) => u.name)).toEqual(['Dinas Kesehatan']);
      const kecamatan = await api.client().caller.unit.list({ type: 'kecamatan' });
      expect(kecamatan.total).toBe(26);
      const both = await api.client().caller.unit.list({ type: 'kecamatan', search: 'sumedang' });
      expect(both.items.map((u) => u.name)).toEqual([
        'Kecamatan Sumedang Selatan',
        'Kecamatan Sumedang Utara',
      ]);
    });

    it('answers an empty list when nothing matches', async () => {
      expect(await api.client().caller.unit.list({ search: 'tidak ada unit seperti ini' })).toEqual(
        {
          items: [],
          total: 0,
          can: { manage: false },
        },
      );
    });

    it('refuses malformed input with BAD_REQUEST', async () => {
      const bad = [
        { type: 'ministry' },
        { search: 'x'.repeat(101) },
        { search: 42 },
        { unknown: true },
      ];
      for (const input of bad) {
        await expect(api.client().caller.unit.list(input as never)).rejects.toMatchObject({
          code: 'BAD_REQUEST',
        });
      }
    });
  });

  describe('byId', () => {
    it('answers the unit with its region', async () => {
      const [dinkes] = (await api.client().caller.unit.list({ search: 'Dinas Kesehatan' })).items;
      const answer = await api.client().caller.unit.byId({ id: dinkes!.id });
      expect(answer).toMatchObject({ name: 'Dinas Kesehatan', shortName: 'Dinkes', type: 'dinas' });
      expect(answer.region).toMatchObject({
        name: 'Kabupaten Sumedang',
        kind: 'kabupaten',
        province: 'Jawa Barat',
      });
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const error = await api
        .client()
        .caller.unit.byId({ id: randomUUID() })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Unit not found' });
    });

    it('answers BAD_REQUEST for an id that is not a UUID', async () => {
      await expect(api.client().caller.unit.byId({ id: '1 or 1=1' })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    });
  });
});
