import { describe, expect, it } from 'vitest';
import { unitRefusal } from './unit-refusal';

describe('unitRefusal', () => {
  it('reads the reason of a refused unit change, with its field', () => {
    expect(unitRefusal({ reason: 'unit_code_taken', field: 'code', code: 'dinkes' })).toEqual({
      reason: 'unitCodeTaken',
      field: 'code',
    });
    expect(unitRefusal({ reason: 'successor_inactive', field: 'successorId' })).toEqual({
      reason: 'successorInactive',
      field: 'successorId',
    });
    expect(unitRefusal({ reason: 'merge_conflict_of_interest', assignments: 2 })).toEqual({
      reason: 'mergeConflictOfInterest',
      field: null,
    });
    for (const [reason, key] of [
      ['merge_into_itself', 'mergeIntoItself'],
      ['successor_other_region', 'successorOtherRegion'],
      ['unit_already_merged', 'unitAlreadyMerged'],
      ['unit_merged', 'unitMerged'],
      ['no_region', 'noRegion'],
    ] as const)
      expect(unitRefusal({ reason })?.reason).toBe(key);
  });

  it('leaves other errors to the generic message', () => {
    expect(unitRefusal(null)).toBeNull();
    expect(unitRefusal({ reason: 'stale_version', currentVersion: 3 })).toBeNull();
    expect(unitRefusal({ field: 'code' })).toBeNull();
  });
});
