import { innovationVersionInputSchema, type Innovation } from '@smartcity/domain';
import { unitProcedure } from '../../trpc';
import { innovationScope } from '../../services/innovation/load-innovation';
import { runTransition } from '../../services/innovation/transition';

/** `innovation.reopen`: a discontinued innovation goes back to the stage it left (coordinator). */
export const reopenProcedure = unitProcedure(
  innovationVersionInputSchema,
  innovationScope,
).mutation(({ ctx, input }): Promise<Innovation> =>
  runTransition(ctx, input.version, { type: 'reopen' }),
);
