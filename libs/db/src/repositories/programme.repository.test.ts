import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { testDatabaseFactories } from '../testing';
import {
  buildMasterplan,
  buildProgramme,
  insertRepositoryFixture,
  type RepositoryFixture,
  rejection,
} from '../testing/repository-fixtures';
import { insertMasterplan } from './masterplan.repository';
import {
  findProgramme,
  insertProgrammes,
  listProgrammes,
  saveProgramme,
  unknownReferences,
} from './programme.repository';

const now = new Date('2026-02-02T08:00:00.000Z');
const later = new Date('2026-02-06T07:00:00.000Z');

describe.each(testDatabaseFactories())('programme repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let f: RepositoryFixture;
  let masterplanId: string;

  beforeAll(async () => {
    handle = await open();
    f = await insertRepositoryFixture(handle.db, now);
    const plan = buildMasterplan(f.regionId);
    await insertMasterplan(handle.db, { plan, at: now, actorUserId: null });
    masterplanId = plan.id;
  });
  afterAll(async () => handle.close());

  describe('insertProgrammes, listProgrammes and findProgramme', () => {
    it('stores programmes with their linked innovations (once each) and lists them by dimension, year and name', async () => {
      const [a, b, c] = f.innovations;
      const later2027 = buildProgramme(masterplanId, f.dinkes, {
        name: 'Zona Sehat',
        startYear: 2027,
        innovationIds: [a.id, a.id, b.id],
      });
      const early = buildProgramme(masterplanId, f.kominfo, {
        name: 'Aduan Terpadu',
        supportingUnitIds: [f.dinkes],
        innovationIds: [c.id],
      });
      const living = buildProgramme(masterplanId, f.kominfo, {
        dimension: 'living',
        element: 'health',
        name: 'Aa Pertama',
      });
      await insertProgrammes(handle.db, {
        programmes: [later2027, early, living],
        at: now,
        actorUserId: f.coordinator.id,
      });

      const listed = await listProgrammes(handle.db, masterplanId);
      expect(listed.map((p) => p.name)).toEqual(['Aduan Terpadu', 'Zona Sehat', 'Aa Pertama']);
      expect(listed[1]).toEqual({
        ...later2027,
        innovationIds: expect.arrayContaining([a.id, b.id]),
        version: 1,
        updatedAt: now.toISOString(),
      });
      expect(listed[1]?.innovationIds).toHaveLength(2);
      // Led or supported by the unit.
      expect(
        (await listProgrammes(handle.db, masterplanId, { unitId: f.dinkes })).map((p) => p.id),
      ).toEqual([early.id, later2027.id]);
      expect(await listProgrammes(handle.db, masterplanId, { ids: [] })).toEqual([]);
      expect(await findProgramme(handle.db, early.id)).toEqual(listed[0]);
      expect(await findProgramme(handle.db, randomUUID())).toBeUndefined();
    });
  });

  describe('saveProgramme', () => {
    it('writes a programme and its links at the next version, and refuses a stale version with CONFLICT', async () => {
      const programme = buildProgramme(masterplanId, f.dinkes, {
        name: 'Untuk disimpan',
        innovationIds: [f.innovations[0].id],
      });
      await insertProgrammes(handle.db, { programmes: [programme], at: now, actorUserId: null });
      const next = { ...programme, budget: 2_000_000_000, innovationIds: [f.innovations[2].id] };
      await saveProgramme(handle.db, {
        programme: next,
        expectedVersion: 1,
        at: later,
        actorUserId: f.coordinator.id,
      });
      const saved = await findProgramme(handle.db, programme.id);
      expect(saved).toEqual({ ...next, version: 2, updatedAt: later.toISOString() });

      const error = await rejection(
        saveProgramme(handle.db, {
          programme: { ...programme, name: 'Basi' },
          expectedVersion: 1,
          at: later,
          actorUserId: f.coordinator.id,
        }),
      );
      expect(error.code).toBe('CONFLICT');
      expect(error.details).toEqual({
        reason: 'stale_version',
        currentVersion: 2,
        updatedAt: later.toISOString(),
        updatedBy: f.coordinator.name,
      });
      expect(await findProgramme(handle.db, programme.id)).toEqual(saved);
      const ghost = buildProgramme(masterplanId, f.dinkes);
      expect(
        (
          await rejection(
            saveProgramme(handle.db, {
              programme: ghost,
              expectedVersion: 1,
              at: later,
              actorUserId: f.coordinator.id,
            }),
          )
        ).code,
      ).toBe('NOT_FOUND');
    });
  });

  describe('unknownReferences', () => {
    it('answers the unit and innovation ids that name nothing', async () => {
      const ghostUnit = randomUUID();
      const ghostInnovation = randomUUID();
      expect(
        await unknownReferences(handle.db, {
          unitIds: [f.dinkes, ghostUnit],
          innovationIds: [ghostInnovation, f.innovations[1].id],
        }),
      ).toEqual({ unitIds: [ghostUnit], innovationIds: [ghostInnovation] });
      expect(await unknownReferences(handle.db, { unitIds: [], innovationIds: [] })).toEqual({
        unitIds: [],
        innovationIds: [],
      });
    });
  });
});
