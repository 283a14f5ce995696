import { describe, expect, it } from 'vitest';
import { canActForUnit, hasRole, type Actor } from './actor';

const unitA = '00000000-0000-4000-8000-00000000000a';
const unitB = '00000000-0000-4000-8000-00000000000b';
const actor = (role: Actor['role'], unitId: string | null): Actor => ({
  userId: 'u',
  role,
  unitId,
});

describe('canActForUnit', () => {
  it('lets unit staff and heads act for their own unit only', () => {
    for (const role of ['unit_staff', 'unit_head'] as const) {
      expect(canActForUnit(actor(role, unitA), unitA)).toBe(true);
      expect(canActForUnit(actor(role, unitA), unitB)).toBe(false);
    }
  });

  it('lets coordinators act for every unit', () => {
    expect(canActForUnit(actor('coordinator', null), unitA)).toBe(true);
  });

  it('never lets evaluators or leaders change unit records, even of their own unit', () => {
    expect(canActForUnit(actor('evaluator', unitA), unitA)).toBe(false);
    expect(canActForUnit(actor('leader', null), unitA)).toBe(false);
  });

  it('refuses a unit role without a unit', () => {
    expect(canActForUnit(actor('unit_staff', null), unitA)).toBe(false);
  });
});

describe('hasRole', () => {
  it('checks membership in the allowed roles', () => {
    expect(hasRole(actor('leader', null), ['coordinator', 'leader'])).toBe(true);
    expect(hasRole(actor('evaluator', null), ['coordinator'])).toBe(false);
  });
});
