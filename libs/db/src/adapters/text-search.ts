import { sql, type Expression, type SqlBool } from 'kysely';
import type { DialectName } from '../connection';

/**
 * The words of a user's search, lower-cased and cleaned of anything a query syntax could read
 * as an operator: letters and digits only, at most 8 words of at most 40 characters.
 */
export function searchWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8).map((w) => w.slice(0, 40));
}

/**
 * The one place where text search differs by engine: SQLite's FTS5 table `innovations_fts`
 * (kept in sync by triggers) or PostgreSQL's `search_vector` (a generated tsvector with a GIN
 * index). Every word must match, as a prefix ("puske" finds "puskesmas"). Null when the text has
 * no words.
 */
export function innovationTextMatch(
  dialect: DialectName,
  text: string,
): Expression<SqlBool> | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  switch (dialect) {
    case 'sqlite': {
      const match = words.map((w) => `"${w}"*`).join(' ');
      return sql<SqlBool>`innovations.id in (select innovation_id from innovations_fts where innovations_fts match ${match})`;
    }
    case 'postgres': {
      const query = words.map((w) => `${w}:*`).join(' & ');
      return sql<SqlBool>`innovations.search_vector @@ to_tsquery('simple', ${query})`;
    }
  }
}
