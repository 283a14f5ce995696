import type { Me } from '@smartcity/api';
import { capabilitiesOf, type Role } from '@smartcity/domain';
import { describe, expect, it } from 'vitest';
import { canCreateInnovation } from './innovation-access';

// The capabilities are the server's (auth.me sends `capabilitiesOf(user)`).
const me = (role: Role, unitId: string | null): Me =>
  ({
    user: { role, unitId },
    unit: null,
    capabilities: capabilitiesOf({ role, unitId }),
  }) as unknown as Me;

describe('canCreateInnovation', () => {
  it('lets unit staff, unit heads and coordinators create innovations', () => {
    expect(canCreateInnovation(me('unit_staff', 'u1'))).toBe(true);
    expect(canCreateInnovation(me('unit_head', 'u1'))).toBe(true);
    expect(canCreateInnovation(me('coordinator', null))).toBe(true);
  });

  it('does not offer it to evaluators, leaders, or a unit role without a unit', () => {
    expect(canCreateInnovation(me('evaluator', 'u1'))).toBe(false);
    expect(canCreateInnovation(me('leader', null))).toBe(false);
    expect(canCreateInnovation(me('unit_staff', null))).toBe(false);
  });
});
