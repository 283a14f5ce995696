import { userActivationInputSchema, type User } from '@smartcity/domain';
import { roleProcedure } from '../../trpc';
import { activateUser, deactivateUser } from '../../services/user/user-activation';

/** `user.deactivate` (coordinators): the user can no longer log in; their sessions end now. */
export const deactivateProcedure = roleProcedure('coordinator')
  .input(userActivationInputSchema)
  .mutation(({ ctx, input }): Promise<User> => deactivateUser(ctx, input));

/** `user.activate` (coordinators): a deactivated user may log in again. */
export const activateProcedure = roleProcedure('coordinator')
  .input(userActivationInputSchema)
  .mutation(({ ctx, input }): Promise<User> => activateUser(ctx, input));
