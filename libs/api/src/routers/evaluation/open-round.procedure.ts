import { openRefusal, roundVersionInputSchema, type EvaluationRound } from '@smartcity/domain';
import { listRoundEntries } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadRound, saveRoundChange } from '../../services/evaluation/round-access';

/** `evaluation.openRound`: a draft whose every innovation has an evaluator opens for scoring. */
export const openRoundProcedure = roleProcedure('coordinator')
  .input(roundVersionInputSchema)
  .mutation(async ({ ctx, input }): Promise<EvaluationRound> => {
    const round = await loadRound(ctx, input.id);
    const entries = await listRoundEntries(ctx.db, round.id);
    const refusal = openRefusal(
      round,
      entries.map((e) => ({ innovationId: e.innovationId, evaluators: e.assignments.length })),
    );
    if (refusal) throw refusal;
    return saveRoundChange(ctx, {
      round,
      expectedVersion: input.version,
      change: { status: 'open' },
      action: 'evaluation_round.opened',
    });
  });
