import { userCreateInputSchema } from '@smartcity/domain';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { domainValidator } from './form-validation';

// A stand-in for i18next's t that shows the key and the count, so the mapping is visible.
const t = ((key: string, options?: { count?: number }) =>
  options?.count === undefined ? key : `${key}:${options.count}`) as unknown as TFunction;

describe('domainValidator', () => {
  const validate = domainValidator(userCreateInputSchema, t, {
    'A unit is required for this role': 'unit needed',
    'NIP must be exactly 18 digits': 'nip digits',
  });

  it('answers no errors for valid values', () => {
    const values = {
      name: 'Siti',
      email: 'siti@demo.test',
      nip: null,
      role: 'coordinator',
      unitId: null,
      password: 'long-enough-1',
    };
    expect(validate(values as never)).toEqual({});
  });

  it('translates each issue of the domain schema, one per field', () => {
    const values = {
      name: '',
      email: 'x',
      nip: '123',
      role: 'unit_staff',
      unitId: null,
      password: 'short',
    };
    expect(validate(values as never)).toEqual({
      name: 'validation.tooShort:2',
      email: 'validation.email',
      nip: 'nip digits',
      password: 'validation.tooShort:10',
      unitId: 'unit needed',
    });
  });
});
