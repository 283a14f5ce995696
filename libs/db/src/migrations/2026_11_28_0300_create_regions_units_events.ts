import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application types and never changes once released.

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const timestamp = pg ? 'timestamptz' : 'text';
  const json = pg ? 'jsonb' : 'text';

  await db.schema
    .createTable('regions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('kabupaten', 'kota')`))
    .addColumn('province', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_id', 'text', (c) =>
      c.notNull().references('regions.id').onDelete('restrict'),
    )
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('type', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`type in ('sekretariat', 'inspektorat', 'dinas', 'badan', 'rsud', 'kecamatan', 'other')`,
        ),
    )
    .addColumn('active', pg ? 'boolean' : 'integer', (c) =>
      c.notNull().defaultTo(pg ? sql`true` : 1),
    )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('units_region_code_unique', ['region_id', 'code'])
    .execute();
  await db.schema
    .createIndex('units_region_type_idx')
    .on('units')
    .columns(['region_id', 'type'])
    .execute();
  await db.schema.createIndex('units_name_idx').on('units').column('name').execute();

  await db.schema
    .createTable('events')
    .addColumn('id', pg ? 'bigint' : 'integer', (c) =>
      pg ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn('occurred_at', timestamp, (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.references('regions.id').onDelete('restrict'))
    .addColumn('actor_user_id', 'text')
    .addColumn('actor_address', 'text')
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('before', json)
    .addColumn('after', json)
    .execute();
  await db.schema
    .createIndex('events_entity_idx')
    .on('events')
    .columns(['entity_type', 'entity_id', 'id'])
    .execute();
  await db.schema
    .createIndex('events_occurred_at_idx')
    .on('events')
    .column('occurred_at')
    .execute();

  // The event log is append-only: refuse UPDATE and DELETE at the database itself.
  if (pg) {
    await sql`
      create function events_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'events are append-only';
      end $$`.execute(db);
    await sql`
      create trigger events_no_update_or_delete before update or delete on events
      for each row execute function events_append_only()`.execute(db);
  } else {
    await sql`
      create trigger events_no_update before update on events
      begin select raise(abort, 'events are append-only'); end`.execute(db);
    await sql`
      create trigger events_no_delete before delete on events
      begin select raise(abort, 'events are append-only'); end`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema.dropTable('events').execute();
  if (pg) await sql`drop function if exists events_append_only()`.execute(db);
  await db.schema.dropTable('units').execute();
  await db.schema.dropTable('regions').execute();
}
