import { commitmentSignInputSchema, commitmentWithdrawInputSchema } from '@smartcity/domain';
import type { Commitment } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { signCommitment, withdrawCommitment } from '../../services/masterplan/commitments';

/**
 * `masterplan.sign` (unit head): signs the joint commitment for the head's own unit, with the
 * statement as it reads now. A standing signature is never edited; a second one is refused.
 */
export const signProcedure = roleProcedure('unit_head')
  .input(commitmentSignInputSchema)
  .mutation(({ ctx, input }): Promise<Commitment> => signCommitment(ctx, input));

/** `masterplan.withdrawCommitment` (coordinator): withdraws a unit's signature, with a reason. */
export const withdrawCommitmentProcedure = roleProcedure('coordinator')
  .input(commitmentWithdrawInputSchema)
  .mutation(({ ctx, input }): Promise<{ readonly withdrawn: true }> =>
    withdrawCommitment(ctx, input),
  );
