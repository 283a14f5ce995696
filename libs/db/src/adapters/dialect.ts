import { PostgresAdapter, type Kysely, type Transaction } from 'kysely';
import type { DialectName } from '../connection';
import type { Database } from '../database';

/** Which engine a Kysely instance talks to (for the few places where SQL must differ). */
export function dialectOf(db: Kysely<Database> | Transaction<Database>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
