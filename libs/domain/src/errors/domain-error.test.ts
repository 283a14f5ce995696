import { describe, expect, it } from 'vitest';
import { DomainError, isDomainError } from './domain-error';

describe('DomainError', () => {
  it('carries the refusal reason of its details, which stay as they were', () => {
    const error = new DomainError('CONFLICT', 'A merged unit cannot be reactivated', {
      reason: 'unit_merged',
      successorUnitId: 'u2',
    });
    expect(error.reason).toBe('unit_merged');
    expect(error.details).toEqual({ reason: 'unit_merged', successorUnitId: 'u2' });
    expect(isDomainError(error)).toBe(true);
  });

  it('has no reason when the code says enough', () => {
    expect(new DomainError('NOT_FOUND', 'Unit not found', { id: 'u1' }).reason).toBeNull();
    expect(new DomainError('NOT_FOUND', 'Unit not found').reason).toBeNull();
  });

  it('takes only a known reason (checked by the typecheck)', () => {
    // @ts-expect-error: 'unit_mergd' is not a refusal reason
    const error = new DomainError('CONFLICT', 'typo', { reason: 'unit_mergd' });
    expect(error.code).toBe('CONFLICT');
  });
});
