import {
  aggregateScores,
  DomainError,
  outcomeRefusal,
  transition,
  type Innovation,
  type OutcomeRecordInput,
} from '@smartcity/domain';
import {
  appendEvent,
  claimRoundEntry,
  listSubmittedEvaluations,
  recordRoundOutcome,
  roundProgress,
} from '@smartcity/db';
import type { AuthedContext } from '../../trpc';
import { gateContextOf, writeTransition } from '../innovation/transition';
import { loadInnovation } from '../innovation/load-innovation';
import { loadEntry, loadRound } from './round-access';

/**
 * The coordinator decides an innovation's outcome in a round (`evaluation.recordOutcome`), once
 * every assigned evaluator has submitted (with a reconciliation note when they disagree). In one
 * transaction: the round records it with the notes and lessons, the innovation's evaluation
 * section takes the outcome, the innovation moves (impactful → sustained, needs improvement →
 * back to quick win, not impactful → discontinued), and its unit is notified.
 */
export async function recordOutcome(
  ctx: AuthedContext,
  input: OutcomeRecordInput,
): Promise<Innovation> {
  const round = await loadRound(ctx, input.roundId);
  await loadEntry(ctx, round.id, input.innovationId);
  const innovation = await loadInnovation(ctx, input.innovationId);
  const gate = await gateContextOf(ctx, innovation);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    // First, claim the entry: a write that takes the row (PostgreSQL) or the database
    // (SQLite) for this transaction, so no correction or second recording slips in between
    // the checks below and the writes after them.
    if (!(await claimRoundEntry(trx, round.id, innovation.id))) {
      throw new DomainError('CONFLICT', 'The outcome is already recorded', {
        reason: 'outcome_recorded',
      });
    }
    const [progress, sheets] = await Promise.all([
      roundProgress(trx, round.id, innovation.id),
      listSubmittedEvaluations(trx, round.id, innovation.id),
    ]);
    const result = aggregateScores(
      round.rubric,
      round.thresholds,
      sheets.map((s) => s.scores),
    );
    const refusal = outcomeRefusal({
      round,
      innovation,
      pendingEvaluations: progress.pendingEvaluations,
      submitted: sheets.length,
      disagreement: result.disagreement,
      input,
    });
    if (refusal) throw refusal;

    // The section takes the outcome (it decides the move); the notes and lessons stay with
    // the round, which shows them to the unit once it closes (DOMAIN: units see scores and
    // notes only then).
    const evaluation = { ...innovation.sections.evaluation, outcome: input.outcome };
    const withOutcome: Innovation = {
      ...innovation,
      sections: { ...innovation.sections, evaluation },
    };
    const moved = transition(withOutcome, { type: 'advance' }, ctx.auth.actor, now, gate);
    if (!moved.ok) throw moved.error;
    const base = {
      occurredAt: now,
      actorUserId: ctx.auth.user.id,
      actorAddress: ctx.clientAddress,
    };
    // The outcome written into the section, then the move it decides (with the unit's
    // notice). The innovation's timeline tells the move, not the score.
    await appendEvent(trx, {
      ...base,
      entityType: 'innovation',
      entityId: innovation.id,
      action: 'innovation.section_updated',
      before: { section: 'evaluation', data: innovation.sections.evaluation },
      after: { section: 'evaluation', data: evaluation },
    });
    await writeTransition(trx, ctx, {
      before: innovation,
      after: moved.innovation,
      event: moved.event,
    });
    // The score and verdict go to the round's log, which only the round's pages read.
    await appendEvent(trx, {
      ...base,
      entityType: 'evaluation_round',
      entityId: round.id,
      action: 'evaluation_round.outcome_recorded',
      after: {
        innovationId: innovation.id,
        outcome: input.outcome,
        score: result.score,
        verdict: result.verdict,
      },
    });
    await recordRoundOutcome(trx, {
      roundId: round.id,
      innovationId: innovation.id,
      outcome: input.outcome,
      notes: input.notes,
      lessonsLearned: input.lessonsLearned,
      reconciliationNote: input.reconciliationNote,
      at: now,
      actorUserId: ctx.auth.user.id,
    });
    return moved.innovation;
  });
}
