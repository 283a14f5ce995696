import { describe, expect, it } from 'vitest';
import {
  emailSchema,
  loginInputSchema,
  nipSchema,
  temporaryCredentialsRefusal,
  unitRoleProblems,
  userCreateInputSchema,
} from './user';

const unitId = '6f1c2a4e-8d2b-4c1a-9e3f-0a1b2c3d4e5f';
const base = { name: 'Siti Rahmawati', email: 'Siti@Demo.test', password: 'rahasia-sekali' };

describe('userCreateInputSchema', () => {
  it('lower-cases the email and fills nip and unit with null', () => {
    const parsed = userCreateInputSchema.parse({ ...base, role: 'coordinator' });
    expect(parsed).toEqual({
      ...base,
      email: 'siti@demo.test',
      role: 'coordinator',
      nip: null,
      unitId: null,
    });
  });

  it('requires a unit for unit roles', () => {
    const result = userCreateInputSchema.safeParse({ ...base, role: 'unit_staff' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['unitId']);
    expect(userCreateInputSchema.safeParse({ ...base, role: 'unit_head', unitId }).success).toBe(
      true,
    );
  });

  it('refuses a unit for coordinators and leaders, and allows one for evaluators', () => {
    expect(userCreateInputSchema.safeParse({ ...base, role: 'leader', unitId }).success).toBe(
      false,
    );
    expect(userCreateInputSchema.safeParse({ ...base, role: 'evaluator', unitId }).success).toBe(
      true,
    );
    expect(userCreateInputSchema.safeParse({ ...base, role: 'evaluator' }).success).toBe(true);
  });

  it('refuses a short password, a bad NIP and unknown fields', () => {
    expect(
      userCreateInputSchema.safeParse({ ...base, role: 'leader', password: 'short' }).success,
    ).toBe(false);
    expect(userCreateInputSchema.safeParse({ ...base, role: 'leader', nip: '1234' }).success).toBe(
      false,
    );
    expect(userCreateInputSchema.safeParse({ ...base, role: 'leader', admin: true }).success).toBe(
      false,
    );
  });
});

describe('userCreateInputSchema: the first credentials', () => {
  const person = { name: 'Siti Rahmawati', email: 'siti@demo.test', role: 'leader' };

  it('takes an invitation instead of a password', () => {
    expect(userCreateInputSchema.parse({ ...person, invite: true })).toMatchObject({
      invite: true,
    });
    expect(userCreateInputSchema.parse({ ...person, invite: true })).not.toHaveProperty('password');
  });

  it('needs exactly one of a password and an invitation', () => {
    for (const input of [
      person,
      { ...person, invite: true, password: 'rahasia-sekali' },
      { ...person, invite: false },
    ]) {
      const result = userCreateInputSchema.safeParse(input);
      expect(result.success, JSON.stringify(input)).toBe(false);
    }
    const neither = userCreateInputSchema.safeParse(person);
    expect(neither.error?.issues.map((i) => i.path)).toEqual([['password']]);
  });
});

describe('temporaryCredentialsRefusal', () => {
  it('refuses a user whose password someone else set, with its reason', () => {
    expect(temporaryCredentialsRefusal({ temporaryCredentials: false })).toBeNull();
    expect(temporaryCredentialsRefusal({ temporaryCredentials: true })).toMatchObject({
      code: 'NOT_ALLOWED',
      details: { reason: 'password_change_required' },
    });
  });
});

describe('unitRoleProblems', () => {
  it('checks the role and unit pair after an update', () => {
    expect(unitRoleProblems('unit_staff', null)).toHaveLength(1);
    expect(unitRoleProblems('coordinator', unitId)).toHaveLength(1);
    expect(unitRoleProblems('evaluator', null)).toEqual([]);
  });
});

describe('emailSchema', () => {
  it('normalises and validates', () => {
    expect(emailSchema.parse('  Koordinator@Demo.TEST ')).toBe('koordinator@demo.test');
    expect(emailSchema.safeParse('not-an-email').success).toBe(false);
  });
});

describe('nipSchema', () => {
  it('accepts exactly 18 digits', () => {
    expect(nipSchema.safeParse('198701012010011001').success).toBe(true);
    expect(nipSchema.safeParse('19870101201001100').success).toBe(false);
    expect(nipSchema.safeParse('19870101201001100a').success).toBe(false);
  });
});

describe('loginInputSchema', () => {
  it('accepts any non-empty password so that the policy gives no hints at login', () => {
    expect(loginInputSchema.safeParse({ email: 'A@b.test', password: 'x' }).data).toEqual({
      email: 'a@b.test',
      password: 'x',
    });
    expect(loginInputSchema.safeParse({ email: 'a@b.test', password: '' }).success).toBe(false);
  });
});
