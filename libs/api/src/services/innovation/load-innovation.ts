import { DomainError, roundLockRefusal, type Innovation } from '@smartcity/domain';
import { conflictError, findActiveRoundOfInnovation, findInnovationById } from '@smartcity/db';
import type { AuthedContext, UnitScoped } from '../../trpc';
import type { Context } from '../../context';
import { canReadInnovation } from '../auth/request-access';

/** The innovation with this id, or `NOT_FOUND`. */
export async function loadInnovation(ctx: Context, id: string): Promise<Innovation> {
  const innovation = await findInnovationById(ctx.db, id);
  if (!innovation) throw new DomainError('NOT_FOUND', 'Innovation not found', { id });
  return innovation;
}

/**
 * The innovation with this id if the caller may read it: every logged-in user reads every
 * innovation, the public the published ones; `NOT_FOUND` otherwise (not revealing it exists).
 */
export async function loadReadableInnovation(ctx: Context, id: string): Promise<Innovation> {
  const innovation = await loadInnovation(ctx, id);
  const session = await ctx.session();
  if (!canReadInnovation(session, innovation)) {
    throw new DomainError('NOT_FOUND', 'Innovation not found', { id });
  }
  return innovation;
}

/** The resolver of innovation procedures: the innovation's unit, and the innovation itself. */
export async function innovationScope(
  ctx: AuthedContext,
  input: { readonly id: string },
): Promise<UnitScoped<Innovation>> {
  const innovation = await loadInnovation(ctx, input.id);
  return { unitId: innovation.unitId, record: innovation };
}

/**
 * Refuses to let an innovation leave evaluation, or its evaluation section be written, while a
 * round runs for it (the domain's `roundLockRefusal`).
 */
export async function assertNoRunningRound(ctx: Context, innovation: Innovation): Promise<void> {
  if (innovation.stage !== 'evaluation') return;
  const refusal = roundLockRefusal(
    innovation,
    await findActiveRoundOfInnovation(ctx.db, innovation.id),
  );
  if (refusal) throw refusal;
}

/** Refuses a change made from a stale read: `CONFLICT` naming who changed it and when. */
export async function assertCurrentVersion(
  ctx: Context,
  innovation: Innovation,
  version: number,
): Promise<void> {
  if (innovation.version !== version) throw await conflictError(ctx.db, innovation.id);
}
