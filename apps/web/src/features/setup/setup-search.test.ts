import { describe, expect, it } from 'vitest';
import { setupSearchSchema } from './setup-search';

describe('setupSearchSchema', () => {
  it('keeps the token of the setup link', () => {
    const token = 'AbC_d-123'.padEnd(43, 'x');
    expect(setupSearchSchema.parse({ token })).toEqual({ token });
  });

  it('drops a missing or malformed token instead of failing the page', () => {
    expect(setupSearchSchema.parse({})).toEqual({ token: undefined });
    expect(setupSearchSchema.parse({ token: 42 })).toEqual({ token: undefined });
    expect(setupSearchSchema.parse({ token: 'x'.repeat(201) })).toEqual({ token: undefined });
  });
});
