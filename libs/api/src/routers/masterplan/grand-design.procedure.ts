import { byIdInputSchema } from '@smartcity/domain';
import { authedProcedure } from '../../trpc';
import { grandDesign, type GrandDesign } from '../../services/masterplan/grand-design';

export type { GrandDesign } from '../../services/masterplan/grand-design';

/**
 * `masterplan.grandDesign` ({ id } of a unit): the unit's grand design — its programmes, its
 * action items, its quick wins and innovations. Every logged-in role reads it.
 */
export const grandDesignProcedure = authedProcedure
  .input(byIdInputSchema)
  .query(({ ctx, input }): Promise<GrandDesign> => grandDesign(ctx, input));
