import { describe, expect, it } from 'vitest';
import { isSessionAlive, sessionExpiresAt, sessionPolicy } from './session-policy';

const hour = 60 * 60 * 1000;
const t0 = new Date('2026-03-02T00:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('isSessionAlive', () => {
  it('ends a session idle for exactly 8 hours, not one idle a moment less', () => {
    const session = { createdAt: t0, lastSeenAt: t0 };
    expect(isSessionAlive(session, at(8 * hour - 1))).toBe(true);
    expect(isSessionAlive(session, at(8 * hour))).toBe(false);
  });

  it('ends an active session 7 days after login', () => {
    const session = { createdAt: t0, lastSeenAt: at(7 * 24 * hour - 1000) };
    expect(isSessionAlive(session, at(7 * 24 * hour - 1))).toBe(true);
    expect(isSessionAlive(session, at(7 * 24 * hour))).toBe(false);
  });
});

describe('sessionExpiresAt', () => {
  it('is the earlier of idle and absolute expiry', () => {
    expect(sessionExpiresAt({ createdAt: t0, lastSeenAt: t0 })).toEqual(
      at(sessionPolicy.idleTimeoutMs),
    );
    const late = { createdAt: t0, lastSeenAt: at(7 * 24 * hour - hour) };
    expect(sessionExpiresAt(late)).toEqual(at(sessionPolicy.absoluteLifetimeMs));
  });
});
