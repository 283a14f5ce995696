import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application types and never changes once released.
//
// Makes `innovation.list` fast on 100,000 innovations (measured by tools/bench/innovation-list.mjs):
//
// 1. Both engines: indexes for the common filters in the default order, so that a page walks the
//    index in order and stops after one page, and the count is read from the index alone:
//    (stage, updated_at, id) and (dimension, stage, updated_at, id).
// 2. SQLite: the full-text index is rebuilt so that searches never read its stored text.
//    - Its rows are keyed by a stable integer (`innovation_search_keys`, an INTEGER PRIMARY KEY,
//      which VACUUM never renumbers) instead of being found through the unindexed innovation id:
//      a search reads ids from that narrow table, and a write deletes the old entry by key
//      instead of scanning the whole index.
//    - A `facets` column holds the list filters as tokens (`fdimgovernance`, `fstquickwin`, …), so
//      a search with filters narrows inside the index (`AND facets : fstquickwin`) before any row
//      is read. The repository keeps its column filters: the facets only make the match smaller.
//    - The update trigger runs only when a searched or faceted column really changes.

/** The facets of a row as SQLite computes them in the triggers (`ref` is `new` or `i`). */
const facets = (ref: string) =>
  `'fdim' || ${ref}.dimension || ' fel' || replace(${ref}.element, '_', '') || ` +
  `' fst' || replace(${ref}.stage, '_', '') || ' fje' || replace(${ref}.jenis, '_', '') || ` +
  `' fta' || replace(${ref}.tahapan, '_', '') || ' fun' || replace(${ref}.unit_id, '-', '') || ` +
  `' fpub' || ${ref}.is_public`;

const watched = [
  'title',
  'summary',
  'problem_statement',
  'unit_id',
  'dimension',
  'element',
  'stage',
  'jenis',
  'tahapan',
  'is_public',
];

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createIndex('innovations_stage_updated_idx')
    .on('innovations')
    .columns(['stage', 'updated_at', 'id'])
    .execute();
  await db.schema
    .createIndex('innovations_dimension_stage_idx')
    .on('innovations')
    .columns(['dimension', 'stage', 'updated_at', 'id'])
    .execute();
  if (pg) return;

  await sql`drop trigger innovations_fts_insert`.execute(db);
  await sql`drop trigger innovations_fts_update`.execute(db);
  await sql`drop trigger innovations_fts_delete`.execute(db);
  await sql`drop table innovations_fts`.execute(db);

  await sql`
    create table innovation_search_keys (
      key integer primary key,
      innovation_id text not null unique
    )`.execute(db);
  await sql`
    create virtual table innovations_fts using fts5(
      innovation_id unindexed, title, summary, problem_statement, facets,
      tokenize = 'unicode61 remove_diacritics 2'
    )`.execute(db);
  await sql`insert into innovation_search_keys (innovation_id) select id from innovations order by rowid`.execute(
    db,
  );
  await sql
    .raw(
      `insert into innovations_fts (rowid, innovation_id, title, summary, problem_statement, facets)
       select k.key, i.id, i.title, i.summary, coalesce(i.problem_statement, ''), ${facets('i')}
       from innovations i join innovation_search_keys k on k.innovation_id = i.id`,
    )
    .execute(db);

  const key = (ref: string) =>
    `(select key from innovation_search_keys where innovation_id = ${ref}.id)`;
  const insertEntry = `insert into innovations_fts (rowid, innovation_id, title, summary, problem_statement, facets)
      values (${key('new')}, new.id, new.title, new.summary, coalesce(new.problem_statement, ''), ${facets('new')});`;
  await sql
    .raw(
      `create trigger innovations_fts_insert after insert on innovations begin
        insert into innovation_search_keys (innovation_id) values (new.id);
        ${insertEntry}
      end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger innovations_fts_update after update of ${watched.join(', ')} on innovations
      when ${watched.map((c) => `old.${c} is not new.${c}`).join(' or ')}
      begin
        delete from innovations_fts where rowid = ${key('old')};
        ${insertEntry}
      end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger innovations_fts_delete after delete on innovations begin
        delete from innovations_fts where rowid = ${key('old')};
        delete from innovation_search_keys where innovation_id = old.id;
      end`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema.dropIndex('innovations_dimension_stage_idx').execute();
  await db.schema.dropIndex('innovations_stage_updated_idx').execute();
  if (pg) return;

  await sql`drop trigger innovations_fts_insert`.execute(db);
  await sql`drop trigger innovations_fts_update`.execute(db);
  await sql`drop trigger innovations_fts_delete`.execute(db);
  await sql`drop table innovations_fts`.execute(db);
  await sql`drop table innovation_search_keys`.execute(db);
  // Back to the index of 2026_11_28_0500_create_innovations.
  await sql`
    create virtual table innovations_fts using fts5(
      innovation_id unindexed, title, summary, problem_statement,
      tokenize = 'unicode61 remove_diacritics 2'
    )`.execute(db);
  await sql`
    insert into innovations_fts (innovation_id, title, summary, problem_statement)
    select id, title, summary, coalesce(problem_statement, '') from innovations`.execute(db);
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
