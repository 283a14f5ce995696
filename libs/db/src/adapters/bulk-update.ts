import { sql, type RawBuilder } from 'kysely';
import type { Database, Executor } from '../database';
import { dialectOf } from './dialect';

/** How a value of a bulk update is stored: PostgreSQL needs the type of each value it is sent. */
export type BulkColumnType = 'text' | 'integer' | 'bigint' | 'boolean' | 'json' | 'timestamp';

/** A column of a bulk update: its name and type. */
export type BulkColumn = { readonly name: string; readonly type: BulkColumnType };

/** What a bulk update changes: the rows' keys, the columns it sets, and an optional guard. */
export type BulkUpdate = {
  readonly table: keyof Database;
  /** The columns that find a row (e.g. `id`, or `innovation_id` and `section`). */
  readonly keys: readonly BulkColumn[];
  readonly set: readonly BulkColumn[];
  /**
   * A column that must still hold the given value (`version` for optimistic concurrency): the row
   * carries it under the name `expected_<column>`.
   */
  readonly guard?: BulkColumn;
};

const pgCast: Readonly<Record<BulkColumnType, string | null>> = {
  text: null,
  integer: 'integer',
  bigint: 'bigint',
  boolean: 'boolean',
  json: 'jsonb',
  timestamp: 'timestamptz',
};

/** Rows per statement: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const maxParameters = 30_000;

/**
 * Updates many rows, each with its own values, in statements of up to 30,000 values:
 * `WITH v(k, c, …) AS (VALUES (…), (…)) UPDATE t SET c = v.c FROM v WHERE t.k = v.k`, the same
 * SQL on both engines (SQLite 3.33+ has `UPDATE … FROM`). PostgreSQL reads the values of a
 * `VALUES` list as text, so they are cast to their column's type there; SQLite stores them as
 * bound. Answers how many rows were updated (rows whose guard no longer holds are not).
 */
export async function bulkUpdate(
  db: Executor,
  update: BulkUpdate,
  rows: readonly Readonly<Record<string, unknown>>[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const pg = dialectOf(db) === 'postgres';
  const guard = update.guard ? { ...update.guard, name: `expected_${update.guard.name}` } : null;
  const columns = [...update.keys, ...update.set, ...(guard ? [guard] : [])];
  const value = (column: BulkColumn, row: Readonly<Record<string, unknown>>): unknown => {
    const v = row[column.name];
    if (v === undefined) throw new Error(`bulk update of ${update.table}: no ${column.name}`);
    // better-sqlite3 binds no booleans; PostgreSQL reads 'true'/'false' once cast.
    if (typeof v === 'boolean' && !pg) return v ? 1 : 0;
    return v;
  };
  const ref = (column: BulkColumn): RawBuilder<unknown> => {
    const cast = pg ? pgCast[column.type] : null;
    const name = sql.ref(`v.${column.name}`);
    return cast ? sql`cast(${name} as ${sql.raw(cast)})` : sql`${name}`;
  };
  const perStatement = Math.max(1, Math.floor(maxParameters / columns.length));
  let updated = 0;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const values = sql.join(
      chunk.map((row) => sql`(${sql.join(columns.map((c) => value(c, row)))})`),
    );
    const names = sql.join(columns.map((c) => sql.id(c.name)));
    const target = sql.table(update.table);
    const assignments = sql.join(update.set.map((c) => sql`${sql.id(c.name)} = ${ref(c)}`));
    const matches = [
      ...update.keys.map((c) => sql`${target}.${sql.id(c.name)} = ${ref(c)}`),
      ...(update.guard && guard
        ? [sql`${target}.${sql.id(update.guard.name)} = ${ref(guard)}`]
        : []),
    ];
    const result =
      await sql`with v(${names}) as (values ${values}) update ${target} set ${assignments} from v where ${sql.join(matches, sql` and `)}`.execute(
        db,
      );
    updated += Number(result.numAffectedRows ?? 0);
  }
  return updated;
}
