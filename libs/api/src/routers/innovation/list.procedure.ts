import { innovationListInputSchema, isStale } from '@smartcity/domain';
import { listInnovations, type InnovationPage, type InnovationSummary } from '@smartcity/db';
import { publicProcedure } from '../../trpc';
import { innovationFilterFor } from '../../services/innovation/list-filter';

/** A row of `innovation.list`: the summary and whether it is stale now (the domain's rule). */
export type InnovationListItem = InnovationSummary & { readonly stale: boolean };

/** The answer of `innovation.list`: `items`, `nextCursor` and the filtered `total`. */
export type InnovationListResponse = Omit<InnovationPage, 'items'> & {
  readonly items: InnovationListItem[];
};

/**
 * `innovation.list`: filters (unit, dimension, element, stage, jenis, tahapan, stale, overdue,
 * year, outcome, quick-win status, active, public),
 * text search over title, summary and problem, an order, and cursor pages. The public sees
 * published innovations only, whatever it asks for. Each row says whether it is `stale` by the
 * configured threshold, so the SPA's badge shows the server's answer.
 */
export const listProcedure = publicProcedure
  .input(innovationListInputSchema)
  .query(async ({ ctx, input }): Promise<InnovationListResponse> => {
    const { sort, limit, cursor, ...filters } = input;
    const page = await listInnovations(ctx.db, await innovationFilterFor(ctx, filters), {
      sort,
      limit,
      cursor,
    });
    const now = ctx.now();
    return {
      ...page,
      items: page.items.map((item) => ({ ...item, stale: isStale(item, now, ctx.staleDays) })),
    };
  });
