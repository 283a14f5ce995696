import { capabilitiesOf, type Role } from '@smartcity/domain';
import { describe, expect, it } from 'vitest';
import {
  canAddAction,
  canEditAction,
  canManageMasterplan,
  canSign,
  type MasterplanActor,
} from './masterplan-access';

// The capabilities are the server's (auth.me sends `capabilitiesOf(user)`).
const actor = (role: Role, unitId: string | null): MasterplanActor => ({
  capabilities: capabilitiesOf({ role, unitId }),
  unitId,
});
const coordinator = actor('coordinator', null);
const staff = actor('unit_staff', 'u1');
const head = actor('unit_head', 'u1');
const leader = actor('leader', null);

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
