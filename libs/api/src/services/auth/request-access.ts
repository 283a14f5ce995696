import { DomainError, temporaryCredentialsRefusal, type Innovation } from '@smartcity/domain';
import type { ApiDependencies, RequestInfo, SessionLookup } from '../../context-types';
import { csrfHeader } from '../../trpc';
import { resolveSession } from './session-service';

// The checks of the plain HTTP routes (apps/api: files, documents, exports, imports, the
// region's emblem), which do not pass through tRPC's middlewares: the session, the CSRF header,
// and who may read an innovation. Procedures get the same checks from `trpc.ts`.

/**
 * The session of a plain HTTP request (file and document routes). A user with temporary
 * credentials is refused here as every procedure refuses them (`password_change_required`).
 */
export async function lookupHttpSession(
  deps: ApiDependencies,
  request: RequestInfo,
): Promise<SessionLookup> {
  const lookup = await resolveSession(deps, request.cookies);
  const refusal = lookup.status === 'valid' ? temporaryCredentialsRefusal(lookup.auth.user) : null;
  if (refusal) throw refusal;
  return lookup;
}

/**
 * The logged-in user of a plain HTTP request (file and document routes), or `UNAUTHENTICATED`
 * ("Your session has ended" for an expired or revoked session).
 */
export async function requireUser(deps: ApiDependencies, request: RequestInfo) {
  const lookup = await lookupHttpSession(deps, request);
  if (lookup.status !== 'valid') {
    throw new DomainError(
      'UNAUTHENTICATED',
      lookup.status === 'ended' ? 'Your session has ended' : 'Not logged in',
    );
  }
  return lookup.auth;
}

/**
 * CSRF for a plain HTTP request that changes something: without `x-csrf: 1` it is refused
 * (`NOT_ALLOWED`, reason `csrf`), as tRPC refuses such mutations.
 */
export function requireCsrfHeader(request: Pick<RequestInfo, 'headers'>): void {
  if (request.headers[csrfHeader] !== '1') {
    throw new DomainError('NOT_ALLOWED', `Missing the ${csrfHeader} header`, { reason: 'csrf' });
  }
}

/**
 * Whether the request's caller may read an innovation: every logged-in user reads every
 * innovation, the public the published ones (what they may not read answers `NOT_FOUND`, not
 * revealing it exists).
 */
export function canReadInnovation(
  lookup: SessionLookup,
  innovation: Pick<Innovation, 'isPublic'>,
): boolean {
  return lookup.status === 'valid' || innovation.isPublic;
}
