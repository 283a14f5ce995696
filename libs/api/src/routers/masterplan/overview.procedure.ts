import { authedProcedure } from '../../trpc';
import {
  masterplanOverview,
  type MasterplanOverview,
} from '../../services/masterplan/masterplan-overview';

export type {
  ActionView,
  MasterplanOverview,
  ProgrammeView,
} from '../../services/masterplan/masterplan-overview';

/**
 * `masterplan.overview`: the whole masterplan for the Rencana Induk pages — the plan, the
 * strategies, programmes with their progress (the budget-weighted mean of their action items),
 * action items (with the overdue ones marked), progress per dimension, and the commitments.
 * Every logged-in role reads it.
 */
export const overviewProcedure = authedProcedure.query(({ ctx }): Promise<MasterplanOverview> =>
  masterplanOverview(ctx),
);
