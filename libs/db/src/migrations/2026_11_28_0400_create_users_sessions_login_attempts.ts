import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application types and never changes once released.

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const timestamp = pg ? 'timestamptz' : 'text';
  const bool = pg ? 'boolean' : 'integer';

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    // Stored in lower case by the application; unique as such.
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('nip', 'text')
    .addColumn('role', 'text', (c) =>
      c
        .notNull()
        .check(sql`role in ('unit_staff', 'unit_head', 'coordinator', 'evaluator', 'leader')`),
    )
    .addColumn('unit_id', 'text', (c) => c.references('units.id').onDelete('restrict'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('active', bool, (c) => c.notNull().defaultTo(pg ? sql`true` : 1))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addColumn('last_login_at', timestamp)
    .addCheckConstraint(
      'users_unit_fits_role',
      sql`(role in ('unit_staff', 'unit_head') and unit_id is not null)
        or (role in ('coordinator', 'leader') and unit_id is null)
        or role = 'evaluator'`,
    )
    .execute();
  await db.schema.createIndex('users_unit_idx').on('users').column('unit_id').execute();
  await db.schema.createIndex('users_role_idx').on('users').column('role').execute();

  await db.schema
    .createTable('sessions')
    // The SHA-256 of the token in the cookie: a copy of the database does not yield sessions.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('last_seen_at', timestamp, (c) => c.notNull())
    .addColumn('client_address', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
  await db.schema
    .createIndex('sessions_last_seen_idx')
    .on('sessions')
    .column('last_seen_at')
    .execute();

  await db.schema
    .createTable('login_attempts')
    .addColumn('id', pg ? 'bigint' : 'integer', (c) =>
      pg ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn('occurred_at', timestamp, (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('client_address', 'text')
    .addColumn('success', bool, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_attempts_email_idx')
    .on('login_attempts')
    .columns(['email', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('login_attempts_address_idx')
    .on('login_attempts')
    .columns(['client_address', 'occurred_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_attempts').execute();
  await db.schema.dropTable('sessions').execute();
  await db.schema.dropTable('users').execute();
}
