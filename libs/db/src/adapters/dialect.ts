import { PostgresAdapter } from 'kysely';
import type { DialectName } from '../connection';
import type { Executor } from '../database';

/** Which engine a Kysely instance talks to (for the few places where SQL must differ). */
export function dialectOf(db: Executor): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
