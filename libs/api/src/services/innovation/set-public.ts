import {
  canSetPublic,
  DomainError,
  setPublished,
  type Innovation,
  type setPublicInputSchema,
} from '@smartcity/domain';
import { appendEvent, saveInnovation } from '@smartcity/db';
import type { z } from 'zod';
import type { AuthedContext } from '../../trpc';
import { assertCurrentVersion } from './load-innovation';

/**
 * Publishes or unpublishes an innovation (`innovation.setPublic`; `ctx.record` is the
 * innovation): the unit head of its unit, or a coordinator.
 */
export async function setInnovationPublic(
  ctx: AuthedContext & { readonly record: Innovation },
  input: z.output<typeof setPublicInputSchema>,
): Promise<Innovation> {
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
    await saveInnovation(trx, { next, expectedVersion: innovation.version, sections: [] });
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
}
