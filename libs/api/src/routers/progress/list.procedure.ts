import { DomainError, progressListInputSchema } from '@smartcity/domain';
import { listProgressReports, type ProgressReportWithAuthor } from '@smartcity/db';
import { publicProcedure } from '../../trpc';
import { loadInnovation } from '../innovation/load-innovation';

/** `progress.list`: an innovation's progress reports, newest first (the public: published ones). */
export const listProcedure = publicProcedure
  .input(progressListInputSchema)
  .query(async ({ ctx, input }): Promise<ProgressReportWithAuthor[]> => {
    const innovation = await loadInnovation(ctx, input.innovationId);
    const session = await ctx.session();
    if (session.status !== 'valid' && !innovation.isPublic) {
      throw new DomainError('NOT_FOUND', 'Innovation not found', { id: input.innovationId });
    }
    return listProgressReports(ctx.db, innovation.id);
  });
