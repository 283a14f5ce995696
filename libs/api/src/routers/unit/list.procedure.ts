import {
  toUnitFilter,
  unitListInputSchema,
  unitPermissions,
  type Unit,
  type UnitPermissions,
} from '@smartcity/domain';
import { listUnits } from '@smartcity/db';
import { publicProcedure } from '../../trpc';

/** The answer of `unit.list`: the matching units, how many there are, and what the caller may do. */
export type UnitListResponse = {
  readonly items: Unit[];
  readonly total: number;
  readonly can: UnitPermissions;
};

/**
 * `unit.list`: the region's units, searchable by name and filterable by type. Public: the list of
 * a government's work units is public information.
 */
export const listProcedure = publicProcedure
  .input(unitListInputSchema)
  .query(async ({ ctx, input }): Promise<UnitListResponse> => {
    const session = await ctx.session();
    const page = await listUnits(ctx.db, null, toUnitFilter(input));
    return {
      ...page,
      can: unitPermissions(session.status === 'valid' ? session.auth.actor : null),
    };
  });
