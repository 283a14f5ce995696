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
  'account_tokens',
  'setup_tokens',
  'data_imports',
] as const;

/** What a snapshot leaves out. */
export type SnapshotOptions = {
  /**
   * Leave out the records of imports (`data_imports`, the content store `files` that keeps their
   * files, and the `data_import.*` events): a dry run records itself and changes nothing else.
   */
  readonly exceptImportRecords?: boolean;
};

/**
 * The whole content of the database as one comparable value, to prove that a refused call
 * changed nothing. New tables must be added here as migrations add them.
 */
export async function snapshotDatabase(
  db: Kysely<Database>,
  options: SnapshotOptions = {},
): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of tables) {
    if (options.exceptImportRecords && (table === 'data_imports' || table === 'files')) continue;
    const { rows } = await sql<
      Record<string, unknown>
    >`select * from ${sql.table(table)} order by 1`.execute(db);
    snapshot[table] = rows
      .filter(
        (row) =>
          !(options.exceptImportRecords && table === 'events' && row.entity_type === 'data_import'),
      )
      .map((row) => JSON.parse(JSON.stringify(row)) as unknown);
  }
  return snapshot;
}
