import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { DomainError, roles, type Role, type User } from '@smartcity/domain';
import { escapeLike, toBoolean, toIsoString } from '../adapters/values';
import { saveVersioned, staleVersionConflict } from '../adapters/versioned-save';
import type { UserRow, Executor } from '../database';

/** A user with the name of their unit, as lists show them. */
export type UserWithUnit = User & {
  readonly unit: {
    readonly id: string;
    readonly name: string;
    readonly shortName: string | null;
  } | null;
};

/** A user and their password hash: only for checking a password, never for answers. */
export type UserCredentials = { readonly user: User; readonly passwordHash: string };

/** A users row as a domain user (the hash left out). Shared with the session repository's join. */
export function toUser(row: UserRow): User {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    nip: row.nip,
    role: (roles as readonly string[]).includes(row.role) ? row.role : 'leader',
    unitId: row.unit_id,
    active: toBoolean(row.active),
    temporaryCredentials: toBoolean(row.must_change_password),
    version: row.version,
    createdAt: toIsoString(row.created_at),
    updatedAt: toIsoString(row.updated_at),
    lastLoginAt: row.last_login_at === null ? null : toIsoString(row.last_login_at),
  };
}

/** The user with this id, or undefined. */
export async function findUserById(db: Executor, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

/** The user with this email (compared in lower case) and their password hash, or undefined. */
export async function findCredentialsByEmail(
  db: Executor,
  email: string,
): Promise<UserCredentials | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row && { user: toUser(row), passwordHash: row.password_hash };
}

/** The password hash of a user, or undefined. */
export async function findPasswordHash(db: Executor, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.password_hash;
}

/** The filter of {@link listUsers}. */
export type UserFilter = {
  readonly search: string | null;
  readonly role: Role | null;
  readonly unitId: string | null;
  readonly includeInactive: boolean;
};

/** Users matching a filter, by name, with their unit. The search matches name, email and NIP. */
export async function listUsers(db: Executor, filter: UserFilter): Promise<UserWithUnit[]> {
  let query = db
    .selectFrom('users')
    .leftJoin('units', 'units.id', 'users.unit_id')
    .selectAll('users')
    .select(['units.name as unit_name', 'units.short_name as unit_short_name']);
  if (!filter.includeInactive) query = query.where('users.active', '=', true);
  if (filter.role) query = query.where('users.role', '=', filter.role);
  if (filter.unitId) query = query.where('users.unit_id', '=', filter.unitId);
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`lower(users.name) like ${pattern} escape '\\'`,
        sql<boolean>`users.email like ${pattern} escape '\\'`,
        sql<boolean>`coalesce(users.nip, '') like ${pattern} escape '\\'`,
      ]),
    );
  }
  const rows = await query
    .orderBy(sql`lower(users.name)`)
    .orderBy('users.id')
    .execute();
  return rows.map((row) => ({
    ...toUser(row),
    unit:
      row.unit_id && row.unit_name
        ? { id: row.unit_id, name: row.unit_name, shortName: row.unit_short_name }
        : null,
  }));
}

/** What is stored to create a user (the hash computed by the caller). */
export type NewUser = {
  readonly name: string;
  readonly email: string;
  readonly nip: string | null;
  readonly role: Role;
  readonly unitId: string | null;
  readonly passwordHash: string;
  /**
   * Someone else chose the password (a coordinator, an import): the user must change it at the
   * first login. Default false (the person chose it, or it is unusable until an invitation).
   */
  readonly temporaryCredentials?: boolean;
};

