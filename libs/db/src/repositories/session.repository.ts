import type { Kysely, Transaction } from 'kysely';
import type { User } from '@smartcity/domain';
import { toIsoString } from '../adapters/values';
import type { Database } from '../database';
import { findUserById } from './user.repository';

type Db = Kysely<Database> | Transaction<Database>;

/** A stored session (its id is the hash of the token; the token itself is never stored). */
export type StoredSession = {
  readonly id: string;
  readonly userId: string;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
};

/** Stores a new session. */
export async function insertSession(
  db: Db,
  session: {
    readonly id: string;
    readonly userId: string;
    readonly clientAddress: string | null;
    readonly userAgent: string | null;
  },
  now: Date,
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      client_address: session.clientAddress,
      user_agent: session.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
}

/** The session with this id and its user, or undefined. */
export async function findSessionWithUser(
  db: Db,
  id: string,
): Promise<{ session: StoredSession; user: User } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'created_at', 'last_seen_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const user = await findUserById(db, row.user_id);
  if (!user) return undefined;
  return {
    session: {
      id: row.id,
      userId: row.user_id,
      createdAt: new Date(toIsoString(row.created_at)),
      lastSeenAt: new Date(toIsoString(row.last_seen_at)),
    },
    user,
  };
}

/** Marks a session as used now (extends its idle timeout). */
export async function touchSession(db: Db, id: string, now: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

/** Deletes one session (logout, expiry). */
export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Deletes every session of a user except, optionally, one (the one changing the password). */
export async function deleteUserSessions(
  db: Db,
  userId: string,
  exceptId?: string,
): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes sessions unused since `idleBefore` or created before `createdBefore` (housekeeping). */
export async function deleteExpiredSessions(
  db: Db,
  idleBefore: Date,
  createdBefore: Date,
): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('last_seen_at', '<=', idleBefore.toISOString()),
        eb('created_at', '<=', createdBefore.toISOString()),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** How many sessions a user has (tests, the profile page). */
export async function countUserSessions(db: Db, userId: string): Promise<number> {
  const { count } = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(count);
}
