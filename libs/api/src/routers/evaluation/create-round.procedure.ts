import { randomUUID } from 'node:crypto';
import { roundCreateInputSchema, type EvaluationRound } from '@smartcity/domain';
import { appendEvent, insertRound } from '@smartcity/db';
import { roleProcedure } from '../../trpc';

/** `evaluation.createRound`: a draft round with its rubric (the default unless given). */
export const createRoundProcedure = roleProcedure('coordinator')
  .input(roundCreateInputSchema)
  .mutation(async ({ ctx, input }): Promise<EvaluationRound> => {
    const now = ctx.now().toISOString();
    const round: EvaluationRound = {
      id: randomUUID(),
      name: input.name,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      rubric: input.rubric,
      thresholds: input.thresholds,
      status: 'draft',
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await ctx.db.transaction().execute(async (trx) => {
      await insertRound(trx, round, ctx.auth.user.id);
      await appendEvent(trx, {
        occurredAt: ctx.now(),
        actorUserId: ctx.auth.user.id,
        actorAddress: ctx.clientAddress,
        entityType: 'evaluation_round',
        entityId: round.id,
        action: 'evaluation_round.created',
        after: round,
      });
    });
    return round;
  });
