/**
 * The one rule of which joint-commitment signatures stand (komitmen bersama): a signature stands
 * while it is not withdrawn and its unit is active (a deactivated or merged unit's signature no
 * longer counts towards "N of M units signed"). The overview, the masterplan document and the
 * SPA's commitment page all ask here.
 */

/** The slice of a signature the rule reads. */
export type SignatureStanding = {
  readonly unitId: string;
  /** When it was withdrawn (ISO), or null while it stands. */
  readonly withdrawnAt: string | null;
};

/** Whether a signature stands: not withdrawn, and of one of `activeUnitIds`. */
export function isStandingSignature(
  signature: SignatureStanding,
  activeUnitIds: ReadonlySet<string>,
): boolean {
  return signature.withdrawnAt === null && activeUnitIds.has(signature.unitId);
}

/** The signatures that stand (see {@link isStandingSignature}), in the order given. */
export function standingSignatures<S extends SignatureStanding>(
  signatures: readonly S[],
  activeUnitIds: ReadonlySet<string>,
): S[] {
  return signatures.filter((signature) => isStandingSignature(signature, activeUnitIds));
}

/** The units with a standing signature, once each, in the order of their first signature. */
export function signedUnitIds(
  signatures: readonly SignatureStanding[],
  activeUnitIds: ReadonlySet<string>,
): string[] {
  return [...new Set(standingSignatures(signatures, activeUnitIds).map((s) => s.unitId))];
}
