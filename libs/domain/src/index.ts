/**
 * `@smartcity/domain`: the pure model of a regency's smart city masterplan and innovation
 * register. No I/O: no database, HTTP, React or Node APIs. Ids and the current time come in as
 * arguments, so every function here is deterministic.
 *
 * The exports are grouped by area below. A module re-exported whole (`export *`) publishes every
 * export it adds; a module listed by name keeps helpers that only its tests use out of the public
 * API, so a new export there must be added to its list too.
 *
 * @packageDocumentation
 */

// Common: localized text (Bahasa Indonesia and English), ids, and the domain error that every
// refusal is (a `code`, details and a typed `reason`; transport codes belong to the caller).
export * from './common/localized-text';
export * from './common/id';
export * from './errors/domain-error';
export * from './errors/refusal-reason';

// Catalogue: the six smart city dimensions and their eighteen elements, in their fixed order.
export * from './catalogue/dimensions';

// Region and units: the region's profile and first setup; units, activation and merging.
export * from './region/region';
export * from './region/setup';
export * from './unit/unit';

// Accounts and access: roles, the acting user, the capabilities auth.me sends, password, session,
// login throttle and account token policies, and users.
export * from './auth/roles';
export * from './auth/actor';
export * from './auth/capabilities';
export * from './auth/password-policy';
export {
  type SessionPolicy,
  sessionPolicy,
  type SessionTimes,
  isSessionAlive,
} from './auth/session-policy';
export * from './auth/login-throttle';
export {
  accountTokenPurposes,
  type AccountTokenPurpose,
  accountTokenExpiry,
  accountTokenSchema,
  type AccountTokenState,
  type AccountTokenStatus,
  accountTokenStatus,
  accountTokenRefusal,
  userInviteInputSchema,
  invitationLookupInputSchema,
  acceptInvitationInputSchema,
  type AcceptInvitationInput,
} from './auth/account-token';
export * from './user/user';

// Innovation lifecycle: the vocabulary (stages, IID profile), the five sections, each stage's
// gate, the one transition function, inputs, who may edit what, changes, evidence files, and
// what a user may do with an innovation.
export * from './innovation/vocabulary';
export * from './innovation/sections';
export * from './innovation/gates';
export * from './innovation/innovation';
export {
  type TransitionAction,
  minReasonLength,
  type TransitionEvent,
  type TransitionResult,
  transition,
} from './innovation/transitions';
export * from './innovation/inputs';
export * from './innovation/editing';
export * from './innovation/changes';
export * from './innovation/evidence';
export * from './innovation/permissions';

// Progress and notifications: progress reports on a quick win; staleness and who hears of what.
export * from './progress/progress-report';
export * from './notification/notification';

// Monitoring: the one stale rule, counts, coverage, which units innovate (and the ranking of
// units), the dashboard.
export * from './monitoring/stale';
export * from './monitoring/metrics';
export * from './monitoring/dashboard';

// Evaluation: the rubric, the round score and verdict, and the rules of a round.
export {
  scoreScale,
  totalWeight,
  disagreementGap,
  criterionSchema,
  type Criterion,
  rubricSchema,
  type Rubric,
  thresholdsSchema,
  type Thresholds,
  defaultThresholds,
  defaultRubric,
  criterionScoreSchema,
  type CriterionScore,
  type ScoreSheet,
  scoreSheetProblems,
  isCompleteSheet,
  type RoundResult,
  aggregateScores,
} from './evaluation/rubric';
export * from './evaluation/round';

// Masterplan: programmes, action items, the progress roll-up, checks, the joint commitment (which
// signatures stand) and the roadmap's years.
export * from './masterplan/masterplan';
export * from './masterplan/commitments';
export * from './masterplan/roadmap';

// Exchange: import and export of spreadsheets, and open data (see ./exchange/index.ts).
export * from './exchange';
