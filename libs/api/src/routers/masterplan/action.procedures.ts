import { actionCreateInputSchema, actionUpdateInputSchema } from '@smartcity/domain';
import type { ActionItem } from '@smartcity/db';
import { unitProcedure } from '../../trpc';
import { actionScope, createAction, updateAction } from '../../services/masterplan/action-items';

/**
 * `masterplan.createAction`: an action item of a programme, owned by a unit — the coordinator's,
 * or a unit's own (its staff and head add items they will execute).
 */
export const createActionProcedure = unitProcedure(actionCreateInputSchema, (_ctx, input) =>
  Promise.resolve({ unitId: input.ownerUnitId, record: null }),
).mutation(({ ctx, input }): Promise<ActionItem> => createAction(ctx, input));

/**
 * `masterplan.updateAction`: the coordinator, or the owner unit for its own items (status,
 * progress, and the rest); a unit cannot hand its item to another unit.
 */
export const updateActionProcedure = unitProcedure(actionUpdateInputSchema, actionScope).mutation(
  ({ ctx, input }): Promise<ActionItem> => updateAction(ctx, input),
);
