import { unitManagerRoles, unitMergeInputSchema } from '@smartcity/domain';
import { roleProcedure } from '../../trpc';
import { mergeUnitInto, type UnitMergeResponse } from '../../services/unit/merge-unit';

export type { UnitMergeResponse } from '../../services/unit/merge-unit';

/**
 * `unit.merge` (coordinators): a regency reorganises its offices, so a unit is merged into its
 * successor. In one transaction, after the domain's rules (`mergeRefusal`: not into itself, into
 * an active unit of the same region, once, and without creating conflicts of interest in a round
 * that is not closed), the unit's innovations, action items, programme roles and users move to
 * the successor, the unit becomes inactive pointing to it, and the log records the move: one
 * `unit.merged` event with the ids and counts, and one `innovation.unit_merged` event on each
 * moved innovation's timeline. Signed commitments stay with the merged unit, as history.
 */
export const mergeProcedure = roleProcedure(...unitManagerRoles)
  .input(unitMergeInputSchema)
  .mutation(({ ctx, input }): Promise<UnitMergeResponse> => mergeUnitInto(ctx, input));
