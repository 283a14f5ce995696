import { roundInnovationInputSchema } from '@smartcity/domain';
import { roleProcedure } from '../../trpc';
import { addRoundInnovation } from '../../services/evaluation/add-innovation';

/**
 * `evaluation.addInnovation`: an innovation its unit head submitted (stage evaluation) joins a
 * round; it cannot be in two rounds still running.
 */
export const addInnovationProcedure = roleProcedure('coordinator')
  .input(roundInnovationInputSchema)
  .mutation(({ ctx, input }): Promise<{ readonly added: true }> => addRoundInnovation(ctx, input));
