import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application types and never changes once released.

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const timestamp = pg ? 'timestamptz' : 'text';
  const bool = pg ? 'boolean' : 'integer';
  const json = pg ? 'jsonb' : 'text';
  const falseValue = pg ? sql`false` : 0;

  await db.schema
    .createTable('innovations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id').onDelete('restrict'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('element', 'text', (c) => c.notNull())
    .addColumn('extra_dimensions', json, (c) => c.notNull())
    .addColumn('is_public', bool, (c) => c.notNull().defaultTo(falseValue))
    .addColumn('jenis', 'text', (c) => c.notNull())
    .addColumn('bentuk', 'text', (c) => c.notNull())
    .addColumn('inisiator', 'text', (c) => c.notNull())
    .addColumn('tahapan', 'text', (c) => c.notNull())
    .addColumn('tahapan_manual', bool, (c) => c.notNull().defaultTo(falseValue))
    .addColumn('urusan', 'text')
    .addColumn('trial_date', 'text')
    .addColumn('implementation_date', 'text')
    .addColumn('stage', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`stage in ('problem', 'need', 'process', 'quick_win', 'evaluation', 'sustained', 'discontinued')`,
        ),
    )
    .addColumn('discontinued_from', 'text')
    // Copies of section fields that lists search and filter on; the sections table is the truth.
    .addColumn('problem_statement', 'text')
    .addColumn('quick_win_target_date', 'text')
    .addColumn('quick_win_status', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    // The time of the last event: what "stale" is measured from.
    .addColumn('last_event_at', timestamp, (c) => c.notNull())
    .execute();

  // One index per list filter, and one per order (with the id as tie-breaker for cursors).
  const indexes: [string, string[]][] = [
    ['innovations_unit_idx', ['unit_id', 'updated_at']],
    ['innovations_dimension_idx', ['dimension', 'element']],
    ['innovations_element_idx', ['element']],
    ['innovations_stage_idx', ['stage', 'last_event_at']],
    ['innovations_jenis_idx', ['jenis']],
    ['innovations_tahapan_idx', ['tahapan']],
    ['innovations_public_idx', ['is_public', 'updated_at']],
    ['innovations_updated_idx', ['updated_at', 'id']],
    ['innovations_created_idx', ['created_at', 'id']],
    ['innovations_last_event_idx', ['last_event_at']],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(name).on('innovations').columns(columns).execute();
  }
  await db.schema
    .createIndex('innovations_title_idx')
    .on('innovations')
    .expression(sql`lower(title), id`)
    .execute();

  await db.schema
    .createTable('innovation_sections')
    .addColumn('innovation_id', 'text', (c) =>
      c.notNull().references('innovations.id').onDelete('cascade'),
    )
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('data', json, (c) => c.notNull())
    .addPrimaryKeyConstraint('innovation_sections_pk', ['innovation_id', 'section'])
    .execute();

  // Text search over title, summary and problem statement.
  if (pg) {
    await sql`
      alter table innovations add column search_vector tsvector generated always as (
        to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(problem_statement, ''))
      ) stored`.execute(db);
    await sql`create index innovations_search_idx on innovations using gin (search_vector)`.execute(
      db,
    );
  } else {
    await sql`
      create virtual table innovations_fts using fts5(
        innovation_id unindexed, title, summary, problem_statement,
        tokenize = 'unicode61 remove_diacritics 2'
      )`.execute(db);
    await sql`
      create trigger innovations_fts_insert after insert on innovations begin
        insert into innovations_fts (innovation_id, title, summary, problem_statement)
        values (new.id, new.title, new.summary, coalesce(new.problem_statement, ''));
      end`.execute(db);
    await sql`
      create trigger innovations_fts_update after update of title, summary, problem_statement on innovations begin
        delete from innovations_fts where innovation_id = old.id;
        insert into innovations_fts (innovation_id, title, summary, problem_statement)
        values (new.id, new.title, new.summary, coalesce(new.problem_statement, ''));
      end`.execute(db);
    await sql`
      create trigger innovations_fts_delete after delete on innovations begin
        delete from innovations_fts where innovation_id = old.id;
      end`.execute(db);
  }

  // Evidence files, stored once per content (by SHA-256) and linked to sections.
  await db.schema
    .createTable('files')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('content', pg ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('innovation_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('innovation_id', 'text', (c) =>
      c.notNull().references('innovations.id').onDelete('cascade'),
    )
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().references('files.sha256').onDelete('restrict'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('uploaded_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('innovation_files_innovation_idx')
    .on('innovation_files')
    .columns(['innovation_id', 'section'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema.dropTable('innovation_files').execute();
  await db.schema.dropTable('files').execute();
  if (!pg) await sql`drop table innovations_fts`.execute(db);
  await db.schema.dropTable('innovation_sections').execute();
  await db.schema.dropTable('innovations').execute();
}
