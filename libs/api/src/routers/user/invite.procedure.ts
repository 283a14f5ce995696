import { DomainError, userInviteInputSchema } from '@smartcity/domain';
import { findUserById } from '@smartcity/db';
import {
  issueAccountToken,
  type IssuedAccountToken,
} from '../../services/auth/account-token-service';
import { roleProcedure } from '../../trpc';
import { recordUserChange } from '../../services/user/user-event';

/**
 * `user.invite` (coordinators): a new one-time invitation link for an existing, active user (72
 * hours); the user's earlier unused links stop working. The user's current password, if any,
 * stays until they accept. The answer carries the link's token, once.
 */
export const inviteProcedure = roleProcedure('coordinator')
  .input(userInviteInputSchema)
  .mutation(async ({ ctx, input }): Promise<IssuedAccountToken> => {
    const user = await findUserById(ctx.db, input.id);
    if (!user) throw new DomainError('NOT_FOUND', 'User not found', { id: input.id });
    if (!user.active) {
      throw new DomainError('NOT_ALLOWED', 'This account has been deactivated', {
        reason: 'account_inactive',
      });
    }
    const now = ctx.now();
    return ctx.db.transaction().execute(async (trx) => {
      const { replaced, ...invitation } = await issueAccountToken(trx, {
        userId: user.id,
        purpose: 'invitation',
        createdBy: ctx.auth.user.id,
        now,
      });
      await recordUserChange(trx, ctx, {
        action: 'user.invited',
        user,
        after: { expiresAt: invitation.expiresAt, replaced },
      });
      return invitation;
    });
  });
