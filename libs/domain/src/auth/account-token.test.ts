import { describe, expect, it } from 'vitest';
import {
  acceptInvitationInputSchema,
  accountTokenExpiry,
  accountTokenLifetimeMs,
  accountTokenRefusal,
  accountTokenSchema,
  accountTokenStatus,
  invitationLookupInputSchema,
} from './account-token';

const now = new Date('2026-03-02T09:00:00.000Z');
const token = 'A'.repeat(40) + '-_9';

describe('accountTokenExpiry', () => {
  it('keeps an invitation for 72 hours', () => {
    expect(accountTokenLifetimeMs.invitation).toBe(72 * 60 * 60 * 1000);
    expect(accountTokenExpiry('invitation', now).toISOString()).toBe('2026-03-05T09:00:00.000Z');
  });
});

describe('accountTokenStatus', () => {
  const stored = { purpose: 'invitation', expiresAt: '2026-03-05T09:00:00.000Z', usedAt: null };

  it('is valid before the expiry, and expired from the expiry on', () => {
    expect(accountTokenStatus(stored, 'invitation', now)).toBe('valid');
    expect(accountTokenStatus(stored, 'invitation', new Date('2026-03-05T08:59:59.999Z'))).toBe(
      'valid',
    );
    expect(accountTokenStatus(stored, 'invitation', new Date('2026-03-05T09:00:00.000Z'))).toBe(
      'expired',
    );
  });

  it('is used once used, expired or not', () => {
    const used = { ...stored, usedAt: '2026-03-03T10:00:00.000Z' };
    expect(accountTokenStatus(used, 'invitation', now)).toBe('used');
    expect(accountTokenStatus(used, 'invitation', new Date('2027-01-01T00:00:00Z'))).toBe('used');
  });

  it('is unknown without a token, or for another purpose', () => {
    expect(accountTokenStatus(undefined, 'invitation', now)).toBe('unknown');
    expect(accountTokenStatus(stored, 'password_reset', now)).toBe('unknown');
  });
});

describe('accountTokenRefusal', () => {
  it('refuses every status but valid, each with its reason', () => {
    expect(accountTokenRefusal('valid')).toBeNull();
    expect(accountTokenRefusal('used')).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'token_used' },
    });
    expect(accountTokenRefusal('expired')).toMatchObject({
      code: 'NOT_ALLOWED',
      details: { reason: 'token_expired' },
    });
    expect(accountTokenRefusal('unknown')).toMatchObject({
      code: 'NOT_FOUND',
      details: { reason: 'token_unknown' },
    });
  });
});

describe('accountTokenSchema and the invitation inputs', () => {
  it('accept a 43-character URL-safe token only', () => {
    expect(accountTokenSchema.safeParse(token).success).toBe(true);
    for (const bad of ['', token.slice(1), `${token}A`, `${token.slice(1)}=`, `${token.slice(1)}+`])
      expect(accountTokenSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('check the password policy on acceptance and refuse unknown fields', () => {
    expect(invitationLookupInputSchema.safeParse({ token }).success).toBe(true);
    expect(invitationLookupInputSchema.safeParse({ token, email: 'x@y.z' }).success).toBe(false);
    expect(
      acceptInvitationInputSchema.safeParse({ token, password: 'kata-sandi-panjang' }).success,
    ).toBe(true);
    expect(acceptInvitationInputSchema.safeParse({ token, password: 'pendek' }).success).toBe(
      false,
    );
  });
});
