import { userCreateInputSchema } from '@smartcity/domain';
import { roleProcedure } from '../../trpc';
import { createUser, type UserCreateResponse } from '../../services/user/create-user';

export type { UserCreateResponse } from '../../services/user/create-user';

/**
 * `user.create` (coordinators): a new account with either a first password, which the user must
 * change at the first login (someone else chose it), or an invitation link (72 hours, one use)
 * through which the user chooses their own; until then the account has no usable password (the
 * hash of random bytes nobody holds, so a login attempt takes as long as any other).
 */
export const createProcedure = roleProcedure('coordinator')
  .input(userCreateInputSchema)
  .mutation(({ ctx, input }): Promise<UserCreateResponse> => createUser(ctx, input));
