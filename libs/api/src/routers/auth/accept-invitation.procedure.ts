import { acceptInvitationInputSchema } from '@smartcity/domain';
import { acceptInvitation } from '../../services/auth/accept-invitation';
import type { Me } from '../../services/auth/me';
import { publicProcedure } from '../../trpc';

/**
 * `auth.acceptInvitation` (public): the person sets their own password through a valid link.
 * In one transaction the link is used (one conditional update: of concurrent uses exactly one
 * wins, the others get `token_used`), the password is set (their own: no temporary
 * credentials), the account's other sessions end, a new session starts (its cookie), and the
 * acceptance and the login are recorded. Answers the user as `auth.me` does.
 */
export const acceptInvitationProcedure = publicProcedure
  .input(acceptInvitationInputSchema)
  .mutation(({ ctx, input }): Promise<Me> => acceptInvitation(ctx, input));
