import { userListInputSchema } from '@smartcity/domain';
import { listUsers, pendingAccountTokens, type UserWithUnit } from '@smartcity/db';
import { roleProcedure } from '../../trpc';

/**
 * A user as `user.list` answers them: with their unit and, when an invitation link is still
 * open, when it expires (`temporaryCredentials` says a first change of the password is pending).
 */
export type UserListItem = UserWithUnit & {
  readonly pendingInvitation: { readonly expiresAt: string } | null;
};

/** The answer of `user.list`. */
export type UserListResponse = { readonly items: UserListItem[]; readonly total: number };

/** `user.list` (coordinators): users with their unit; search by name, email or NIP; filters. */
export const listProcedure = roleProcedure('coordinator')
  .input(userListInputSchema)
  .query(async ({ ctx, input }): Promise<UserListResponse> => {
    const search = input?.search?.trim();
    const users = await listUsers(ctx.db, {
      search: search ? search : null,
      role: input?.role ?? null,
      unitId: input?.unitId ?? null,
      includeInactive: input?.includeInactive ?? false,
    });
    const pending = await pendingAccountTokens(
      ctx.db,
      users.map((u) => u.id),
      'invitation',
      ctx.now(),
    );
    const items = users.map((user) => {
      const expiresAt = pending.get(user.id);
      return { ...user, pendingInvitation: expiresAt ? { expiresAt } : null };
    });
    return { items, total: items.length };
  });
