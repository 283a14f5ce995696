import {
  aggregateScores,
  notifiesOutcome,
  outcomeRecordInputSchema,
  outcomeRefusal,
  transition,
  type Innovation,
} from '@smartcity/domain';
import {
  appendEvent,
  listSubmittedEvaluations,
  recordRoundOutcome,
  roundProgress,
  saveInnovation,
} from '@smartcity/db';
import { notifyOutcomeRecorded } from '../../notifications/notify-outcome';
import { roleProcedure } from '../../trpc';
import { gateContextOf } from '../innovation/transition';
import { loadInnovation } from '../innovation/load-innovation';
import { loadEntry, loadRound } from './round-access';

/**
 * `evaluation.recordOutcome`: the coordinator decides an innovation's outcome in a round, once
 * every assigned evaluator has submitted (with a reconciliation note when they disagree). In one
 * transaction: the round records it with the notes and lessons, the innovation's evaluation
 * section takes the outcome, the innovation moves (impactful → sustained, needs improvement →
 * back to quick win, not impactful → discontinued), and its unit is notified. The unit reads the
 * scores, notes and lessons in the evaluation history once the round closes.
 */
export const recordOutcomeProcedure = roleProcedure('coordinator')
  .input(outcomeRecordInputSchema)
  .mutation(async ({ ctx, input }): Promise<Innovation> => {
    const round = await loadRound(ctx, input.roundId);
    await loadEntry(ctx, round.id, input.innovationId);
    const innovation = await loadInnovation(ctx, input.innovationId);
    const [progress, sheets] = await Promise.all([
      roundProgress(ctx.db, round.id, innovation.id),
      listSubmittedEvaluations(ctx.db, round.id, innovation.id),
    ]);
    const result = aggregateScores(
      round.rubric,
      round.thresholds,
      sheets.map((s) => s.scores),
    );
    const refusal = outcomeRefusal(
      round,
      innovation,
      progress.pendingEvaluations,
      sheets.length,
      result.disagreement,
      input,
    );
    if (refusal) throw refusal;

    const now = ctx.now();
    // The section takes the outcome (it decides the move); the notes and lessons stay with the
    // round, which shows them to the unit once it closes (DOMAIN: units see scores and notes
    // only then).
    const evaluation = { ...innovation.sections.evaluation, outcome: input.outcome };
    const withOutcome: Innovation = {
      ...innovation,
      sections: { ...innovation.sections, evaluation },
    };
    const moved = transition(
      withOutcome,
      { type: 'advance' },
      ctx.auth.actor,
      now,
      await gateContextOf(ctx, innovation),
    );
    if (!moved.ok) throw moved.error;
    const { event } = moved;
    await ctx.db.transaction().execute(async (trx) => {
      await saveInnovation(trx, moved.innovation, innovation.version, ['evaluation']);
      await appendEvent(trx, {
        occurredAt: now,
        actorUserId: ctx.auth.user.id,
        actorAddress: ctx.clientAddress,
        entityType: 'innovation',
        entityId: innovation.id,
        action: 'innovation.section_updated',
        before: { section: 'evaluation', data: innovation.sections.evaluation },
        after: { section: 'evaluation', data: evaluation },
      });
      await appendEvent(trx, {
        occurredAt: now,
        actorUserId: ctx.auth.user.id,
        actorAddress: ctx.clientAddress,
        entityType: 'innovation',
        entityId: innovation.id,
        action: event.action,
        before: { stage: event.from },
        after: {
          stage: event.to,
          reason: event.reason,
          outcome: event.outcome,
          roundId: round.id,
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
      if (notifiesOutcome(event)) {
        await notifyOutcomeRecorded(trx, {
          innovationId: innovation.id,
          unitId: innovation.unitId,
          outcome: input.outcome,
          recordedAt: now,
        });
      }
    });
    return moved.innovation;
  });
