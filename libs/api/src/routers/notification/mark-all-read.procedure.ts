import { markAllNotificationsRead } from '@smartcity/db';
import { authedProcedure } from '../../trpc';

/** `notification.markAllRead`: marks every unread notification of the caller read. */
export const markAllReadProcedure = authedProcedure.mutation(
  async ({ ctx }): Promise<{ updated: number }> => ({
    updated: await markAllNotificationsRead(ctx.db, ctx.auth.user.id, ctx.now()),
  }),
);
