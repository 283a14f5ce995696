import { toUnitFilter, unitListInputSchema, type Unit } from '@smartcity/domain';
import { listUnits } from '@smartcity/db';
import { publicProcedure } from '../../trpc';

/** The answer of `unit.list`: the matching units and how many there are. */
export type UnitListResponse = { readonly items: Unit[]; readonly total: number };

/**
 * `unit.list`: the region's units, searchable by name and filterable by type. Public: the list of
 * a government's work units is public information.
 */
export const listProcedure = publicProcedure
  .input(unitListInputSchema)
  .query(({ ctx, input }): Promise<UnitListResponse> =>
    listUnits(ctx.db, null, toUnitFilter(input)),
  );
