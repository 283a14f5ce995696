import { strategyInputSchema } from '@smartcity/domain';
import { appendEvent, upsertStrategy, type Strategy } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadMasterplan } from '../../services/masterplan/masterplan-access';

/** `masterplan.setStrategy` (coordinator): the strategy text of one dimension. */
export const setStrategyProcedure = roleProcedure('coordinator')
  .input(strategyInputSchema)
  .mutation(async ({ ctx, input }): Promise<Strategy> => {
    const plan = await loadMasterplan(ctx);
    const now = ctx.now();
    await ctx.db.transaction().execute(async (trx) => {
      await upsertStrategy(trx, {
        masterplanId: plan.id,
        strategy: input,
        at: now,
        actorUserId: ctx.auth.user.id,
      });
      await appendEvent(trx, {
        occurredAt: now,
        actorUserId: ctx.auth.user.id,
        actorAddress: ctx.clientAddress,
        entityType: 'masterplan',
        entityId: plan.id,
        action: 'masterplan.strategy_set',
        after: input,
      });
    });
    return input;
  });
