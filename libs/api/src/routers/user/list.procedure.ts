import { userListInputSchema } from '@smartcity/domain';
import { listUsers, type UserWithUnit } from '@smartcity/db';
import { roleProcedure } from '../../trpc';

/** The answer of `user.list`. */
export type UserListResponse = { readonly items: UserWithUnit[]; readonly total: number };

/** `user.list` (coordinators): users with their unit; search by name, email or NIP; filters. */
export const listProcedure = roleProcedure('coordinator')
  .input(userListInputSchema)
  .query(async ({ ctx, input }): Promise<UserListResponse> => {
    const search = input?.search?.trim();
    const items = await listUsers(ctx.db, {
      search: search ? search : null,
      role: input?.role ?? null,
      unitId: input?.unitId ?? null,
      includeInactive: input?.includeInactive ?? false,
    });
    return { items, total: items.length };
  });
