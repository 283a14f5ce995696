import { DomainError, passwordProblems, type changePasswordInputSchema } from '@smartcity/domain';
import { appendEvent, deleteUserSessions, findPasswordHash, setPasswordHash } from '@smartcity/db';
import type { z } from 'zod';
import type { AuthedContext } from '../../trpc';

/**
 * Changes the user's password (`auth.changePassword`): the current one and a new one that meets
 * the policy. Ends the user's other sessions; this one stays; temporary credentials end here.
 */
export async function changePassword(
  ctx: AuthedContext,
  input: z.output<typeof changePasswordInputSchema>,
): Promise<{ endedSessions: number }> {
  const { user, sessionId } = ctx.auth;
  const stored = await findPasswordHash(ctx.db, user.id);
  if (!stored || !(await ctx.passwords.verify(stored, input.currentPassword))) {
    // Not UNAUTHENTICATED: the session is fine, the field is wrong.
    throw new DomainError('VALIDATION', 'The current password is wrong', {
      field: 'currentPassword',
    });
  }
  const problems = passwordProblems(input.newPassword, user.email);
  if (problems.length > 0) {
    throw new DomainError('VALIDATION', 'The new password does not meet the policy', {
      field: 'newPassword',
      problems,
    });
  }
  const hash = await ctx.passwords.hash(input.newPassword);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, {
      id: user.id,
      passwordHash: hash,
      now,
      options: { temporaryCredentials: false },
    });
    const endedSessions = await deleteUserSessions(trx, user.id, sessionId);
    await appendEvent(trx, {
      occurredAt: now,
      actorUserId: user.id,
      actorAddress: ctx.clientAddress,
      entityType: 'user',
      entityId: user.id,
      action: 'user.password_changed',
      after: { endedSessions, temporaryCredentialsEnded: user.temporaryCredentials },
    });
    return { endedSessions };
  });
}
