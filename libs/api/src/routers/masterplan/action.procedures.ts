import { randomUUID } from 'node:crypto';
import {
  actionCreateInputSchema,
  actionUpdateInputSchema,
  actionOwnerRefusal,
  DomainError,
  inactiveUnitRefusal,
} from '@smartcity/domain';
import {
  appendEvent,
  findAction,
  findUnitById,
  insertActions,
  saveAction,
  type ActionItem,
} from '@smartcity/db';
import type { AuthedContext } from '../../trpc';
import { unitProcedure } from '../../trpc';
import { checkAction, loadProgramme } from '../../services/masterplan/masterplan-access';

/**
 * The owner unit must exist, be one the actor may give the item to, and — when the item comes to
 * it (a new item, or another owner than `currentOwnerUnitId`) — be active: an inactive unit keeps
 * its items but takes no new ones.
 */
async function checkOwner(
  ctx: AuthedContext,
  ownerUnitId: string,
  currentOwnerUnitId: string | null,
): Promise<void> {
  const unit = await findUnitById(ctx.db, ownerUnitId);
  if (!unit) {
    throw new DomainError('VALIDATION', 'Unknown unit', { field: 'ownerUnitId', id: ownerUnitId });
  }
  const refusal =
    actionOwnerRefusal(ctx.auth.actor, ownerUnitId) ??
    (ownerUnitId === currentOwnerUnitId ? null : inactiveUnitRefusal(unit, 'ownerUnitId'));
  if (refusal) throw refusal;
}

/**
 * `masterplan.createAction`: an action item of a programme, owned by a unit — the coordinator's,
 * or a unit's own (its staff and head add items they will execute).
 */
export const createActionProcedure = unitProcedure(actionCreateInputSchema, (_ctx, input) =>
  Promise.resolve({ unitId: input.ownerUnitId, record: null }),
).mutation(async ({ ctx, input }): Promise<ActionItem> => {
  const programme = await loadProgramme(ctx, input.programmeId);
  checkAction(programme, input);
  await checkOwner(ctx, input.ownerUnitId, null);
  const now = ctx.now();
  const action = { id: randomUUID(), ...input };
  await ctx.db.transaction().execute(async (trx) => {
    await insertActions(trx, [action], now, ctx.auth.user.id);
    await appendEvent(trx, {
      occurredAt: now,
      actorUserId: ctx.auth.user.id,
      actorAddress: ctx.clientAddress,
      entityType: 'action_item',
      entityId: action.id,
      action: 'action_item.created',
      after: action,
    });
  });
  return (await findAction(ctx.db, action.id)) as ActionItem;
});

/**
 * `masterplan.updateAction`: the coordinator, or the owner unit for its own items (status,
 * progress, and the rest); a unit cannot hand its item to another unit.
 */
export const updateActionProcedure = unitProcedure(actionUpdateInputSchema, async (ctx, input) => {
  const action = await findAction(ctx.db, input.id);
  if (!action) throw new DomainError('NOT_FOUND', 'Action item not found', { id: input.id });
  return { unitId: action.ownerUnitId, record: action };
}).mutation(async ({ ctx, input }): Promise<ActionItem> => {
  const current = ctx.record;
  const programme = await loadProgramme(ctx, current.programmeId);
  checkAction(programme, input);
  await checkOwner(ctx, input.ownerUnitId, current.ownerUnitId);
  const { version, ...fields } = input;
  const next = { ...fields, programmeId: current.programmeId };
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await saveAction(trx, next, version, now, ctx.auth.user.id);
    await appendEvent(trx, {
      occurredAt: now,
      actorUserId: ctx.auth.user.id,
      actorAddress: ctx.clientAddress,
      entityType: 'action_item',
      entityId: current.id,
      action: 'action_item.updated',
      before: current,
      after: next,
    });
  });
  return (await findAction(ctx.db, current.id)) as ActionItem;
});
