import { sql, type Expression, type SqlBool } from 'kysely';
import type { DialectName } from '../connection';

/**
 * The words of a user's search, lower-cased and cleaned of anything a query syntax could read
 * as an operator: letters and digits only, at most 8 words of at most 40 characters.
 */
export function searchWords(text: string): string[] {
  // Accents are folded ("kafé" → "kafe"), as both engines' indexes fold them.
  const folded = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return (folded.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8).map((w) => w.slice(0, 40));
}

/**
 * Equality filters of a list that also hold with the search. SQLite narrows the full-text match
 * with them (see {@link innovationTextMatch}); the caller still filters on the columns.
 */
export type InnovationSearchFacets = {
  readonly unitId?: string | undefined;
  readonly dimension?: string | undefined;
  readonly element?: string | undefined;
  readonly stage?: string | undefined;
  readonly jenis?: string | undefined;
  readonly tahapan?: string | undefined;
  readonly isPublic?: boolean | undefined;
};

/**
 * The facet tokens of SQLite's index, as the triggers of migration
 * 2026_11_28_0600_index_innovation_lists write them: a prefix and the value without `_` or `-`.
 */
function facetTokens(facets: InnovationSearchFacets): string[] {
  const token = (prefix: string, value: string) => `"${prefix}${value.replace(/[_-]/g, '')}"`;
  const tokens: string[] = [];
  if (facets.dimension) tokens.push(token('fdim', facets.dimension));
  if (facets.element) tokens.push(token('fel', facets.element));
  if (facets.stage) tokens.push(token('fst', facets.stage));
  if (facets.jenis) tokens.push(token('fje', facets.jenis));
  if (facets.tahapan) tokens.push(token('fta', facets.tahapan));
  if (facets.unitId) tokens.push(token('fun', facets.unitId));
  if (facets.isPublic !== undefined) tokens.push(token('fpub', facets.isPublic ? '1' : '0'));
  // Only letters and digits reach the query: anything else could read as FTS5 syntax.
  return tokens.filter((t) => /^"[a-z0-9]+"$/i.test(t));
}

/**
 * The one place where text search differs by engine: SQLite's FTS5 table `innovations_fts`
 * (kept in sync by triggers, its rows keyed by `innovation_search_keys`) or PostgreSQL's
 * `search_vector` (a generated tsvector with a GIN index). Every word must match title, summary
 * or problem statement, as a prefix ("puske" finds "puskesmas"). On SQLite the list's equality
 * filters (`facets`) narrow the match inside the index too, so a search with filters reads only
 * the rows that pass them; PostgreSQL's planner combines its indexes itself. Null when the text
 * has no words.
 */
export function innovationTextMatch(
  dialect: DialectName,
  text: string,
  facets: InnovationSearchFacets = {},
): Expression<SqlBool> | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  switch (dialect) {
    case 'sqlite': {
      const match = [
        `{title summary problem_statement} : (${words.map((w) => `"${w}"*`).join(' ')})`,
        ...facetTokens(facets).map((t) => `facets : ${t}`),
      ].join(' AND ');
      return sql<SqlBool>`innovations.id in (select innovation_id from innovation_search_keys where key in (select rowid from innovations_fts where innovations_fts match ${match}))`;
    }
    case 'postgres': {
      const query = words.map((w) => `${w}:*`).join(' & ');
      return sql<SqlBool>`innovations.search_vector @@ to_tsquery('simple', ${query})`;
    }
  }
}
