import { byIdInputSchema } from '@smartcity/domain';
import { authedProcedure } from '../../trpc';
import { innovationHistory, type HistoryEntry } from '../../services/evaluation/innovation-history';

export type { HistoryEntry } from '../../services/evaluation/innovation-history';

/**
 * `evaluation.history` ({ id } of an innovation): the rounds it was evaluated in, newest first.
 * Scores, notes and outcomes show once the round is closed; coordinators and leaders see them
 * as the round runs.
 */
export const historyProcedure = authedProcedure
  .input(byIdInputSchema)
  .query(({ ctx, input }): Promise<HistoryEntry[]> => innovationHistory(ctx, input));
