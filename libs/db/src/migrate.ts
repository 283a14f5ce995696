import { Migrator, type Kysely } from 'kysely';
import type { Database } from './database';
import { migrationProvider } from './migrations';

/** What a migration run did. */
export type MigrationReport = {
  /** Names of the migrations applied by this run (empty when already up to date). */
  readonly applied: readonly string[];
};

/**
 * Brings the schema to the latest migration. Runs inside the migrator's lock, so several API
 * processes starting together on one PostgreSQL database do not race. Throws on the first failure.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  options: { readonly schema?: string } = {},
): Promise<MigrationReport> {
  // With several schemas on one server (tests), the migrator must be told which one is ours.
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(
      `migration ${failed} failed: ${error instanceof Error ? error.message : 'unknown error'}`,
      {
        cause: error,
      },
    );
  }
  return {
    applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
  };
}
