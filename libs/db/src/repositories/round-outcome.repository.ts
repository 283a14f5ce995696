import { type Outcome } from '@smartcity/domain';
import type { Executor } from '../database';

/**
 * The coordinator's outcome of an innovation in a round (the outcome columns of
 * `round_innovations`): claimed, then recorded, in the recording's transaction.
 */

/**
 * Claims an innovation's entry in a round for recording its outcome, inside the recording's
 * transaction: a no-op write on the entry while it has no outcome, which takes its row lock
 * (PostgreSQL) or the write lock (SQLite). Answers false when the outcome is already recorded.
 */
export async function claimRoundEntry(
  db: Executor,
  roundId: string,
  innovationId: string,
): Promise<boolean> {
  const result = await db
    .updateTable('round_innovations')
    .set({ outcome: null })
    .where('round_id', '=', roundId)
    .where('innovation_id', '=', innovationId)
    .where('outcome', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records the coordinator's outcome of an innovation in a round. */
export async function recordRoundOutcome(
  db: Executor,
  record: {
    roundId: string;
    innovationId: string;
    outcome: Outcome;
    notes: string;
    lessonsLearned: string;
    reconciliationNote: string;
    at: Date;
    actorUserId: string;
  },
): Promise<void> {
  await db
    .updateTable('round_innovations')
    .set({
      outcome: record.outcome,
      notes: record.notes || null,
      lessons_learned: record.lessonsLearned || null,
      reconciliation_note: record.reconciliationNote || null,
      recorded_at: record.at.toISOString(),
      recorded_by: record.actorUserId,
    })
    .where('round_id', '=', record.roundId)
    .where('innovation_id', '=', record.innovationId)
    .execute();
}
