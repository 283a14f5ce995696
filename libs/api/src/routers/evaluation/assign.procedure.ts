import { assignmentInputSchema, assignmentRefusal, DomainError } from '@smartcity/domain';
import { appendEvent, findUserById, insertAssignment, isAssigned } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadEntry, loadRound } from '../../services/evaluation/round-access';

/**
 * `evaluation.assign`: an active evaluator to an innovation of the round; never one of the
 * innovation's own unit (conflict of interest).
 */
export const assignProcedure = roleProcedure('coordinator')
  .input(assignmentInputSchema)
  .mutation(async ({ ctx, input }): Promise<{ readonly assigned: true }> => {
    const round = await loadRound(ctx, input.roundId);
    const entry = await loadEntry(ctx, round.id, input.innovationId);
    const evaluator = await findUserById(ctx.db, input.evaluatorId);
    if (!evaluator) throw new DomainError('NOT_FOUND', 'User not found', { id: input.evaluatorId });
    const refusal = assignmentRefusal({
      round,
      innovation: entry,
      evaluator,
      alreadyAssigned: await isAssigned(ctx.db, input),
    });
    if (refusal) throw refusal;
    await ctx.db.transaction().execute(async (trx) => {
      await insertAssignment(trx, { ...input, at: ctx.now(), actorUserId: ctx.auth.user.id });
      await appendEvent(trx, {
        occurredAt: ctx.now(),
        actorUserId: ctx.auth.user.id,
        actorAddress: ctx.clientAddress,
        entityType: 'evaluation_round',
        entityId: round.id,
        action: 'evaluation_round.evaluator_assigned',
        after: { innovationId: input.innovationId, evaluatorId: input.evaluatorId },
      });
    });
    return { assigned: true };
  });
