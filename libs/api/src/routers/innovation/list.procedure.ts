import { defaultStaleDays, innovationListInputSchema, utcDate } from '@smartcity/domain';
import { listInnovations, type InnovationPage } from '@smartcity/db';
import { publicProcedure } from '../../trpc';

/** The answer of `innovation.list`: `items`, `nextCursor` and the filtered `total`. */
export type InnovationListResponse = InnovationPage;

/**
 * `innovation.list`: filters (unit, dimension, element, stage, jenis, tahapan, stale, overdue,
 * year, outcome, quick-win status, active, public),
 * text search over title, summary and problem, an order, and cursor pages. The public sees
 * published innovations only, whatever it asks for.
 */
export const listProcedure = publicProcedure
  .input(innovationListInputSchema)
  .query(async ({ ctx, input }): Promise<InnovationListResponse> => {
    const session = await ctx.session();
    const loggedIn = session.status === 'valid';
    const staleDays = ctx.staleDays ?? defaultStaleDays;
    return listInnovations(
      ctx.db,
      {
        unitId: input.unitId,
        dimension: input.dimension,
        element: input.element,
        stage: input.stage,
        jenis: input.jenis,
        tahapan: input.tahapan,
        isPublic: loggedIn ? input.isPublic : true,
        staleBefore: input.stale
          ? new Date(ctx.now().getTime() - staleDays * 86_400_000)
          : undefined,
        overdueBefore: input.overdue ? utcDate(ctx.now()) : undefined,
        year: input.year,
        outcome: input.outcome,
        quickWinStatus: input.quickWinStatus,
        active: input.active,
        search: input.search,
      },
      { sort: input.sort, limit: input.limit, cursor: input.cursor },
    );
  });
