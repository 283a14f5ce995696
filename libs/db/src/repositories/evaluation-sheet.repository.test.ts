import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { testDatabaseFactories } from '../testing';
import {
  buildRound,
  fullSheet,
  insertRepositoryFixture,
  type RepositoryFixture,
  rejection,
} from '../testing/repository-fixtures';
import { insertRound } from './evaluation-round.repository';
import {
  countEvaluations,
  countSubmittedEvaluations,
  findCurrentEvaluation,
  listSubmittedEvaluations,
  writeEvaluation,
} from './evaluation-sheet.repository';
import { insertAssignment } from './round-assignment.repository';
import { insertRoundInnovation } from './round-innovation.repository';

const now = new Date('2026-02-02T08:00:00.000Z');
const later = new Date('2026-02-04T10:00:00.000Z');

describe.each(testDatabaseFactories())('evaluation sheet repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let f: RepositoryFixture;
  let roundId: string;

  beforeAll(async () => {
    handle = await open();
    f = await insertRepositoryFixture(handle.db, now);
    const round = buildRound({ status: 'open' }, now);
    await insertRound(handle.db, round, f.coordinator.id);
    roundId = round.id;
    for (const innovation of f.innovations) {
      await insertRoundInnovation(handle.db, {
        roundId,
        innovationId: innovation.id,
        at: now,
        actorUserId: f.coordinator.id,
      });
      for (const evaluator of f.evaluators) {
        await insertAssignment(handle.db, {
          roundId,
          innovationId: innovation.id,
          evaluatorId: evaluator.id,
          at: now,
          actorUserId: f.coordinator.id,
        });
      }
    }
  });
  afterAll(async () => handle.close());

  const sheetOf = (innovationIndex: 0 | 1 | 2, evaluatorIndex: 0 | 1) => ({
    roundId,
    innovationId: f.innovations[innovationIndex].id,
    evaluatorId: f.evaluators[evaluatorIndex].id,
  });

  describe('writeEvaluation and findCurrentEvaluation', () => {
    it('stores a draft, updates it at its version, and submits it', async () => {
      const key = sheetOf(0, 0);
      expect(await findCurrentEvaluation(handle.db, key)).toBeNull();
      const id = randomUUID();
      const draft = {
        ...key,
        id,
        sequence: 1,
        scores: fullSheet(2),
        status: 'draft' as const,
        supersedes: null,
        correctionReason: null,
        at: now,
      };
      await writeEvaluation(handle.db, draft, null);
      expect(await findCurrentEvaluation(handle.db, key)).toEqual({
        ...key,
        id,
        scores: fullSheet(2),
        status: 'draft',
        submittedAt: null,
        supersedes: null,
        correctionReason: null,
        version: 1,
        sequence: 1,
      });
      await writeEvaluation(handle.db, { ...draft, scores: fullSheet(3) }, 1);
      await writeEvaluation(
        handle.db,
        { ...draft, scores: fullSheet(4), status: 'submitted', at: later },
        2,
      );
      expect(await findCurrentEvaluation(handle.db, key)).toMatchObject({
        id,
        scores: fullSheet(4),
        status: 'submitted',
        submittedAt: later.toISOString(),
        version: 3,
      });
    });

    it('refuses a draft written from a stale version, or a submitted one, with CONFLICT', async () => {
      const key = sheetOf(1, 0);
      const draft = {
        ...key,
        id: randomUUID(),
        sequence: 1,
        scores: fullSheet(2),
        status: 'draft' as const,
        supersedes: null,
        correctionReason: null,
        at: now,
      };
      await writeEvaluation(handle.db, draft, null);
      await writeEvaluation(handle.db, { ...draft, scores: fullSheet(3) }, 1);
      const stale = await rejection(
        writeEvaluation(handle.db, { ...draft, scores: fullSheet(5) }, 1),
      );
      expect(stale.code).toBe('CONFLICT');
      expect(stale.message).toBe('The evaluation was changed meanwhile; reload it');
      expect(stale.details).toEqual({
        reason: 'stale_version',
        currentVersion: 2,
        updatedAt: now.toISOString(),
        updatedBy: null,
      });
      await writeEvaluation(handle.db, { ...draft, scores: fullSheet(3), status: 'submitted' }, 2);
      // At its version, but no longer a draft: submitted sheets never change.
      const submitted = await rejection(
        writeEvaluation(handle.db, { ...draft, scores: fullSheet(1) }, 3),
      );
      expect(submitted.code).toBe('CONFLICT');
      expect((await findCurrentEvaluation(handle.db, key))?.scores).toEqual(fullSheet(3));
    });

    it('answers NOT_FOUND for a draft that does not exist', async () => {
      const ghost = {
        ...sheetOf(2, 1),
        id: randomUUID(),
        sequence: 1,
        scores: fullSheet(2),
        status: 'draft' as const,
        supersedes: null,
        correctionReason: null,
        at: now,
      };
      expect((await rejection(writeEvaluation(handle.db, ghost, 1))).code).toBe('NOT_FOUND');
    });
  });

  describe('corrections, countEvaluations, countSubmittedEvaluations and listSubmittedEvaluations', () => {
    it('counts every version, and lists the current submitted ones by evaluator name', async () => {
      const db = handle.db;
      const key = sheetOf(2, 1);
      const first = randomUUID();
      const base = { ...key, scores: fullSheet(3), supersedes: null, correctionReason: null };
      const before = await countSubmittedEvaluations(db, roundId);
      await writeEvaluation(
        db,
        { ...base, id: first, sequence: 1, status: 'submitted', at: now },
        null,
      );
      const correction = randomUUID();
      await writeEvaluation(
        db,
        {
          ...base,
          id: correction,
          sequence: 2,
          scores: fullSheet(4),
          status: 'submitted',
          supersedes: first,
          correctionReason: 'Nilai salah ketik',
          at: later,
        },
        null,
      );
      await writeEvaluation(
        db,
        {
          ...sheetOf(2, 0),
          ...base,
          ...sheetOf(2, 0),
          id: randomUUID(),
          sequence: 1,
          status: 'submitted',
          at: now,
        },
        null,
      );
      expect(await findCurrentEvaluation(db, key)).toMatchObject({
        id: correction,
        sequence: 2,
        supersedes: first,
        correctionReason: 'Nilai salah ketik',
      });
      expect(await countEvaluations(db, key)).toBe(2);
      expect(
        await countEvaluations(db, {
          roundId,
          innovationId: key.innovationId,
          status: 'submitted',
        }),
      ).toBe(3);
      expect(
        await countEvaluations(db, { roundId, innovationId: key.innovationId, status: 'draft' }),
      ).toBe(0);
      expect(await countSubmittedEvaluations(db, roundId)).toBe(before + 3);

      const listed = await listSubmittedEvaluations(db, roundId, key.innovationId);
      expect(listed.map((e) => [e.evaluatorName, e.id])).toEqual([
        [f.evaluators[0].name, expect.any(String)],
        [f.evaluators[1].name, correction],
      ]);
      expect(listed[1]?.scores).toEqual(fullSheet(4));
      const all = await listSubmittedEvaluations(db, roundId);
      expect(all.length).toBeGreaterThan(listed.length);
    });
  });
});
