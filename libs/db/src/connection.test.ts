import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSqliteFile, openDatabase, parseDatabaseUrl, redactUrl } from './connection';

describe('parseDatabaseUrl', () => {
  it('defaults to the SQLite file under ./data', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ dialect: 'sqlite', filename: defaultSqliteFile });
    expect(parseDatabaseUrl('  ')).toEqual({ dialect: 'sqlite', filename: './data/smartcity.db' });
  });

  it('reads PostgreSQL URLs in both spellings', () => {
    expect(parseDatabaseUrl('postgres://u:p@localhost:5432/db').dialect).toBe('postgres');
    expect(parseDatabaseUrl('postgresql://localhost/db').dialect).toBe('postgres');
  });

  it('reads SQLite paths', () => {
    expect(parseDatabaseUrl('sqlite:./x.db')).toEqual({ dialect: 'sqlite', filename: './x.db' });
    expect(parseDatabaseUrl('file:/tmp/y.db')).toEqual({
      dialect: 'sqlite',
      filename: '/tmp/y.db',
    });
    expect(parseDatabaseUrl(':memory:')).toEqual({ dialect: 'sqlite', filename: ':memory:' });
  });

  it('refuses another scheme with a message naming the accepted forms', () => {
    expect(() => parseDatabaseUrl('foo://x')).toThrow(
      /unsupported DATABASE_URL "foo:\/\/x".*postgres:\/\//,
    );
  });

  it('never prints a password', () => {
    expect(() => parseDatabaseUrl('mysql://root:secret@h/db')).toThrow(/root:\*\*\*@h/);
    expect(redactUrl('postgres://app:s3cret@db:5432/x')).toBe('postgres://app:***@db:5432/x');
  });
});

describe('openDatabase', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('creates the SQLite file and its folder, with WAL and foreign keys on', async () => {
    dir = mkdtempSync(join(tmpdir(), 'smartcity-conn-'));
    const handle = openDatabase({ dialect: 'sqlite', filename: join(dir, 'nested', 'a.db') });
    try {
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(handle.db);
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(handle.db);
      expect(mode.rows[0]?.journal_mode).toBe('wal');
      expect(fk.rows[0]?.foreign_keys).toBe(1);
    } finally {
      await handle.close();
      await handle.close();
    }
  });
});
