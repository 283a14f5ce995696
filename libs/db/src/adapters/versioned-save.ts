import { DomainError } from '@smartcity/domain';
import type { Kysely, Selectable, Updateable } from 'kysely';
import type { Database, Executor, Timestamp } from '../database';
import { toIsoString } from './values';

/**
 * Optimistic concurrency, written once for every table that has a `version`: a change names the
 * version it read, is written only while the row is still at it (`update … where id = ? and
 * version = ?`, the version bumped in the same statement), and otherwise changes nothing and
 * answers NOT_FOUND (the row is gone) or CONFLICT with {@link StaleVersionDetails}.
 */

/** The tables with optimistic concurrency: each has an `id`, a `version` and an `updated_at`. */
export type VersionedTable =
  | 'regions'
  | 'units'
  | 'users'
  | 'innovations'
  | 'evaluation_rounds'
  | 'evaluations'
  | 'masterplans'
  | 'programmes'
  | 'action_items';

/**
 * The tables that record who changed a row last (`updated_by`): their CONFLICT names that user.
 * A record, so that a new versioned table must say.
 */
const recordsEditor: Readonly<Record<VersionedTable, boolean>> = {
  regions: false,
  units: false,
  users: false,
  innovations: true,
  evaluation_rounds: true,
  evaluations: false,
  masterplans: true,
  programmes: true,
  action_items: true,
};

/** The details of every stale-version CONFLICT, whatever the table. */
export type StaleVersionDetails = {
  readonly reason: 'stale_version';
  /** The version stored now: the one to reload. */
  readonly currentVersion: number;
  /** When the row was last changed (ISO 8601). */
  readonly updatedAt: string;
  /** Who changed it last (the user's name); null when unknown or not recorded by the table. */
  readonly updatedBy: string | null;
};

/** What a refusal of a versioned write says: the CONFLICT's message, and the NOT_FOUND's. */
export type VersionedMessages = {
  readonly conflict: string | ((details: StaleVersionDetails) => string);
  readonly notFound: string;
};

/** The CONFLICT of a write at a stale version, from what is stored now. */
export function staleVersionConflict(
  messages: Pick<VersionedMessages, 'conflict'>,
  current: Omit<StaleVersionDetails, 'reason'>,
): DomainError {
  const details: StaleVersionDetails = { reason: 'stale_version', ...current };
  const message =
    typeof messages.conflict === 'string' ? messages.conflict : messages.conflict(details);
  return new DomainError('CONFLICT', message, details);
}

/**
 * The columns of a versioned table as this module reads and writes them. Kysely cannot resolve
 * column names on a table that is a type parameter, so the queries below run on this view of
 * the same connection: every {@link VersionedTable} has these columns (`updated_by` only where
 * {@link recordsEditor} says so).
 */
type VersionedView = Record<
  VersionedTable,
  {
    id: string;
    version: number;
    updated_at: Timestamp;
    updated_by: string | null;
  }
>;

function viewOf(db: Executor): Kysely<VersionedView> {
  return db as unknown as Kysely<VersionedView>;
}

/** The version of a row, when and by whom it was last changed; undefined when there is none. */
export async function currentVersionOf(
  db: Executor,
  table: VersionedTable,
  id: string,
): Promise<Omit<StaleVersionDetails, 'reason'> | undefined> {
  const row = await viewOf(db)
    .selectFrom(table)
    .select(
      recordsEditor[table] ? ['version', 'updated_at', 'updated_by'] : ['version', 'updated_at'],
    )
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const editorId = row.updated_by ?? null;
  const editor =
    editorId === null
      ? undefined
      : await db.selectFrom('users').select('name').where('id', '=', editorId).executeTakeFirst();
  return {
    currentVersion: row.version,
    updatedAt: toIsoString(row.updated_at),
    updatedBy: editor?.name ?? null,
  };
}

/**
 * The refusal of a write that matched no row: NOT_FOUND when the row does not exist, else the
 * CONFLICT naming the version stored now.
 */
export async function staleVersionError(
  db: Executor,
  target: { readonly table: VersionedTable; readonly id: string },
  messages: VersionedMessages,
): Promise<DomainError> {
  const current = await currentVersionOf(db, target.table, target.id);
  if (!current) return new DomainError('NOT_FOUND', messages.notFound, { id: target.id });
  return staleVersionConflict(messages, current);
}

/** A write of a versioned row: which row, the version read, the columns and what refusals say. */
export type VersionedSave<T extends VersionedTable> = {
  readonly table: T;
  readonly id: string;
  /** The version the change was made from; the row is written at `expectedVersion + 1`. */
  readonly expectedVersion: number;
  /** The columns to write (the version is this module's to set). */
  readonly set: Omit<Updateable<Database[T]>, 'id' | 'version'>;
  /**
   * Further columns the row must still hold (e.g. an evaluation still a draft); a row that does
   * not is refused like a stale one.
   */
  readonly where?: Readonly<Record<string, string>>;
  readonly messages: VersionedMessages;
};

/**
 * Writes a row if it is still at `expectedVersion`, bumping the version in the same statement,
 * and answers the row as stored. Otherwise changes nothing and throws NOT_FOUND or CONFLICT
 * ({@link StaleVersionDetails}). Call inside the transaction of the change.
 */
export async function saveVersioned<T extends VersionedTable>(
  db: Executor,
  save: VersionedSave<T>,
): Promise<Selectable<Database[T]>> {
  // Widened to the union: Kysely resolves columns on a named table, not on a type parameter.
  const table: VersionedTable = save.table;
  let query = viewOf(db)
    .updateTable(table)
    .set({ ...(save.set as object), version: save.expectedVersion + 1 })
    .where('id', '=', save.id)
    .where('version', '=', save.expectedVersion);
  for (const [column, value] of Object.entries(save.where ?? {})) {
    query = query.where(column as 'id', '=', value);
  }
  const row = await query.returningAll().executeTakeFirst();
  if (!row) throw await staleVersionError(db, save, save.messages);
  return row as unknown as Selectable<Database[T]>;
}
