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
import { insertActions } from './action-item.repository';
import {
  findMasterplan,
  findMasterplanExternalCodes,
  insertMasterplan,
  saveMasterplan,
} from './masterplan.repository';
import { insertProgrammes } from './programme.repository';

const now = new Date('2026-02-02T08:00:00.000Z');
const later = new Date('2026-02-05T13:45:00.000Z');

describe.each(testDatabaseFactories())('masterplan repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let f: RepositoryFixture;

  beforeAll(async () => {
    handle = await open();
    f = await insertRepositoryFixture(handle.db, now);
  });
  afterAll(async () => handle.close());

  it('finds no masterplan before one is stored, then the stored one as it was (findMasterplan, insertMasterplan)', async () => {
    expect(await findMasterplan(handle.db)).toBeUndefined();
    const plan = buildMasterplan(f.regionId);
    await insertMasterplan(handle.db, { plan, at: now, actorUserId: f.coordinator.id });
    expect(await findMasterplan(handle.db)).toEqual({
      ...plan,
      version: 1,
      updatedAt: now.toISOString(),
    });
  });

  describe('saveMasterplan', () => {
    it('writes the fields at the next version, and refuses a stale version with CONFLICT naming the last editor', async () => {
      const plan = (await findMasterplan(handle.db))!;
      const next = { ...plan, vision: 'Visi baru', bimtekStage: 'III' as const };
      await saveMasterplan(handle.db, {
        plan: next,
        expectedVersion: plan.version,
        at: later,
        actorUserId: f.coordinator.id,
      });
      const saved = await findMasterplan(handle.db);
      expect(saved).toEqual({ ...next, version: plan.version + 1, updatedAt: later.toISOString() });

      const error = await rejection(
        saveMasterplan(handle.db, {
          plan: { ...plan, vision: 'Basi' },
          expectedVersion: plan.version,
          at: later,
          actorUserId: f.coordinator.id,
        }),
      );
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toBe('The masterplan was changed by someone else; reload it');
      expect(error.details).toEqual({
        reason: 'stale_version',
        currentVersion: plan.version + 1,
        updatedAt: later.toISOString(),
        updatedBy: f.coordinator.name,
      });
      expect(await findMasterplan(handle.db)).toEqual(saved);
    });

    it('answers NOT_FOUND for a masterplan that does not exist', async () => {
      const plan = (await findMasterplan(handle.db))!;
      const ghost = { ...plan, id: randomUUID() };
      const error = await rejection(
        saveMasterplan(handle.db, {
          plan: ghost,
          expectedVersion: 1,
          at: later,
          actorUserId: f.coordinator.id,
        }),
      );
      expect(error.code).toBe('NOT_FOUND');
    });
  });

  describe('findMasterplanExternalCodes', () => {
    it('answers the external code (or null) of each programme and action item by id', async () => {
      const plan = (await findMasterplan(handle.db))!;
      const coded = buildProgramme(plan.id, f.dinkes);
      const plain = buildProgramme(plan.id, f.kominfo, { name: 'Tanpa kode' });
      await insertProgrammes(handle.db, {
        programmes: [coded, plain],
        at: now,
        actorUserId: null,
        options: {
          externalCodes: new Map([[coded.id, 'PRG-01']]),
        },
      });
      const action = buildAction(coded.id, f.dinkes);
      await insertActions(handle.db, {
        actions: [action],
        at: now,
        actorUserId: null,
        options: {
          externalCodes: new Map([[action.id, 'AKS-01']]),
        },
      });
      const codes = await findMasterplanExternalCodes(handle.db, plan.id);
      expect(codes.programmes).toEqual(
        new Map([
          [coded.id, 'PRG-01'],
          [plain.id, null],
        ]),
      );
      expect(codes.actions).toEqual(new Map([[action.id, 'AKS-01']]));
    });
  });
});
