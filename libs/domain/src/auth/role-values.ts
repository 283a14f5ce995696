import type { LocalizedText } from '../common/localized-text';

// No zod here: the SPA's first load imports these values, and a module that builds schemas
// would bring the schemas (and zod's classic build) along. `roles.ts` adds the schemas and
// re-exports everything here.

/**
 * The roles of DOMAIN.md. The public (not logged in) is not a role: it is the absence of a user.
 *
 * - `unit_staff`: operator of one unit; edits that unit's records.
 * - `unit_head`: head of a unit; all of unit_staff, plus submit to evaluation, discontinue, sign.
 * - `coordinator`: the smart city team; everything in the region (units, users, masterplan, rounds).
 * - `evaluator`: assessor; reads everything, scores what is assigned to them.
 * - `leader`: Bupati, Sekda; reads dashboards and documents.
 */
export const roles = ['unit_staff', 'unit_head', 'coordinator', 'evaluator', 'leader'] as const;

/** One of {@link roles}. */
export type Role = (typeof roles)[number];

/** The roles that belong to one unit and act for it. */
export const unitRoles = ['unit_staff', 'unit_head'] as const satisfies readonly Role[];

/** Labels of the roles. */
export const roleLabels: Readonly<Record<Role, LocalizedText>> = {
  unit_staff: { id: 'Staf perangkat daerah', en: 'Unit staff' },
  unit_head: { id: 'Kepala perangkat daerah', en: 'Unit head' },
  coordinator: { id: 'Koordinator smart city', en: 'Smart city coordinator' },
  evaluator: { id: 'Penilai', en: 'Evaluator' },
  leader: { id: 'Pimpinan daerah', en: 'Regional leader' },
};

/** True for the roles that belong to one unit. */
export function isUnitRole(role: Role): role is (typeof unitRoles)[number] {
  return role === 'unit_staff' || role === 'unit_head';
}

/**
 * Whether a role needs a unit: unit roles must have one; an evaluator may have one (the unit they
 * come from, which decides their conflicts of interest); coordinators and leaders have none.
 */
export function unitRequirement(role: Role): 'required' | 'optional' | 'none' {
  switch (role) {
    case 'unit_staff':
    case 'unit_head':
      return 'required';
    case 'evaluator':
      return 'optional';
    case 'coordinator':
    case 'leader':
      return 'none';
  }
}
