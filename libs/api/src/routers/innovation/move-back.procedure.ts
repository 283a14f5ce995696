import { moveBackInputSchema, type Innovation } from '@smartcity/domain';
import { unitProcedure } from '../../trpc';
import { innovationScope } from '../../services/innovation/load-innovation';
import { runTransition } from '../../services/innovation/transition';

/** `innovation.moveBack`: to an earlier stage, with a reason; the sections keep their content. */
export const moveBackProcedure = unitProcedure(moveBackInputSchema, innovationScope).mutation(
  ({ ctx, input }): Promise<Innovation> =>
    runTransition(ctx, input.version, { type: 'move_back', to: input.to, reason: input.reason }),
);
