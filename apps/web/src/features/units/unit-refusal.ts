import type { RefusalReason } from '@smartcity/domain';

/** The refusals the unit pages explain, by their text's key under `unitAdmin.refusals`. */
export type UnitRefusalReason =
  | 'unitCodeTaken'
  | 'mergeIntoItself'
  | 'successorInactive'
  | 'successorOtherRegion'
  | 'unitAlreadyMerged'
  | 'unitMerged'
  | 'mergeConflictOfInterest'
  | 'noRegion';

/** The text of each unit refusal, keyed by the domain's reasons (a typo fails the typecheck). */
const reasons = {
  unit_code_taken: 'unitCodeTaken',
  merge_into_itself: 'mergeIntoItself',
  successor_inactive: 'successorInactive',
  successor_other_region: 'successorOtherRegion',
  unit_already_merged: 'unitAlreadyMerged',
  unit_merged: 'unitMerged',
  merge_conflict_of_interest: 'mergeConflictOfInterest',
  no_region: 'noRegion',
} as const satisfies Partial<Record<RefusalReason, UnitRefusalReason>>;

/** The text of a reason sent by the server, when it is one of the unit pages'. */
const textOf = (reason: unknown): UnitRefusalReason | undefined =>
  typeof reason === 'string' && Object.hasOwn(reasons, reason)
    ? reasons[reason as keyof typeof reasons]
    : undefined;

/** One refusal: why, and the form field it concerns (null when it is about the whole request). */
export type UnitRefusal = { readonly reason: UnitRefusalReason; readonly field: string | null };

/**
 * The refusal in a unit API error's details (`reason`, and `field` when a field caused it), or
 * null when the error is not one of these (then the generic message applies).
 */
export function unitRefusal(
  details: Readonly<Record<string, unknown>> | null | undefined,
): UnitRefusal | null {
  const reason = details?.reason;
  const known = textOf(reason);
  if (!known) return null;
  const field = details?.field;
  return { reason: known, field: typeof field === 'string' ? field : null };
}
