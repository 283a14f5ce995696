import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { testDatabaseFactories } from '../testing';
import {
  buildRound,
  fullSheet,
  insertRepositoryFixture,
  type RepositoryFixture,
} from '../testing/repository-fixtures';
import { insertRound } from './evaluation-round.repository';
import { countEvaluations, writeEvaluation } from './evaluation-sheet.repository';
import {
  deleteAssignment,
  insertAssignment,
  isAssigned,
  listInbox,
} from './round-assignment.repository';
import { insertRoundInnovation } from './round-innovation.repository';

const now = new Date('2026-02-02T08:00:00.000Z');

describe.each(testDatabaseFactories())('round assignment repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let f: RepositoryFixture;

  beforeAll(async () => {
    handle = await open();
    f = await insertRepositoryFixture(handle.db, now);
  });
  afterAll(async () => handle.close());

  async function roundWith(status: 'draft' | 'open' | 'closed', periodStart: string) {
    const round = buildRound({ status, periodStart, name: `Ronde ${status}` }, now);
    await insertRound(handle.db, round, f.coordinator.id);
    return round;
  }
  const assign = async (roundId: string, innovationId: string, evaluatorId: string) => {
    await insertRoundInnovation(handle.db, {
      roundId,
      innovationId,
      at: now,
      actorUserId: f.coordinator.id,
    });
    await insertAssignment(handle.db, {
      roundId,
      innovationId,
      evaluatorId,
      at: now,
      actorUserId: f.coordinator.id,
    });
  };

  describe('insertAssignment, isAssigned and deleteAssignment', () => {
    it('assigns an evaluator, and removes the assignment with the evaluator’s drafts', async () => {
      const round = await roundWith('open', '2026-01-01');
      const key = {
        roundId: round.id,
        innovationId: f.innovations[0].id,
        evaluatorId: f.evaluators[0].id,
      };
      expect(await isAssigned(handle.db, key)).toBe(false);
      await assign(key.roundId, key.innovationId, key.evaluatorId);
      expect(await isAssigned(handle.db, key)).toBe(true);
      expect(await isAssigned(handle.db, { ...key, evaluatorId: f.evaluators[1].id })).toBe(false);
      await writeEvaluation(
        handle.db,
        {
          ...key,
          id: randomUUID(),
          sequence: 1,
          scores: fullSheet(2),
          status: 'draft',
          supersedes: null,
          correctionReason: null,
          at: now,
        },
        null,
      );
      expect(await countEvaluations(handle.db, key)).toBe(1);
      await deleteAssignment(handle.db, key);
      expect(await isAssigned(handle.db, key)).toBe(false);
      expect(await countEvaluations(handle.db, key)).toBe(0);
    });
  });

  describe('listInbox', () => {
    it('lists an evaluator’s assignments in open and closed rounds, newest period first, with their state', async () => {
      const evaluator = f.evaluators[1].id;
      const draft = await roundWith('draft', '2027-01-01');
      const open = await roundWith('open', '2026-07-01');
      const closed = await roundWith('closed', '2025-07-01');
      await assign(draft.id, f.innovations[0].id, evaluator);
      await assign(closed.id, f.innovations[2].id, evaluator);
      await assign(open.id, f.innovations[1].id, evaluator);
      await assign(open.id, f.innovations[0].id, evaluator);
      await writeEvaluation(
        handle.db,
        {
          id: randomUUID(),
          roundId: open.id,
          innovationId: f.innovations[1].id,
          evaluatorId: evaluator,
          sequence: 1,
          scores: fullSheet(5),
          status: 'submitted',
          supersedes: null,
          correctionReason: null,
          at: now,
        },
        null,
      );
      const inbox = await listInbox(handle.db, evaluator);
      expect(inbox).toEqual([
        {
          roundId: open.id,
          roundName: 'Ronde open',
          roundStatus: 'open',
          innovationId: f.innovations[0].id,
          title: f.innovations[0].title,
          unitName: 'Dinas Kesehatan',
          status: null,
          submittedAt: null,
        },
        {
          roundId: open.id,
          roundName: 'Ronde open',
          roundStatus: 'open',
          innovationId: f.innovations[1].id,
          title: f.innovations[1].title,
          unitName: 'Dinas Kesehatan',
          status: 'submitted',
          submittedAt: now.toISOString(),
        },
        {
          roundId: closed.id,
          roundName: 'Ronde closed',
          roundStatus: 'closed',
          innovationId: f.innovations[2].id,
          title: f.innovations[2].title,
          unitName: 'Dinas Komunikasi',
          status: null,
          submittedAt: null,
        },
      ]);
      expect(await listInbox(handle.db, f.coordinator.id)).toEqual([]);
    });
  });
});
