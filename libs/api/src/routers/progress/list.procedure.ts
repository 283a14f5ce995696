import { progressListInputSchema } from '@smartcity/domain';
import { listProgressReports, type ProgressReportWithAuthor } from '@smartcity/db';
import { publicProcedure } from '../../trpc';
import { loadReadableInnovation } from '../../services/innovation/load-innovation';

/** `progress.list`: an innovation's progress reports, newest first (the public: published ones). */
export const listProcedure = publicProcedure
  .input(progressListInputSchema)
  .query(async ({ ctx, input }): Promise<ProgressReportWithAuthor[]> => {
    const innovation = await loadReadableInnovation(ctx, input.innovationId);
    return listProgressReports(ctx.db, innovation.id);
  });
