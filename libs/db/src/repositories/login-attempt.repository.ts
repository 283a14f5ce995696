import { toIsoString } from '../adapters/values';
import type { Executor } from '../database';

/** Records one login attempt (the email as typed, lower case; the client's address). */
export async function recordLoginAttempt(
  db: Executor,
  attempt: {
    readonly email: string;
    readonly clientAddress: string | null;
    readonly success: boolean;
  },
  now: Date,
): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values({
      occurred_at: now.toISOString(),
      email: attempt.email.trim().toLowerCase().slice(0, 254),
      client_address: attempt.clientAddress,
      success: attempt.success,
    })
    .execute();
}

/**
 * Times of the failed attempts since `since`: for an account, only those after its last
 * successful login (a success clears the account's count); for an address, all of them.
 */
export async function recentLoginFailures(
  db: Executor,
  key: { readonly email: string } | { readonly clientAddress: string },
  since: Date,
): Promise<Date[]> {
  let query = db
    .selectFrom('login_attempts')
    .select('occurred_at')
    .where('success', '=', false)
    .where('occurred_at', '>', since.toISOString());
  if ('email' in key) {
    const email = key.email.trim().toLowerCase();
    const lastSuccess = await db
      .selectFrom('login_attempts')
      .select('occurred_at')
      .where('email', '=', email)
      .where('success', '=', true)
      .where('occurred_at', '>', since.toISOString())
      .orderBy('occurred_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    query = query.where('email', '=', email);
    if (lastSuccess) query = query.where('occurred_at', '>', toIsoString(lastSuccess.occurred_at));
  } else {
    query = query.where('client_address', '=', key.clientAddress);
  }
  const rows = await query.orderBy('occurred_at', 'desc').limit(100).execute();
  return rows.map((r) => new Date(toIsoString(r.occurred_at)));
}

/** Deletes attempts older than `before` (housekeeping). */
export async function pruneLoginAttempts(db: Executor, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('login_attempts')
    .where('occurred_at', '<', before.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
