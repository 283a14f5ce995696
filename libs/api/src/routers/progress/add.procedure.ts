import { progressAddInputSchema, type ProgressReport } from '@smartcity/domain';
import { unitProcedure } from '../../trpc';
import { innovationScope } from '../../services/innovation/load-innovation';
import { addProgressReport } from '../../services/progress/add-progress-report';

/**
 * `progress.add`: a progress report on a quick win (unit roles of the innovation's unit, or a
 * coordinator). The quick win's status becomes the report's; progress below the previous report
 * needs a reason. One transaction with the event.
 */
export const addProcedure = unitProcedure(progressAddInputSchema, (ctx, input) =>
  innovationScope(ctx, { id: input.innovationId }),
).mutation(({ ctx, input }): Promise<ProgressReport> => addProgressReport(ctx, input));
