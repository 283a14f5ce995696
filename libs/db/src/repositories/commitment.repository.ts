import { toIsoString } from '../adapters/values';
import type { Executor } from '../database';

/**
 * Units' signed commitments to a masterplan (`commitments`, migration 1200): one standing
 * signature per unit (a unique index), withdrawn with a reason.
 */

export type Commitment = {
  readonly id: string;
  readonly unitId: string;
  readonly signerName: string;
  readonly signerNip: string;
  readonly signerPosition: string;
  readonly signedOn: string;
  readonly statement: string;
  readonly signedAt: string;
  readonly withdrawnAt: string | null;
  readonly withdrawalReason: string | null;
};

/** Every commitment of a masterplan (standing and withdrawn), newest first. */
export async function listCommitments(db: Executor, masterplanId: string): Promise<Commitment[]> {
  const rows = await db
    .selectFrom('commitments')
    .selectAll()
    .where('masterplan_id', '=', masterplanId)
    .orderBy('signed_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    unitId: row.unit_id,
    signerName: row.signer_name,
    signerNip: row.signer_nip,
    signerPosition: row.signer_position,
    signedOn: row.signed_on,
    statement: row.statement,
    signedAt: toIsoString(row.signed_at),
    withdrawnAt: row.withdrawn_at === null ? null : toIsoString(row.withdrawn_at),
    withdrawalReason: row.withdrawal_reason,
  }));
}

/** A unit's standing (not withdrawn) signature, or null. */
export async function findStandingCommitment(
  db: Executor,
  masterplanId: string,
  unitId: string,
): Promise<Pick<Commitment, 'id' | 'signedOn'> | null> {
  const row = await db
    .selectFrom('commitments')
    .select(['id', 'signed_on'])
    .where('masterplan_id', '=', masterplanId)
    .where('unit_id', '=', unitId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return row ? { id: row.id, signedOn: row.signed_on } : null;
}

/** Stores signatures (one standing signature per unit: a second one is refused by the index). */
export async function insertCommitments(
  db: Executor,
  {
    masterplanId,
    commitments,
    signedBy,
  }: {
    readonly masterplanId: string;
    readonly commitments: readonly Omit<Commitment, 'withdrawnAt' | 'withdrawalReason'>[];
    readonly signedBy: string | null;
  },
): Promise<void> {
  if (commitments.length === 0) return;
  await db
    .insertInto('commitments')
    .values(
      commitments.map((c) => ({
        id: c.id,
        masterplan_id: masterplanId,
        unit_id: c.unitId,
        signer_name: c.signerName,
        signer_nip: c.signerNip,
        signer_position: c.signerPosition,
        signed_on: c.signedOn,
        statement: c.statement,
        signed_at: c.signedAt,
        signed_by: signedBy,
      })),
    )
    .execute();
}

/** Withdraws a unit's standing signature, with the reason. Answers whether one was withdrawn. */
export async function withdrawCommitment(
  db: Executor,
  {
    masterplanId,
    unitId,
    reason,
    at,
    actorUserId,
  }: {
    readonly masterplanId: string;
    readonly unitId: string;
    readonly reason: string;
    readonly at: Date;
    readonly actorUserId: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('commitments')
    .set({ withdrawn_at: at.toISOString(), withdrawn_by: actorUserId, withdrawal_reason: reason })
    .where('masterplan_id', '=', masterplanId)
    .where('unit_id', '=', unitId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
