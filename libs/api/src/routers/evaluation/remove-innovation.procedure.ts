import { removeInnovationRefusal, roundInnovationInputSchema } from '@smartcity/domain';
import { appendEvent, countEvaluations, deleteRoundInnovation } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadEntry, loadRound } from '../../services/evaluation/round-access';

/** `evaluation.removeInnovation`: only from a round not closed, before any evaluation of it. */
export const removeInnovationProcedure = roleProcedure('coordinator')
  .input(roundInnovationInputSchema)
  .mutation(async ({ ctx, input }): Promise<{ readonly removed: true }> => {
    const round = await loadRound(ctx, input.roundId);
    await loadEntry(ctx, round.id, input.innovationId);
    const refusal = removeInnovationRefusal(round, await countEvaluations(ctx.db, input));
    if (refusal) throw refusal;
    await ctx.db.transaction().execute(async (trx) => {
      await deleteRoundInnovation(trx, round.id, input.innovationId);
      await appendEvent(trx, {
        occurredAt: ctx.now(),
        actorUserId: ctx.auth.user.id,
        actorAddress: ctx.clientAddress,
        entityType: 'evaluation_round',
        entityId: round.id,
        action: 'evaluation_round.innovation_removed',
        before: { innovationId: input.innovationId },
      });
    });
    return { removed: true };
  });
