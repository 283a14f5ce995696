import type { Kysely } from 'kysely';
import type { Database } from '@smartcity/db';

/** What the API needs from the process that hosts it: created once at start-up. */
export type ApiDependencies = {
  readonly db: Kysely<Database>;
  /** The clock; tests pass a fixed one. */
  readonly now: () => Date;
};

/** What the transport knows about one request. */
export type RequestInfo = {
  /** The client's address as the HTTP layer resolved it (honouring `trust proxy`), if known. */
  readonly clientAddress: string | null;
  /** Request headers, lower-case names. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
};

/** The context every procedure receives. */
export type Context = ApiDependencies & RequestInfo;

/** Builds the context of one request. Kept transport-neutral: Express is wired in `apps/api`. */
export function createContext(deps: ApiDependencies, request: RequestInfo): Context {
  return { ...deps, ...request };
}
