import { notificationMarkReadInputSchema } from '@smartcity/domain';
import { markNotificationsRead } from '@smartcity/db';
import { authedProcedure } from '../../trpc';

/**
 * `notification.markRead`: marks some of the caller's notifications read. Ids that are not the
 * caller's (or unknown, or already read) change nothing; `updated` counts the ones that changed.
 */
export const markReadProcedure = authedProcedure
  .input(notificationMarkReadInputSchema)
  .mutation(async ({ ctx, input }): Promise<{ updated: number }> => ({
    updated: await markNotificationsRead(ctx.db, {
      userId: ctx.auth.user.id,
      ids: input.ids,
      now: ctx.now(),
    }),
  }));
