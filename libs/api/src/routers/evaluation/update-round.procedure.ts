import { roundUpdateInputSchema, type EvaluationRound } from '@smartcity/domain';
import { roleProcedure } from '../../trpc';
import { updateRound } from '../../services/evaluation/update-round';

/**
 * `evaluation.updateRound`: name, period, rubric and thresholds. The rubric and thresholds are
 * frozen once a score is submitted (the name and period may still change while not closed).
 */
export const updateRoundProcedure = roleProcedure('coordinator')
  .input(roundUpdateInputSchema)
  .mutation(({ ctx, input }): Promise<EvaluationRound> => updateRound(ctx, input));
