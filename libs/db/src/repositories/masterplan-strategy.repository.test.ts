import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { testDatabaseFactories } from '../testing';
import { buildMasterplan, insertRepositoryFixture } from '../testing/repository-fixtures';
import { insertMasterplan } from './masterplan.repository';
import { listStrategies, upsertStrategy } from './masterplan-strategy.repository';

const now = new Date('2026-02-02T08:00:00.000Z');

describe.each(testDatabaseFactories())('masterplan strategy repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let masterplanId: string;

  beforeAll(async () => {
    handle = await open();
    const f = await insertRepositoryFixture(handle.db, now);
    const plan = buildMasterplan(f.regionId);
    await insertMasterplan(handle.db, { plan, at: now, actorUserId: null });
    masterplanId = plan.id;
  });
  afterAll(async () => handle.close());

  describe('upsertStrategy and listStrategies', () => {
    it('sets a dimension’s strategy, replaces it on a second write, and lists only the dimensions that have one', async () => {
      expect(await listStrategies(handle.db, masterplanId)).toEqual([]);
      await upsertStrategy(handle.db, {
        masterplanId,
        strategy: { dimension: 'governance', text: 'Satu' },
        at: now,
        actorUserId: null,
      });
      await upsertStrategy(handle.db, {
        masterplanId,
        strategy: { dimension: 'living', text: 'Sehat' },
        at: now,
        actorUserId: null,
      });
      await upsertStrategy(handle.db, {
        masterplanId,
        strategy: { dimension: 'governance', text: 'Dua' },
        at: now,
        actorUserId: null,
      });
      const strategies = await listStrategies(handle.db, masterplanId);
      expect([...strategies].sort((a, b) => a.dimension.localeCompare(b.dimension))).toEqual([
        { dimension: 'governance', text: 'Dua' },
        { dimension: 'living', text: 'Sehat' },
      ]);
    });
  });
});
