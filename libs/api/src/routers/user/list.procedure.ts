import { userListInputSchema } from '@smartcity/domain';
import { roleProcedure } from '../../trpc';
import { userList, userListReaders, type UserListResponse } from '../../services/user/user-list';

export type { UserListItem, UserListResponse } from '../../services/user/user-list';

/** `user.list` (coordinators): users with their unit; search by name, email or NIP; filters. */
export const listProcedure = roleProcedure(...userListReaders)
  .input(userListInputSchema)
  .query(({ ctx, input }): Promise<UserListResponse> => userList(ctx, input));
