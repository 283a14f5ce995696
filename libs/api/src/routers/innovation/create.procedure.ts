import { innovationCreateInputSchema, type Innovation } from '@smartcity/domain';
import { unitProcedure } from '../../trpc';
import {
  newInnovationScope,
  registerInnovation,
} from '../../services/innovation/create-innovation';

/**
 * `innovation.create`: a new innovation of a unit, starting from its problem. Unit staff and
 * heads create for their own unit; coordinators for any.
 */
export const createProcedure = unitProcedure(
  innovationCreateInputSchema,
  newInnovationScope,
).mutation(({ ctx, input }): Promise<Innovation> => registerInnovation(ctx, input));
