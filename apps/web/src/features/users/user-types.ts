import type { UserListResponse } from '@smartcity/api';

/** A user as `user.list` answers them (with the unit's name). */
export type UserWithUnitDto = UserListResponse['items'][number];
