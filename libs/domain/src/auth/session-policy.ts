/** How long sessions live. */
export type SessionPolicy = {
  /** A session unused for this long ends. */
  readonly idleTimeoutMs: number;
  /** A session ends this long after login, however active. */
  readonly absoluteLifetimeMs: number;
};

/** The product's policy: 8 hours idle, 7 days at most. */
export const sessionPolicy: SessionPolicy = {
  idleTimeoutMs: 8 * 60 * 60 * 1000,
  absoluteLifetimeMs: 7 * 24 * 60 * 60 * 1000,
};

/** The times that decide whether a session is still valid. */
export type SessionTimes = {
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
};

/** True while the session is neither idle too long nor past its absolute lifetime. */
export function isSessionAlive(
  session: SessionTimes,
  now: Date,
  policy: SessionPolicy = sessionPolicy,
): boolean {
  const t = now.getTime();
  return (
    t - session.lastSeenAt.getTime() < policy.idleTimeoutMs &&
    t - session.createdAt.getTime() < policy.absoluteLifetimeMs
  );
}

/** When the session ends if it is not used again (the earlier of idle and absolute expiry). */
export function sessionExpiresAt(
  session: SessionTimes,
  policy: SessionPolicy = sessionPolicy,
): Date {
  return new Date(
    Math.min(
      session.lastSeenAt.getTime() + policy.idleTimeoutMs,
      session.createdAt.getTime() + policy.absoluteLifetimeMs,
    ),
  );
}
