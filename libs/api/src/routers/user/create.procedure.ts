import { randomBytes } from 'node:crypto';
import { DomainError, passwordProblems, userCreateInputSchema, type User } from '@smartcity/domain';
import { insertUser } from '@smartcity/db';
import {
  issueAccountToken,
  type IssuedAccountToken,
} from '../../services/auth/account-token-service';
import { roleProcedure } from '../../trpc';
import { assertUnitExists, recordUserChange } from '../../services/user/user-event';

/** The answer of `user.create`: the user, and the invitation link's token when one was asked for. */
export type UserCreateResponse = User & { readonly invitation: IssuedAccountToken | null };

/**
 * `user.create` (coordinators): a new account with either a first password, which the user must
 * change at the first login (someone else chose it), or an invitation link (72 hours, one use)
 * through which the user chooses their own; until then the account has no usable password (the
 * hash of random bytes nobody holds, so a login attempt takes as long as any other).
 */
export const createProcedure = roleProcedure('coordinator')
  .input(userCreateInputSchema)
  .mutation(async ({ ctx, input }): Promise<UserCreateResponse> => {
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
    const passwordHash = await ctx.passwords.hash(
      password ?? randomBytes(32).toString('base64url'),
    );
    const now = ctx.now();
    return ctx.db.transaction().execute(async (trx) => {
      const user = await insertUser(
        trx,
        { ...profile, passwordHash, temporaryCredentials: password !== undefined },
        now,
      );
      await recordUserChange(trx, ctx, 'user.created', user, { after: user });
      if (password !== undefined) return { ...user, invitation: null };
      const { replaced: _replaced, ...invitation } = await issueAccountToken(trx, {
        userId: user.id,
        purpose: 'invitation',
        createdBy: ctx.auth.user.id,
        now,
      });
      await recordUserChange(trx, ctx, 'user.invited', user, {
        after: { expiresAt: invitation.expiresAt },
      });
      return { ...user, invitation };
    });
  });
