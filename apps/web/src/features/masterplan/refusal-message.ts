import type { RefusalReason } from '@smartcity/domain';

/** The refusals the masterplan pages explain, by their text's key under `masterplan.refusals`. */
export type MasterplanRefusalReason =
  | 'yearsReversed'
  | 'outsidePeriod'
  | 'horizonTooShort'
  | 'quickWinSpansYears'
  | 'actionOutsideProgramme'
  | 'doneBelow100'
  | 'alreadySigned'
  | 'notSigned'
  | 'noMasterplan'
  | 'masterplanExists'
  | 'noRegion';

/** One refusal: why, and the form field it concerns (null when it is about the whole request). */
export type MasterplanRefusal = {
  readonly reason: MasterplanRefusalReason;
  readonly field: string | null;
};

/** The text of each masterplan refusal, keyed by the domain's reasons (a typo fails the typecheck). */
const reasons = {
  years_reversed: 'yearsReversed',
  outside_period: 'outsidePeriod',
  horizon_too_short: 'horizonTooShort',
  quick_win_spans_years: 'quickWinSpansYears',
  action_outside_programme: 'actionOutsideProgramme',
  done_below_100: 'doneBelow100',
  already_signed: 'alreadySigned',
  not_signed: 'notSigned',
  no_masterplan: 'noMasterplan',
  masterplan_exists: 'masterplanExists',
  no_region: 'noRegion',
} as const satisfies Partial<Record<RefusalReason, MasterplanRefusalReason>>;

/** The text of a reason sent by the server, when it is one of the masterplan pages'. */
const textOf = (reason: unknown): MasterplanRefusalReason | undefined =>
  typeof reason === 'string' && Object.hasOwn(reasons, reason)
    ? reasons[reason as keyof typeof reasons]
    : undefined;

/**
 * The refusals in a masterplan API error's details: each of `issues` ([{ field, reason }], the
 * programme and action checks) or the single `reason` (a signature, the missing masterplan).
 * Empty when the error is none of these (then the generic message applies).
 */
export function masterplanRefusals(
  details: Readonly<Record<string, unknown>> | null | undefined,
): MasterplanRefusal[] {
  const issues = details?.issues;
  if (Array.isArray(issues)) {
    return issues.flatMap((issue: unknown) => {
      if (typeof issue !== 'object' || issue === null) return [];
      const { field, reason } = issue as { field?: unknown; reason?: unknown };
      const known = textOf(reason);
      return known ? [{ reason: known, field: typeof field === 'string' ? field : null }] : [];
    });
  }
  const reason = details?.reason;
  const known = textOf(reason);
  return known ? [{ reason: known, field: null }] : [];
}

/**
 * The refusals as form errors: the first message per field (a refusal without a field goes on
 * `fallbackField`), each message from `message`.
 */
export function refusalFieldErrors(
  refusals: readonly MasterplanRefusal[],
  message: (reason: MasterplanRefusalReason) => string,
  fallbackField: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const refusal of refusals)
    errors[refusal.field ?? fallbackField] ??= message(refusal.reason);
  return errors;
}
