import { evaluationDraftInputSchema, type Evaluation } from '@smartcity/domain';
import { roleProcedure } from '../../trpc';
import { writeSheet } from '../../services/evaluation/write-sheet';

/** `evaluation.saveDraft`: the evaluator's scores so far (any criteria); only they see it. */
export const saveDraftProcedure = roleProcedure('evaluator')
  .input(evaluationDraftInputSchema)
  .mutation(({ ctx, input }): Promise<Evaluation> =>
    writeSheet(ctx, input, { kind: 'draft', scores: input.scores }),
  );
