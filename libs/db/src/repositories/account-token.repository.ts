import type { AccountTokenPurpose } from '@smartcity/domain';
import { toIsoString } from '../adapters/values';
import type { Executor } from '../database';

/**
 * One-time account tokens (migration 2026_12_03_0100): invitations now, password resets later,
 * told apart by `purpose`. The id is the SHA-256 (hex) of the token; the token itself is never
 * stored. Whether a token may be used is the domain's rule (`accountTokenStatus`); these
 * functions store, read and consume.
 */
export type AccountToken = {
  /** The SHA-256 of the token. */
  readonly id: string;
  readonly userId: string;
  readonly purpose: AccountTokenPurpose;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
  readonly createdBy: string | null;
};

/** What is stored to issue a token. */
export type NewAccountToken = {
  readonly id: string;
  readonly userId: string;
  readonly purpose: AccountTokenPurpose;
  readonly expiresAt: Date;
  readonly createdBy: string | null;
};

/** Stores a new token. */
export async function insertAccountToken(
  db: Executor,
  token: NewAccountToken,
  now: Date,
): Promise<AccountToken> {
  const row = await db
    .insertInto('account_tokens')
    .values({
      id: token.id,
      user_id: token.userId,
      purpose: token.purpose,
      created_at: now.toISOString(),
      expires_at: token.expiresAt.toISOString(),
      used_at: null,
      created_by: token.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAccountToken(row);
}

function toAccountToken(row: {
  id: string;
  user_id: string;
  purpose: AccountTokenPurpose;
  created_at: Date | string;
  expires_at: Date | string;
  used_at: Date | string | null;
  created_by: string | null;
}): AccountToken {
  return {
    id: row.id,
    userId: row.user_id,
    purpose: row.purpose,
    createdAt: toIsoString(row.created_at),
    expiresAt: toIsoString(row.expires_at),
    usedAt: row.used_at === null ? null : toIsoString(row.used_at),
    createdBy: row.created_by,
  };
}

/** The token with this hash, or undefined. */
export async function findAccountToken(
  db: Executor,
  id: string,
): Promise<AccountToken | undefined> {
  const row = await db
    .selectFrom('account_tokens')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toAccountToken(row);
}

/**
 * Ends a user's unused tokens of a purpose that are still running, by making them expire now
 * (a new invitation replaces the earlier links). Answers how many it ended.
 */
export async function expireAccountTokens(
  db: Executor,
  {
    userId,
    purpose,
    now,
  }: { readonly userId: string; readonly purpose: AccountTokenPurpose; readonly now: Date },
): Promise<number> {
  const result = await db
    .updateTable('account_tokens')
    .set({ expires_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Uses a token once: marks it used if it is of `purpose`, unused and not expired at `now`, in one
 * conditional update, so of two concurrent uses exactly one wins. Answers whether this call did.
 */
export async function consumeAccountToken(
  db: Executor,
  {
    id,
    purpose,
    now,
  }: { readonly id: string; readonly purpose: AccountTokenPurpose; readonly now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('account_tokens')
    .set({ used_at: now.toISOString() })
    .where('id', '=', id)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * When each of some users' pending tokens of a purpose (unused, not expired at `now`) expires:
 * the latest expiry per user, for the users that have one.
 */
export async function pendingAccountTokens(
  db: Executor,
  {
    userIds,
    purpose,
    now,
  }: {
    readonly userIds: readonly string[];
    readonly purpose: AccountTokenPurpose;
    readonly now: Date;
  },
): Promise<Map<string, string>> {
  const pending = new Map<string, string>();
  const chunk = 500;
  for (let i = 0; i < userIds.length; i += chunk) {
    const rows = await db
      .selectFrom('account_tokens')
      .select(['user_id', 'expires_at'])
      .where('user_id', 'in', userIds.slice(i, i + chunk))
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .execute();
    for (const row of rows) {
      const expiresAt = toIsoString(row.expires_at);
      const known = pending.get(row.user_id);
      if (!known || known < expiresAt) pending.set(row.user_id, expiresAt);
    }
  }
  return pending;
}
