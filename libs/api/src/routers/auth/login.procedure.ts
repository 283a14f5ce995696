import { loginInputSchema } from '@smartcity/domain';
import { login } from '../../services/auth/login-service';
import type { Me } from '../../services/auth/me';
import { publicProcedure } from '../../trpc';

/** `auth.login`: email and password → a session cookie and the user. */
export const loginProcedure = publicProcedure
  .input(loginInputSchema)
  .mutation(({ ctx, input }): Promise<Me> => login(ctx, input));
