import { innovationListInputSchema } from '@smartcity/domain';
import { listInnovations, type InnovationPage } from '@smartcity/db';
import { publicProcedure } from '../../trpc';
import { innovationFilterFor } from '../../services/innovation/list-filter';

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
    const { sort, limit, cursor, ...filters } = input;
    return listInnovations(ctx.db, await innovationFilterFor(ctx, filters), {
      sort,
      limit,
      cursor,
    });
  });
