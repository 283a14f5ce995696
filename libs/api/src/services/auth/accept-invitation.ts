import {
  accountTokenRefusal,
  accountTokenStatus,
  DomainError,
  passwordProblems,
  type AcceptInvitationInput,
} from '@smartcity/domain';
import {
  appendEvent,
  consumeAccountToken,
  deleteUserSessions,
  findAccountToken,
  findUserById,
  recordLastLogin,
  setPasswordHash,
} from '@smartcity/db';
import type { Context } from '../../context';
import { accountTokenIdOf } from './account-token-service';
import { describeMe, type Me } from './me';
import { startSession } from './session-service';

/**
 * The person sets their own password through a valid invitation link (`auth.acceptInvitation`).
 * In one transaction the link is used (of concurrent uses exactly one wins, the others get
 * `token_used`), the password is set, the account's other sessions end, a new session starts,
 * and the acceptance and the login are recorded. Answers the user as `auth.me` does.
 */
export async function acceptInvitation(ctx: Context, input: AcceptInvitationInput): Promise<Me> {
  const tokenId = accountTokenIdOf(input.token);
  const token = await findAccountToken(ctx.db, tokenId);
  const refusal = accountTokenRefusal(accountTokenStatus(token, 'invitation', ctx.now()));
  if (refusal) throw refusal;
  const user = token && (await findUserById(ctx.db, token.userId));
  if (!user?.active) throw accountTokenRefusal('unknown');
  const problems = passwordProblems(input.password, user.email);
  if (problems.length > 0) {
    throw new DomainError('VALIDATION', 'The password does not meet the policy', {
      field: 'password',
      problems,
    });
  }
  const hash = await ctx.passwords.hash(input.password);
  const now = ctx.now();
  const userAgent = ctx.headers['user-agent'];
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await consumeAccountToken(trx, { id: tokenId, purpose: 'invitation', now }))) {
      const current = await findAccountToken(trx, tokenId);
      // It looked valid a moment ago: a concurrent use won (or it just expired).
      throw (
        accountTokenRefusal(accountTokenStatus(current, 'invitation', now)) ??
        accountTokenRefusal('used')
      );
    }
    await setPasswordHash(trx, {
      id: user.id,
      passwordHash: hash,
      now,
      options: { temporaryCredentials: false },
    });
    const endedSessions = await deleteUserSessions(trx, user.id);
    await startSession(trx, ctx, {
      request: {
        cookies: ctx.cookies,
        clientAddress: ctx.clientAddress,
        userAgent: typeof userAgent === 'string' ? userAgent : null,
      },
      user,
    });
    await recordLastLogin(trx, user.id, now);
    for (const action of ['user.invitation_accepted', 'auth.login']) {
      await appendEvent(trx, {
        occurredAt: now,
        actorUserId: user.id,
        actorAddress: ctx.clientAddress,
        entityType: 'user',
        entityId: user.id,
        action,
        after: action === 'auth.login' ? { via: 'invitation' } : { endedSessions },
      });
    }
  });
  const accepted = (await findUserById(ctx.db, user.id)) ?? user;
  return describeMe(ctx.db, accepted);
}
