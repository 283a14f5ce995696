import { randomUUID } from 'node:crypto';
import {
  actionOwnerRefusal,
  DomainError,
  inactiveUnitRefusal,
  type ActionCreateInput,
  type ActionUpdateInput,
} from '@smartcity/domain';
import {
  appendEvent,
  findAction,
  findUnitById,
  insertActions,
  saveAction,
  type ActionItem,
} from '@smartcity/db';
import type { AuthedContext, UnitScoped } from '../../trpc';
import { checkAction, loadProgramme } from './masterplan-access';

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

/** The unit an action item belongs to (its owner), for `unitProcedure`; `NOT_FOUND` if none. */
export async function actionScope(
  ctx: AuthedContext,
  input: { readonly id: string },
): Promise<UnitScoped<ActionItem>> {
  const action = await findAction(ctx.db, input.id);
  if (!action) throw new DomainError('NOT_FOUND', 'Action item not found', { id: input.id });
  return { unitId: action.ownerUnitId, record: action };
}

/**
 * Adds an action item to a programme, owned by a unit (`masterplan.createAction`): the
 * coordinator's, or a unit's own (its staff and head add items they will execute).
 */
export async function createAction(
  ctx: AuthedContext,
  input: ActionCreateInput,
): Promise<ActionItem> {
  const programme = await loadProgramme(ctx, input.programmeId);
  checkAction(programme, input);
  await checkOwner(ctx, input.ownerUnitId, null);
  const now = ctx.now();
  const action = { id: randomUUID(), ...input };
  await ctx.db.transaction().execute(async (trx) => {
    await insertActions(trx, { actions: [action], at: now, actorUserId: ctx.auth.user.id });
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
  const saved = await findAction(ctx.db, action.id);
  if (!saved) throw new Error(`the action item ${action.id} just created is not found`);
  return saved;
}

/**
 * Changes an action item (`masterplan.updateAction`): status, progress, and the rest; a unit
 * cannot hand its item to another unit.
 */
export async function updateAction(
  ctx: AuthedContext & { readonly record: ActionItem },
  input: ActionUpdateInput,
): Promise<ActionItem> {
  const current = ctx.record;
  const programme = await loadProgramme(ctx, current.programmeId);
  checkAction(programme, input);
  await checkOwner(ctx, input.ownerUnitId, current.ownerUnitId);
  const { version, ...fields } = input;
  const next = { ...fields, programmeId: current.programmeId };
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await saveAction(trx, {
      action: next,
      expectedVersion: version,
      at: now,
      actorUserId: ctx.auth.user.id,
    });
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
  const saved = await findAction(ctx.db, current.id);
  if (!saved) throw new Error(`the action item ${current.id} just updated is not found`);
  return saved;
}
