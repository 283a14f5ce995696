import { byIdInputSchema, type EvaluationRound } from '@smartcity/domain';
import { roleProcedure } from '../../trpc';
import {
  loadRound,
  roundResultReaders,
  roundResults,
  type EntryResult,
} from '../../services/evaluation/round-access';

/** The answer of `evaluation.round`. */
export type RoundDetail = {
  readonly round: EvaluationRound;
  /** The round's innovations, ranked by score (the results table). */
  readonly entries: EntryResult[];
};

/**
 * `evaluation.round` ({ id }): the round, its innovations with their evaluators and the state of
 * each evaluation, and the results ranked. Coordinators and leaders (evaluators work from their
 * inbox and never see each other's sheets).
 */
export const roundProcedure = roleProcedure(...roundResultReaders)
  .input(byIdInputSchema)
  .query(async ({ ctx, input }): Promise<RoundDetail> => {
    const round = await loadRound(ctx, input.id);
    return { round, entries: await roundResults(ctx, round) };
  });
