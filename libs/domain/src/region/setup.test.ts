import { describe, expect, it } from 'vitest';
import {
  coordinatorPasswordRefusal,
  setupCompleteInputSchema,
  setupRefusal,
  setupStatusOf,
  setupTokenExpiry,
  setupTokenState,
} from './setup';

const now = new Date('2026-12-03T08:00:00.000Z');

describe('setupTokenState', () => {
  it('is valid until just before its expiry, expired from then on, unknown without a record', () => {
    const expiresAt = setupTokenExpiry(now);
    expect(expiresAt.toISOString()).toBe('2026-12-04T08:00:00.000Z');
    expect(setupTokenState({ expiresAt }, new Date(expiresAt.getTime() - 1))).toBe('valid');
    expect(setupTokenState({ expiresAt }, expiresAt)).toBe('expired');
    expect(setupTokenState(undefined, now)).toBe('unknown');
  });
});

describe('setupRefusal', () => {
  it('lets a valid token set up a deployment without a region', () => {
    expect(setupRefusal(false, 'valid')).toBeNull();
  });

  it('refuses once a region exists, whatever the token', () => {
    for (const token of ['valid', 'expired', 'unknown'] as const) {
      const refusal = setupRefusal(true, token);
      expect(refusal?.code).toBe('CONFLICT');
      expect(refusal?.details).toEqual({ reason: 'already_set_up' });
    }
  });

  it('refuses an unknown or used token and an expired one, each with its reason', () => {
    expect(setupRefusal(false, 'unknown')).toMatchObject({
      code: 'NOT_FOUND',
      details: { reason: 'setup_token_invalid' },
    });
    expect(setupRefusal(false, 'expired')).toMatchObject({
      code: 'NOT_FOUND',
      details: { reason: 'setup_token_expired' },
    });
  });
});

describe('setupStatusOf', () => {
  it('says what the wizard must show', () => {
    expect(setupStatusOf(true, 'valid')).toEqual({
      needed: false,
      tokenValid: false,
      tokenProblem: null,
    });
    expect(setupStatusOf(false, 'valid')).toEqual({
      needed: true,
      tokenValid: true,
      tokenProblem: null,
    });
    expect(setupStatusOf(false, 'expired').tokenProblem).toBe('setup_token_expired');
    expect(setupStatusOf(false, 'unknown').tokenProblem).toBe('setup_token_invalid');
  });
});

describe('coordinatorPasswordRefusal', () => {
  it('names the problems of a weak password, on the coordinator password field', () => {
    expect(coordinatorPasswordRefusal('pendek', 'a@b.test')?.details).toEqual({
      reason: 'password_policy',
      field: 'coordinator.password',
      problems: ['too_short'],
    });
    expect(
      coordinatorPasswordRefusal('tim.smartcity@sumedang.test', 'Tim.SmartCity@sumedang.test')
        ?.details?.problems,
    ).toEqual(['same_as_email']);
    expect(coordinatorPasswordRefusal('Sumedang-Tandang-2026', 'a@b.test')).toBeNull();
  });
});

describe('setupCompleteInputSchema', () => {
  it('takes the token, the region and the coordinator, lower-casing the email', () => {
    const parsed = setupCompleteInputSchema.parse({
      token: 'abc',
      region: {
        name: 'Kabupaten Sumedang',
        kind: 'kabupaten',
        province: 'Jawa Barat',
        code: '32.11',
      },
      coordinator: {
        name: 'Tim Smart City',
        email: 'Tim@Sumedangkab.go.id',
        password: 'Sumedang-Tandang-2026',
      },
    });
    expect(parsed.coordinator.email).toBe('tim@sumedangkab.go.id');
    expect(parsed.region.branding).toBeNull();
  });

  it('refuses a wrong region code and a short password by field', () => {
    const result = setupCompleteInputSchema.safeParse({
      token: 'abc',
      region: {
        name: 'Kabupaten Sumedang',
        kind: 'kabupaten',
        province: 'Jawa Barat',
        code: '3211',
      },
      coordinator: { name: 'Tim', email: 'tim@sumedangkab.go.id', password: 'pendek' },
    });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'coordinator.password',
      'region.code',
    ]);
  });
});
