import { masterplanUpdateInputSchema } from '@smartcity/domain';
import { appendEvent, findMasterplan, saveMasterplan, type Masterplan } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadMasterplan } from '../../services/masterplan/masterplan-access';

/** `masterplan.update` (coordinator): title, period, vision, mission, Bimtek record, statement. */
export const updateProcedure = roleProcedure('coordinator')
  .input(masterplanUpdateInputSchema)
  .mutation(async ({ ctx, input }): Promise<Masterplan> => {
    const plan = await loadMasterplan(ctx);
    const { version, ...fields } = input;
    const next: Masterplan = { ...plan, ...fields };
    const now = ctx.now();
    await ctx.db.transaction().execute(async (trx) => {
      await saveMasterplan(trx, {
        plan: next,
        expectedVersion: version,
        at: now,
        actorUserId: ctx.auth.user.id,
      });
      await appendEvent(trx, {
        occurredAt: now,
        actorUserId: ctx.auth.user.id,
        actorAddress: ctx.clientAddress,
        entityType: 'masterplan',
        entityId: plan.id,
        action: 'masterplan.updated',
        before: plan,
        after: next,
      });
    });
    const saved = await findMasterplan(ctx.db);
    if (!saved) throw new Error('the masterplan just updated is not found');
    return saved;
  });
