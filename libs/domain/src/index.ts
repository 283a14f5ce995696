/**
 * `@smartcity/domain`: the pure model of a regency's smart city masterplan and innovation
 * register. No I/O: no database, HTTP, React or Node APIs. Ids and the current time come in as
 * arguments, so every function here is deterministic.
 *
 * @packageDocumentation
 */
export * from './common/localized-text';
export * from './common/id';
export * from './errors/domain-error';
export * from './errors/refusal-reason';
export * from './catalogue/dimensions';
export * from './region/region';
export * from './region/setup';
export * from './unit/unit';
export * from './auth/roles';
export * from './auth/actor';
export * from './auth/password-policy';
export * from './auth/session-policy';
export * from './auth/login-throttle';
export * from './auth/account-token';
export * from './user/user';
export * from './innovation/vocabulary';
export * from './innovation/sections';
export * from './innovation/gates';
export * from './innovation/innovation';
export * from './innovation/transitions';
export * from './innovation/inputs';
export * from './innovation/editing';
export * from './innovation/changes';
export * from './innovation/evidence';
export * from './progress/progress-report';
export * from './notification/notification';
export * from './monitoring/metrics';
export * from './monitoring/dashboard';
export * from './evaluation/rubric';
export * from './evaluation/round';
export * from './masterplan/masterplan';
export * from './innovation/permissions';
export * from './exchange';
