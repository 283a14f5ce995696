import type { Kysely, Transaction } from 'kysely';
import { DomainError, type Region, type Unit } from '@smartcity/domain';
import { appendEvent, findHomeRegion, findUnitById, type Database } from '@smartcity/db';
import type { AuthedContext } from '../../trpc';

/** Appends a unit change to the event log, with the coordinator who made it and from where. */
export function recordUnitChange(
  trx: Kysely<Database> | Transaction<Database>,
  ctx: AuthedContext,
  change: {
    readonly action: string;
    readonly unit: Unit;
    readonly before?: unknown;
    readonly after?: unknown;
  },
): Promise<void> {
  const { action, unit } = change;
  return appendEvent(trx, {
    occurredAt: ctx.now(),
    regionId: unit.regionId,
    actorUserId: ctx.auth.user.id,
    actorAddress: ctx.clientAddress,
    entityType: 'unit',
    entityId: unit.id,
    action,
    before: change.before,
    after: change.after,
  });
}

/** The unit with this id, or `NOT_FOUND`. */
export async function loadUnit(
  db: Kysely<Database> | Transaction<Database>,
  id: string,
): Promise<Unit> {
  const unit = await findUnitById(db, id);
  if (!unit) throw new DomainError('NOT_FOUND', 'Unit not found', { id });
  return unit;
}

/** The region this deployment serves, or `NOT_FOUND` (`no_region`) before its setup. */
export async function loadHomeRegion(db: Kysely<Database>): Promise<Region> {
  const region = await findHomeRegion(db);
  if (!region) throw new DomainError('NOT_FOUND', 'No region yet', { reason: 'no_region' });
  return region;
}
