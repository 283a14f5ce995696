import { changePasswordInputSchema } from '@smartcity/domain';
import { changePassword } from '../../services/auth/change-password';
import { authedProcedure } from '../../trpc';

/**
 * `auth.changePassword`: the current password and a new one that meets the policy. Ends the
 * user's other sessions (a stolen session dies with the old password); this one stays. The user
 * chose it, so their temporary credentials (a password someone else set) end here.
 */
export const changePasswordProcedure = authedProcedure
  .input(changePasswordInputSchema)
  .mutation(({ ctx, input }): Promise<{ endedSessions: number }> => changePassword(ctx, input));
