import { DomainError, passwordProblems, userResetPasswordInputSchema } from '@smartcity/domain';
import {
  deleteUserSessions,
  expireAccountTokens,
  findUserById,
  setPasswordHash,
} from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { recordUserChange } from '../../services/user/user-event';

/**
 * `user.resetPassword` (coordinators): sets a new password and ends all the user's sessions. The
 * coordinator chose it, so the user must change it at the next login; the user's unused
 * invitation links stop working (the password replaces them).
 */
export const resetPasswordProcedure = roleProcedure('coordinator')
  .input(userResetPasswordInputSchema)
  .mutation(async ({ ctx, input }): Promise<{ endedSessions: number }> => {
    const user = await findUserById(ctx.db, input.id);
    if (!user) throw new DomainError('NOT_FOUND', 'User not found', { id: input.id });
    const problems = passwordProblems(input.password, user.email);
    if (problems.length > 0) {
      throw new DomainError('VALIDATION', 'The password does not meet the policy', {
        field: 'password',
        problems,
      });
    }
    const hash = await ctx.passwords.hash(input.password);
    const now = ctx.now();
    return ctx.db.transaction().execute(async (trx) => {
      await setPasswordHash(trx, {
        id: user.id,
        passwordHash: hash,
        now,
        options: { temporaryCredentials: true },
      });
      const endedSessions = await deleteUserSessions(trx, user.id);
      const endedInvitations = await expireAccountTokens(trx, {
        userId: user.id,
        purpose: 'invitation',
        now,
      });
      await recordUserChange(trx, ctx, {
        action: 'user.password_reset',
        user,
        after: { endedSessions, endedInvitations },
      });
      return { endedSessions };
    });
  });
