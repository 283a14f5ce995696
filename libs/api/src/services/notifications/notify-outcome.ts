import { randomUUID } from 'node:crypto';
import { notificationDedupeKey, type Outcome } from '@smartcity/domain';
import { insertNotifications, listUnitRecipients, type Database } from '@smartcity/db';
import type { Kysely, Transaction } from 'kysely';

/**
 * Tells the innovation's unit (its active staff and head) that an evaluation outcome was recorded.
 * Call it inside the transaction of the move out of evaluation, so that the notice and the move
 * stand or fall together. Answers how many users were notified.
 */
export async function notifyOutcomeRecorded(
  db: Kysely<Database> | Transaction<Database>,
  fact: {
    readonly innovationId: string;
    readonly unitId: string;
    readonly outcome: Outcome;
    readonly recordedAt: Date;
  },
): Promise<number> {
  const recipients = (await listUnitRecipients(db, [fact.unitId])).get(fact.unitId) ?? [];
  const dedupeKey = notificationDedupeKey({
    kind: 'outcome_recorded',
    innovationId: fact.innovationId,
    recordedAt: fact.recordedAt.toISOString(),
  });
  return insertNotifications(
    db,
    recipients.map((userId) => ({
      id: randomUUID(),
      userId,
      kind: 'outcome_recorded',
      innovationId: fact.innovationId,
      createdAt: fact.recordedAt,
      detail: { outcome: fact.outcome },
      dedupeKey,
    })),
  );
}
