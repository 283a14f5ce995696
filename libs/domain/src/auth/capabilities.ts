import type { Role } from './role-values';
import { isUnitRole } from './role-values';

// No zod here (like `role-values.ts`): the SPA's first load reads the capabilities.

/**
 * What a signed-in user may do across the application, decided once from their role (and, for
 * unit roles, whether they have a unit). `auth.me` sends these so that the SPA's navigation and
 * route guards read them instead of keeping role lists of their own; a record's own permissions
 * still come with the record (`innovation.byId`'s `can`, `unit.list`'s `can`).
 */
export type Capabilities = {
  /** Create innovations (for their own unit, or for any unit: see `actForAnyUnit`). */
  readonly createInnovation: boolean;
  /** Act for every unit's records (choose the unit of a new innovation, any action item). */
  readonly actForAnyUnit: boolean;
  /** Act for their own unit's records (a unit role with a unit): its action items, its inbox. */
  readonly actForOwnUnit: boolean;
  /** Create, edit, deactivate and merge the region's units. */
  readonly manageUnits: boolean;
  /** List, invite and edit user accounts. */
  readonly manageUsers: boolean;
  /** Edit the region's profile (Profil daerah). */
  readonly manageRegion: boolean;
  /** Import spreadsheets (Impor data). */
  readonly importData: boolean;
  /** Edit the masterplan, its strategies and programmes, and withdraw signatures. */
  readonly manageMasterplan: boolean;
  /** Sign the joint commitment for their unit (a unit head with a unit). */
  readonly signCommitment: boolean;
  /** See the evaluation pages (Penilaian): the rounds, or an evaluator's own assignments. */
  readonly viewEvaluation: boolean;
  /** Read a round's page and results. */
  readonly viewRoundResults: boolean;
  /** Create, open, close rounds and record outcomes. */
  readonly manageRounds: boolean;
  /** Score the innovations assigned to them. */
  readonly evaluate: boolean;
};

/** One of the {@link Capabilities}. */
export type Capability = keyof Capabilities;

/**
 * The roles that hold each capability that depends on the role alone. The API's role checks
 * allow the same roles (the access matrix test holds the two to agreement).
 */
export const capabilityRoles = {
  actForAnyUnit: ['coordinator'],
  manageUnits: ['coordinator'],
  manageUsers: ['coordinator'],
  manageRegion: ['coordinator'],
  importData: ['coordinator'],
  manageMasterplan: ['coordinator'],
  viewEvaluation: ['coordinator', 'evaluator', 'leader'],
  viewRoundResults: ['coordinator', 'leader'],
  manageRounds: ['coordinator'],
  evaluate: ['evaluator'],
} as const satisfies Partial<Record<Capability, readonly Role[]>>;

/**
 * The capabilities of a signed-in user: the one function the server asks and `auth.me` sends.
 *
 * @example
 * capabilitiesOf({ role: 'unit_head', unitId: 'u1' }).signCommitment; // true
 */
export function capabilitiesOf(user: {
  readonly role: Role;
  readonly unitId: string | null;
}): Capabilities {
  const has = (roles: readonly Role[]) => roles.includes(user.role);
  const actForOwnUnit = isUnitRole(user.role) && user.unitId !== null;
  const actForAnyUnit = has(capabilityRoles.actForAnyUnit);
  return {
    createInnovation: actForAnyUnit || actForOwnUnit,
    actForAnyUnit,
    actForOwnUnit,
    manageUnits: has(capabilityRoles.manageUnits),
    manageUsers: has(capabilityRoles.manageUsers),
    manageRegion: has(capabilityRoles.manageRegion),
    importData: has(capabilityRoles.importData),
    manageMasterplan: has(capabilityRoles.manageMasterplan),
    signCommitment: user.role === 'unit_head' && user.unitId !== null,
    viewEvaluation: has(capabilityRoles.viewEvaluation),
    viewRoundResults: has(capabilityRoles.viewRoundResults),
    manageRounds: has(capabilityRoles.manageRounds),
    evaluate: has(capabilityRoles.evaluate),
  };
}
