import { DomainError, innovationVersionInputSchema, type Innovation } from '@smartcity/domain';
import { findActiveRoundOfInnovation } from '@smartcity/db';
import { unitProcedure } from '../../trpc';
import { innovationScope } from './load-innovation';
import { runTransition } from './transition';

/**
 * `innovation.advance`: to the next stage once the current stage's gate is open. An innovation in
 * a running evaluation round leaves evaluation only through the round's recorded outcome
 * (`evaluation.recordOutcome`), where the evaluators' scores are checked first.
 */
export const advanceProcedure = unitProcedure(
  innovationVersionInputSchema,
  innovationScope,
).mutation(async ({ ctx, input }): Promise<Innovation> => {
  if (ctx.record.stage === 'evaluation') {
    const roundId = await findActiveRoundOfInnovation(ctx.db, ctx.record.id);
    if (roundId !== null) {
      throw new DomainError('CONFLICT', 'Record the outcome in its evaluation round', {
        reason: 'in_round',
        roundId,
      });
    }
  }
  return runTransition(ctx, input.version, { type: 'advance' });
});
