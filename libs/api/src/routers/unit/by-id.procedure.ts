import { byIdInputSchema } from '@smartcity/domain';
import { publicProcedure } from '../../trpc';
import { unitDetail, type UnitByIdResponse } from '../../services/unit/unit-detail';

export type { UnitByIdResponse } from '../../services/unit/unit-detail';

/** `unit.byId`: one unit with its region; `NOT_FOUND` for an unknown id. */
export const byIdProcedure = publicProcedure
  .input(byIdInputSchema)
  .query(({ ctx, input }): Promise<UnitByIdResponse> => unitDetail(ctx, input));
