import { createHash, randomBytes } from 'node:crypto';

/** The name of the session cookie. */
export const sessionCookieName = 'sc_session';

/** A new session token: 256 random bits, URL-safe. Only the client ever holds it. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The session's id in the database: the SHA-256 of the token, so a copy of the database yields no session. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** True when a cookie value has the shape of a token (anything else is not looked up). */
export function looksLikeToken(value: string | undefined): value is string {
  return value !== undefined && /^[A-Za-z0-9_-]{43}$/.test(value);
}
