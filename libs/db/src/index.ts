/**
 * `@smartcity/db`: the data layer. Kysely over SQLite (embedded default) or PostgreSQL, the
 * migrations, and repositories as plain functions whose first argument is the database or a
 * transaction. Rows are mapped to domain types here; database types never reach the client.
 */
export type { Database, Executor } from './database';
export { staleVersionConflict, type StaleVersionDetails } from './adapters/versioned-save';
export * from './connection';
export * from './migrate';
export * from './health';
export * from './repositories/region.repository';
export * from './repositories/unit.repository';
export * from './repositories/event.repository';
export * from './repositories/user.repository';
export * from './repositories/session.repository';
export * from './repositories/setup-token.repository';
export * from './repositories/account-token.repository';
export * from './repositories/login-attempt.repository';
export * from './repositories/innovation.repository';
export * from './repositories/innovation-register.repository';
export * from './repositories/file.repository';
export * from './repositories/progress.repository';
export * from './repositories/notification.repository';
export * from './repositories/dashboard.repository';
export * from './repositories/evaluation-round.repository';
export * from './repositories/round-innovation.repository';
export * from './repositories/round-assignment.repository';
export * from './repositories/evaluation-sheet.repository';
export * from './repositories/round-outcome.repository';
export * from './repositories/round-contents.repository';
export * from './repositories/masterplan.repository';
export * from './repositories/masterplan-strategy.repository';
export * from './repositories/programme.repository';
export * from './repositories/action-item.repository';
export * from './repositories/commitment.repository';
export * from './repositories/exchange.repository';
export * from './repositories/data-import.repository';
export { searchWords } from './adapters/text-search';
