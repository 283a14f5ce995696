import { describe, expect, it } from 'vitest';
import {
  addedUnitIds,
  inactiveUnitRefusal,
  mergedUnitId,
  mergeProgrammeUnits,
  mergeRefusal,
  programmeNamesUnit,
  toUnitFilter,
  unitActivationRefusal,
  unitCodeSchema,
  unitDisplayName,
  unitInputSchema,
  unitListInputSchema,
  unitMergeInputSchema,
  unitPermissions,
  unitSetActiveInputSchema,
  unitUpdateInputSchema,
  type Unit,
} from './unit';

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

describe('unitCodeSchema', () => {
  it("accepts this product's keys and the regency's own numbering", () => {
    for (const code of ['dinkes', 'kec-jatinangor', '1.02.01', '4.01.03.02', 'rsud1', 'ab'])
      expect(unitCodeSchema.parse(code)).toBe(code);
  });

  it('folds capitals to lower case and trims', () => {
    expect(unitCodeSchema.parse('  DinKes ')).toBe('dinkes');
  });

  it('refuses spaces, other signs, one character, 41 characters and a dot or dash at an end', () => {
    for (const code of ['din kes', 'dinkes/1', 'd', 'x'.repeat(41), '.102', '1.02.', '-dinkes'])
      expect(unitCodeSchema.safeParse(code).success, code).toBe(false);
    expect(unitCodeSchema.safeParse('x'.repeat(40)).success).toBe(true);
  });
});

const regionId = 'region-1';
const unit = (id: string, overrides: Partial<Unit> = {}): Unit => ({
  id,
  regionId,
  code: id,
  name: `Unit ${id}`,
  shortName: null,
  type: 'dinas',
  active: true,
  successorUnitId: null,
  version: 1,
  ...overrides,
});

describe('unitUpdateInputSchema, unitSetActiveInputSchema and unitMergeInputSchema', () => {
  const id = '6f1c2a4e-8d2b-4c1a-9e3f-0a1b2c3d4e5f';
  it('need the version read and refuse unknown fields', () => {
    const fields = { code: '1.02.01', name: 'Dinas Kesehatan', shortName: null, type: 'dinas' };
    expect(unitUpdateInputSchema.safeParse({ id, version: 1, ...fields }).success).toBe(true);
    expect(unitUpdateInputSchema.safeParse({ id, ...fields }).success).toBe(false);
    expect(
      unitUpdateInputSchema.safeParse({ id, version: 1, ...fields, active: false }).success,
    ).toBe(false);
    expect(unitSetActiveInputSchema.safeParse({ id, version: 2, active: false }).success).toBe(
      true,
    );
    expect(unitSetActiveInputSchema.safeParse({ id, version: 0, active: true }).success).toBe(
      false,
    );
    expect(unitMergeInputSchema.safeParse({ id, version: 1, successorId: id }).success).toBe(true);
    expect(unitMergeInputSchema.safeParse({ id, version: 1, successorId: 'x' }).success).toBe(
      false,
    );
  });
});

describe('unitPermissions', () => {
  it('lets coordinators manage units, and nobody else', () => {
    expect(unitPermissions({ userId: 'u', role: 'coordinator', unitId: null })).toEqual({
      manage: true,
    });
    for (const role of ['unit_staff', 'unit_head', 'evaluator', 'leader'] as const)
      expect(unitPermissions({ userId: 'u', role, unitId: 'a' }).manage, role).toBe(false);
    expect(unitPermissions(null).manage).toBe(false);
  });
});

describe('inactiveUnitRefusal', () => {
  it('refuses an inactive unit, naming the field and the successor', () => {
    expect(inactiveUnitRefusal(unit('a'), 'unitId')).toBeNull();
    const refusal = inactiveUnitRefusal(
      unit('a', { active: false, successorUnitId: 'b' }),
      'ownerUnitId',
    );
    expect(refusal).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'ownerUnitId', unitId: 'a', reason: 'unit_inactive', successorUnitId: 'b' },
    });
  });
});

describe('addedUnitIds', () => {
  it('answers the ids newly referred to, once each', () => {
    expect(addedUnitIds(['a', 'b'], ['b', 'c', 'c', 'a', 'd'])).toEqual(['c', 'd']);
    expect(addedUnitIds(['a'], ['a'])).toEqual([]);
    expect(addedUnitIds([], ['a'])).toEqual(['a']);
  });
});

