import type { Role } from '@smartcity/domain';

/** The signed-in user as the masterplan pages check them. */
export type MasterplanActor = { readonly role: Role; readonly unitId: string | null };

/** Coordinators edit the masterplan, its strategies and programmes, and withdraw signatures. */
export function canManageMasterplan(actor: MasterplanActor): boolean {
  return actor.role === 'coordinator';
}

/** The unit whose action items a unit role adds and updates; null for others. */
export function ownActionUnit(actor: MasterplanActor): string | null {
  return (actor.role === 'unit_staff' || actor.role === 'unit_head') && actor.unitId
    ? actor.unitId
    : null;
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

/** A unit head signs for their unit while it has no standing signature. */
export function canSign(actor: MasterplanActor, signedUnitIds: readonly string[]): boolean {
  return (
    actor.role === 'unit_head' && actor.unitId !== null && !signedUnitIds.includes(actor.unitId)
  );
}
