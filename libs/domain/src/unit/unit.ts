import { z } from 'zod';
import { unitTypes, type UnitType } from './unit-values';

export * from './unit-values';

/** Validates a unit type. */
export const unitTypeSchema = z.enum(unitTypes);

/**
 * A unit code: 2 to 40 lower-case letters, digits, dashes or dots, e.g. `dinkes` or a regional
 * code such as `1.02.01`.
 */
export const unitCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9.-]{1,39}$/, {
    error: 'Use 2–40 lower-case letters, digits, dashes or dots',
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
