import { z } from 'zod';
import { idSchema } from '../common/id';
import { isActiveStage, type Outcome, type Stage } from '../innovation/vocabulary';
import { unitRoles } from '../auth/roles';

/**
 * What a notification tells a unit's users: an evaluation outcome was recorded on one of their
 * innovations (it left the evaluation stage), or one of their innovations became stale.
 */
export const notificationKinds = ['outcome_recorded', 'became_stale'] as const;

/** One of {@link notificationKinds}. */
export type NotificationKind = (typeof notificationKinds)[number];

/** The roles that receive their unit's notifications. */
export const notifiedRoles = unitRoles;

/** A notification as its recipient sees it, with the innovation it speaks of. */
export type NotificationItem = {
  readonly id: string;
  readonly kind: NotificationKind;
  readonly innovationId: string;
  readonly innovationTitle: string;
  readonly unitId: string;
  readonly createdAt: string;
  /** When the recipient marked it read; null while unread. */
  readonly readAt: string | null;
  /** The outcome recorded (`outcome_recorded`), else null. */
  readonly outcome: Outcome | null;
  /** Whole days without an event when it became stale (`became_stale`), else null. */
  readonly staleDays: number | null;
};

/** The most notifications one list returns. */
export const maxNotificationListLimit = 100;

/** Input of `notification.list`: only unread ones or all, newest first, up to `limit`. */
export const notificationListInputSchema = z
  .strictObject({
    unreadOnly: z.boolean().default(false),
    limit: z.int().min(1).max(maxNotificationListLimit).default(30),
  })
  .default({ unreadOnly: false, limit: 30 });
/** The input of the notification list, as {@link notificationListInputSchema} parses it. */
export type NotificationListInput = z.infer<typeof notificationListInputSchema>;

/** Input of `notification.markRead`: the notifications to mark (the caller's own; others are ignored). */
export const notificationMarkReadInputSchema = z.strictObject({
  ids: z.array(idSchema).min(1).max(100),
});
/** The notifications to mark read, as {@link notificationMarkReadInputSchema} parses it. */
export type NotificationMarkReadInput = z.infer<typeof notificationMarkReadInputSchema>;

const msPerDay = 86_400_000;

/**
 * The moment before which (inclusive) an active innovation's last event makes it stale: exactly
 * `staleDays` × 24 hours before `now` counts; a millisecond later does not.
 */
export function staleCutoff(now: Date, staleDays: number): Date {
  return new Date(now.getTime() - staleDays * msPerDay);
}

/** Whole days between the last event and `now`. */
export function daysSince(lastEventAt: string, now: Date): number {
  return Math.floor((now.getTime() - new Date(lastEventAt).getTime()) / msPerDay);
}

/**
 * The key that makes one fact notify each user once: an outcome recorded at one moment, or one
 * quiet spell (a stale innovation with a given last event; a new event starts a new spell).
 */
export function notificationDedupeKey(
  fact:
    | {
        readonly kind: 'outcome_recorded';
        readonly innovationId: string;
        readonly recordedAt: string;
      }
    | {
        readonly kind: 'became_stale';
        readonly innovationId: string;
        readonly lastEventAt: string;
      },
): string {
  switch (fact.kind) {
    case 'outcome_recorded':
      return `outcome:${fact.innovationId}:${fact.recordedAt}`;
    case 'became_stale':
      return `stale:${fact.innovationId}:${fact.lastEventAt}`;
  }
}

/**
 * Whether a lifecycle move records an evaluation outcome that the unit must hear of: the move
 * out of the evaluation stage, decided by the outcome.
 */
export function notifiesOutcome(move: {
  readonly from: Stage;
  readonly to: Stage;
  readonly outcome: Outcome | null;
}): move is { readonly from: Stage; readonly to: Stage; readonly outcome: Outcome } {
  return move.from === 'evaluation' && move.to !== 'evaluation' && move.outcome !== null;
}

/** Whether an innovation at this stage, with this last event, is stale at `now`. */
export function isStaleAt(
  stage: Stage,
  lastEventAt: string,
  now: Date,
  staleDays: number,
): boolean {
  return (
    isActiveStage(stage) && new Date(lastEventAt).getTime() <= staleCutoff(now, staleDays).getTime()
  );
}
