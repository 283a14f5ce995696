import {
  DomainError,
  roundInnovationInputSchema,
  type Evaluation,
  type EvaluationRound,
} from '@smartcity/domain';
import { findCurrentEvaluation, isAssigned } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadRound } from '../../services/evaluation/round-access';

/** The answer of `evaluation.sheet`. */
export type SheetView = {
  readonly round: EvaluationRound;
  /** The evaluator's current evaluation (draft or submitted), or null before the first save. */
  readonly evaluation: Evaluation | null;
  /** How many times it was corrected. */
  readonly corrections: number;
};

/**
 * `evaluation.sheet` ({ roundId, innovationId }): the round's rubric (with the descriptions to
 * score by) and the evaluator's own evaluation. Only the assigned evaluator; nobody sees another
 * evaluator's draft. The innovation itself (sections, progress reports, KPIs, evidence) comes from
 * `innovation.byId` and `progress.list`, which evaluators may read.
 */
export const sheetProcedure = roleProcedure('evaluator')
  .input(roundInnovationInputSchema)
  .query(async ({ ctx, input }): Promise<SheetView> => {
    const round = await loadRound(ctx, input.roundId);
    const key = { ...input, evaluatorId: ctx.auth.user.id };
    if (!(await isAssigned(ctx.db, key))) {
      throw new DomainError('NOT_ALLOWED', 'The innovation is not assigned to you in this round', {
        reason: 'not_assigned',
      });
    }
    const current = await findCurrentEvaluation(ctx.db, key);
    if (!current) return { round, evaluation: null, corrections: 0 };
    const { sequence, ...evaluation } = current;
    return { round, evaluation, corrections: sequence - 1 };
  });
