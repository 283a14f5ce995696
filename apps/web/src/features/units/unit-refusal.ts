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

const reasons: Readonly<Record<string, UnitRefusalReason>> = {
  unit_code_taken: 'unitCodeTaken',
  merge_into_itself: 'mergeIntoItself',
  successor_inactive: 'successorInactive',
  successor_other_region: 'successorOtherRegion',
  unit_already_merged: 'unitAlreadyMerged',
  unit_merged: 'unitMerged',
  merge_conflict_of_interest: 'mergeConflictOfInterest',
  no_region: 'noRegion',
};

/** One refusal: why, and the form field it concerns (null when it is about the whole request). */
export type UnitRefusal = { readonly reason: UnitRefusalReason; readonly field: string | null };

/**
 * The refusal in a unit API error's details (`reason`, and `field` when a field caused it), or
 * null when the error is not one of these (then the generic message applies).
 */
export function unitRefusal(
  details: Readonly<Record<string, unknown>> | null | undefined,
): UnitRefusal | null {
  const reason = details?.['reason'];
  const known = typeof reason === 'string' ? reasons[reason] : undefined;
  if (!known) return null;
  const field = details?.['field'];
  return { reason: known, field: typeof field === 'string' ? field : null };
}
