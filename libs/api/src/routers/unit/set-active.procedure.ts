import {
  unitActivationRefusal,
  unitManagerRoles,
  unitSetActiveInputSchema,
  type Unit,
} from '@smartcity/domain';
import { setUnitActive } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadUnit, recordUnitChange } from '../../services/unit/unit-event';

/**
 * `unit.setActive` (coordinators): deactivates a unit (it keeps its history and takes no new
 * records) or reactivates it, with the version read. A merged unit stays inactive (`CONFLICT`,
 * `unit_merged`). Asking for the state the unit has changes nothing and records nothing.
 */
export const setActiveProcedure = roleProcedure(...unitManagerRoles)
  .input(unitSetActiveInputSchema)
  .mutation(({ ctx, input }): Promise<Unit> =>
    ctx.db.transaction().execute(async (trx) => {
      const refusal = unitActivationRefusal(await loadUnit(trx, input.id), input.active);
      if (refusal) throw refusal;
      const { before, after } = await setUnitActive(trx, {
        id: input.id,
        version: input.version,
        active: input.active,
        now: ctx.now(),
      });
      if (after !== before) {
        const action = input.active ? 'unit.reactivated' : 'unit.deactivated';
        await recordUnitChange(trx, ctx, { action, unit: after, before, after });
      }
      return after;
    }),
  );
