import { optionalParam, z } from '../common/search-params';

/** The login page's URL: where to go after logging in, and whether a session just ended. */
export const loginSearchSchema = z.object({
  // Only paths within the app: an open redirect to another site is refused.
  redirect: optionalParam(z.string().check(z.regex(/^\/(?!\/)/))),
  expired: optionalParam(z.boolean()),
});

/** The parsed login URL. */
export type LoginSearch = z.infer<typeof loginSearchSchema>;
