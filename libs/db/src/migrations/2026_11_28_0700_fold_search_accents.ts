import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application types and never changes once released.
//
// PostgreSQL's text search keeps accents ("Kafé" is not found by "kafe") while SQLite's FTS5
// folds them (remove_diacritics). PostgreSQL's `unaccent` would need an extension and the rights
// to install it; `translate` is built in and immutable, so the generated search vector folds the
// accented Latin letters itself (after lower-casing), and the query words are folded the same way
// by the application. SQLite is unchanged.

const accented =
  'àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳ';
const plain =
  'aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooy';

export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`drop index if exists innovations_search_idx`.execute(db);
  await sql`alter table innovations drop column search_vector`.execute(db);
  await sql`
    alter table innovations add column search_vector tsvector generated always as (
      to_tsvector('simple', translate(lower(
        coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(problem_statement, '')
      ), ${sql.lit(accented)}, ${sql.lit(plain)}))
    ) stored`.execute(db);
  await sql`create index innovations_search_idx on innovations using gin (search_vector)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`drop index if exists innovations_search_idx`.execute(db);
  await sql`alter table innovations drop column search_vector`.execute(db);
  await sql`
    alter table innovations add column search_vector tsvector generated always as (
      to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(problem_statement, ''))
    ) stored`.execute(db);
  await sql`create index innovations_search_idx on innovations using gin (search_vector)`.execute(
    db,
  );
}
