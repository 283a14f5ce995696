import { z } from 'zod';

/** The login page's URL: where to go after logging in, and whether a session just ended. */
export const loginSearchSchema = z.object({
  // Only paths within the app: an open redirect to another site is refused.
  redirect: z
    .string()
    .regex(/^\/(?!\/)/)
    .optional()
    .catch(undefined),
  expired: z.boolean().optional().catch(undefined),
});

/** The parsed login URL. */
export type LoginSearch = z.infer<typeof loginSearchSchema>;
