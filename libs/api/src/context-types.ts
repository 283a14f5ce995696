import type { Kysely } from 'kysely';
import type { Actor, User } from '@smartcity/domain';
import type { Database } from '@smartcity/db';
import type { PasswordHasher } from './services/auth/password-hasher';

// The types the request context is made of. They live apart from `context.ts` so that the
// services that build the context (`resolveSession`) can name them without importing the module
// that imports them (no import cycle).

/** What the API needs from the process that hosts it: created once at start-up. */
export type ApiDependencies = {
  readonly db: Kysely<Database>;
  /** The clock; tests pass a fixed one. */
  readonly now: () => Date;
  readonly passwords: PasswordHasher;
  /** Mark cookies `Secure` (the app is served over HTTPS, directly or behind a proxy). */
  readonly secureCookies: boolean;
  /** Days without an event after which an active innovation is stale (default 30). */
  readonly staleDays?: number;
};

/** Cookie attributes the API sets; the transport turns them into a `Set-Cookie` header. */
export type CookieOptions = {
  readonly httpOnly: boolean;
  readonly secure: boolean;
  readonly sameSite: 'lax' | 'strict';
  readonly path: string;
  /** Lifetime in milliseconds; absent for a cookie cleared. */
  readonly maxAgeMs?: number;
};

/** Reading and writing the request's cookies, whatever the transport. */
export type CookieJar = {
  readonly get: (name: string) => string | undefined;
  readonly set: (name: string, value: string, options: CookieOptions) => void;
  readonly clear: (name: string, options: CookieOptions) => void;
};

/** What the transport knows about one request. */
export type RequestInfo = {
  /** The client's address as the HTTP layer resolved it (honouring `trust proxy`), if known. */
  readonly clientAddress: string | null;
  /** Request headers, lower-case names. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly cookies: CookieJar;
};

/** The logged-in user of a request. */
export type AuthState = {
  readonly sessionId: string;
  readonly user: User;
  readonly actor: Actor;
};

/** Whether the request came with a session, and if so whether it is still valid. */
export type SessionLookup =
  | { readonly status: 'none' }
  | { readonly status: 'ended' }
  | { readonly status: 'valid'; readonly auth: AuthState };
