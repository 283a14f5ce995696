import {
  DomainError,
  evaluateLoginThrottle,
  loginThrottlePolicy,
  type LoginInput,
} from '@smartcity/domain';
import {
  appendEvent,
  findCredentialsByEmail,
  recentLoginFailures,
  recordLastLogin,
  recordLoginAttempt,
  setPasswordHash,
} from '@smartcity/db';
import type { Context } from '../../context';
import type { PasswordHasher } from './password-hasher';
import { describeMe, type Me } from './me';
import { startSession } from './session-service';

// Checking a password against this when the email is unknown makes both failures take the same
// time, so response times do not reveal which emails have accounts.
const dummyHashes = new WeakMap<PasswordHasher, Promise<string>>();
function dummyHash(passwords: PasswordHasher): Promise<string> {
  let hash = dummyHashes.get(passwords);
  if (!hash) {
    hash = passwords.hash('not-a-password-of-anyone');
    dummyHashes.set(passwords, hash);
  }
  return hash;
}

/** Refuses the attempt when the account or the address had too many recent failures. */
async function checkThrottle(ctx: Context, email: string): Promise<void> {
  const now = ctx.now();
  const since = new Date(now.getTime() - loginThrottlePolicy.windowMs);
  const failures = [await recentLoginFailures(ctx.db, { email }, since)];
  if (ctx.clientAddress)
    failures.push(await recentLoginFailures(ctx.db, { clientAddress: ctx.clientAddress }, since));
  const waits = failures
    .map((f) => evaluateLoginThrottle(f, now))
    .flatMap((v) => (v.allowed ? [] : [v.retryAfterMs]));
  if (waits.length === 0) return;
  const retryAfterSeconds = Math.ceil(Math.max(...waits) / 1000);
  const retryAfterMinutes = Math.ceil(retryAfterSeconds / 60);
  throw new DomainError(
    'RATE_LIMITED',
    `Too many login attempts: try again in ${retryAfterMinutes} minute${retryAfterMinutes === 1 ? '' : 's'}`,
    { retryAfterSeconds, retryAfterMinutes },
  );
}

/**
 * Logs a user in: throttles by account and address, checks the password (one generic error for
 * an unknown email or a wrong password), refuses deactivated accounts, then starts a new session
 * in one transaction with the attempt, the last-login time and the event.
 */
export async function login(ctx: Context, input: LoginInput): Promise<Me> {
  const { db, passwords } = ctx;
  const email = input.email;
  await checkThrottle(ctx, email);

  const credentials = await findCredentialsByEmail(db, email);
  const valid = credentials
    ? await passwords.verify(credentials.passwordHash, input.password)
    : await passwords.verify(await dummyHash(passwords), input.password).then(() => false);
  const now = ctx.now();
  const address = ctx.clientAddress;

  if (!credentials || !valid) {
    await db.transaction().execute(async (trx) => {
      await recordLoginAttempt(trx, { email, clientAddress: address, success: false }, now);
      await appendEvent(trx, {
        occurredAt: now,
        actorAddress: address,
        entityType: 'user',
        entityId: credentials?.user.id ?? null,
        action: 'auth.login_failed',
        after: { email },
      });
    });
    throw new DomainError('UNAUTHENTICATED', 'Wrong email or password', {
      reason: 'invalid_credentials',
    });
  }

  const { user } = credentials;
  if (!user.active) {
    await appendEvent(db, {
      occurredAt: now,
      actorAddress: address,
      entityType: 'user',
      entityId: user.id,
      action: 'auth.login_refused_inactive',
    });
    throw new DomainError('NOT_ALLOWED', 'This account has been deactivated', {
      reason: 'account_inactive',
    });
  }

  const rehash = passwords.needsRehash(credentials.passwordHash)
    ? await passwords.hash(input.password)
    : null;
  const userAgent = ctx.headers['user-agent'];
  await db.transaction().execute(async (trx) => {
    await startSession(trx, ctx, {
      request: {
        cookies: ctx.cookies,
        clientAddress: address,
        userAgent: typeof userAgent === 'string' ? userAgent : null,
      },
      user,
    });
    await recordLoginAttempt(trx, { email, clientAddress: address, success: true }, now);
    await recordLastLogin(trx, user.id, now);
    if (rehash) await setPasswordHash(trx, { id: user.id, passwordHash: rehash, now });
    await appendEvent(trx, {
      occurredAt: now,
      actorUserId: user.id,
      actorAddress: address,
      entityType: 'user',
      entityId: user.id,
      action: 'auth.login',
    });
  });
  return describeMe(db, { ...user, lastLoginAt: now.toISOString() });
}
