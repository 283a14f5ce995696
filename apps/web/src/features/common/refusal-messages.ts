import { isRefusalReason, type DomainErrorCode, type RefusalReason } from '@smartcity/domain';
import type { ParseKeys } from 'i18next';

/** A translation key (of the shell's texts or of a feature's, see i18n/i18next.d.ts). */
export type MessageKey = ParseKeys;

/**
 * The sentence of every refusal reason the server sends (`data.reason` of a tRPC error, `reason`
 * of a plain HTTP route's error body): keyed by the domain's `RefusalReason`, so a reason added
 * to the domain without a sentence here fails `npm run typecheck`. The keys point at the texts
 * of both languages (the locale test checks that `id` and `en` have the same keys). A sentence
 * in a feature's own texts (`evaluation.`, `masterplan.`, …) shows where that feature's texts are
 * loaded; elsewhere the domain code's sentence stands in (see `messageKeyOf`).
 */
export const refusalMessageKeys = {
  // Sessions and accounts
  not_logged_in: 'errors.unauthorized',
  session_ended: 'errors.refusals.sessionEnded',
  invalid_credentials: 'auth.wrongCredentials',
  account_inactive: 'auth.accountInactive',
  password_change_required: 'errors.passwordChangeRequired',
  role_not_allowed: 'errors.forbidden',
  csrf: 'errors.refusals.csrf',
  token_used: 'accounts.invitation.used',
  token_expired: 'accounts.invitation.expired',
  token_unknown: 'accounts.invitation.unknown',
  // Setup
  already_set_up: 'region.refusals.alreadySetUp',
  setup_token_invalid: 'region.refusals.setupTokenInvalid',
  setup_token_expired: 'region.refusals.setupTokenExpired',
  password_policy: 'region.refusals.passwordPolicy',
  // Region and its emblem
  not_set_up: 'region.refusals.notSetUp',
  no_emblem: 'region.refusals.noEmblem',
  emblem_empty: 'region.refusals.emblemEmpty',
  emblem_too_large: 'region.refusals.emblemTooLarge',
  emblem_unsupported_type: 'region.refusals.emblemUnsupportedType',
  emblem_unreadable: 'region.refusals.emblemUnreadable',
  emblem_dimensions: 'region.refusals.emblemDimensions',
  // Records in general
  stale_version: 'errors.conflict',
  no_region: 'errors.refusals.noRegion',
  // Units
  unit_inactive: 'errors.unitInactive',
  unit_code_taken: 'unitAdmin.refusals.unitCodeTaken',
  unit_merged: 'unitAdmin.refusals.unitMerged',
  merge_into_itself: 'unitAdmin.refusals.mergeIntoItself',
  unit_already_merged: 'unitAdmin.refusals.unitAlreadyMerged',
  successor_other_region: 'unitAdmin.refusals.successorOtherRegion',
  successor_inactive: 'unitAdmin.refusals.successorInactive',
  merge_conflict_of_interest: 'unitAdmin.refusals.mergeConflictOfInterest',
  // Evaluation rounds
  round_closed: 'evaluation.refusals.roundClosed',
  round_not_open: 'evaluation.refusals.roundNotOpen',
  not_draft: 'evaluation.refusals.notDraft',
  not_open: 'evaluation.refusals.notOpen',
  empty: 'evaluation.refusals.empty',
  unassigned: 'evaluation.refusals.unassigned',
  evaluations_pending: 'evaluation.refusals.evaluationsPending',
  outcomes_pending: 'evaluation.refusals.outcomesPending',
  scores_submitted: 'evaluation.refusals.scoresSubmitted',
  evaluations_exist: 'evaluation.refusals.evaluationsExist',
  not_submitted: 'evaluation.refusals.notSubmitted',
  already_added: 'evaluation.refusals.alreadyAdded',
  in_other_round: 'evaluation.refusals.inOtherRound',
  in_round: 'errors.refusals.inRound',
  not_in_evaluation: 'evaluation.refusals.notInEvaluation',
  outcome_recorded: 'errors.refusals.outcomeRecorded',
  not_evaluator: 'errors.refusals.notEvaluator',
  not_assigned: 'evaluation.refusals.notAssigned',
  already_assigned: 'evaluation.refusals.alreadyAssigned',
  conflict_of_interest: 'evaluation.refusals.conflictOfInterest',
  already_submitted: 'evaluation.refusals.alreadySubmitted',
  disagreement: 'evaluation.refusals.disagreement',
  // Masterplan and joint commitment
  masterplan_exists: 'masterplan.refusals.masterplanExists',
  no_masterplan: 'masterplan.refusals.noMasterplan',
  already_signed: 'masterplan.refusals.alreadySigned',
  not_signed: 'masterplan.refusals.notSigned',
  years_reversed: 'masterplan.refusals.yearsReversed',
  outside_period: 'masterplan.refusals.outsidePeriod',
  horizon_too_short: 'masterplan.refusals.horizonTooShort',
  quick_win_spans_years: 'masterplan.refusals.quickWinSpansYears',
  action_outside_programme: 'masterplan.refusals.actionOutsideProgramme',
  done_below_100: 'masterplan.refusals.doneBelow100',
  // Uploaded files
  too_large: 'innovations.evidence.tooLarge',
  unsupported_type: 'innovations.evidence.unsupported',
  unreadable: 'errors.refusals.unreadable',
  empty_file: 'innovations.evidence.empty',
  // Imports, exports and open data
  coordinators_only: 'exchange.refusal.coordinators_only',
  unknown_entity: 'exchange.refusal.unknown_entity',
  unknown_import: 'exchange.refusal.unknown_import',
  already_committed: 'exchange.refusal.already_committed',
  not_checked: 'exchange.refusal.not_checked',
  changed_meanwhile: 'exchange.refusal.changed_meanwhile',
  invalid_export_input: 'errors.refusals.invalidExportInput',
  unknown_export: 'errors.refusals.unknownExport',
  unknown_dataset: 'errors.refusals.unknownDataset',
} as const satisfies Record<RefusalReason, MessageKey>;

