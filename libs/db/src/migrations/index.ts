import type { Migration, MigrationProvider } from 'kysely';
import * as createRegionsUnitsEvents from './2026_11_28_0300_create_regions_units_events';
import * as createUsersSessionsLoginAttempts from './2026_11_28_0400_create_users_sessions_login_attempts';
import * as createInnovations from './2026_11_28_0500_create_innovations';
import * as indexInnovationLists from './2026_11_28_0600_index_innovation_lists';
import * as foldSearchAccents from './2026_11_28_0700_fold_search_accents';
import * as createProgressReports from './2026_11_28_0800_create_progress_reports';
import * as dashboardFigures from './2026_11_28_0900_dashboard_figures';
import * as createNotifications from './2026_11_28_1000_create_notifications';
import * as createEvaluationRounds from './2026_11_28_1100_create_evaluation_rounds';
import * as createMasterplan from './2026_11_28_1200_create_masterplan';
import * as prepareRegionSetup from './2026_12_03_0100_prepare_region_setup';
import * as addDataImportIssues from './2026_12_03_1300_add_data_import_issues';

/**
 * Every migration, by name, in the order they run. Listed statically (not read from the file
 * system) so that the bundled API app carries them. Add new migrations at the end.
 */
const migrations: Record<string, Migration> = {
  '2026_11_28_0300_create_regions_units_events': createRegionsUnitsEvents,
  '2026_11_28_0400_create_users_sessions_login_attempts': createUsersSessionsLoginAttempts,
  '2026_11_28_0500_create_innovations': createInnovations,
  '2026_11_28_0600_index_innovation_lists': indexInnovationLists,
  '2026_11_28_0700_fold_search_accents': foldSearchAccents,
  '2026_11_28_0800_create_progress_reports': createProgressReports,
  '2026_11_28_0900_dashboard_figures': dashboardFigures,
  '2026_11_28_1000_create_notifications': createNotifications,
  '2026_11_28_1100_create_evaluation_rounds': createEvaluationRounds,
  '2026_11_28_1200_create_masterplan': createMasterplan,
  '2026_12_03_0100_prepare_region_setup': prepareRegionSetup,
  '2026_12_03_1300_add_data_import_issues': addDataImportIssues,
};

/** The static provider the migrator reads. */
export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
