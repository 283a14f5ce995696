import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application types and never changes once released.
//
// What a real regency needs to start from nothing and to bring its data in and out:
// - the region's profile: the Kemendagri code (`32.11`), the smart city branding line, an emblem
//   (a file of the content store), and whether its data came from the demo seed;
// - a unit merged into its successor keeps a pointer to it;
// - users whose password someone else set must choose a new one at first login;
// - one-time account tokens (invitations now, password resets later) and the one-time setup
//   token of a database without a region, each stored only as its SHA-256;
// - stable external codes on innovations, programmes and action items, so that re-importing a
//   spreadsheet updates instead of duplicating;
// - the record of every import (the file is kept in the content store: a commit re-reads the
//   very file its dry run checked).

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const timestamp = pg ? 'timestamptz' : 'text';
  const json = pg ? 'jsonb' : 'text';
  const boolean = pg ? 'boolean' : 'integer';
  const no = pg ? sql`false` : sql`0`;

  await db.schema.alterTable('regions').addColumn('code', 'text').execute();
  await db.schema.alterTable('regions').addColumn('branding', 'text').execute();
  await db.schema
    .alterTable('regions')
    .addColumn('emblem_sha256', 'text', (c) => c.references('files.sha256'))
    .execute();
  await db.schema
    .alterTable('regions')
    .addColumn('is_demo', boolean, (c) => c.notNull().defaultTo(no))
    .execute();
  await db.schema
    .createIndex('regions_code_unique')
    .on('regions')
    .column('code')
    .unique()
    .where(sql.ref('code'), 'is not', null)
    .execute();
  // Until now the demo seed was the only way a region came to exist.
  await sql`update regions set is_demo = ${pg ? sql`true` : sql`1`}`.execute(db);
  await sql`update regions set code = '32.11' where name = 'Kabupaten Sumedang'`.execute(db);

  await db.schema
    .alterTable('units')
    .addColumn('successor_unit_id', 'text', (c) => c.references('units.id'))
    .execute();

  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', boolean, (c) => c.notNull().defaultTo(no))
    .execute();

  await db.schema
    .createTable('account_tokens')
    // SHA-256 (hex) of the token: the token itself is only ever in the link handed over.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) =>
      c.notNull().check(sql`purpose in ('invitation', 'password_reset')`),
    )
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .addColumn('used_at', timestamp)
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('account_tokens_user_idx')
    .on('account_tokens')
    .columns(['user_id', 'purpose'])
    .execute();

  await db.schema
    .createTable('setup_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .execute();

  await db.schema.alterTable('innovations').addColumn('external_code', 'text').execute();
  await db.schema
    .createIndex('innovations_external_code_unique')
    .on('innovations')
    .column('external_code')
    .unique()
    .where(sql.ref('external_code'), 'is not', null)
    .execute();
  await db.schema.alterTable('programmes').addColumn('external_code', 'text').execute();
  await db.schema
    .createIndex('programmes_external_code_unique')
    .on('programmes')
    .columns(['masterplan_id', 'external_code'])
    .unique()
    .where(sql.ref('external_code'), 'is not', null)
    .execute();
  await db.schema.alterTable('action_items').addColumn('external_code', 'text').execute();
  await db.schema
    .createIndex('action_items_external_code_unique')
    .on('action_items')
    .columns(['programme_id', 'external_code'])
    .unique()
    .where(sql.ref('external_code'), 'is not', null)
    .execute();

  await db.schema
    .createTable('data_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity', 'text', (c) =>
      c
        .notNull()
        .check(sql`entity in ('units', 'users', 'innovations', 'programmes', 'action_items')`),
    )
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().references('files.sha256'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('checked', 'refused', 'committed')`),
    )
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('error_count', 'integer', (c) => c.notNull())
    /** `{ create, update, unchanged }` as the dry run (or the commit) counted them. */
    .addColumn('counts', json, (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('committed_at', timestamp)
    .execute();
  await db.schema
    .createIndex('data_imports_created_idx')
    .on('data_imports')
    .columns(['created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('data_imports').execute();
  await db.schema.dropIndex('action_items_external_code_unique').execute();
  await db.schema.alterTable('action_items').dropColumn('external_code').execute();
  await db.schema.dropIndex('programmes_external_code_unique').execute();
  await db.schema.alterTable('programmes').dropColumn('external_code').execute();
  await db.schema.dropIndex('innovations_external_code_unique').execute();
  await db.schema.alterTable('innovations').dropColumn('external_code').execute();
  await db.schema.dropTable('setup_tokens').execute();
  await db.schema.dropTable('account_tokens').execute();
  await db.schema.alterTable('users').dropColumn('must_change_password').execute();
  await db.schema.alterTable('units').dropColumn('successor_unit_id').execute();
  await db.schema.dropIndex('regions_code_unique').execute();
  await db.schema.alterTable('regions').dropColumn('is_demo').execute();
  await db.schema.alterTable('regions').dropColumn('emblem_sha256').execute();
  await db.schema.alterTable('regions').dropColumn('branding').execute();
  await db.schema.alterTable('regions').dropColumn('code').execute();
}
