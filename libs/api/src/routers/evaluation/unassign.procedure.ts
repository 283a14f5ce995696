import { assignmentInputSchema, DomainError } from '@smartcity/domain';
import { appendEvent, countEvaluations, deleteAssignment, isAssigned } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadRound } from './round-access';

/** `evaluation.unassign`: only before the evaluator saved anything, in a round not closed. */
export const unassignProcedure = roleProcedure('coordinator')
  .input(assignmentInputSchema)
  .mutation(async ({ ctx, input }): Promise<{ readonly unassigned: true }> => {
    const round = await loadRound(ctx, input.roundId);
    if (!(await isAssigned(ctx.db, input))) {
      throw new DomainError('NOT_FOUND', 'No such assignment', { ...input });
    }
    if (round.status === 'closed') {
      throw new DomainError('CONFLICT', 'The round is closed', { reason: 'round_closed' });
    }
    if ((await countEvaluations(ctx.db, input)) > 0) {
      throw new DomainError('CONFLICT', 'The evaluator has already scored', {
        reason: 'evaluations_exist',
      });
    }
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
