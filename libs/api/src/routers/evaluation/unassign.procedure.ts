import { assignmentInputSchema, DomainError } from '@smartcity/domain';
import { appendEvent, countEvaluations, deleteAssignment, isAssigned } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadRound } from './round-access';

/** `evaluation.unassign`: before the evaluator submitted (drafts are dropped), round not closed. */
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
    // Drafts go with the assignment (an evaluator who left must not stall the round); a
    // submitted evaluation stays, and so does its assignment.
    if ((await countEvaluations(ctx.db, { ...input, status: 'submitted' })) > 0) {
      throw new DomainError('CONFLICT', 'The evaluator has already submitted', {
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
