import { createHash, randomBytes } from 'node:crypto';
import { accountTokenExpiry, type AccountTokenPurpose } from '@smartcity/domain';
import { expireAccountTokens, insertAccountToken, type Database } from '@smartcity/db';
import type { Kysely, Transaction } from 'kysely';

/** A one-time link's token as handed over: shown once, never stored (only its SHA-256 is). */
export type IssuedAccountToken = {
  /** 256 random bits, URL-safe: the `token` of the link. */
  readonly token: string;
  readonly expiresAt: string;
};

/** The stored id of a token: its SHA-256 (hex), so a copy of the database opens no link. */
export function accountTokenIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Issues a one-time token of `purpose` for a user (call inside the transaction of the change it
 * belongs to): the user's earlier running tokens of that purpose expire now (a new link replaces
 * them), and the new one is stored as its hash. Answers the token itself, once.
 */
export async function issueAccountToken(
  trx: Kysely<Database> | Transaction<Database>,
  request: {
    readonly userId: string;
    readonly purpose: AccountTokenPurpose;
    readonly createdBy: string | null;
    readonly now: Date;
  },
): Promise<IssuedAccountToken & { readonly replaced: number }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = accountTokenExpiry(request.purpose, request.now);
  const replaced = await expireAccountTokens(trx, {
    userId: request.userId,
    purpose: request.purpose,
    now: request.now,
  });
  await insertAccountToken(
    trx,
    {
      id: accountTokenIdOf(token),
      userId: request.userId,
      purpose: request.purpose,
      expiresAt,
      createdBy: request.createdBy,
    },
    request.now,
  );
  return { token, expiresAt: expiresAt.toISOString(), replaced };
}
