import { describe, expect, it } from 'vitest';
import { canAddAction, canEditAction, canManageMasterplan, canSign } from './masterplan-access';

const coordinator = { role: 'coordinator', unitId: null } as const;
const staff = { role: 'unit_staff', unitId: 'u1' } as const;
const head = { role: 'unit_head', unitId: 'u1' } as const;
const leader = { role: 'leader', unitId: null } as const;

describe('masterplan access', () => {
  it('lets coordinators manage everything', () => {
    expect(canManageMasterplan(coordinator)).toBe(true);
    expect(canEditAction(coordinator, { ownerUnitId: 'u9' })).toBe(true);
    expect(canAddAction(coordinator)).toBe(true);
  });

  it('lets a unit edit only its own action items', () => {
    expect(canManageMasterplan(staff)).toBe(false);
    expect(canAddAction(staff)).toBe(true);
    expect(canEditAction(staff, { ownerUnitId: 'u1' })).toBe(true);
    expect(canEditAction(staff, { ownerUnitId: 'u2' })).toBe(false);
  });

  it('leaves leaders reading', () => {
    expect(canAddAction(leader)).toBe(false);
    expect(canEditAction(leader, { ownerUnitId: 'u1' })).toBe(false);
  });

  it('lets a unit head sign while the unit has not', () => {
    expect(canSign(head, [])).toBe(true);
    expect(canSign(head, ['u1'])).toBe(false);
    expect(canSign(staff, [])).toBe(false);
    expect(canSign(coordinator, [])).toBe(false);
  });
});
