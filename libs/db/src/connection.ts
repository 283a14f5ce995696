import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { SqliteBooleanPlugin } from './adapters/sqlite-boolean.plugin';
import type { Database } from './database';

/** The two database engines the product runs on. */
export type DialectName = 'sqlite' | 'postgres';

/** Where the embedded database lives when no `DATABASE_URL` is given. */
export const defaultSqliteFile = './data/smartcity.db';

/** A parsed `DATABASE_URL`. */
export type DatabaseTarget =
  | { readonly dialect: 'sqlite'; readonly filename: string }
  | { readonly dialect: 'postgres'; readonly connectionString: string };

/**
 * Parses a `DATABASE_URL`: `postgres://…` or `postgresql://…` for PostgreSQL; `sqlite:<path>`,
 * `file:<path>` or `:memory:` for SQLite; empty or undefined for the default SQLite file.
 * Anything else throws with a message that names the accepted forms.
 */
export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  const value = url?.trim() ?? '';
  if (value === '') return { dialect: 'sqlite', filename: defaultSqliteFile };
  if (value === ':memory:') return { dialect: 'sqlite', filename: ':memory:' };
  if (/^postgres(ql)?:\/\//i.test(value)) return { dialect: 'postgres', connectionString: value };
  const sqlite = /^(?:sqlite|file):(?:\/\/)?(.+)$/i.exec(value);
  if (sqlite?.[1]) return { dialect: 'sqlite', filename: sqlite[1] };
  throw new Error(
    `unsupported DATABASE_URL "${redactUrl(value)}": use postgres://user:pass@host:5432/db, sqlite:<path> or leave it empty for ${defaultSqliteFile}`,
  );
}

/** The URL with any password replaced by `***`, safe to print. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

/** An open database: the Kysely instance, which engine it is, and how to close it. */
export type DatabaseHandle = {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Closes the pool or file. Safe to call twice. */
  readonly close: () => Promise<void>;
};

/** Options for {@link openDatabase}. */
export type OpenDatabaseOptions = {
  /** PostgreSQL only: the schema to use (tests isolate themselves this way). */
  readonly searchPath?: string;
  /** PostgreSQL only: the pool size (default 10). */
  readonly poolSize?: number;
};

/**
 * Opens the database a target names. SQLite: the file (and its folder) is created when missing,
 * with WAL journaling, foreign keys on and a busy timeout so that a second process (or the CLI)
 * can write at the same time. PostgreSQL: a connection pool.
 */
export function openDatabase(
  target: DatabaseTarget,
  options: OpenDatabaseOptions = {},
): DatabaseHandle {
  switch (target.dialect) {
    case 'sqlite':
      return openSqlite(target.filename);
    case 'postgres':
      return openPostgres(target.connectionString, options);
  }
}

function openSqlite(filename: string): DatabaseHandle {
  if (filename !== ':memory:') mkdirSync(dirname(resolve(filename)), { recursive: true });
  const sqlite = new SqliteDatabase(filename);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // A 64 MiB page cache (the default is 2 MiB): long reads such as exports of every innovation
  // would otherwise fetch the same index pages from the OS again and again.
  sqlite.pragma('cache_size = -65536');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new SqliteBooleanPlugin()],
  });
  return { db, dialect: 'sqlite', close: onlyOnce(() => db.destroy()) };
}

function openPostgres(connectionString: string, options: OpenDatabaseOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: onlyOnce(() => db.destroy()) };
}

function onlyOnce(fn: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= fn());
}
