import { assignmentInputSchema, DomainError, unassignRefusal } from '@smartcity/domain';
import { appendEvent, countEvaluations, deleteAssignment, isAssigned } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadRound } from '../../services/evaluation/round-access';

/** `evaluation.unassign`: before the evaluator submitted (drafts are dropped), round not closed. */
export const unassignProcedure = roleProcedure('coordinator')
  .input(assignmentInputSchema)
  .mutation(async ({ ctx, input }): Promise<{ readonly unassigned: true }> => {
    const round = await loadRound(ctx, input.roundId);
    if (!(await isAssigned(ctx.db, input))) {
      throw new DomainError('NOT_FOUND', 'No such assignment', { ...input });
    }
    const refusal = unassignRefusal(
      round,
      await countEvaluations(ctx.db, { ...input, status: 'submitted' }),
    );
    if (refusal) throw refusal;
    await ctx.db.transaction().execute(async (trx) => {
      await deleteAssignment(trx, input);
      await appendEvent(trx, {
        occurredAt: ctx.now(),
        actorUserId: ctx.auth.user.id,
        actorAddress: ctx.clientAddress,
        entityType: 'evaluation_round',
        entityId: round.id,
        action: 'evaluation_round.evaluator_unassigned',
        before: { innovationId: input.innovationId, evaluatorId: input.evaluatorId },
      });
    });
    return { unassigned: true };
  });
