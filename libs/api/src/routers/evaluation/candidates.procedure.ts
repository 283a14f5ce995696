import { byIdInputSchema } from '@smartcity/domain';
import { listInnovations, type InnovationSummary } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadRound } from '../../services/evaluation/round-access';

/**
 * `evaluation.candidates` ({ id } of a round): innovations their unit heads submitted (stage
 * evaluation) that are in no running round: what the coordinator may add.
 */
export const candidatesProcedure = roleProcedure('coordinator')
  .input(byIdInputSchema)
  .query(async ({ ctx, input }): Promise<InnovationSummary[]> => {
    await loadRound(ctx, input.id);
    const page = await listInnovations(
      ctx.db,
      { stage: 'evaluation', notInRunningRound: true },
      { sort: 'title_asc', limit: 100 },
    );
    return page.items;
  });
