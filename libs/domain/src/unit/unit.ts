import { z } from 'zod';
import type { Actor } from '../auth/actor';
import type { Role } from '../auth/role-values';
import { idSchema } from '../common/id';
import { DomainError } from '../errors/domain-error';
import { unitTypes, type Unit, type UnitType } from './unit-values';
import { capabilityRoles } from '../auth/capabilities';

export * from './unit-values';

/** Validates a unit type. */
export const unitTypeSchema = z.enum(unitTypes);

/**
 * A unit code: 2 to 40 lower-case letters, digits, dots or dashes, starting and ending with a
 * letter or digit — this product's keys (`dinkes`, `kec-jatinangor`) and the regency's own
 * numbering (`1.02.01`) both fit. Capitals are folded to lower case: codes compare alike.
 */
export const unitCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9.-]{0,38}[a-z0-9]$/, {
    error: 'Use 2–40 lower-case letters, digits, dots or dashes',
  });

/** Validates the fields needed to create or rename a unit. */
export const unitInputSchema = z.strictObject({
  code: unitCodeSchema,
  name: z.string().trim().min(3).max(160),
  shortName: z.string().trim().min(2).max(60).nullable(),
  type: unitTypeSchema,
});

/** The parsed input for creating a unit. */
export type UnitInput = z.infer<typeof unitInputSchema>;

/** Input of `unit.update` (coordinators): the unit's fields, and the version read. */
export const unitUpdateInputSchema = unitInputSchema.extend({
  id: idSchema,
  version: z.int().min(1),
});

/** The parsed input of `unit.update`. */
export type UnitUpdateInput = z.infer<typeof unitUpdateInputSchema>;

/** Input of `unit.setActive` (coordinators): deactivate or reactivate, naming the version read. */
export const unitSetActiveInputSchema = z.strictObject({
  id: idSchema,
  version: z.int().min(1),
  active: z.boolean(),
});

/** The parsed input of `unit.setActive`. */
export type UnitSetActiveInput = z.infer<typeof unitSetActiveInputSchema>;

/**
 * Input of `unit.merge` (coordinators): the unit that is merged (`id`, with the version read)
 * and the successor that takes over its records.
 */
export const unitMergeInputSchema = z.strictObject({
  id: idSchema,
  version: z.int().min(1),
  successorId: idSchema,
});

/** The parsed input of `unit.merge`. */
export type UnitMergeInput = z.infer<typeof unitMergeInputSchema>;

/**
 * Input of `unit.list`: an optional free-text search over the name and short name, an optional
 * type filter, and whether inactive units are included (they are not by default).
 */
export const unitListInputSchema = z
  .strictObject({
    search: z.string().trim().max(100).optional(),
    type: unitTypeSchema.optional(),
    includeInactive: z.boolean().optional(),
  })
  .optional();

/** The parsed input of `unit.list`. */
export type UnitListInput = z.infer<typeof unitListInputSchema>;

/** The filter a unit query applies, with the defaults filled in. */
export type UnitFilter = {
  readonly search: string | null;
  readonly type: UnitType | null;
  readonly includeInactive: boolean;
};

/** Turns the optional `unit.list` input into a complete {@link UnitFilter}. */
export function toUnitFilter(input: UnitListInput): UnitFilter {
  const search = input?.search?.trim() ?? '';
  return {
    search: search.length > 0 ? search : null,
    type: input?.type ?? null,
    includeInactive: input?.includeInactive ?? false,
  };
}

/** The roles that manage the region's units (create, edit, deactivate, merge). */
export const unitManagerRoles = capabilityRoles.manageUnits;

/** What a caller may do with the region's units (the SPA shows only these actions). */
export type UnitPermissions = {
  /** Create, edit, deactivate and reactivate, and merge units. */
  readonly manage: boolean;
};

/** The unit permissions of an actor (null: the public). */
export function unitPermissions(actor: Actor | null): UnitPermissions {
  return { manage: actor !== null && (unitManagerRoles as readonly Role[]).includes(actor.role) };
}

/**
 * Refuses a new record for an inactive unit (an innovation, an action item, a programme's lead or
 * supporting unit, a user): inactive units keep their history but take no new records. `field`
 * names the input field that chose the unit. Null when the unit is active.
 */
