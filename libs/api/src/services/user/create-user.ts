import { randomBytes } from 'node:crypto';
import { DomainError, passwordProblems, type User, type UserCreateInput } from '@smartcity/domain';
import { insertUser } from '@smartcity/db';
import { issueAccountToken, type IssuedAccountToken } from '../auth/account-token-service';
import type { AuthedContext } from '../../trpc';
import { assertUnitExists, recordUserChange } from './user-event';

/** The answer of `user.create`: the user, and the invitation link's token when one was asked for. */
export type UserCreateResponse = User & { readonly invitation: IssuedAccountToken | null };

/**
 * Creates an account (`user.create`) with either a first password, which the user must change at
 * the first login, or an invitation link (72 hours, one use); until then the account has no
 * usable password (the hash of random bytes nobody holds).
 */
export async function createUser(
  ctx: AuthedContext,
  input: UserCreateInput,
): Promise<UserCreateResponse> {
  const { password, invite: _invite, ...profile } = input;
  if (password !== undefined) {
    const problems = passwordProblems(password, input.email);
    if (problems.length > 0) {
      throw new DomainError('VALIDATION', 'The password does not meet the policy', {
        field: 'password',
        problems,
      });
    }
  }
  await assertUnitExists(ctx.db, input.unitId);
  const passwordHash = await ctx.passwords.hash(password ?? randomBytes(32).toString('base64url'));
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const user = await insertUser(
      trx,
      { ...profile, passwordHash, temporaryCredentials: password !== undefined },
      now,
    );
    await recordUserChange(trx, ctx, { action: 'user.created', user, after: user });
    if (password !== undefined) return { ...user, invitation: null };
    const { replaced: _replaced, ...invitation } = await issueAccountToken(trx, {
      userId: user.id,
      purpose: 'invitation',
      createdBy: ctx.auth.user.id,
      now,
    });
    await recordUserChange(trx, ctx, {
      action: 'user.invited',
      user,
      after: { expiresAt: invitation.expiresAt },
    });
    return { ...user, invitation };
  });
}
