import {
  roundUpdateInputSchema,
  rubricChangeRefusal,
  type EvaluationRound,
} from '@smartcity/domain';
import { countSubmittedEvaluations } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadRound, saveRoundChange } from './round-access';

/**
 * `evaluation.updateRound`: name, period, rubric and thresholds. The rubric and thresholds are
 * frozen once a score is submitted (the name and period may still change while not closed).
 */
export const updateRoundProcedure = roleProcedure('coordinator')
  .input(roundUpdateInputSchema)
  .mutation(async ({ ctx, input }): Promise<EvaluationRound> => {
    const round = await loadRound(ctx, input.id);
    const rubricChanged =
      JSON.stringify(round.rubric) !== JSON.stringify(input.rubric) ||
      JSON.stringify(round.thresholds) !== JSON.stringify(input.thresholds);
    const refusal = rubricChangeRefusal(
      round,
      rubricChanged ? await countSubmittedEvaluations(ctx.db, round.id) : 0,
    );
    if (refusal) throw refusal;
    return saveRoundChange(
      ctx,
      round,
      input.version,
      {
        name: input.name,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        rubric: input.rubric,
        thresholds: input.thresholds,
      },
      'evaluation_round.updated',
    );
  });
