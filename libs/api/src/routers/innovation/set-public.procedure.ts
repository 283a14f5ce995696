import { setPublicInputSchema, type Innovation } from '@smartcity/domain';
import { unitProcedure } from '../../trpc';
import { innovationScope } from '../../services/innovation/load-innovation';
import { setInnovationPublic } from '../../services/innovation/set-public';

/** `innovation.setPublic`: publishes or unpublishes (unit head of the unit, or a coordinator). */
export const setPublicProcedure = unitProcedure(setPublicInputSchema, innovationScope).mutation(
  ({ ctx, input }): Promise<Innovation> => setInnovationPublic(ctx, input),
);
