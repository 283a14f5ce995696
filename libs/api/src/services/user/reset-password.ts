import {
  DomainError,
  passwordProblems,
  type userResetPasswordInputSchema,
} from '@smartcity/domain';
import {
  deleteUserSessions,
  expireAccountTokens,
  findUserById,
  setPasswordHash,
} from '@smartcity/db';
import type { z } from 'zod';
import type { AuthedContext } from '../../trpc';
import { recordUserChange } from './user-event';

type ResetPasswordInput = z.output<typeof userResetPasswordInputSchema>;

/**
 * Sets a password a coordinator chose (`user.resetPassword`) and ends all the user's sessions. The
 * user must change it at the next login; their unused invitation links stop working (the password
 * replaces them).
 */
export async function resetPassword(
  ctx: AuthedContext,
  input: ResetPasswordInput,
): Promise<{ endedSessions: number }> {
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
}
