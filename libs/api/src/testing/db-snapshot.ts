import { sql, type Kysely } from 'kysely';
import type { Database } from '@smartcity/db';

const tables = [
  'regions',
  'units',
  'users',
  'sessions',
  'setup_tokens',
  'account_tokens',
  'login_attempts',
  'events',
  'innovations',
  'innovation_sections',
  'files',
  'innovation_files',
  'progress_reports',
  'innovation_advances',
  'innovation_tallies',
  'activity_by_month',
  'notifications',
  'evaluation_rounds',
  'round_innovations',
  'round_assignments',
  'evaluations',
  'masterplans',
  'masterplan_strategies',
  'programmes',
  'programme_innovations',
  'action_items',
  'commitments',
] as const;

/**
 * The whole content of the database as one comparable value, to prove that a refused call
 * changed nothing. New tables must be added here as migrations add them.
 */
export async function snapshotDatabase(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of tables) {
    const { rows } = await sql<
      Record<string, unknown>
    >`select * from ${sql.table(table)} order by 1`.execute(db);
    snapshot[table] = rows.map((row) => JSON.parse(JSON.stringify(row)) as unknown);
  }
  return snapshot;
}
