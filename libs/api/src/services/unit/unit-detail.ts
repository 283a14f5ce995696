import {
  DomainError,
  unitPermissions,
  type Region,
  type Unit,
  type UnitPermissions,
} from '@smartcity/domain';
import { findRegionById, findUnitById, unitHoldings, type UnitHoldings } from '@smartcity/db';
import type { Context } from '../../context';

/**
 * The answer of `unit.byId`: the unit and its region, the unit it was merged into (if it was),
 * what the caller may do, and — for those who manage units — how many records name it (what a
 * merge would move).
 */
export type UnitByIdResponse = Unit & {
  readonly region: Region;
  readonly successor: Pick<Unit, 'id' | 'name' | 'shortName'> | null;
  readonly holdings: UnitHoldings | null;
  readonly can: UnitPermissions;
};

/** One unit with its region and what the caller may do (`unit.byId`); `NOT_FOUND` if unknown. */
export async function unitDetail(
  ctx: Context,
  input: { readonly id: string },
): Promise<UnitByIdResponse> {
  const unit = await findUnitById(ctx.db, input.id);
  if (!unit) throw new DomainError('NOT_FOUND', 'Unit not found', { id: input.id });
  const region = await findRegionById(ctx.db, unit.regionId);
  if (!region) throw new DomainError('NOT_FOUND', 'Region not found', { id: unit.regionId });
  const session = await ctx.session();
  const can = unitPermissions(session.status === 'valid' ? session.auth.actor : null);
  const successor = unit.successorUnitId
    ? await findUnitById(ctx.db, unit.successorUnitId)
    : undefined;
  return {
    ...unit,
    region,
    successor: successor
      ? { id: successor.id, name: successor.name, shortName: successor.shortName }
      : null,
    holdings: can.manage ? await unitHoldings(ctx.db, unit.id) : null,
    can,
  };
}
