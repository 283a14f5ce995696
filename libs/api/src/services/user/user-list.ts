import type { Role, UserListInput } from '@smartcity/domain';
import { listUsers, pendingAccountTokens, type UserFilter, type UserWithUnit } from '@smartcity/db';
import type { Context } from '../../context';

/**
 * A user as `user.list` answers them: with their unit and, when an invitation link is still
 * open, when it expires (`temporaryCredentials` says a first change of the password is pending).
 */
export type UserListItem = UserWithUnit & {
  readonly pendingInvitation: { readonly expiresAt: string } | null;
};

/** The answer of `user.list`. */
export type UserListResponse = { readonly items: UserListItem[]; readonly total: number };

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

/** The users with their unit and open invitations (`user.list`): search by name, email or NIP. */
export async function userList(ctx: Context, input: UserListInput): Promise<UserListResponse> {
  const users = await listUsers(ctx.db, userFilterOf(input));
  const pending = await pendingAccountTokens(ctx.db, {
    userIds: users.map((u) => u.id),
    purpose: 'invitation',
    now: ctx.now(),
  });
  const items = users.map((user) => {
    const expiresAt = pending.get(user.id);
    return { ...user, pendingInvitation: expiresAt ? { expiresAt } : null };
  });
  return { items, total: items.length };
}
