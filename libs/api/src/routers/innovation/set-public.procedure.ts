import {
  canSetPublic,
  DomainError,
  setPublicInputSchema,
  setPublished,
  type Innovation,
} from '@smartcity/domain';
import { appendEvent, saveInnovation } from '@smartcity/db';
import { unitProcedure } from '../../trpc';
import { assertCurrentVersion, innovationScope } from '../../services/innovation/load-innovation';

/** `innovation.setPublic`: publishes or unpublishes (unit head of the unit, or a coordinator). */
export const setPublicProcedure = unitProcedure(setPublicInputSchema, innovationScope).mutation(
  async ({ ctx, input }): Promise<Innovation> => {
    const innovation = ctx.record;
    await assertCurrentVersion(ctx, innovation, input.version);
    if (!canSetPublic(innovation, ctx.auth.actor)) {
      throw new DomainError(
        'NOT_ALLOWED',
        'Only the unit head or a coordinator publishes an innovation',
      );
    }
    const now = ctx.now();
    const next = setPublished(innovation, input.isPublic, { actorUserId: ctx.auth.user.id, now });
    await ctx.db.transaction().execute(async (trx) => {
      await saveInnovation(trx, next, innovation.version, []);
      await appendEvent(trx, {
        occurredAt: now,
        actorUserId: ctx.auth.user.id,
        actorAddress: ctx.clientAddress,
        entityType: 'innovation',
        entityId: innovation.id,
        action: input.isPublic ? 'innovation.published' : 'innovation.unpublished',
        before: { isPublic: innovation.isPublic },
        after: { isPublic: input.isPublic },
      });
    });
    return next;
  },
);
