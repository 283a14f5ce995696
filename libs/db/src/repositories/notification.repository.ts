import {
  activeStages,
  notificationKinds,
  notifiedRoles,
  outcomes,
  type NotificationItem,
  type NotificationKind,
  type Outcome,
} from '@smartcity/domain';
import { fromJson, toIsoString, toJson, toNumber } from '../adapters/values';
import type { Executor } from '../database';

/** A notification to store for one recipient. */
export type NewNotification = {
  readonly id: string;
  readonly userId: string;
  readonly kind: NotificationKind;
  readonly innovationId: string;
  readonly createdAt: Date;
  readonly detail: Readonly<Record<string, unknown>>;
  /** The fact notified: a user is told of one key once (see `notificationDedupeKey`). */
  readonly dedupeKey: string;
};

/** Rows per insert statement: 8 parameters each stays far below both engines' limits. */
const insertChunkRows = 500;

/**
 * Stores notifications, skipping any whose (user, dedupe key) is already stored, in multi-row
 * statements. Answers how many were new. Call it inside the transaction of the fact it tells of.
 */
export async function insertNotifications(
  db: Executor,
  notifications: readonly NewNotification[],
): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < notifications.length; i += insertChunkRows) {
    const result = await db
      .insertInto('notifications')
      .values(
        notifications.slice(i, i + insertChunkRows).map((n) => ({
          id: n.id,
          user_id: n.userId,
          kind: n.kind,
          innovation_id: n.innovationId,
          created_at: n.createdAt.toISOString(),
          read_at: null,
          detail: toJson(n.detail) ?? '{}',
          dedupe_key: n.dedupeKey,
        })),
      )
      .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return inserted;
}

/**
 * The users who hear of a unit's innovations: the active unit staff and unit heads of each unit
 * named, by unit id (units without such users are absent).
 */
export async function listUnitRecipients(
  db: Executor,
  unitIds: readonly string[],
): Promise<Map<string, string[]>> {
  const recipients = new Map<string, string[]>();
  if (unitIds.length === 0) return recipients;
  const rows = await db
    .selectFrom('users')
    .select(['id', 'unit_id'])
    .where('unit_id', 'in', [...new Set(unitIds)])
    .where('role', 'in', [...notifiedRoles])
    .where('active', '=', true)
    .orderBy('id')
    .execute();
  for (const row of rows) {
    if (row.unit_id === null) continue;
    const list = recipients.get(row.unit_id) ?? [];
    list.push(row.id);
    recipients.set(row.unit_id, list);
  }
  return recipients;
}

/** An active innovation stale enough to notify of, not yet notified for its current quiet spell. */
export type StaleInnovationToNotify = {
  readonly id: string;
  readonly unitId: string;
  readonly lastEventAt: string;
};

/**
 * One batch of innovations in an active stage whose last event is at or before `staleBefore` and
 * that have no `became_stale` notification made since that event (a new event starts a new spell).
 * In id order after `afterId`, so that a sweep walks the table in batches.
 */
export async function listStaleInnovationsToNotify(
  db: Executor,
  options: { readonly staleBefore: Date; readonly afterId: string | null; readonly limit: number },
): Promise<StaleInnovationToNotify[]> {
  let query = db
    .selectFrom('innovations as i')
    .select(['i.id', 'i.unit_id', 'i.last_event_at'])
    .where('i.stage', 'in', [...activeStages])
    .where('i.last_event_at', '<=', options.staleBefore.toISOString())
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('notifications as n')
            .select('n.id')
            .whereRef('n.innovation_id', '=', 'i.id')
            .where('n.kind', '=', 'became_stale')
            .whereRef('n.created_at', '>=', 'i.last_event_at'),
        ),
      ),
    );
  if (options.afterId !== null) query = query.where('i.id', '>', options.afterId);
  const rows = await query.orderBy('i.id').limit(options.limit).execute();
  return rows.map((row) => ({
    id: row.id,
    unitId: row.unit_id,
    lastEventAt: toIsoString(row.last_event_at),
  }));
}

/** Options of {@link listNotifications}. */
export type NotificationListOptions = {
  readonly unreadOnly: boolean;
  readonly limit: number;
};

function isKind(value: string): value is NotificationKind {
  return (notificationKinds as readonly string[]).includes(value);
}

function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && (outcomes as readonly string[]).includes(value);
}

/** A user's notifications, newest first, with the innovation's title and unit. */
export async function listNotifications(
  db: Executor,
  userId: string,
  options: NotificationListOptions,
): Promise<NotificationItem[]> {
  let query = db
    .selectFrom('notifications as n')
    .innerJoin('innovations as i', 'i.id', 'n.innovation_id')
    .select([
      'n.id',
      'n.kind',
      'n.innovation_id',
      'n.created_at',
      'n.read_at',
      'n.detail',
      'i.title',
      'i.unit_id',
    ])
    .where('n.user_id', '=', userId);
  if (options.unreadOnly) query = query.where('n.read_at', 'is', null);
  const rows = await query
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(options.limit)
    .execute();
  return rows.flatMap((row): NotificationItem[] => {
    // A kind this version does not know (written by a newer one) is left out, not misread.
    if (!isKind(row.kind)) return [];
    const detail = (fromJson(row.detail) ?? {}) as Record<string, unknown>;
    const staleDays = detail.staleDays;
    return [
      {
        id: row.id,
        kind: row.kind,
        innovationId: row.innovation_id,
        innovationTitle: row.title,
        unitId: row.unit_id,
        createdAt: toIsoString(row.created_at),
        readAt: row.read_at === null ? null : toIsoString(row.read_at),
        outcome:
          row.kind === 'outcome_recorded' && isOutcome(detail.outcome) ? detail.outcome : null,
        staleDays: row.kind === 'became_stale' && typeof staleDays === 'number' ? staleDays : null,
      },
    ];
  });
}

/** How many unread notifications a user has. */
export async function countUnreadNotifications(db: Executor, userId: string): Promise<number> {
  const { count } = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return toNumber(count);
}

/**
 * Marks a user's notifications read. Ids of other users' notifications, unknown ids and ones
 * already read are left alone; answers how many changed.
 */
export async function markNotificationsRead(
  db: Executor,
  {
    userId,
    ids,
    now,
  }: { readonly userId: string; readonly ids: readonly string[]; readonly now: Date },
): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .updateTable('notifications')
    .set({ read_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('id', 'in', [...new Set(ids)])
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Marks every unread notification of a user read; answers how many changed. */
export async function markAllNotificationsRead(
  db: Executor,
  userId: string,
  now: Date,
): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
