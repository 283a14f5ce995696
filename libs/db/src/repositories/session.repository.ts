import type { User } from '@smartcity/domain';
import { toIsoString } from '../adapters/values';
import type { Executor } from '../database';
import { toUser } from './user.repository';

/** A stored session (its id is the hash of the token; the token itself is never stored). */
export type StoredSession = {
  readonly id: string;
  readonly userId: string;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
};

/** Stores a new session. */
export async function insertSession(
  db: Executor,
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
  db: Executor,
  id: string,
): Promise<{ session: StoredSession; user: User } | undefined> {
  // One query on every authenticated request: the session and its user together.
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.id as session_id',
      'sessions.created_at as session_created_at',
      'sessions.last_seen_at as session_last_seen_at',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_id, session_created_at, session_last_seen_at, ...userRow } = row;
  return {
    session: {
      id: session_id,
      userId: userRow.id,
      createdAt: new Date(toIsoString(session_created_at)),
      lastSeenAt: new Date(toIsoString(session_last_seen_at)),
    },
    user: toUser(userRow),
  };
}

/** Marks a session as used now (extends its idle timeout). */
export async function touchSession(db: Executor, id: string, now: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

/** Deletes one session (logout, expiry). */
export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Deletes every session of a user except, optionally, one (the one changing the password). */
export async function deleteUserSessions(
  db: Executor,
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
  db: Executor,
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
export async function countUserSessions(db: Executor, userId: string): Promise<number> {
  const { count } = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(count);
}
