import { describeMe, type Me } from '../../services/auth/me';
import { publicProcedure } from '../../trpc';

/** `auth.me`: the logged-in user and their unit, or null for the public. */
export const meProcedure = publicProcedure.query(async ({ ctx }): Promise<Me | null> => {
  const lookup = await ctx.session();
  return lookup.status === 'valid' ? describeMe(ctx.db, lookup.auth.user) : null;
});
