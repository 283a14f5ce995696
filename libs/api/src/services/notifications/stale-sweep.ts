import { randomUUID } from 'node:crypto';
import { daysSince, defaultStaleDays, notificationDedupeKey, staleSince } from '@smartcity/domain';
import {
  insertNotifications,
  listStaleInnovationsToNotify,
  listUnitRecipients,
  type Database,
  type NewNotification,
} from '@smartcity/db';
import type { Kysely } from 'kysely';

/** Options of {@link sweepStaleNotifications}. */
export type StaleSweepOptions = {
  readonly now: Date;
  /** Days without an event after which an active innovation is stale (default 30). */
  readonly staleDays?: number;
  /** Innovations read per batch (default 1,000). */
  readonly batchSize?: number;
};

/** What one sweep did. */
export type StaleSweepReport = {
  /** Stale innovations found that had not been notified for their current quiet spell. */
  readonly innovations: number;
  /** Notifications stored. */
  readonly notifications: number;
};

/**
 * Tells each unit's users about their innovations that became stale: in an active stage with no
 * event for `staleDays` days (exactly that long counts). Once per quiet spell: an innovation
 * already notified since its last event is skipped, and the dedupe key (innovation and last
 * event) keeps a repeated or concurrent sweep from notifying twice. Walks the table in id order,
 * one batch and one short transaction at a time, so that it stays fast on a large register.
 */
export async function sweepStaleNotifications(
  db: Kysely<Database>,
  options: StaleSweepOptions,
): Promise<StaleSweepReport> {
  const { now } = options;
  const staleDays = options.staleDays ?? defaultStaleDays;
  const batchSize = options.batchSize ?? 1000;
  const staleBefore = staleSince(now, staleDays);
  // Units are few; their recipients are read once per sweep.
  const recipientsByUnit = new Map<string, readonly string[]>();
  let afterId: string | null = null;
  let innovations = 0;
  let notifications = 0;
  for (;;) {
    const batch = await listStaleInnovationsToNotify(db, {
      staleBefore,
      afterId,
      limit: batchSize,
    });
    const last = batch.at(-1);
    if (!last) break;
    afterId = last.id;
    innovations += batch.length;

    const unknownUnits = [...new Set(batch.map((i) => i.unitId))].filter(
      (unitId) => !recipientsByUnit.has(unitId),
    );
    const found = await listUnitRecipients(db, unknownUnits);
    for (const unitId of unknownUnits) recipientsByUnit.set(unitId, found.get(unitId) ?? []);

    const rows: NewNotification[] = batch.flatMap((innovation) => {
      const dedupeKey = notificationDedupeKey({
        kind: 'became_stale',
        innovationId: innovation.id,
        lastEventAt: innovation.lastEventAt,
      });
      const detail = {
        staleDays: daysSince(innovation.lastEventAt, now),
        lastEventAt: innovation.lastEventAt,
      };
      return (recipientsByUnit.get(innovation.unitId) ?? []).map((userId) => ({
        id: randomUUID(),
        userId,
        kind: 'became_stale' as const,
        innovationId: innovation.id,
        createdAt: now,
        detail,
        dedupeKey,
      }));
    });
    if (rows.length > 0) {
      notifications += await db.transaction().execute((trx) => insertNotifications(trx, rows));
    }
    if (batch.length < batchSize) break;
  }
  return { innovations, notifications };
}
