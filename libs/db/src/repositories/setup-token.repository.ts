import { toIsoString } from '../adapters/values';
import type { Executor } from '../database';

/** A stored setup token: the SHA-256 of the token in the setup link, and when it expires. */
export type StoredSetupToken = { readonly id: string; readonly expiresAt: Date };

/** Stores a setup token (its hash) that works until `expiresAt`. */
export async function insertSetupToken(
  db: Executor,
  token: { readonly id: string; readonly expiresAt: Date },
  now: Date,
): Promise<void> {
  await db
    .insertInto('setup_tokens')
    .values({
      id: token.id,
      created_at: now.toISOString(),
      expires_at: token.expiresAt.toISOString(),
    })
    .execute();
}

/** The setup token with this hash, or undefined. */
export async function findSetupToken(
  db: Executor,
  id: string,
): Promise<StoredSetupToken | undefined> {
  const row = await db
    .selectFrom('setup_tokens')
    .select(['id', 'expires_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { id: row.id, expiresAt: new Date(toIsoString(row.expires_at)) };
}

/**
 * Deletes every setup token and answers those it deleted: the first write of a setup's
 * transaction. Two setups at once cannot both claim a token: on PostgreSQL the second waits on
 * the first's row locks and then finds the rows gone; on SQLite the write lock orders them.
 */
export async function claimSetupTokens(db: Executor): Promise<StoredSetupToken[]> {
  const rows = await db.deleteFrom('setup_tokens').returning(['id', 'expires_at']).execute();
  return rows.map((row) => ({ id: row.id, expiresAt: new Date(toIsoString(row.expires_at)) }));
}

/** Deletes the setup tokens that expired by `now` (housekeeping when a new one is issued). */
export async function deleteExpiredSetupTokens(db: Executor, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('setup_tokens')
    .where('expires_at', '<=', now.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
