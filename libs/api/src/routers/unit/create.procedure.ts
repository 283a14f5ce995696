import { unitInputSchema, unitManagerRoles, type Unit } from '@smartcity/domain';
import { insertUnit } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadHomeRegion, recordUnitChange } from '../../services/unit/unit-event';

/**
 * `unit.create` (coordinators): a new, active unit of the deployment's region. Its code is
 * unique within the region (`CONFLICT`, `unit_code_taken`); before the region is set up there is
 * nowhere to put it (`NOT_FOUND`, `no_region`).
 */
export const createProcedure = roleProcedure(...unitManagerRoles)
  .input(unitInputSchema)
  .mutation(async ({ ctx, input }): Promise<Unit> => {
    const region = await loadHomeRegion(ctx.db);
    return ctx.db.transaction().execute(async (trx) => {
      const unit = await insertUnit(trx, { regionId: region.id, input, now: ctx.now() });
      await recordUnitChange(trx, ctx, { action: 'unit.created', unit, after: unit });
      return unit;
    });
  });
