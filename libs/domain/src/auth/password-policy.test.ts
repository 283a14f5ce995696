import { describe, expect, it } from 'vitest';
import { newPasswordSchema, passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it('accepts ten characters and refuses nine', () => {
    expect(passwordProblems('abcdefghij', 'a@b.test')).toEqual([]);
    expect(passwordProblems('abcdefghi', 'a@b.test')).toEqual(['too_short']);
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblems('ééééééééé', 'a@b.test')).toEqual(['too_short']);
    expect(passwordProblems('éééééééééé', 'a@b.test')).toEqual([]);
  });

  it('refuses the email as the password, whatever the case', () => {
    expect(passwordProblems('Staf.Dinkes@Demo.test', 'staf.dinkes@demo.test')).toEqual([
      'same_as_email',
    ]);
  });

  it('refuses an overlong password', () => {
    expect(passwordProblems('x'.repeat(257), 'a@b.test')).toEqual(['too_long']);
  });
});

describe('newPasswordSchema', () => {
  it('checks the length', () => {
    expect(newPasswordSchema.safeParse('short').success).toBe(false);
    expect(newPasswordSchema.safeParse('long enough!').success).toBe(true);
  });
});
