import { describe, expect, it } from 'vitest';
import { toUnitFilter, unitDisplayName, unitInputSchema, unitListInputSchema } from './unit';

describe('unitListInputSchema', () => {
  it('accepts no input at all', () => {
    expect(unitListInputSchema.parse(undefined)).toBeUndefined();
  });

  it('trims the search and accepts a known type', () => {
    expect(unitListInputSchema.parse({ search: '  dinas ', type: 'dinas' })).toEqual({
      search: 'dinas',
      type: 'dinas',
    });
  });

  it('refuses an unknown type, an unknown field and an overlong search', () => {
    expect(unitListInputSchema.safeParse({ type: 'ministry' }).success).toBe(false);
    expect(unitListInputSchema.safeParse({ region: 'x' }).success).toBe(false);
    expect(unitListInputSchema.safeParse({ search: 'x'.repeat(101) }).success).toBe(false);
  });
});

describe('toUnitFilter', () => {
  it('fills the defaults', () => {
    expect(toUnitFilter(undefined)).toEqual({ search: null, type: null, includeInactive: false });
  });

  it('treats a blank search as no search', () => {
    expect(toUnitFilter({ search: '   ' }).search).toBeNull();
  });

  it('keeps the given filter', () => {
    expect(toUnitFilter({ search: 'kes', type: 'dinas', includeInactive: true })).toEqual({
      search: 'kes',
      type: 'dinas',
      includeInactive: true,
    });
  });
});

describe('unitInputSchema', () => {
  it('accepts a well-formed unit', () => {
    const unit = { code: 'dinkes', name: 'Dinas Kesehatan', shortName: 'Dinkes', type: 'dinas' };
    expect(unitInputSchema.parse(unit)).toEqual(unit);
  });

  it('refuses a code with capitals or spaces', () => {
    const base = { name: 'Dinas Kesehatan', shortName: null, type: 'dinas' };
    expect(unitInputSchema.safeParse({ ...base, code: 'Din Kes' }).success).toBe(false);
  });
});

describe('unitDisplayName', () => {
  it('prefers the short name', () => {
    expect(unitDisplayName({ name: 'Dinas Komunikasi', shortName: 'Diskominfo' })).toBe(
      'Diskominfo',
    );
    expect(unitDisplayName({ name: 'Dinas Sosial', shortName: null })).toBe('Dinas Sosial');
  });
});
