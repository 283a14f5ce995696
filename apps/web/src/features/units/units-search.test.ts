import { describe, expect, it } from 'vitest';
import { unitsSearchSchema } from './units-search';

describe('unitsSearchSchema', () => {
  it('keeps a valid search and type from the URL', () => {
    expect(unitsSearchSchema.parse({ q: 'dinkes', type: 'dinas' })).toEqual({
      q: 'dinkes',
      type: 'dinas',
    });
  });

  it('drops malformed values instead of failing the page', () => {
    expect(unitsSearchSchema.parse({ q: 42, type: 'ministry' })).toEqual({
      q: undefined,
      type: undefined,
    });
    expect(unitsSearchSchema.parse({ q: 'x'.repeat(101) })).toEqual({
      q: undefined,
      type: undefined,
    });
  });

  it('keeps whether inactive units are shown', () => {
    expect(unitsSearchSchema.parse({ inactive: true }).inactive).toBe(true);
    expect(unitsSearchSchema.parse({ inactive: 'ya' }).inactive).toBeUndefined();
  });
});
