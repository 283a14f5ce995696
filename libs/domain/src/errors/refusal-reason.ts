/**
 * Why a rule refused a request: the `reason` a {@link DomainError} carries next to its code, sent
 * to the client as `data.reason` (tRPC) or `error.reason` (the plain HTTP routes). The SPA's
 * messages are keyed by these, so a reason added here without a message fails its typecheck.
 *
 * The lists are grouped by the area that owns the rule. A reason names one situation wherever it
 * is met (e.g. `csrf` on every upload route, `too_large` for an evidence file and an import file),
 * so it appears in one group only; an area that answers reasons of other groups lists them as a
 * subset (e.g. `importRefusalReasons`).
 */

/**
 * Sessions, logins and accounts:
 * - `not_logged_in`, `session_ended` (`UNAUTHENTICATED`): no session, or it ended;
 * - `invalid_credentials` (`UNAUTHENTICATED`): wrong email or password;
 * - `account_inactive` (`NOT_ALLOWED`): the account is deactivated;
 * - `password_change_required` (`NOT_ALLOWED`): the user must first replace a password someone
 *   else set;
 * - `role_not_allowed` (`NOT_ALLOWED`): the user's role may not do this;
 * - `csrf` (`NOT_ALLOWED`): a plain HTTP write without the CSRF header;
 * - `token_used`, `token_expired`, `token_unknown`: an invitation or reset link that no longer
 *   works.
 */
export const accountRefusalReasons = [
  'not_logged_in',
  'session_ended',
  'invalid_credentials',
  'account_inactive',
  'password_change_required',
  'role_not_allowed',
  'csrf',
  'token_used',
  'token_expired',
  'token_unknown',
] as const;

/**
 * Why a setup is refused:
 * - `already_set_up` (`CONFLICT`): a region exists; setup happens once;
 * - `setup_token_invalid` (`NOT_FOUND`): the link's token is unknown or was used already;
 * - `setup_token_expired` (`NOT_FOUND`): the link is older than its lifetime;
 * - `password_policy` (`VALIDATION`): the coordinator's password breaks the policy.
 *
 * The setup procedures are public, so a refusal is never UNAUTHORIZED or FORBIDDEN: it says
 * exactly what is wrong with the request.
 */
export const setupRefusalReasons = [
  'already_set_up',
  'setup_token_invalid',
  'setup_token_expired',
  'password_policy',
] as const;

/**
 * Why a region request is refused besides the emblem's own problems: the deployment has no
 * region yet (`NOT_FOUND`), or the region has no emblem to show (`NOT_FOUND`).
 */
export const regionRefusalReasons = ['not_set_up', 'no_emblem'] as const;

/**
 * Why an emblem file is refused: empty, over the size limit, not a PNG, JPEG or WebP judged from
 * its bytes (an SVG, a PDF, …), an image whose size or content cannot be read (a damaged file),
 * or one wider or taller than the limit.
 */
export const emblemRefusalReasons = [
  'emblem_empty',
  'emblem_too_large',
  'emblem_unsupported_type',
  'emblem_unreadable',
  'emblem_dimensions',
] as const;

/**
 * Records in general:
 * - `stale_version` (`CONFLICT`): the record changed since the caller read it;
 * - `no_region` (`NOT_FOUND`): the region is not set up yet, so nothing can belong to it.
 */
export const recordRefusalReasons = ['stale_version', 'no_region'] as const;

/**
 * Units (perangkat daerah): an inactive unit takes no new records (`unit_inactive`); a code is
 * unique in the region (`unit_code_taken`); a merged unit stays inactive (`unit_merged`); a merge
 * goes into another, active unit of the same region, once, and never leaves an evaluator on an
 * innovation of their own unit (`merge_*`, `unit_already_merged`, `successor_*`).
 */
export const unitRefusalReasons = [
  'unit_inactive',
  'unit_code_taken',
  'unit_merged',
  'merge_into_itself',
  'unit_already_merged',
  'successor_other_region',
  'successor_inactive',
  'merge_conflict_of_interest',
] as const;