/** The sentence of each domain code, for an error whose reason has none (or no reason). */
const domainCodeMessageKeys = {
  NOT_FOUND: 'errors.notFound',
  VALIDATION: 'errors.badRequest',
  CONFLICT: 'errors.conflict',
  NOT_ALLOWED: 'errors.forbidden',
  STAGE_GATE_NOT_MET: 'innovations.errors.gateNotMet',
  INVALID_TRANSITION: 'innovations.errors.invalidTransition',
  UNAUTHENTICATED: 'errors.unauthorized',
  RATE_LIMITED: 'errors.tooManyRequests',
  TOO_LARGE: 'errors.badRequest',
  UNSUPPORTED_TYPE: 'errors.badRequest',
} as const satisfies Record<DomainErrorCode, MessageKey>;

/** What the message of an error is made from (see `ApiErrorInfo`). */
export type ErrorFacts = {
  /** The tRPC code: only for errors no domain rule raised (malformed input, network, a race). */
  readonly code: string | null;
  readonly domainCode: DomainErrorCode | null;
  readonly reason: RefusalReason | null;
  readonly details: Readonly<Record<string, unknown>> | null;
};

/** A sentence to show: its key and the values it takes. */
export type ErrorMessage = {
  readonly key: MessageKey;
  readonly values: Readonly<Record<string, number>>;
};

const megabyte = 1024 * 1024;

/** The numbers a sentence may show: how many things a refusal is about, a limit, a wait. */
function valuesOf(details: ErrorFacts['details']): Record<string, number> {
  const ids = details?.innovationIds;
  const count = details?.count;
  const retry = details?.retryAfterMinutes;
  const issue = details?.issue as { problem?: { maxBytes?: unknown } } | undefined;
  const maxBytes = details?.maxBytes ?? issue?.problem?.maxBytes;
  return {
    count: Array.isArray(ids)
      ? ids.length
      : typeof count === 'number'
        ? count
        : typeof maxBytes === 'number'
          ? Math.round(maxBytes / megabyte)
          : typeof retry === 'number'
            ? retry
            : 1,
  };
}

/** The reasons of `details.issues` (`[{ field, reason }]`, the masterplan's checks), in order. */
function issueReasons(details: ErrorFacts['details']): RefusalReason[] {
  const issues = details?.issues;
  if (!Array.isArray(issues)) return [];
  return issues
    .map((issue: unknown) => (issue as { reason?: unknown } | null)?.reason)
    .filter(isRefusalReason);
}

/** The sentences of an error: its refusals' (none, one, or one per issue) and its code's. */
export type ErrorMessages = {
  readonly byReason: readonly ErrorMessage[];
  readonly byCode: ErrorMessage;
};

/**
 * The sentences of an error: the refusal reason's (or its issues' reasons'), and the domain
 * code's, or for an error no domain rule raised, the transport code's. A feature's texts load
 * with its pages, so the caller shows the reasons' sentences that are loaded, else the code's
 * (see `useApiErrorMessage`).
 */
export function errorMessages(facts: ErrorFacts): ErrorMessages {
  const values = valuesOf(facts.details);
  const reasons = new Set([
    ...(facts.reason ? [facts.reason] : []),
    ...issueReasons(facts.details),
  ]);
  return {
    byReason: [...reasons].map((reason) => ({ key: refusalMessageKeys[reason], values })),
    byCode: {
      key: facts.domainCode
        ? domainCodeMessageKey(facts.domainCode, facts)
        : transportMessageKey(facts.code),
      values,
    },
  };
}

/** The sentence of a domain code (a clash of unique emails says which field clashed). */
function domainCodeMessageKey(code: DomainErrorCode, facts: ErrorFacts): MessageKey {
  if (code === 'CONFLICT' && facts.details?.field === 'email') return 'errors.emailTaken';
  return domainCodeMessageKeys[code];
}

/** The sentence of an error that no domain rule raised, by its transport code. */
function transportMessageKey(code: string | null): MessageKey {
  switch (code) {
    case null:
      return 'errors.network';
    case 'BAD_REQUEST':
      return 'errors.badRequest';
    case 'UNAUTHORIZED':
      return 'errors.unauthorized';
    case 'FORBIDDEN':
      return 'errors.forbidden';
    case 'NOT_FOUND':
      return 'errors.notFound';
    // A write that lost a race with another (the database refused it): reload and retry.
    case 'CONFLICT':
      return 'errors.conflict';
    case 'TOO_MANY_REQUESTS':
      return 'errors.tooManyRequests';
    default:
      return 'errors.unexpected';
  }
}
