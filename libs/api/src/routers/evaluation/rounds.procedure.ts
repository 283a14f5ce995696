import { listRounds, type RoundSummary } from '@smartcity/db';
import { roleProcedure } from '../../trpc';

/** `evaluation.rounds`: every round with its progress (coordinators, evaluators, leaders). */
export const roundsProcedure = roleProcedure('coordinator', 'evaluator', 'leader').query(
  ({ ctx }): Promise<RoundSummary[]> => listRounds(ctx.db),
);
