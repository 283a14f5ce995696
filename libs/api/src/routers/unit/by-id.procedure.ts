import { byIdInputSchema, DomainError, type Region, type Unit } from '@smartcity/domain';
import { findRegionById, findUnitById } from '@smartcity/db';
import { publicProcedure } from '../../trpc';

/** The answer of `unit.byId`: the unit and its region. */
export type UnitByIdResponse = Unit & { readonly region: Region };

/** `unit.byId`: one unit with its region; `NOT_FOUND` for an unknown id. */
export const byIdProcedure = publicProcedure
  .input(byIdInputSchema)
  .query(async ({ ctx, input }): Promise<UnitByIdResponse> => {
    const unit = await findUnitById(ctx.db, input.id);
    if (!unit) throw new DomainError('NOT_FOUND', 'Unit not found', { id: input.id });
    const region = await findRegionById(ctx.db, unit.regionId);
    if (!region) throw new DomainError('NOT_FOUND', 'Region not found', { id: unit.regionId });
    return { ...unit, region };
  });
