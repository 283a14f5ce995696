import { discontinueInputSchema, type Innovation } from '@smartcity/domain';
import { unitProcedure } from '../../trpc';
import { innovationScope } from '../../services/innovation/load-innovation';
import { runTransition } from '../../services/innovation/transition';

/** `innovation.discontinue`: stops an innovation, with a reason (unit head or coordinator). */
export const discontinueProcedure = unitProcedure(discontinueInputSchema, innovationScope).mutation(
  ({ ctx, input }): Promise<Innovation> =>
    runTransition(ctx, input.version, { type: 'discontinue', reason: input.reason }),
);
