import { DomainError, regionUpdateInputSchema, type Region } from '@smartcity/domain';
import { findHomeRegion, updateRegionProfile } from '@smartcity/db';
import { recordRegionChange } from '../../services/region/region-event';
import { roleProcedure } from '../../trpc';

/**
 * `region.update` (coordinators): the region's name, kind, province, Kemendagri code and
 * branding line, with the version read (a stale version is a `CONFLICT` and changes nothing).
 * `NOT_FOUND` (reason `not_set_up`) before the setup.
 */
export const updateProcedure = roleProcedure('coordinator')
  .input(regionUpdateInputSchema)
  .mutation(async ({ ctx, input }): Promise<Region> => {
    const { version, ...profile } = input;
    const region = await findHomeRegion(ctx.db);
    if (!region) {
      throw new DomainError('NOT_FOUND', 'The region is not set up yet', {
        reason: 'not_set_up',
      });
    }
    const now = ctx.now();
    return ctx.db.transaction().execute(async (trx) => {
      const changed = await updateRegionProfile(trx, {
        id: region.id,
        version,
        input: profile,
        now,
      });
      await recordRegionChange(trx, {
        occurredAt: now,
        actorUserId: ctx.auth.user.id,
        actorAddress: ctx.clientAddress,
        action: 'region.updated',
        region: changed,
        before: region,
        after: changed,
      });
      return changed;
    });
  });
