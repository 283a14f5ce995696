import { evaluationSubmitInputSchema, type Evaluation } from '@smartcity/domain';
import { roleProcedure } from '../../trpc';
import { writeSheet } from '../../services/evaluation/write-sheet';

/** `evaluation.submit`: a complete sheet, after which the evaluation never changes. */
export const submitProcedure = roleProcedure('evaluator')
  .input(evaluationSubmitInputSchema)
  .mutation(({ ctx, input }): Promise<Evaluation> =>
    writeSheet(ctx, input, { kind: 'submit', scores: input.scores }),
  );
