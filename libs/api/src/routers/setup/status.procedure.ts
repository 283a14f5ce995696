import { setupStatusInputSchema, type SetupStatus } from '@smartcity/domain';
import { setupStatus } from '../../services/setup/setup-service';
import { publicProcedure } from '../../trpc';

/**
 * `setup.status` (anyone: the wizard asks before it shows its form): whether the deployment
 * still needs its setup (no region yet) and whether the link's token is valid now, and if not
 * why (`setup_token_invalid`: unknown or used; `setup_token_expired`).
 */
export const statusProcedure = publicProcedure
  .input(setupStatusInputSchema)
  .query(({ ctx, input }): Promise<SetupStatus> => setupStatus(ctx.db, input.token, ctx.now()));
