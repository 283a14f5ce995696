import { isSessionAlive, sessionPolicy, type User } from '@smartcity/domain';
import {
  deleteExpiredSessions,
  deleteSession,
  findSessionWithUser,
  insertSession,
  touchSession,
} from '@smartcity/db';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@smartcity/db';
import type { ApiDependencies, CookieJar, CookieOptions, SessionLookup } from '../../context-types';
import { looksLikeToken, newSessionToken, sessionCookieName, sessionIdOf } from './session-token';

// Writing last-seen on every request would turn reads into writes; a minute's precision is
// plenty against an 8-hour idle timeout.
const touchIntervalMs = 60_000;

/** The session cookie's attributes: HttpOnly, SameSite=Lax, Secure when served over HTTPS. */
export function sessionCookieOptions(secure: boolean, maxAgeMs?: number): CookieOptions {
  return {
    httpOnly: true,
    secure,
    sameSite: 'lax',
    path: '/',
    ...(maxAgeMs === undefined ? {} : { maxAgeMs }),
  };
}

/**
 * Looks up the request's session from its cookie: valid while neither idle for 8 hours nor older
 * than 7 days and while the user is active. An ended session is deleted and its cookie cleared.
 */
export async function resolveSession(
  deps: ApiDependencies,
  cookies: CookieJar,
): Promise<SessionLookup> {
  const token = cookies.get(sessionCookieName);
  if (token === undefined) return { status: 'none' };
  const ended = (): SessionLookup => {
    cookies.clear(sessionCookieName, sessionCookieOptions(deps.secureCookies));
    return { status: 'ended' };
  };
  if (!looksLikeToken(token)) return ended();
  const id = sessionIdOf(token);
  const found = await findSessionWithUser(deps.db, id);
  const now = deps.now();
  if (!found) return ended();
  if (!found.user.active || !isSessionAlive(found.session, now)) {
    await deleteSession(deps.db, id);
    return ended();
  }
  if (now.getTime() - found.session.lastSeenAt.getTime() >= touchIntervalMs) {
    await touchSession(deps.db, id, now);
  }
  const { user } = found;
  return {
    status: 'valid',
    auth: { sessionId: id, user, actor: { userId: user.id, role: user.role, unitId: user.unitId } },
  };
}

/**
 * Starts a new session for the user inside the login transaction and sets its cookie. Any
 * session the request came with is deleted first (rotation at login), and the user's expired
 * sessions are cleaned up.
 */
export async function startSession(
  trx: Kysely<Database> | Transaction<Database>,
  deps: ApiDependencies,
  session: {
    readonly request: {
      readonly cookies: CookieJar;
      readonly clientAddress: string | null;
      readonly userAgent: string | null;
    };
    readonly user: User;
  },
): Promise<void> {
  const { request, user } = session;
  const now = deps.now();
  const previous = request.cookies.get(sessionCookieName);
  if (looksLikeToken(previous)) await deleteSession(trx, sessionIdOf(previous));
  await deleteExpiredSessions(
    trx,
    new Date(now.getTime() - sessionPolicy.idleTimeoutMs),
    new Date(now.getTime() - sessionPolicy.absoluteLifetimeMs),
  );
  const token = newSessionToken();
  await insertSession(
    trx,
    {
      id: sessionIdOf(token),
      userId: user.id,
      clientAddress: request.clientAddress,
      userAgent: request.userAgent,
    },
    now,
  );
  request.cookies.set(
    sessionCookieName,
    token,
    sessionCookieOptions(deps.secureCookies, sessionPolicy.absoluteLifetimeMs),
  );
}

/** Ends the request's session, if any, and clears its cookie. */
export async function endSession(deps: ApiDependencies, cookies: CookieJar): Promise<void> {
  const token = cookies.get(sessionCookieName);
  if (looksLikeToken(token)) await deleteSession(deps.db, sessionIdOf(token));
  cookies.clear(sessionCookieName, sessionCookieOptions(deps.secureCookies));
}
