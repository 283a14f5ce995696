import { byIdInputSchema } from '@smartcity/domain';
import { publicProcedure } from '../../trpc';
import {
  innovationDetail,
  type InnovationDetail,
} from '../../services/innovation/innovation-detail';

export type { InnovationDetail } from '../../services/innovation/innovation-detail';

/**
 * `innovation.byId`: the innovation with its sections, files, timeline, the current gate, and
 * what the caller may do. The public reads published innovations only (others are NOT_FOUND).
 */
export const byIdProcedure = publicProcedure
  .input(byIdInputSchema)
  .query(({ ctx, input }): Promise<InnovationDetail> => innovationDetail(ctx, input));
