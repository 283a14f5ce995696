import { describe, expect, it } from 'vitest';
import { roles, type Role } from './role-values';
import { capabilitiesOf, capabilityRoles, type Capability } from './capabilities';

const holders = (capability: Capability, unitId: string | null = 'u1'): Role[] =>
  roles.filter((role) => capabilitiesOf({ role, unitId })[capability]);

describe('capabilitiesOf', () => {
  // Moved from the SPA's innovation-access.test.ts (canCreateInnovation), which derived it itself.
  it('lets unit staff, unit heads and coordinators create innovations', () => {
    expect(capabilitiesOf({ role: 'unit_staff', unitId: 'u1' }).createInnovation).toBe(true);
    expect(capabilitiesOf({ role: 'unit_head', unitId: 'u1' }).createInnovation).toBe(true);
    expect(capabilitiesOf({ role: 'coordinator', unitId: null }).createInnovation).toBe(true);
  });

  it('does not offer creating to evaluators, leaders, or a unit role without a unit', () => {
    expect(capabilitiesOf({ role: 'evaluator', unitId: 'u1' }).createInnovation).toBe(false);
    expect(capabilitiesOf({ role: 'leader', unitId: null }).createInnovation).toBe(false);
    expect(capabilitiesOf({ role: 'unit_staff', unitId: null }).createInnovation).toBe(false);
  });

  it('gives the region’s administration to coordinators only', () => {
    for (const capability of [
      'manageUnits',
      'manageUsers',
      'manageRegion',
      'importData',
      'manageMasterplan',
      'manageRounds',
      'actForAnyUnit',
    ] as const) {
      expect(holders(capability)).toEqual(['coordinator']);
    }
  });

  it('opens the evaluation pages to coordinators, evaluators and leaders, rounds to readers', () => {
    expect(holders('viewEvaluation')).toEqual(['coordinator', 'evaluator', 'leader']);
    expect(holders('viewRoundResults')).toEqual(['coordinator', 'leader']);
    expect(holders('evaluate')).toEqual(['evaluator']);
  });

  it('lets unit roles act for their own unit, and unit heads sign, only with a unit', () => {
    expect(holders('actForOwnUnit')).toEqual(['unit_staff', 'unit_head']);
    expect(holders('actForOwnUnit', null)).toEqual([]);
    expect(holders('signCommitment')).toEqual(['unit_head']);
    expect(holders('signCommitment', null)).toEqual([]);
  });

  it('follows capabilityRoles for every role-only capability', () => {
    for (const [capability, allowed] of Object.entries(capabilityRoles)) {
      expect(holders(capability as Capability)).toEqual(
        roles.filter((role) => (allowed as readonly Role[]).includes(role)),
      );
    }
  });
});
