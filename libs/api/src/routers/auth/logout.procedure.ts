import { appendEvent } from '@smartcity/db';
import { endSession } from '../../services/auth/session-service';
import { publicProcedure } from '../../trpc';

/** `auth.logout`: ends the session (if any) and clears the cookie. Safe to call when logged out. */
export const logoutProcedure = publicProcedure.mutation(
  async ({ ctx }): Promise<{ loggedOut: boolean }> => {
    const lookup = await ctx.session();
    await endSession(ctx, ctx.cookies);
    if (lookup.status !== 'valid') return { loggedOut: false };
    await appendEvent(ctx.db, {
      occurredAt: ctx.now(),
      actorUserId: lookup.auth.user.id,
      actorAddress: ctx.clientAddress,
      entityType: 'user',
      entityId: lookup.auth.user.id,
      action: 'auth.logout',
    });
    return { loggedOut: true };
  },
);
