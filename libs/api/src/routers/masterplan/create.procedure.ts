import { randomUUID } from 'node:crypto';
import { masterplanCreateInputSchema, masterplanCreationRefusal } from '@smartcity/domain';
import { appendEvent, findMasterplan, insertMasterplan, type Masterplan } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadHomeRegion } from '../../services/unit/unit-event';

/**
 * `masterplan.create` (coordinator): the region's first masterplan, from nothing — title, period,
 * and what is known of the vision, mission and Bimtek stage. A deployment has one masterplan, for
 * its home region (the first by creation): a second is a `CONFLICT` (`masterplan_exists`); before
 * the region is set up there is none to plan for (`NOT_FOUND`, `no_region`). Strategies,
 * programmes and action items are added afterwards.
 */
export const createProcedure = roleProcedure('coordinator')
  .input(masterplanCreateInputSchema)
  .mutation(async ({ ctx, input }): Promise<Masterplan> => {
    const region = await loadHomeRegion(ctx.db);
    const now = ctx.now();
    await ctx.db.transaction().execute(async (trx) => {
      const refusal = masterplanCreationRefusal((await findMasterplan(trx)) ?? null);
      if (refusal) throw refusal;
      const plan = { id: randomUUID(), regionId: region.id, ...input };
      // The unique region of `masterplans` settles a race between two first creations.
      await insertMasterplan(trx, { plan, at: now, actorUserId: ctx.auth.user.id });
      await appendEvent(trx, {
        occurredAt: now,
        regionId: region.id,
        actorUserId: ctx.auth.user.id,
        actorAddress: ctx.clientAddress,
        entityType: 'masterplan',
        entityId: plan.id,
        action: 'masterplan.created',
        after: plan,
      });
    });
    const saved = await findMasterplan(ctx.db);
    if (!saved) throw new Error('the masterplan just created is not found');
    return saved;
  });