/** Inserts a user. An email already in use is a `CONFLICT`. */
export async function insertUser(db: Executor, user: NewUser, now: Date): Promise<User> {
  const email = user.email.trim().toLowerCase();
  const existing = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  if (existing) throw new DomainError('CONFLICT', 'Email already in use', { field: 'email' });
  const row = await db
    .insertInto('users')
    .values({
      id: randomUUID(),
      name: user.name,
      email,
      nip: user.nip,
      role: user.role,
      unit_id: user.unitId,
      password_hash: user.passwordHash,
      active: true,
      must_change_password: user.temporaryCredentials ?? false,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

/** Inserts the users whose email is not in use yet; returns how many it inserted. */
export async function insertMissingUsers(
  db: Executor,
  users: readonly NewUser[],
  now: Date,
): Promise<number> {
  if (users.length === 0) return 0;
  const result = await db
    .insertInto('users')
    .values(
      users.map((u) => ({
        id: randomUUID(),
        name: u.name,
        email: u.email.trim().toLowerCase(),
        nip: u.nip,
        role: u.role,
        unit_id: u.unitId,
        password_hash: u.passwordHash,
        active: true,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })),
    )
    .onConflict((oc) => oc.column('email').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** The fields a coordinator may change. */
export type UserChanges = Partial<
  Pick<User, 'name' | 'email' | 'nip' | 'role' | 'unitId' | 'active'>
>;

const userMessages = {
  conflict: 'The user was changed by someone else',
  notFound: 'User not found',
};

/**
 * Changes a user if they are still at `expectedVersion`, and bumps the version. Throws
 * `NOT_FOUND` for an unknown id, `CONFLICT` when someone changed the user since it was read (or
 * when the new email is taken). Returns the user before and after.
 */
export async function updateUser(
  db: Executor,
  {
    id,
    expectedVersion,
    changes,
    now,
  }: {
    readonly id: string;
    readonly expectedVersion: number;
    readonly changes: UserChanges;
    readonly now: Date;
  },
): Promise<{ before: User; after: User }> {
  const before = await findUserById(db, id);
  if (!before) throw new DomainError('NOT_FOUND', userMessages.notFound, { id });
  if (before.version !== expectedVersion) {
    throw staleVersionConflict(userMessages, {
      currentVersion: before.version,
      updatedAt: before.updatedAt,
      updatedBy: null,
    });
  }
  const email = changes.email?.trim().toLowerCase();
  if (email && email !== before.email) {
    const taken = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst();
    if (taken) throw new DomainError('CONFLICT', 'Email already in use', { field: 'email' });
  }
  const row = await saveVersioned(db, {
    table: 'users',
    id,
    expectedVersion,
    set: {
      ...(changes.name !== undefined && { name: changes.name }),
      ...(email !== undefined && { email }),
      ...(changes.nip !== undefined && { nip: changes.nip }),
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.unitId !== undefined && { unit_id: changes.unitId }),
      ...(changes.active !== undefined && { active: changes.active }),
      updated_at: now.toISOString(),
    },
    messages: userMessages,
  });
  return { before, after: toUser(row) };
}

/**
 * Replaces a user's password hash (and bumps the version: the record changed). With
 * `temporaryCredentials`, also records whether someone else chose it (true: a coordinator's
 * reset; false: the user's own change) — left out, the flag stays (a re-hash at login).
 */
export async function setPasswordHash(
  db: Executor,
  {
    id,
    passwordHash,
    now,
    options = {},
  }: {
    readonly id: string;
    readonly passwordHash: string;
    readonly now: Date;
    readonly options?: { readonly temporaryCredentials?: boolean };
  },
): Promise<void> {
  const result = await db
    .updateTable('users')
    .set((eb) => ({
      password_hash: passwordHash,
      ...(options.temporaryCredentials !== undefined && {
        must_change_password: options.temporaryCredentials,
      }),
      version: eb('version', '+', 1),
      updated_at: now.toISOString(),
    }))
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0)
    throw new DomainError('NOT_FOUND', 'User not found', { id });
}

/** Records a successful login time. Not a change of the record: the version stays. */
export async function recordLastLogin(db: Executor, id: string, now: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({ last_login_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

/** How many users there are, optionally of one role. */
export async function countUsers(db: Executor, role?: Role): Promise<number> {
  let query = db.selectFrom('users').select((eb) => eb.fn.countAll<number | string>().as('count'));
  if (role) query = query.where('role', '=', role);
  const { count } = await query.executeTakeFirstOrThrow();
  return Number(count);
}
