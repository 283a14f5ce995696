import { innovationVersionInputSchema, type Innovation } from '@smartcity/domain';
import { unitProcedure } from '../../trpc';
import { innovationScope } from '../../services/innovation/load-innovation';
import { runTransition } from '../../services/innovation/transition';

/**
 * `innovation.advance`: to the next stage once the current stage's gate is open (an innovation
 * in a running evaluation round leaves evaluation only through the round: see `runTransition`).
 */
export const advanceProcedure = unitProcedure(
  innovationVersionInputSchema,
  innovationScope,
).mutation(({ ctx, input }): Promise<Innovation> =>
  runTransition(ctx, input.version, { type: 'advance' }),
);
