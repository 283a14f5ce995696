import { outcomeRecordInputSchema, type Innovation } from '@smartcity/domain';
import { roleProcedure } from '../../trpc';
import { recordOutcome } from '../../services/evaluation/record-outcome';

/**
 * `evaluation.recordOutcome`: the coordinator decides an innovation's outcome in a round, once
 * every assigned evaluator has submitted (with a reconciliation note when they disagree). In one
 * transaction: the round records it with the notes and lessons, the innovation's evaluation
 * section takes the outcome, the innovation moves (impactful → sustained, needs improvement →
 * back to quick win, not impactful → discontinued), and its unit is notified. The unit reads the
 * scores, notes and lessons in the evaluation history once the round closes.
 */
export const recordOutcomeProcedure = roleProcedure('coordinator')
  .input(outcomeRecordInputSchema)
  .mutation(({ ctx, input }): Promise<Innovation> => recordOutcome(ctx, input));
