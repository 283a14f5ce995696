import { idSchema } from '@smartcity/domain';
import { findRegionByName, findUnitByCode } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createContext } from './context';
import { openTestApi, type TestApi } from './testing/test-api';
import { createCallerFactory, router, unitProcedure } from './trpc';

// A router of one unit-scoped procedure, to test the middleware before real ones use it.
const probeRouter = router({
  touch: unitProcedure(z.strictObject({ unitId: idSchema }), (_ctx, input) =>
    Promise.resolve({ unitId: input.unitId, record: null }),
  ).mutation(({ ctx }) => ({ unitId: ctx.unitId, by: ctx.auth.user.email })),
});
const createProbeCaller = createCallerFactory(probeRouter);

describe('unitProcedure', () => {
  const [sqlite] = testDatabaseFactories();
  let api: TestApi;
  let dinkesId: string;
  let kominfoId: string;

  beforeAll(async () => {
    api = await openTestApi(sqlite!);
    const region = await findRegionByName(api.handle.db, 'Kabupaten Sumedang');
    dinkesId = (await findUnitByCode(api.handle.db, region!.id, 'dinkes'))!.id;
    kominfoId = (await findUnitByCode(api.handle.db, region!.id, 'diskominfosanditik'))!.id;
  });
  afterAll(() => api.close());

  const probeAs = async (email: string) => {
    const { cookies } = await api.as(email);
    return createProbeCaller(
      createContext(api.deps, { clientAddress: null, headers: { 'x-csrf': '1' }, cookies }),
    );
  };

  it("lets unit staff act on their own unit's records and hands the unit to the resolver", async () => {
    const caller = await probeAs('dinkes.staf@demo.test');
    expect(await caller.touch({ unitId: dinkesId })).toEqual({
      unitId: dinkesId,
      by: 'dinkes.staf@demo.test',
    });
  });

  it("refuses unit staff on another unit's records with FORBIDDEN", async () => {
    const caller = await probeAs('dinkes.staf@demo.test');
    await expect(caller.touch({ unitId: kominfoId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'This record belongs to another unit',
    });
  });

  it('lets coordinators act on every unit and refuses evaluators and leaders', async () => {
    expect(
      (await (await probeAs('koordinator@demo.test')).touch({ unitId: kominfoId })).unitId,
    ).toBe(kominfoId);
    await expect(
      (await probeAs('penilai@demo.test')).touch({ unitId: dinkesId }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      (await probeAs('bupati@demo.test')).touch({ unitId: dinkesId }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses the public with UNAUTHORIZED', async () => {
    const caller = createProbeCaller(
      createContext(api.deps, {
        clientAddress: null,
        headers: { 'x-csrf': '1' },
        cookies: api.client().cookies,
      }),
    );
    await expect(caller.touch({ unitId: dinkesId })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});

describe('publicProcedure', () => {
  const [sqlite] = testDatabaseFactories();
  let api: TestApi;
  beforeAll(async () => (api = await openTestApi(sqlite!)));
  afterAll(() => api.close());

  it('refuses every mutation without the x-csrf header, before checking anything else', async () => {
    const { cookies } = await api.as('koordinator@demo.test');
    const caller = createProbeCaller(
      createContext(api.deps, { clientAddress: null, headers: {}, cookies }),
    );
    await expect(caller.touch({ unitId: 'not-even-a-uuid' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Missing the x-csrf header',
    });
  });

  it('lets queries through without it (a cross-site page cannot read the answer)', async () => {
    await expect(api.client({ csrf: false }).caller.unit.list()).resolves.toMatchObject({
      total: 55,
    });
  });
});
