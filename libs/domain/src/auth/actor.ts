import type { Role } from './roles';
import { isUnitRole } from './roles';

/** Who is acting: the logged-in user as access rules see them. */
export type Actor = {
  readonly userId: string;
  readonly role: Role;
  /** The user's unit: set for unit roles, optional for evaluators, null otherwise. */
  readonly unitId: string | null;
};

/** True when the actor has one of the roles. */
export function hasRole(actor: Actor, allowed: readonly Role[]): boolean {
  return allowed.includes(actor.role);
}

/**
 * Whether the actor may change records that belong to `unitId`: coordinators for every unit,
 * unit roles for their own unit only, nobody else (evaluators and leaders only read).
 */
export function canActForUnit(actor: Actor, unitId: string): boolean {
  if (actor.role === 'coordinator') return true;
  return isUnitRole(actor.role) && actor.unitId === unitId;
}
