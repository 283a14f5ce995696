import { notificationListInputSchema, type NotificationItem } from '@smartcity/domain';
import { countUnreadNotifications, listNotifications } from '@smartcity/db';
import { authedProcedure } from '../../trpc';

/** The answer of `notification.list`: the caller's latest notifications and their unread count. */
export type NotificationListResponse = {
  readonly items: NotificationItem[];
  readonly unread: number;
};

/** `notification.list`: the caller's own notifications, newest first (optionally unread only). */
export const listProcedure = authedProcedure
  .input(notificationListInputSchema)
  .query(async ({ ctx, input }): Promise<NotificationListResponse> => {
    const userId = ctx.auth.user.id;
    const [items, unread] = await Promise.all([
      listNotifications(ctx.db, userId, { unreadOnly: input.unreadOnly, limit: input.limit }),
      countUnreadNotifications(ctx.db, userId),
    ]);
    return { items, unread };
  });
