import { evaluationCorrectInputSchema, type Evaluation } from '@smartcity/domain';
import { roleProcedure } from '../../trpc';
import { writeSheet } from '../../services/evaluation/write-sheet';

/**
 * `evaluation.correct`: a submitted evaluation is never edited; a correction is a new, submitted
 * version that names the one it supersedes and why.
 */
export const correctProcedure = roleProcedure('evaluator')
  .input(evaluationCorrectInputSchema)
  .mutation(({ ctx, input }): Promise<Evaluation> =>
    writeSheet(
      ctx,
      { roundId: input.roundId, innovationId: input.innovationId },
      { kind: 'correct', scores: input.scores, reason: input.reason },
    ),
  );
