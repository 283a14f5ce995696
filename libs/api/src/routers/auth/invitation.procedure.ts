import { accountTokenStatus, invitationLookupInputSchema } from '@smartcity/domain';
import { findAccountToken, findUserById } from '@smartcity/db';
import { accountTokenIdOf } from '../../services/auth/account-token-service';
import { publicProcedure } from '../../trpc';

/**
 * The answer of `auth.invitation`: a valid link names the person it is for (name and email,
 * nothing else); any other says only why it cannot be used.
 */
export type InvitationLookup =
  | { readonly status: 'valid'; readonly name: string; readonly email: string }
  | { readonly status: 'used' | 'expired' | 'unknown' };

/**
 * `auth.invitation` (public): whether an invitation link can still be used, and for whom. A link
 * of a deactivated account leads nowhere (`unknown`).
 */
export const invitationProcedure = publicProcedure
  .input(invitationLookupInputSchema)
  .query(async ({ ctx, input }): Promise<InvitationLookup> => {
    const token = await findAccountToken(ctx.db, accountTokenIdOf(input.token));
    const status = accountTokenStatus(token, 'invitation', ctx.now());
    if (status !== 'valid') return { status };
    const user = token && (await findUserById(ctx.db, token.userId));
    if (!user?.active) return { status: 'unknown' };
    return { status, name: user.name, email: user.email };
  });
