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
import { insertRound, listRounds } from './evaluation-round.repository';
import { listSubmittedEvaluations } from './evaluation-sheet.repository';
import { listRoundEntries } from './round-innovation.repository';
import { insertRoundContents } from './round-contents.repository';

const now = new Date('2026-02-02T08:00:00.000Z');
const day = (n: number) => new Date(now.getTime() + n * 86_400_000);

describe.each(testDatabaseFactories())('round contents repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let f: RepositoryFixture;

  beforeAll(async () => {
    handle = await open();
    f = await insertRepositoryFixture(handle.db, now);
  });
  afterAll(async () => handle.close());

  describe('insertRoundContents', () => {
    it('stores a round’s entries (with their outcomes), assignments and first evaluations in bulk', async () => {
      const round = buildRound({ status: 'closed' }, now);
      const [a, b] = [f.innovations[0], f.innovations[2]];
      const [ani, budi] = f.evaluators;
      const submitted = randomUUID();
      await handle.db.transaction().execute(async (trx) => {
        await insertRound(trx, round, f.coordinator.id);
        await insertRoundContents(trx, {
          roundId: round.id,
          actorUserId: f.coordinator.id,
          entries: [
            {
              innovationId: a.id,
              at: day(1),
              outcome: {
                outcome: 'not_impactful',
                notes: 'Belum berdampak',
                lessonsLearned: '',
                reconciliationNote: '',
                at: day(5),
              },
            },
            { innovationId: b.id, at: day(1), outcome: null },
          ],
          assignments: [
            { innovationId: a.id, evaluatorId: ani.id, at: day(2) },
            { innovationId: a.id, evaluatorId: budi.id, at: day(2) },
          ],
          evaluations: [
            {
              id: submitted,
              innovationId: a.id,
              evaluatorId: ani.id,
              scores: fullSheet(2),
              status: 'submitted',
              at: day(3),
            },
            {
              id: randomUUID(),
              innovationId: a.id,
              evaluatorId: budi.id,
              scores: fullSheet(1),
              status: 'draft',
              at: day(3),
            },
          ],
        });
      });

      expect((await listRounds(handle.db)).find((r) => r.id === round.id)).toMatchObject({
        innovations: 2,
        assignments: 2,
        submitted: 1,
        outcomes: 1,
      });
      const entries = await listRoundEntries(handle.db, round.id);
      expect(entries.map((e) => [e.innovationId, e.outcome, e.notes, e.lessonsLearned])).toEqual([
        [a.id, 'not_impactful', 'Belum berdampak', null],
        [b.id, null, null, null],
      ]);
      expect(entries[0]?.recordedAt).toBe(day(5).toISOString());
      expect(entries[0]?.assignments.map((x) => [x.evaluatorName, x.status])).toEqual([
        [ani.name, 'submitted'],
        [budi.name, 'draft'],
      ]);
      expect(await listSubmittedEvaluations(handle.db, round.id)).toEqual([
        expect.objectContaining({
          id: submitted,
          scores: fullSheet(2),
          submittedAt: day(3).toISOString(),
          version: 1,
        }),
      ]);
    });
  });
});