export function inactiveUnitRefusal(
  unit: Pick<Unit, 'id' | 'active' | 'successorUnitId'>,
  field: string,
): DomainError | null {
  if (unit.active) return null;
  return new DomainError('VALIDATION', 'The unit is inactive', {
    field,
    unitId: unit.id,
    reason: 'unit_inactive',
    successorUnitId: unit.successorUnitId,
  });
}

/**
 * The unit ids of `after` that `before` did not have: a change of a record may keep referring to
 * a unit that has since become inactive, but may not newly refer to one.
 */
export function addedUnitIds(before: readonly string[], after: readonly string[]): string[] {
  const had = new Set(before);
  return [...new Set(after)].filter((id) => !had.has(id));
}

/**
 * Whether `active` may be set on the unit: a merged unit stays inactive (its records moved to
 * its successor). Setting the state a unit already has is allowed and changes nothing.
 */
export function unitActivationRefusal(
  unit: Pick<Unit, 'id' | 'successorUnitId'>,
  active: boolean,
): DomainError | null {
  if (active && unit.successorUnitId !== null) {
    return new DomainError('CONFLICT', 'A merged unit cannot be reactivated', {
      reason: 'unit_merged',
      successorUnitId: unit.successorUnitId,
    });
  }
  return null;
}

/**
 * Whether `source` may be merged into `successor` (a regency reorganises its offices): not into
 * itself, not when it was already merged, only into an active unit of the same region, and not
 * while the merge would leave an evaluator assigned to an innovation of their own unit in a round
 * that is not closed (`conflictsOfInterest` counts those assignments). Null when it may.
 */
export function mergeRefusal(
  source: Pick<Unit, 'id' | 'regionId' | 'successorUnitId'>,
  successor: Pick<Unit, 'id' | 'regionId' | 'active'>,
  conflictsOfInterest = 0,
): DomainError | null {
  if (source.id === successor.id) {
    return new DomainError('VALIDATION', 'A unit cannot be merged into itself', {
      field: 'successorId',
      reason: 'merge_into_itself',
    });
  }
  if (source.successorUnitId !== null) {
    return new DomainError('CONFLICT', 'The unit was already merged', {
      reason: 'unit_already_merged',
      successorUnitId: source.successorUnitId,
    });
  }
  if (successor.regionId !== source.regionId) {
    return new DomainError('VALIDATION', 'The successor belongs to another region', {
      field: 'successorId',
      reason: 'successor_other_region',
    });
  }
  if (!successor.active) {
    return new DomainError('VALIDATION', 'The successor is inactive', {
      field: 'successorId',
      reason: 'successor_inactive',
    });
  }
  if (conflictsOfInterest > 0) {
    return new DomainError(
      'CONFLICT',
      'The merge would leave evaluators assigned to innovations of their own unit',
      { reason: 'merge_conflict_of_interest', assignments: conflictsOfInterest },
    );
  }
  return null;
}

/** A record's unit after a merge: the successor in place of the merged unit. */
export function mergedUnitId(unitId: string, sourceId: string, successorId: string): string {
  return unitId === sourceId ? successorId : unitId;
}

/** The units of a programme: its lead unit and its supporting units. */
export type ProgrammeUnits = {
  readonly leadUnitId: string;
  readonly supportingUnitIds: readonly string[];
};

/**
 * A programme's units after merging `sourceId` into `successorId`: the successor leads what the
 * merged unit led, and supports what it supported; the supporting list keeps its order, holds each
 * unit once, and never holds the lead unit (the successor leading and supporting is leading).
 */
export function mergeProgrammeUnits(
  programme: ProgrammeUnits,
  sourceId: string,
  successorId: string,
): ProgrammeUnits {
  const leadUnitId = mergedUnitId(programme.leadUnitId, sourceId, successorId);
  const supportingUnitIds = [
    ...new Set(programme.supportingUnitIds.map((id) => mergedUnitId(id, sourceId, successorId))),
  ].filter((id) => id !== leadUnitId);
  return { leadUnitId, supportingUnitIds };
}

/** True when a merge of `sourceId` changes the programme's units. */
export function programmeNamesUnit(programme: ProgrammeUnits, unitId: string): boolean {
  return programme.leadUnitId === unitId || programme.supportingUnitIds.includes(unitId);
}
