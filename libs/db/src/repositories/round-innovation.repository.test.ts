import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { testDatabaseFactories } from '../testing';
import {
  buildInnovation,
  buildRound,
  fullSheet,
  insertRepositoryFixture,
  type RepositoryFixture,
} from '../testing/repository-fixtures';
import { insertRound, saveRound } from './evaluation-round.repository';
import { writeEvaluation } from './evaluation-sheet.repository';
import { insertInnovation } from './innovation.repository';
import { insertAssignment } from './round-assignment.repository';
import {
  deleteRoundInnovation,
  findActiveRoundOfInnovation,
  findRoundEntry,
  insertRoundInnovation,
  listRoundEntries,
  runningRoundEntries,
} from './round-innovation.repository';
import { recordRoundOutcome } from './round-outcome.repository';

const now = new Date('2026-02-02T08:00:00.000Z');

describe.each(testDatabaseFactories())('round innovation repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let f: RepositoryFixture;

  beforeAll(async () => {
    handle = await open();
    f = await insertRepositoryFixture(handle.db, now);
  });
  afterAll(async () => handle.close());

  const add = (roundId: string, innovationId: string) =>
    insertRoundInnovation(handle.db, {
      roundId,
      innovationId,
      at: now,
      actorUserId: f.coordinator.id,
    });

  describe('listRoundEntries', () => {
    it('lists a round’s innovations by unit name then title, each with its assignments and their state', async () => {
      const db = handle.db;
      const round = buildRound({ status: 'open' }, now);
      await insertRound(db, round, f.coordinator.id);
      const [bidan, antrean, aduan] = [f.innovations[1], f.innovations[0], f.innovations[2]];
      for (const innovation of [bidan, aduan, antrean]) await add(round.id, innovation.id);
      for (const evaluator of [f.evaluators[1], f.evaluators[0]]) {
        await insertAssignment(db, {
          roundId: round.id,
          innovationId: antrean.id,
          evaluatorId: evaluator.id,
          at: now,
          actorUserId: f.coordinator.id,
        });
      }
      const first = randomUUID();
      const sheet = {
        roundId: round.id,
        innovationId: antrean.id,
        evaluatorId: f.evaluators[0].id,
        scores: fullSheet(3),
        at: now,
      };
      await writeEvaluation(
        db,
        {
          ...sheet,
          id: first,
          sequence: 1,
          status: 'submitted',
          supersedes: null,
          correctionReason: null,
        },
        null,
      );
      await writeEvaluation(
        db,
        {
          ...sheet,
          id: randomUUID(),
          sequence: 2,
          status: 'draft',
          supersedes: first,
          correctionReason: 'Salah ketik',
        },
        null,
      );

      const entries = await listRoundEntries(db, round.id);
      // Dinas Kesehatan (Antrean, Bidan) before Dinas Komunikasi (Aduan).
      expect(entries.map((e) => e.innovationId)).toEqual([antrean.id, bidan.id, aduan.id]);
      expect(entries[0]).toEqual({
        roundId: round.id,
        innovationId: antrean.id,
        title: antrean.title,
        unitId: f.dinkes,
        unitName: 'Dinas Kesehatan',
        stage: 'problem',
        addedAt: now.toISOString(),
        outcome: null,
        notes: null,
        lessonsLearned: null,
        reconciliationNote: null,
        recordedAt: null,
        assignments: [
          {
            evaluatorId: f.evaluators[0].id,
            evaluatorName: f.evaluators[0].name,
            status: 'draft',
            submittedAt: null,
            corrections: 1,
          },
          {
            evaluatorId: f.evaluators[1].id,
            evaluatorName: f.evaluators[1].name,
            status: null,
            submittedAt: null,
            corrections: 0,
          },
        ],
      });
      expect(entries[1]?.assignments).toEqual([]);
      expect((await listRoundEntries(db, round.id, aduan.id)).map((e) => e.title)).toEqual([
        aduan.title,
      ]);
      expect(await listRoundEntries(db, randomUUID())).toEqual([]);
    });
  });

  describe('findRoundEntry and deleteRoundInnovation', () => {
    it('answers an entry’s unit and outcome, and nothing once it is removed', async () => {
      const round = buildRound({ status: 'draft' }, now);
      await insertRound(handle.db, round, f.coordinator.id);
      const innovation = f.innovations[2];
      await add(round.id, innovation.id);
      expect(await findRoundEntry(handle.db, round.id, innovation.id)).toEqual({
        unitId: f.kominfo,
        outcome: null,
      });
      await deleteRoundInnovation(handle.db, round.id, innovation.id);
      expect(await findRoundEntry(handle.db, round.id, innovation.id)).toBeUndefined();
    });
  });

  describe('findActiveRoundOfInnovation and runningRoundEntries', () => {
    it('names the running round of an innovation until its outcome is recorded or the round closes', async () => {
      const db = handle.db;
      const round = buildRound({ status: 'open' }, now);
      await insertRound(db, round, f.coordinator.id);
      // Innovations of their own: the other tests leave theirs in running rounds.
      const recorded = buildInnovation(f.dinkes, { title: 'Posyandu Digital', now });
      const closing = buildInnovation(f.kominfo, { title: 'Satu Data Desa', now });
      await insertInnovation(db, recorded);
      await insertInnovation(db, closing);
      await add(round.id, recorded.id);
      const other = buildRound({ status: 'draft' }, now);
      await insertRound(db, other, f.coordinator.id);
      await add(other.id, closing.id);

      const running = async () =>
        (await runningRoundEntries(db).where('ri.round_id', 'in', [round.id, other.id]).execute())
          .map((e) => e.innovation_id)
          .sort();
      expect(await running()).toEqual([recorded.id, closing.id].sort());
      expect(await findActiveRoundOfInnovation(db, recorded.id)).toBe(round.id);

      await recordRoundOutcome(db, {
        roundId: round.id,
        innovationId: recorded.id,
        outcome: 'needs_improvement',
        notes: 'Catatan',
        lessonsLearned: '',
        reconciliationNote: '',
        at: now,
        actorUserId: f.coordinator.id,
      });
      await saveRound(db, {
        next: { ...other, status: 'closed', version: 2 },
        expectedVersion: 1,
        actorUserId: f.coordinator.id,
      });
      expect(await running()).toEqual([]);
      expect(await findActiveRoundOfInnovation(db, recorded.id)).toBeNull();
      expect(await findActiveRoundOfInnovation(db, closing.id)).toBeNull();
    });
  });
});
