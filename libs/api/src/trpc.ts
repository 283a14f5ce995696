import { initTRPC } from '@trpc/server';
import type { Context } from './context';
import { errorFormatter, fromDomainError } from './errors/error-map';

/**
 * The one tRPC instance. No data transformer: answers are plain JSON so that any HTTP client can
 * call the API (dates travel as ISO strings).
 */
const t = initTRPC.context<Context>().create({
  errorFormatter,
  // Stacks never leave the server, whatever NODE_ENV says.
  isDev: false,
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Domain errors thrown anywhere below become their transport codes here, once for all. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw fromDomainError(result.error);
  return result;
});

/** A procedure anyone may call, logged in or not. */
export const publicProcedure = t.procedure.use(mapDomainErrors);
