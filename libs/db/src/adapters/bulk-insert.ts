import { sql } from 'kysely';
import type { Database, Executor } from '../database';
import type { BulkColumn, BulkColumnType } from './bulk-update';
import { dialectOf } from './dialect';

const pgType: Readonly<Record<BulkColumnType, string>> = {
  text: 'text',
  integer: 'integer',
  bigint: 'bigint',
  boolean: 'boolean',
  json: 'jsonb',
  timestamp: 'timestamptz',
};

/** Values per statement on SQLite (its limit is 32,766). */
const sqliteParameters = 30_000;
/** Rows per statement on PostgreSQL (one array parameter per column, whatever the rows). */
const pgRows = 5_000;

/**
 * Inserts many rows into a table in few statements, the one place where this differs by engine:
 * SQLite takes multi-row `VALUES` (up to 30,000 values a statement); PostgreSQL takes one array
 * per column, `INSERT … SELECT … FROM unnest($1::text[], …)`, which it parses and binds far
 * faster than tens of thousands of scalar parameters. Values are cast to their column's type.
 */
export async function bulkInsert(
  db: Executor,
  {
    table,
    columns,
    rows,
  }: {
    readonly table: keyof Database;
    readonly columns: readonly BulkColumn[];
    readonly rows: readonly Readonly<Record<string, unknown>>[];
  },
): Promise<void> {
  if (rows.length === 0) return;
  const names = sql.join(columns.map((c) => sql.id(c.name)));
  const target = sql.table(table);
  const value = (row: Readonly<Record<string, unknown>>, column: BulkColumn) => {
    const v = row[column.name];
    if (v === undefined) throw new Error(`bulk insert into ${table}: no ${column.name}`);
    return v;
  };
  if (dialectOf(db) === 'sqlite') {
    const perStatement = Math.max(1, Math.floor(sqliteParameters / columns.length));
    for (let i = 0; i < rows.length; i += perStatement) {
      const values = sql.join(
        rows.slice(i, i + perStatement).map(
          (row) =>
            sql`(${sql.join(
              columns.map((c) => {
                const v = value(row, c);
                return typeof v === 'boolean' ? (v ? 1 : 0) : v;
              }),
            )})`,
        ),
      );
      await sql`insert into ${target} (${names}) values ${values}`.execute(db);
    }
    return;
  }
  for (let i = 0; i < rows.length; i += pgRows) {
    const chunk = rows.slice(i, i + pgRows);
    const arrays = columns.map((c) =>
      chunk.map((row) => {
        const v = value(row, c);
        if (v === null || typeof v === 'string') return v;
        if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
          return String(v);
        throw new Error(`bulk insert into ${table}: ${c.name} is not a plain value`);
      }),
    );
    const aliases = columns.map((_, index) => sql.id(`c${index}`));
    const selected = sql.join(
      columns.map((c, index) => sql`cast(u.${sql.id(`c${index}`)} as ${sql.raw(pgType[c.type])})`),
    );
    const unnested = sql.join(arrays.map((array) => sql`cast(${array} as text[])`));
    await sql`insert into ${target} (${names}) select ${selected} from unnest(${unnested}) as u(${sql.join(aliases)})`.execute(
      db,
    );
  }
}
