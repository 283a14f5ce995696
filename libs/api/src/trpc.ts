import { initTRPC, TRPCError } from '@trpc/server';
import {
  canActForUnit,
  DomainError,
  hasRole,
  hasUnstorableText,
  temporaryCredentialsRefusal,
  type Role,
} from '@smartcity/domain';
import type { z } from 'zod';
import type { AuthState, Context } from './context';
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

/** Domain errors thrown anywhere below become their transport codes here, once for all. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw fromDomainError(result.error);
  return result;
});

/** The header every mutation must carry: the SPA sets it; a cross-site form cannot. */
export const csrfHeader = 'x-csrf';

/** CSRF: mutations without `x-csrf: 1` are refused before anything else runs. */
const requireCsrfHeaderOnMutations = t.middleware(({ ctx, type, next }) => {
  if (type === 'mutation' && ctx.headers[csrfHeader] !== '1') {
    throw new TRPCError({ code: 'FORBIDDEN', message: `Missing the ${csrfHeader} header` });
  }
  return next();
});

/** True when any string in the value (keys included) is text the database cannot store. */
function containsUnstorableText(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return hasUnstorableText(value);
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(
    ([key, item]) => hasUnstorableText(key) || containsUnstorableText(item, depth + 1),
  );
}

/**
 * Malformed text (NUL characters, lone surrogates) is refused for every procedure at once, before
 * any schema: PostgreSQL cannot store it, and no valid input contains it.
 */
const refuseUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  // An unreadable body is the input parser's to refuse (procedures without input never read it).
  const raw: unknown = await getRawInput().catch(() => undefined);
  if (containsUnstorableText(raw)) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'The input contains characters that are not valid text',
    });
  }
  return next();
});

/**
 * The procedures a user whose password someone else set may call before choosing their own
 * (`auth.changePassword`): who they are, logging out, the calls that never act with the
 * session's rights but replace it (logging in, an invitation link), and the region's profile that
 * the login and password pages show to anyone.
 */
export const openWithTemporaryCredentials: ReadonlySet<string> = new Set([
  'auth.me',
  'region.get',
  'auth.logout',
  'auth.changePassword',
  'auth.login',
  'auth.invitation',
  'auth.acceptInvitation',
]);

/**
 * While the session's user has temporary credentials, every other procedure is refused
 * (`NOT_ALLOWED`, reason `password_change_required`), public ones included: the first thing such
 * a user does is choose a new password.
 */
const refuseWhileCredentialsTemporary = t.middleware(async ({ ctx, path, next }) => {
  if (!openWithTemporaryCredentials.has(path)) {
    const lookup = await ctx.session();
    const refusal =
      lookup.status === 'valid' ? temporaryCredentialsRefusal(lookup.auth.user) : null;
    if (refusal) throw refusal;
  }
  return next();
});

/** A procedure anyone may call, logged in or not. */
export const publicProcedure = t.procedure
  .use(mapDomainErrors)
  .use(requireCsrfHeaderOnMutations)
  .use(refuseUnstorableText)
  .use(refuseWhileCredentialsTemporary);

/** Refuses callers without a valid session (`UNAUTHORIZED`, saying whether a session ended). */
const requireSession = t.middleware(async ({ ctx, next }) => {
  const lookup = await ctx.session();
  if (lookup.status !== 'valid') {
    const ended = lookup.status === 'ended';
    throw new DomainError('UNAUTHENTICATED', ended ? 'Your session has ended' : 'Not logged in', {
      reason: ended ? 'session_ended' : 'not_logged_in',
    });
  }
  return next({ ctx: { auth: lookup.auth } });
});

/** A procedure for logged-in users; `ctx.auth` holds the user and the actor. */
export const authedProcedure = publicProcedure.use(requireSession);

/** The context of an authed procedure. */
export type AuthedContext = Context & { readonly auth: AuthState };

/** A procedure for logged-in users with one of the roles (`FORBIDDEN` otherwise). */
export function roleProcedure(...allowed: readonly Role[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!hasRole(ctx.auth.actor, allowed)) {
      throw new DomainError('NOT_ALLOWED', 'Your role may not do this', { allowed: [...allowed] });
    }
    return next();
  });
}

/** The roles that may change unit records (each for their own unit; coordinators for all). */
export const unitWriterRoles: readonly Role[] = ['unit_staff', 'unit_head', 'coordinator'];

/** What a unit-scoped procedure's resolver answers: the record's unit, and the record itself. */
export type UnitScoped<TRecord> = { readonly unitId: string; readonly record: TRecord };

/**
 * A procedure that changes a record belonging to a unit. It declares, with `resolve`, which unit
 * the input's record belongs to (loading the record when needed: `NOT_FOUND` is the resolver's to
 * throw); the middleware then refuses actors who may not act for that unit, so no procedure makes
 * its own ad-hoc check. The resolver's answer is in `ctx.unitId` and `ctx.record`.
 */
export function unitProcedure<TSchema extends z.ZodType, TRecord>(
  schema: TSchema,
  resolve: (ctx: AuthedContext, input: z.output<TSchema>) => Promise<UnitScoped<TRecord>>,
  allowed: readonly Role[] = unitWriterRoles,
) {
  return roleProcedure(...allowed)
    .input(schema)
    .use(async ({ ctx, input, next }) => {
      const { unitId, record } = await resolve(ctx, input as z.output<TSchema>);
      if (!canActForUnit(ctx.auth.actor, unitId)) {
        throw new DomainError('NOT_ALLOWED', 'This record belongs to another unit', { unitId });
      }
      return next({ ctx: { unitId, record } });
    });
}
