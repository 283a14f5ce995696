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
import {
  findRoundById,
  insertRound,
  listRounds,
  listRoundsOfInnovation,
  roundProgress,
  saveRound,
} from './evaluation-round.repository';
import { writeEvaluation } from './evaluation-sheet.repository';
import { insertAssignment } from './round-assignment.repository';
import { insertRoundInnovation } from './round-innovation.repository';
import { recordRoundOutcome } from './round-outcome.repository';

const now = new Date('2026-02-02T08:00:00.000Z');
const later = new Date('2026-02-03T09:30:00.000Z');

describe.each(testDatabaseFactories())('evaluation round repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let f: RepositoryFixture;

  beforeAll(async () => {
    handle = await open();
    f = await insertRepositoryFixture(handle.db, now);
  });
  afterAll(async () => handle.close());

  describe('insertRound and findRoundById', () => {
    it('stores a round and reads it back as it was', async () => {
      const round = buildRound({ status: 'draft' }, now);
      await insertRound(handle.db, round, f.coordinator.id);
      expect(await findRoundById(handle.db, round.id)).toEqual(round);
      expect(await findRoundById(handle.db, randomUUID())).toBeUndefined();
    });
  });

  describe('saveRound', () => {
    it('writes the next state at the next version', async () => {
      const round = buildRound({ status: 'draft' }, now);
      await insertRound(handle.db, round, f.coordinator.id);
      const next = {
        ...round,
        status: 'open' as const,
        version: 2,
        updatedAt: later.toISOString(),
      };
      await saveRound(handle.db, { next, expectedVersion: 1, actorUserId: f.coordinator.id });
      expect(await findRoundById(handle.db, round.id)).toEqual(next);
    });

    it('refuses a stale version with CONFLICT naming the last editor, and changes nothing', async () => {
      const round = buildRound({ status: 'draft' }, now);
      await insertRound(handle.db, round, f.coordinator.id);
      const first = { ...round, name: 'Pertama', version: 2, updatedAt: later.toISOString() };
      await saveRound(handle.db, {
        next: first,
        expectedVersion: 1,
        actorUserId: f.coordinator.id,
      });
      const error = await rejection(
        saveRound(handle.db, {
          next: { ...round, name: 'Basi', version: 2 },
          expectedVersion: 1,
          actorUserId: f.coordinator.id,
        }),
      );
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toBe('The round was changed by someone else');
      expect(error.details).toEqual({
        reason: 'stale_version',
        currentVersion: 2,
        updatedAt: later.toISOString(),
        updatedBy: f.coordinator.name,
      });
      expect(await findRoundById(handle.db, round.id)).toEqual(first);
    });

    it('answers NOT_FOUND for a round that does not exist', async () => {
      const ghost = buildRound({ status: 'draft' }, now);
      const error = await rejection(
        saveRound(handle.db, { next: ghost, expectedVersion: 1, actorUserId: f.coordinator.id }),
      );
      expect(error.code).toBe('NOT_FOUND');
      expect(error.details).toEqual({ id: ghost.id });
    });
  });

  describe('listRounds, listRoundsOfInnovation and roundProgress', () => {
    it('counts innovations, assignments, submitted evaluations and outcomes per round, newest period first', async () => {
      const db = handle.db;
      const [first, second] = f.innovations;
      const older = buildRound({ status: 'closed', periodStart: '2025-07-01' }, now);
      const newer = buildRound({ status: 'open', periodStart: '2026-07-01' }, now);
      await insertRound(db, older, f.coordinator.id);
      await insertRound(db, newer, f.coordinator.id);
      const actor = f.coordinator.id;
      for (const innovation of [first, second]) {
        await insertRoundInnovation(db, {
          roundId: newer.id,
          innovationId: innovation.id,
          at: now,
          actorUserId: actor,
        });
      }
      for (const evaluator of f.evaluators) {
        await insertAssignment(db, {
          roundId: newer.id,
          innovationId: first.id,
          evaluatorId: evaluator.id,
          at: now,
          actorUserId: actor,
        });
      }
      await writeEvaluation(
        db,
        {
          id: randomUUID(),
          roundId: newer.id,
          innovationId: first.id,
          evaluatorId: f.evaluators[0].id,
          sequence: 1,
          scores: fullSheet(4),
          status: 'submitted',
          supersedes: null,
          correctionReason: null,
          at: now,
        },
        null,
      );
      await recordRoundOutcome(db, {
        roundId: newer.id,
        innovationId: second.id,
        outcome: 'impactful',
        notes: '',
        lessonsLearned: '',
        reconciliationNote: '',
        at: now,
        actorUserId: actor,
      });

      const rounds = await listRounds(db);
      const ids = rounds.map((r) => r.id);
      expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
      expect(rounds.find((r) => r.id === newer.id)).toEqual({
        ...newer,
        innovations: 2,
        assignments: 2,
        submitted: 1,
        outcomes: 1,
      });
      expect(rounds.find((r) => r.id === older.id)).toMatchObject({
        innovations: 0,
        assignments: 0,
        submitted: 0,
        outcomes: 0,
      });

      expect(await listRoundsOfInnovation(db, first.id)).toEqual([newer]);
      expect(await roundProgress(db, newer.id)).toEqual({
        pendingEvaluations: 1,
        pendingOutcomes: 1,
      });
      expect(await roundProgress(db, newer.id, second.id)).toEqual({
        pendingEvaluations: 0,
        pendingOutcomes: 0,
      });
    });
  });
});