/**
 * Evaluation rounds, assignments, score sheets and outcomes:
 * - the round's state: `round_closed`, `round_not_open`, `not_draft`, `not_open`, `empty` (no
 *   innovation in it; also an empty evidence file), `unassigned` (an innovation without an
 *   evaluator), `evaluations_pending`, `outcomes_pending`, `scores_submitted` (the rubric is
 *   frozen), `evaluations_exist`;
 * - the innovation: `not_submitted` (not submitted to evaluation, or an evaluation not submitted
 *   yet), `already_added`, `in_other_round`, `in_round` (its round decides its stage),
 *   `not_in_evaluation`, `outcome_recorded` (the scores are final);
 * - the evaluator: `not_evaluator`, `not_assigned`, `already_assigned`, `conflict_of_interest`
 *   (an innovation of their own unit), `already_submitted`;
 * - the outcome: `disagreement` (the evaluators disagree: a reconciliation note is needed).
 */
export const evaluationRefusalReasons = [
  'round_closed',
  'round_not_open',
  'not_draft',
  'not_open',
  'empty',
  'unassigned',
  'evaluations_pending',
  'outcomes_pending',
  'scores_submitted',
  'evaluations_exist',
  'not_submitted',
  'already_added',
  'in_other_round',
  'in_round',
  'not_in_evaluation',
  'outcome_recorded',
  'not_evaluator',
  'not_assigned',
  'already_assigned',
  'conflict_of_interest',
  'already_submitted',
  'disagreement',
] as const;

/**
 * The masterplan and its joint commitment: one masterplan per region (`masterplan_exists`,
 * `no_masterplan`), one standing signature per unit (`already_signed`, `not_signed`).
 */
export const masterplanRefusalReasons = [
  'masterplan_exists',
  'no_masterplan',
  'already_signed',
  'not_signed',
] as const;

/**
 * The checks of a programme against its masterplan's period and of an action item against its
 * programme, each named with its field in `details.issues` (`[{ field, reason }]`).
 */
export const masterplanIssueReasons = [
  'years_reversed',
  'outside_period',
  'horizon_too_short',
  'quick_win_spans_years',
  'action_outside_programme',
  'done_below_100',
] as const;

/**
 * Uploaded files (evidence and import files), judged by their bytes: `too_large` (over the
 * route's limit, `details.maxBytes` or the issue says which), `unsupported_type`, `unreadable`,
 * `empty_file`.
 */
export const fileRefusalReasons = [
  'too_large',
  'unsupported_type',
  'unreadable',
  'empty_file',
] as const;

/**
 * Imports, exports and open data: only coordinators import (`coordinators_only`); the entity,
 * import, export or dataset must exist (`unknown_*`); an import is committed once, after a clean
 * check (`already_committed`, `not_checked`), and not when its records changed since
 * (`changed_meanwhile`); an export's filters must be valid (`invalid_export_input`).
 */
export const exchangeRefusalReasons = [
  'coordinators_only',
  'unknown_entity',
  'unknown_import',
  'already_committed',
  'not_checked',
  'changed_meanwhile',
  'invalid_export_input',
  'unknown_export',
  'unknown_dataset',
] as const;

/** Every refusal reason, each once, in the order of the groups above. */
export const refusalReasons = [
  ...accountRefusalReasons,
  ...setupRefusalReasons,
  ...regionRefusalReasons,
  ...emblemRefusalReasons,
  ...recordRefusalReasons,
  ...unitRefusalReasons,
  ...evaluationRefusalReasons,
  ...masterplanRefusalReasons,
  ...masterplanIssueReasons,
  ...fileRefusalReasons,
  ...exchangeRefusalReasons,
] as const;

/** One of {@link refusalReasons}: why a rule refused a request. */
export type RefusalReason = (typeof refusalReasons)[number];

/** One of {@link setupRefusalReasons}. */
export type SetupRefusalReason = (typeof setupRefusalReasons)[number];

/** One of {@link regionRefusalReasons}. */
export type RegionRefusalReason = (typeof regionRefusalReasons)[number];

/** One of {@link emblemRefusalReasons}. */
export type EmblemRefusalReason = (typeof emblemRefusalReasons)[number];

/** One of {@link masterplanIssueReasons}. */
export type MasterplanIssueReason = (typeof masterplanIssueReasons)[number];

/** True when `value` is one of the {@link refusalReasons} (e.g. read from an answer's JSON). */
export function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === 'string' && (refusalReasons as readonly string[]).includes(value);
}
