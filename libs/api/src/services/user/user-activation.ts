import { DomainError, type User, type userActivationInputSchema } from '@smartcity/domain';
import { deleteUserSessions, updateUser } from '@smartcity/db';
import type { z } from 'zod';
import type { AuthedContext } from '../../trpc';
import { recordUserChange } from './user-event';

type ActivationInput = z.output<typeof userActivationInputSchema>;

/** Deactivates a user (`user.deactivate`): they can no longer log in; their sessions end now. */
export async function deactivateUser(ctx: AuthedContext, input: ActivationInput): Promise<User> {
  if (input.id === ctx.auth.user.id) {
    throw new DomainError('VALIDATION', 'You cannot deactivate your own account', {
      field: 'id',
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const { before, after } = await updateUser(trx, {
      id: input.id,
      expectedVersion: input.version,
      changes: { active: false },
      now: ctx.now(),
    });
    await deleteUserSessions(trx, input.id);
    await recordUserChange(trx, ctx, { action: 'user.deactivated', user: after, before, after });
    return after;
  });
}

/** Activates a deactivated user again (`user.activate`): they may log in again. */
export function activateUser(ctx: AuthedContext, input: ActivationInput): Promise<User> {
  return ctx.db.transaction().execute(async (trx) => {
    const { before, after } = await updateUser(trx, {
      id: input.id,
      expectedVersion: input.version,
      changes: { active: true },
      now: ctx.now(),
    });
    await recordUserChange(trx, ctx, { action: 'user.activated', user: after, before, after });
    return after;
  });
}
