import { DomainError, userActivationInputSchema, type User } from '@smartcity/domain';
import { deleteUserSessions, updateUser } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { recordUserChange } from '../../services/user/user-event';

/** `user.deactivate` (coordinators): the user can no longer log in; their sessions end now. */
export const deactivateProcedure = roleProcedure('coordinator')
  .input(userActivationInputSchema)
  .mutation(async ({ ctx, input }): Promise<User> => {
    if (input.id === ctx.auth.user.id) {
      throw new DomainError('VALIDATION', 'You cannot deactivate your own account', {
        field: 'id',
      });
    }
    return ctx.db.transaction().execute(async (trx) => {
      const { before, after } = await updateUser(
        trx,
        input.id,
        input.version,
        { active: false },
        ctx.now(),
      );
      await deleteUserSessions(trx, input.id);
      await recordUserChange(trx, ctx, 'user.deactivated', after, { before, after });
      return after;
    });
  });

/** `user.activate` (coordinators): a deactivated user may log in again. */
export const activateProcedure = roleProcedure('coordinator')
  .input(userActivationInputSchema)
  .mutation(({ ctx, input }): Promise<User> =>
    ctx.db.transaction().execute(async (trx) => {
      const { before, after } = await updateUser(
        trx,
        input.id,
        input.version,
        { active: true },
        ctx.now(),
      );
      await recordUserChange(trx, ctx, 'user.activated', after, { before, after });
      return after;
    }),
  );
