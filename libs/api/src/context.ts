import { resolveSession } from './services/auth/session-service';
import type { ApiDependencies, RequestInfo, SessionLookup } from './context-types';

export type {
  ApiDependencies,
  AuthState,
  CookieJar,
  CookieOptions,
  RequestInfo,
  SessionLookup,
} from './context-types';

/** The context every procedure receives. */
export type Context = ApiDependencies &
  RequestInfo & {
    /** The request's session, looked up on first use and remembered for the request. */
    readonly session: () => Promise<SessionLookup>;
  };

/** Builds the context of one request. Kept transport-neutral: Express is wired in `apps/api`. */
export function createContext(deps: ApiDependencies, request: RequestInfo): Context {
  let lookup: Promise<SessionLookup> | undefined;
  return {
    ...deps,
    ...request,
    session: () => (lookup ??= resolveSession(deps, request.cookies)),
  };
}
