import { setupCompleteInputSchema } from '@smartcity/domain';
import type { Me } from '../../services/auth/me';
import { completeSetup } from '../../services/setup/setup-service';
import { publicProcedure } from '../../trpc';

/**
 * `setup.complete` (anyone holding a valid setup link; public, so refusals are never
 * UNAUTHORIZED or FORBIDDEN): creates the region and its first coordinator, consumes every setup
 * token and logs the coordinator in (a session cookie, and the user as `auth.me` answers).
 * Refusals: `CONFLICT` `already_set_up` once a region exists; `NOT_FOUND` `setup_token_invalid`
 * (unknown or used token) or `setup_token_expired`; `VALIDATION` `password_policy`; `CONFLICT`
 * with field `email` when the email is in use. A refusal changes nothing.
 */
export const completeProcedure = publicProcedure
  .input(setupCompleteInputSchema)
  .mutation(({ ctx, input }): Promise<Me> => completeSetup(ctx, input));
