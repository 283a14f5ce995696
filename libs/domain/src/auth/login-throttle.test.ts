import { describe, expect, it } from 'vitest';
import { evaluateLoginThrottle } from './login-throttle';

const minute = 60 * 1000;
const now = new Date('2026-03-02T10:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('evaluateLoginThrottle', () => {
  it('allows nine failures in the window and refuses at the tenth', () => {
    const nine = Array.from({ length: 9 }, (_, i) => ago(i * minute));
    expect(evaluateLoginThrottle(nine, now)).toEqual({ allowed: true });
    const ten = [...nine, ago(9 * minute)];
    expect(evaluateLoginThrottle(ten, now).allowed).toBe(false);
  });

  it('says when the next attempt is allowed: when the tenth most recent failure leaves the window', () => {
    const ten = Array.from({ length: 10 }, (_, i) => ago(i * minute)); // oldest 9 minutes ago
    expect(evaluateLoginThrottle(ten, now)).toEqual({ allowed: false, retryAfterMs: 6 * minute });
  });

  it('ignores failures older than 15 minutes, and one exactly 15 minutes old', () => {
    const old = Array.from({ length: 10 }, () => ago(15 * minute));
    expect(evaluateLoginThrottle(old, now)).toEqual({ allowed: true });
  });

  it('allows with no failures at all', () => {
    expect(evaluateLoginThrottle([], now)).toEqual({ allowed: true });
  });
});
