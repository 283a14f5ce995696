import { randomUUID } from 'node:crypto';
import {
  signatureRefusal,
  DomainError,
  type CommitmentSignInput,
  type commitmentWithdrawInputSchema,
} from '@smartcity/domain';
import {
  appendEvent,
  findUnitById,
  insertCommitments,
  findStandingCommitment,
  withdrawCommitment as withdrawStoredCommitment,
  type Commitment,
} from '@smartcity/db';
import type { z } from 'zod';
import type { AuthedContext } from '../../trpc';
import { loadMasterplan } from './masterplan-access';

/**
 * The unit head signs the joint commitment for their own unit, with the statement as it reads
 * now (`masterplan.sign`). A standing signature is never edited; a second one is refused.
 */
export async function signCommitment(
  ctx: AuthedContext,
  input: CommitmentSignInput,
): Promise<Commitment> {
  const plan = await loadMasterplan(ctx);
  const unitId = ctx.auth.user.unitId;
  const standing = unitId === null ? null : await findStandingCommitment(ctx.db, plan.id, unitId);
  const refusal = signatureRefusal(unitId, standing);
  if (refusal) throw refusal;
  if (unitId === null) throw new DomainError('NOT_ALLOWED', 'A unit head signs for a unit');
  const now = ctx.now();
  const commitment = {
    id: randomUUID(),
    unitId,
    ...input,
    statement: plan.commitmentStatement,
    signedAt: now.toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertCommitments(trx, {
      masterplanId: plan.id,
      commitments: [commitment],
      signedBy: ctx.auth.user.id,
    });
    await appendEvent(trx, {
      occurredAt: now,
      actorUserId: ctx.auth.user.id,
      actorAddress: ctx.clientAddress,
      entityType: 'commitment',
      entityId: commitment.id,
      action: 'commitment.signed',
      after: commitment,
    });
  });
  return { ...commitment, withdrawnAt: null, withdrawalReason: null };
}

/** Withdraws a unit's signature, with a reason (`masterplan.withdrawCommitment`). */
export async function withdrawCommitment(
  ctx: AuthedContext,
  input: z.output<typeof commitmentWithdrawInputSchema>,
): Promise<{ readonly withdrawn: true }> {
  const plan = await loadMasterplan(ctx);
  if (!(await findUnitById(ctx.db, input.unitId))) {
    throw new DomainError('NOT_FOUND', 'Unit not found', { id: input.unitId });
  }
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const withdrawn = await withdrawStoredCommitment(trx, {
      masterplanId: plan.id,
      unitId: input.unitId,
      reason: input.reason,
      at: now,
      actorUserId: ctx.auth.user.id,
    });
    if (!withdrawn) {
      throw new DomainError('NOT_FOUND', 'The unit has no standing signature', {
        reason: 'not_signed',
      });
    }
    await appendEvent(trx, {
      occurredAt: now,
      actorUserId: ctx.auth.user.id,
      actorAddress: ctx.clientAddress,
      entityType: 'commitment',
      entityId: input.unitId,
      action: 'commitment.withdrawn',
      after: input,
    });
  });
  return { withdrawn: true };
}
