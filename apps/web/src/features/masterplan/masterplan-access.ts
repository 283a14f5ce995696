import type { Me } from '@smartcity/api';
import type { Capabilities } from '@smartcity/domain';

/** The signed-in user as the masterplan pages check them: the server's capabilities and unit. */
export type MasterplanActor = {
  readonly capabilities: Capabilities;
  readonly unitId: string | null;
};

/** The masterplan actor of the signed-in user. */
export function masterplanActor(me: Pick<Me, 'capabilities' | 'user'>): MasterplanActor {
  return { capabilities: me.capabilities, unitId: me.user.unitId };
}

/** Coordinators edit the masterplan, its strategies and programmes, and withdraw signatures. */
export function canManageMasterplan(actor: MasterplanActor): boolean {
  return actor.capabilities.manageMasterplan;
}

/** The unit whose action items a unit role adds and updates; null for others. */
export function ownActionUnit(actor: MasterplanActor): string | null {
  return actor.capabilities.actForOwnUnit ? actor.unitId : null;
}

/** Coordinators add action items to any programme; unit roles for their own unit. */
export function canAddAction(actor: MasterplanActor): boolean {
  return canManageMasterplan(actor) || ownActionUnit(actor) !== null;
}

/** Coordinators update every action item; unit roles their own unit's. */
export function canEditAction(
  actor: MasterplanActor,
  action: { readonly ownerUnitId: string },
): boolean {
  return canManageMasterplan(actor) || ownActionUnit(actor) === action.ownerUnitId;
}

/**
 * A unit head signs for their unit while it has no standing signature (`signedUnitIds`: the
 * units with a standing signature, as the server counts them).
 */
export function canSign(actor: MasterplanActor, signedUnitIds: readonly string[]): boolean {
  return (
    actor.capabilities.signCommitment &&
    actor.unitId !== null &&
    !signedUnitIds.includes(actor.unitId)
  );
}
