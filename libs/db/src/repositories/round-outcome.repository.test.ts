import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { testDatabaseFactories } from '../testing';
import {
  buildRound,
  insertRepositoryFixture,
  type RepositoryFixture,
} from '../testing/repository-fixtures';
import { insertRound } from './evaluation-round.repository';
import { insertRoundInnovation, listRoundEntries } from './round-innovation.repository';
import { claimRoundEntry, recordRoundOutcome } from './round-outcome.repository';

const now = new Date('2026-02-02T08:00:00.000Z');
const recordedAt = new Date('2026-03-01T11:00:00.000Z');

describe.each(testDatabaseFactories())('round outcome repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let f: RepositoryFixture;

  beforeAll(async () => {
    handle = await open();
    f = await insertRepositoryFixture(handle.db, now);
  });
  afterAll(async () => handle.close());

  describe('claimRoundEntry and recordRoundOutcome', () => {
    it('claims an entry while it has no outcome, records it, and refuses a second claim', async () => {
      const round = buildRound({ status: 'closed' }, now);
      await insertRound(handle.db, round, f.coordinator.id);
      const innovation = f.innovations[0];
      await insertRoundInnovation(handle.db, {
        roundId: round.id,
        innovationId: innovation.id,
        at: now,
        actorUserId: f.coordinator.id,
      });
      const recorded = await handle.db.transaction().execute(async (trx) => {
        const claimed = await claimRoundEntry(trx, round.id, innovation.id);
        if (claimed) {
          await recordRoundOutcome(trx, {
            roundId: round.id,
            innovationId: innovation.id,
            outcome: 'impactful',
            notes: 'Layanan lebih cepat',
            lessonsLearned: '',
            reconciliationNote: 'Dua penilai sepakat',
            at: recordedAt,
            actorUserId: f.coordinator.id,
          });
        }
        return claimed;
      });
      expect(recorded).toBe(true);
      expect(await claimRoundEntry(handle.db, round.id, innovation.id)).toBe(false);
      const [entry] = await listRoundEntries(handle.db, round.id);
      expect(entry).toMatchObject({
        outcome: 'impactful',
        notes: 'Layanan lebih cepat',
        // An empty text is stored as none.
        lessonsLearned: null,
        reconciliationNote: 'Dua penilai sepakat',
        recordedAt: recordedAt.toISOString(),
      });
    });

    it('claims nothing for an innovation that is not in the round', async () => {
      const round = buildRound({ status: 'open' }, now);
      await insertRound(handle.db, round, f.coordinator.id);
      expect(await claimRoundEntry(handle.db, round.id, f.innovations[1].id)).toBe(false);
    });
  });
});
