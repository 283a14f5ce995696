import { userListInputSchema, type Role, type UserListInput } from '@smartcity/domain';
import { listUsers, type UserFilter, type UserWithUnit } from '@smartcity/db';
import { roleProcedure } from '../../trpc';

/** The answer of `user.list`. */
export type UserListResponse = { readonly items: UserWithUnit[]; readonly total: number };

/** Who reads the users list (and its export): coordinators. */
export const userListReaders: readonly Role[] = ['coordinator'];

/** The repository filter of `user.list`'s input (shared with its export). */
export function userFilterOf(input: UserListInput): UserFilter {
  const search = input?.search?.trim();
  return {
    search: search ? search : null,
    role: input?.role ?? null,
    unitId: input?.unitId ?? null,
    includeInactive: input?.includeInactive ?? false,
  };
}

/** `user.list` (coordinators): users with their unit; search by name, email or NIP; filters. */
export const listProcedure = roleProcedure(...userListReaders)
  .input(userListInputSchema)
  .query(async ({ ctx, input }): Promise<UserListResponse> => {
    const items = await listUsers(ctx.db, userFilterOf(input));
    return { items, total: items.length };
  });
