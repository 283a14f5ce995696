import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application types and never changes once released.

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const timestamp = pg ? 'timestamptz' : 'text';
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('outcome_recorded', 'became_stale')`),
    )
    .addColumn('innovation_id', 'text', (c) =>
      c.notNull().references('innovations.id').onDelete('cascade'),
    )
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('read_at', timestamp)
    .addColumn('detail', pg ? 'jsonb' : 'text', (c) => c.notNull())
    // The fact notified (an outcome at a moment, a quiet spell): each user hears of it once.
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addUniqueConstraint('notifications_user_dedupe_unique', ['user_id', 'dedupe_key'])
    .execute();
  // A user's list and unread count.
  await db.schema
    .createIndex('notifications_user_read_created_idx')
    .on('notifications')
    .columns(['user_id', 'read_at', 'created_at'])
    .execute();
  // The stale sweep's "already notified for this spell?" and the cascade from innovations.
  await db.schema
    .createIndex('notifications_innovation_idx')
    .on('notifications')
    .columns(['innovation_id', 'kind', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notifications').execute();
}
