import { unitManagerRoles, unitUpdateInputSchema, type Unit } from '@smartcity/domain';
import { updateUnit } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { recordUnitChange } from '../../services/unit/unit-event';

/**
 * `unit.update` (coordinators): code, name, short name and type, with the version read (a stale
 * version is a `CONFLICT` and changes nothing; so is a code another unit of the region has).
 */
export const updateProcedure = roleProcedure(...unitManagerRoles)
  .input(unitUpdateInputSchema)
  .mutation(({ ctx, input }): Promise<Unit> => {
    const { id, version, ...fields } = input;
    return ctx.db.transaction().execute(async (trx) => {
      const { before, after } = await updateUnit(trx, {
        id,
        version,
        input: fields,
        now: ctx.now(),
      });
      await recordUnitChange(trx, ctx, { action: 'unit.updated', unit: after, before, after });
      return after;
    });
  });
