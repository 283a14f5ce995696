import { PostgresAdapter, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application types and never changes once released.

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('progress_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('innovation_id', 'text', (c) =>
      c.notNull().references('innovations.id').onDelete('cascade'),
    )
    .addColumn('report_date', 'text', (c) => c.notNull())
    .addColumn('progress_percent', 'integer', (c) => c.notNull())
    .addColumn('narrative', 'text', (c) => c.notNull())
    .addColumn('kpi_actuals', pg ? 'jsonb' : 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decrease_reason', 'text')
    .addColumn('created_at', pg ? 'timestamptz' : 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('progress_reports_innovation_idx')
    .on('progress_reports')
    .columns(['innovation_id', 'report_date', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('progress_reports').execute();
}
