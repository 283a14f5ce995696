import { randomUUID } from 'node:crypto';
import {
  commitmentSignInputSchema,
  commitmentWithdrawInputSchema,
  signatureRefusal,
  DomainError,
} from '@smartcity/domain';
import {
  appendEvent,
  findUnitById,
  insertCommitments,
  findStandingCommitment,
  withdrawCommitment,
  type Commitment,
} from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadMasterplan } from '../../services/masterplan/masterplan-access';

/**
 * `masterplan.sign` (unit head): signs the joint commitment for the head's own unit, with the
 * statement as it reads now. A standing signature is never edited; a second one is refused.
 */
export const signProcedure = roleProcedure('unit_head')
  .input(commitmentSignInputSchema)
  .mutation(async ({ ctx, input }): Promise<Commitment> => {
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
      await insertCommitments(trx, plan.id, [commitment], ctx.auth.user.id);
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
  });

/** `masterplan.withdrawCommitment` (coordinator): withdraws a unit's signature, with a reason. */
export const withdrawCommitmentProcedure = roleProcedure('coordinator')
  .input(commitmentWithdrawInputSchema)
  .mutation(async ({ ctx, input }): Promise<{ readonly withdrawn: true }> => {
    const plan = await loadMasterplan(ctx);
    if (!(await findUnitById(ctx.db, input.unitId))) {
      throw new DomainError('NOT_FOUND', 'Unit not found', { id: input.unitId });
    }
    const now = ctx.now();
    await ctx.db.transaction().execute(async (trx) => {
      const withdrawn = await withdrawCommitment(
        trx,
        plan.id,
        input.unitId,
        input.reason,
        now,
        ctx.auth.user.id,
      );
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
  });
