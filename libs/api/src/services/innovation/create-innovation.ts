import { randomUUID } from 'node:crypto';
import {
  createInnovation,
  DomainError,
  inactiveUnitRefusal,
  type Innovation,
  type InnovationCreateInput,
  type Unit,
} from '@smartcity/domain';
import { appendEvent, findUnitById, insertInnovation } from '@smartcity/db';
import type { AuthedContext, UnitScoped } from '../../trpc';

/** The unit a new innovation is for, for `unitProcedure`: it must exist and be active. */
export async function newInnovationScope(
  ctx: AuthedContext,
  input: { readonly unitId: string },
): Promise<UnitScoped<Unit>> {
  const unit = await findUnitById(ctx.db, input.unitId);
  if (!unit) throw new DomainError('VALIDATION', 'Unit not found', { field: 'unitId' });
  const refusal = inactiveUnitRefusal(unit, 'unitId');
  if (refusal) throw refusal;
  return { unitId: unit.id, record: unit };
}

/**
 * Registers a new innovation of a unit, starting from its problem (`innovation.create`;
 * `ctx.record` is the unit), with its event.
 */
export async function registerInnovation(
  ctx: AuthedContext & { readonly record: Unit },
  input: InnovationCreateInput,
): Promise<Innovation> {
  const now = ctx.now();
  const innovation = createInnovation(input, {
    id: randomUUID(),
    actorUserId: ctx.auth.user.id,
    now,
  });
  await ctx.db.transaction().execute(async (trx) => {
    await insertInnovation(trx, innovation);
    await appendEvent(trx, {
      occurredAt: now,
      regionId: ctx.record.regionId,
      actorUserId: ctx.auth.user.id,
      actorAddress: ctx.clientAddress,
      entityType: 'innovation',
      entityId: innovation.id,
      action: 'innovation.created',
      after: { title: innovation.title, stage: innovation.stage, unitId: innovation.unitId },
    });
  });
  return innovation;
}
