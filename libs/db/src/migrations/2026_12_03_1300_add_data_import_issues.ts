import { PostgresAdapter, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application types and never changes once released.
//
// An import's report lists its issues (by row and column) so that the history can show a
// refused dry run again without re-reading the file: the first 500 issues of the last check or
// commit (the counts in `error_count` count every one).

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .alterTable('data_imports')
    .addColumn('issues', pg ? 'jsonb' : 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('data_imports').dropColumn('issues').execute();
}
