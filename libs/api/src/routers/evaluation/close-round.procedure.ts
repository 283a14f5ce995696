import { closeRefusal, roundVersionInputSchema, type EvaluationRound } from '@smartcity/domain';
import { roundProgress } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadRound, saveRoundChange } from '../../services/evaluation/round-access';

/**
 * `evaluation.closeRound`: once every evaluation is submitted and every outcome recorded; the
 * units then see their scores and notes.
 */
export const closeRoundProcedure = roleProcedure('coordinator')
  .input(roundVersionInputSchema)
  .mutation(async ({ ctx, input }): Promise<EvaluationRound> => {
    const round = await loadRound(ctx, input.id);
    const progress = await roundProgress(ctx.db, round.id);
    const refusal = closeRefusal(round, progress.pendingEvaluations, progress.pendingOutcomes);
    if (refusal) throw refusal;
    return saveRoundChange(ctx, {
      round,
      expectedVersion: input.version,
      change: { status: 'closed' },
      action: 'evaluation_round.closed',
    });
  });
