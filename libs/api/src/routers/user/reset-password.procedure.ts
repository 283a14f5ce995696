import { userResetPasswordInputSchema } from '@smartcity/domain';
import { roleProcedure } from '../../trpc';
import { resetPassword } from '../../services/user/reset-password';

/**
 * `user.resetPassword` (coordinators): sets a new password and ends all the user's sessions. The
 * coordinator chose it, so the user must change it at the next login; the user's unused
 * invitation links stop working (the password replaces them).
 */
export const resetPasswordProcedure = roleProcedure('coordinator')
  .input(userResetPasswordInputSchema)
  .mutation(({ ctx, input }): Promise<{ endedSessions: number }> => resetPassword(ctx, input));
