/** How many failed logins are allowed in how long, per account and per client address. */
export type LoginThrottlePolicy = {
  readonly maxFailures: number;
  readonly windowMs: number;
};

/** The product's policy: 10 failures in 15 minutes, then wait. */
export const loginThrottlePolicy: LoginThrottlePolicy = {
  maxFailures: 10,
  windowMs: 15 * 60 * 1000,
};

/** The verdict on a login attempt. */
export type LoginThrottleVerdict =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number };

/**
 * Decides whether another login attempt may be made, given the times of the recent failures
 * (of the account, or of the address; the caller asks for each). Refused once `maxFailures`
 * failures fall inside the window; allowed again when the oldest of them leaves it.
 */
export function evaluateLoginThrottle(
  failures: readonly Date[],
  now: Date,
  policy: LoginThrottlePolicy = loginThrottlePolicy,
): LoginThrottleVerdict {
  const since = now.getTime() - policy.windowMs;
  const recent = failures
    .map((d) => d.getTime())
    .filter((t) => t > since && t <= now.getTime())
    .sort((a, b) => b - a);
  if (recent.length < policy.maxFailures) return { allowed: true };
  // The attempt is allowed again when fewer than maxFailures remain inside the window, that is
  // when the maxFailures-th most recent failure leaves it.
  const pivot = recent[policy.maxFailures - 1] ?? now.getTime();
  return { allowed: false, retryAfterMs: Math.max(1, pivot + policy.windowMs - now.getTime()) };
}
