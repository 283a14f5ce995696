import type { Kysely, Transaction } from 'kysely';
import { DomainError, inactiveUnitRefusal, type User } from '@smartcity/domain';
import { appendEvent, findUnitById, type Database } from '@smartcity/db';
import type { AuthedContext } from '../../trpc';

/** Appends a user change to the event log, with the coordinator who made it and from where. */
export function recordUserChange(
  trx: Kysely<Database> | Transaction<Database>,
  ctx: AuthedContext,
  change: {
    readonly action: string;
    readonly user: User;
    readonly before?: unknown;
    readonly after?: unknown;
  },
): Promise<void> {
  const { action, user: subject } = change;
  return appendEvent(trx, {
    occurredAt: ctx.now(),
    actorUserId: ctx.auth.user.id,
    actorAddress: ctx.clientAddress,
    entityType: 'user',
    entityId: subject.id,
    action,
    before: change.before,
    after: change.after,
  });
}

/**
 * Refuses a unit id that names no unit (a precise error instead of a foreign-key failure), and an
 * inactive unit (`unit_inactive`: it takes no new users).
 */
export async function assertUnitExists(db: Kysely<Database>, unitId: string | null): Promise<void> {
  if (unitId === null) return;
  const unit = await findUnitById(db, unitId);
  if (!unit) throw new DomainError('VALIDATION', 'Unit not found', { field: 'unitId', unitId });
  const refusal = inactiveUnitRefusal(unit, 'unitId');
  if (refusal) throw refusal;
}
