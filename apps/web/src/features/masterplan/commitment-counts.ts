import { standingSignatures } from '@smartcity/domain';

/** A signature as the commitment page counts it. */
export type SignatureFacts = {
  readonly unitId: string;
  readonly signedOn: string;
  readonly signedAt: string;
  readonly withdrawnAt: string | null;
};

/** A unit as the commitment page lists it. */
export type UnitFacts = { readonly id: string; readonly name: string };

/** The commitment's figures and lists. */
export type CommitmentSummary<C extends SignatureFacts, U extends UnitFacts> = {
  /** Units with a standing signature. */
  readonly signed: number;
  /** Active units (the M of "N of M"). */
  readonly total: number;
  /** The signed share, 0–100, rounded (0 when there are no units). */
  readonly percent: number;
  /** Standing signatures with their unit, by signing date then unit name. */
  readonly standing: { readonly commitment: C; readonly unit: U | undefined }[];
  /** Active units without a standing signature, by name. */
  readonly unsigned: U[];
  /** Withdrawn signatures, the latest withdrawal first. */
  readonly withdrawn: { readonly commitment: C; readonly unit: U | undefined }[];
};

/**
 * Counts the joint commitment's signatures: N of M active units signed (N from the API's
 * `signedUnitIds`, M its `unitCount`), the standing signatures, the units still to sign and the
 * history of withdrawn ones.
 */
export function commitmentSummary<C extends SignatureFacts, U extends UnitFacts>({
  commitments,
  signedUnitIds,
  unitCount,
  units,
}: {
  readonly commitments: readonly C[];
  readonly signedUnitIds: readonly string[];
  readonly unitCount: number;
  readonly units: readonly U[];
}): CommitmentSummary<C, U> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const signedIds = new Set(signedUnitIds);
  const collator = new Intl.Collator('id');
  const withUnit = (commitment: C) => ({ commitment, unit: byId.get(commitment.unitId) });
  // The server's `signedUnitIds` already applied the rule to the active units; the same domain
  // rule picks their standing signatures here.
  const standing = standingSignatures(commitments, signedIds)
    .map(withUnit)
    .sort(
      (a, b) =>
        a.commitment.signedOn.localeCompare(b.commitment.signedOn) ||
        collator.compare(a.unit?.name ?? '', b.unit?.name ?? ''),
    );
  const withdrawn = commitments
    .filter((c) => c.withdrawnAt !== null)
    .map(withUnit)
    .sort((a, b) => (b.commitment.withdrawnAt ?? '').localeCompare(a.commitment.withdrawnAt ?? ''));
  const unsigned = units
    .filter((u) => !signedIds.has(u.id))
    .sort((a, b) => collator.compare(a.name, b.name));
  const signed = signedIds.size;
  return {
    signed,
    total: unitCount,
    percent: unitCount > 0 ? Math.round((signed / unitCount) * 100) : 0,
    standing,
    unsigned,
    withdrawn,
  };
}
