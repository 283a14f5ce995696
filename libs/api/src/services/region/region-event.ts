import type { Kysely, Transaction } from 'kysely';
import type { Region } from '@smartcity/domain';
import { appendEvent, type Database } from '@smartcity/db';

/** Appends a change of the region to the event log, with who made it and from where. */
export function recordRegionChange(
  trx: Kysely<Database> | Transaction<Database>,
  change: {
    readonly occurredAt: Date;
    readonly actorUserId: string | null;
    readonly actorAddress: string | null;
    readonly action: string;
    readonly region: Region;
    readonly before?: unknown;
    readonly after?: unknown;
  },
): Promise<void> {
  return appendEvent(trx, {
    occurredAt: change.occurredAt,
    regionId: change.region.id,
    actorUserId: change.actorUserId,
    actorAddress: change.actorAddress,
    entityType: 'region',
    entityId: change.region.id,
    action: change.action,
    before: change.before,
    after: change.after,
  });
}
