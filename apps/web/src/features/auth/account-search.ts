import { optionalParam, z } from '../common/search-params';

/** The password page's URL: where to go once the user chose their own password. */
export const firstPasswordSearchSchema = z.object({
  // Only paths within the app: an open redirect to another site is refused.
  redirect: optionalParam(z.string().check(z.regex(/^\/(?!\/)/))),
});

/** The parsed URL of the password page. */
export type FirstPasswordSearch = z.infer<typeof firstPasswordSearchSchema>;

/** The invitation page's URL: `/undangan?token=…` (the link a coordinator handed over). */
export const invitationSearchSchema = z.object({
  token: optionalParam(z.string().check(z.maxLength(200))),
});

/** The parsed URL of the invitation page. */
export type InvitationSearch = z.infer<typeof invitationSearchSchema>;
