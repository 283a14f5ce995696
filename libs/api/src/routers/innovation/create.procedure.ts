import { randomUUID } from 'node:crypto';
import {
  createInnovation,
  DomainError,
  inactiveUnitRefusal,
  innovationCreateInputSchema,
  type Innovation,
} from '@smartcity/domain';
import { appendEvent, findUnitById, insertInnovation } from '@smartcity/db';
import { unitProcedure } from '../../trpc';

/**
 * `innovation.create`: a new innovation of a unit, starting from its problem. Unit staff and
 * heads create for their own unit; coordinators for any.
 */
export const createProcedure = unitProcedure(innovationCreateInputSchema, async (ctx, input) => {
  const unit = await findUnitById(ctx.db, input.unitId);
  if (!unit) throw new DomainError('VALIDATION', 'Unit not found', { field: 'unitId' });
  const refusal = inactiveUnitRefusal(unit, 'unitId');
  if (refusal) throw refusal;
  return { unitId: unit.id, record: unit };
}).mutation(async ({ ctx, input }): Promise<Innovation> => {
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
});