describe('unitActivationRefusal', () => {
  it('keeps a merged unit inactive, and allows everything else', () => {
    const merged = unit('a', { active: false, successorUnitId: 'b' });
    expect(unitActivationRefusal(merged, true)).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'unit_merged', successorUnitId: 'b' },
    });
    expect(unitActivationRefusal(merged, false)).toBeNull();
    expect(unitActivationRefusal(unit('a', { active: false }), true)).toBeNull();
    expect(unitActivationRefusal(unit('a'), false)).toBeNull();
  });
});

describe('mergeRefusal', () => {
  it('allows a merge into an active unit of the same region, from an active or inactive unit', () => {
    expect(mergeRefusal(unit('a'), unit('b'))).toBeNull();
    expect(mergeRefusal(unit('a', { active: false }), unit('b'))).toBeNull();
  });

  it('refuses a merge into itself', () => {
    expect(mergeRefusal(unit('a'), unit('a'))?.details).toMatchObject({
      field: 'successorId',
      reason: 'merge_into_itself',
    });
  });

  it('refuses a unit merged already', () => {
    const refusal = mergeRefusal(unit('a', { active: false, successorUnitId: 'c' }), unit('b'));
    expect(refusal).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'unit_already_merged', successorUnitId: 'c' },
    });
  });

  it('refuses an inactive successor (a merged one among them) and one of another region', () => {
    expect(mergeRefusal(unit('a'), unit('b', { active: false }))?.details).toMatchObject({
      reason: 'successor_inactive',
    });
    expect(
      mergeRefusal(unit('a'), unit('b', { active: false, successorUnitId: 'c' }))?.details,
    ).toMatchObject({ reason: 'successor_inactive' });
    expect(mergeRefusal(unit('a'), unit('b', { regionId: 'region-2' }))?.details).toMatchObject({
      reason: 'successor_other_region',
    });
  });

  it('refuses a merge that would put evaluators and innovations of one unit together in a round', () => {
    expect(mergeRefusal(unit('a'), unit('b'), 2)).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'merge_conflict_of_interest', assignments: 2 },
    });
  });
});

describe('mergeProgrammeUnits', () => {
  it('hands the lead to the successor', () => {
    expect(mergeProgrammeUnits({ leadUnitId: 'a', supportingUnitIds: ['c'] }, 'a', 'b')).toEqual({
      leadUnitId: 'b',
      supportingUnitIds: ['c'],
    });
  });

  it('replaces the merged unit among the supporting units, in place', () => {
    expect(
      mergeProgrammeUnits({ leadUnitId: 'x', supportingUnitIds: ['c', 'a', 'd'] }, 'a', 'b'),
    ).toEqual({ leadUnitId: 'x', supportingUnitIds: ['c', 'b', 'd'] });
  });

  it('keeps the successor once when both were supporting', () => {
    expect(
      mergeProgrammeUnits({ leadUnitId: 'x', supportingUnitIds: ['b', 'c', 'a'] }, 'a', 'b'),
    ).toEqual({ leadUnitId: 'x', supportingUnitIds: ['b', 'c'] });
  });

  it('drops the merged unit from the supporting units when the successor leads', () => {
    expect(
      mergeProgrammeUnits({ leadUnitId: 'b', supportingUnitIds: ['a', 'c'] }, 'a', 'b'),
    ).toEqual({ leadUnitId: 'b', supportingUnitIds: ['c'] });
  });

  it('drops the successor from the supporting units when it takes over the lead', () => {
    expect(
      mergeProgrammeUnits({ leadUnitId: 'a', supportingUnitIds: ['c', 'b'] }, 'a', 'b'),
    ).toEqual({ leadUnitId: 'b', supportingUnitIds: ['c'] });
  });

  it('changes nothing of a programme that does not name the merged unit', () => {
    const programme = { leadUnitId: 'x', supportingUnitIds: ['c', 'd'] };
    expect(programmeNamesUnit(programme, 'a')).toBe(false);
    expect(mergeProgrammeUnits(programme, 'a', 'b')).toEqual(programme);
    expect(programmeNamesUnit(programme, 'd')).toBe(true);
    expect(programmeNamesUnit(programme, 'x')).toBe(true);
  });
});

describe('mergedUnitId', () => {
  it('replaces only the merged unit', () => {
    expect(mergedUnitId('a', 'a', 'b')).toBe('b');
    expect(mergedUnitId('c', 'a', 'b')).toBe('c');
  });
});
