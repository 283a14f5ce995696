import { findHomeRegion, insertUser, listEvents } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { isDomainError } from '@smartcity/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { failure } from '../../testing/refusal';
import { openTestApi, type TestApi, type TestClient } from '../../testing/test-api';

describe.each(testDatabaseFactories())('region router on $dialect', (factory) => {
  let api: TestApi;
  let coordinator: TestClient;

  beforeAll(async () => {
    api = await openTestApi(factory);
    coordinator = await api.as('koordinator@demo.test');
  });
  afterAll(() => api.close());

  const profile = {
    name: 'Kabupaten Sumedang',
    kind: 'kabupaten',
    province: 'Jawa Barat',
    code: '32.11',
    branding: 'Sumedang Happy Digital Region',
  } as const;

  describe('get', () => {
    it('answers the demo region to anyone, marked as demo data', async () => {
      expect(await api.client().caller.region.get()).toEqual({
        id: expect.any(String) as string,
        ...profile,
        emblem: null,
        isDemo: true,
        version: 1,
      });
    });

    it('answers null before the setup', async () => {
      const empty = await openTestApi(factory, { demoData: false });
      try {
        expect(await empty.client().caller.region.get()).toBeNull();
      } finally {
        await empty.close();
      }
    });
  });

  describe('update', () => {
    it('changes the profile at the version read and records the change with who made it', async () => {
      const current = (await api.client().caller.region.get())!;
      const changed = await coordinator.caller.region.update({
        ...profile,
        branding: '  Sumedang Simpati  ',
        province: 'Jawa Barat',
        version: current.version,
      });
      expect(changed).toMatchObject({
        ...profile,
        branding: 'Sumedang Simpati',
        isDemo: true,
        version: current.version + 1,
      });
      expect(await api.client().caller.region.get()).toEqual(changed);
      const events = await listEvents(api.handle.db, {
        entityType: 'region',
        entityId: current.id,
      });
      expect(events.at(-1)).toMatchObject({
        action: 'region.updated',
        regionId: current.id,
        actorUserId: (await coordinator.caller.auth.me())!.user.id,
        before: { branding: 'Sumedang Happy Digital Region', version: current.version },
        after: { branding: 'Sumedang Simpati', version: current.version + 1 },
      });
    });

    it('refuses a stale version with CONFLICT, changing nothing', async () => {
      const current = (await api.client().caller.region.get())!;
      const before = await snapshotDatabase(api.handle.db);
      const error = await failure(
        coordinator.caller.region.update({
          ...profile,
          name: 'Kabupaten Sumedang Baru',
          version: current.version - 1,
        }),
      );
      expect(error.code).toBe('CONFLICT');
      expect(isDomainError(error.cause) && error.cause.details?.reason).toBe('stale_version');
      expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    });

    it('refuses a code that is not NN.NN and an unknown kind, by field', async () => {
      const current = (await api.client().caller.region.get())!;
      const error = await failure(
        coordinator.caller.region.update({
          ...profile,
          code: '32.1',
          kind: 'provinsi' as 'kota',
          version: current.version,
        }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(
        (error.cause as { issues?: { path: string[] }[] }).issues?.map((i) => i.path.join('.')),
      ).toEqual(['kind', 'code']);
      expect((await findHomeRegion(api.handle.db))?.code).toBe('32.11');
    });

    it('answers NOT_FOUND (not_set_up) before the setup', async () => {
      const empty = await openTestApi(factory, { demoData: false });
      try {
        // An account made by the CLI's create-coordinator before any region existed.
        await insertUser(
          empty.handle.db,
          {
            name: 'Operator',
            email: 'operator@sumedang.test',
            nip: null,
            role: 'coordinator',
            unitId: null,
            passwordHash: await empty.deps.passwords.hash('Kata-Sandi-Uji-2026'),
          },
          empty.clock.now(),
        );
        const operator = await empty.as('operator@sumedang.test', 'Kata-Sandi-Uji-2026');
        const error = await failure(operator.caller.region.update({ ...profile, version: 1 }));
        expect(error.code).toBe('NOT_FOUND');
        expect(isDomainError(error.cause) && error.cause.details?.reason).toBe('not_set_up');
      } finally {
        await empty.close();
      }
    });
  });
});
