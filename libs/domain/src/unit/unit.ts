import { z } from 'zod';
import type { LocalizedText } from '../common/localized-text';

/**
 * The kinds of work unit (perangkat daerah / SKPD / OPD) in a regional government, in the order
 * the product lists them.
 */
export const unitTypes = [
  'sekretariat',
  'inspektorat',
  'dinas',
  'badan',
  'rsud',
  'kecamatan',
  'other',
] as const;

/** One of {@link unitTypes}. */
export type UnitType = (typeof unitTypes)[number];

/** Validates a unit type. */
export const unitTypeSchema = z.enum(unitTypes);

/** Labels of the unit types (singular). */
export const unitTypeLabels: Readonly<Record<UnitType, LocalizedText>> = {
  sekretariat: { id: 'Sekretariat', en: 'Secretariat' },
  inspektorat: { id: 'Inspektorat', en: 'Inspectorate' },
  dinas: { id: 'Dinas', en: 'Agency (dinas)' },
  badan: { id: 'Badan', en: 'Board (badan)' },
  rsud: { id: 'Rumah sakit daerah', en: 'Regional hospital' },
  kecamatan: { id: 'Kecamatan', en: 'District (kecamatan)' },
  other: { id: 'Lainnya', en: 'Other' },
};

/** A work unit of a region: the owner of innovations, action items and a commitment. */
export type Unit = {
  readonly id: string;
  readonly regionId: string;
  /** Stable code, unique within the region (e.g. "dinkes", "kec-jatinangor"). */
  readonly code: string;
  /** Official name, e.g. "Dinas Kesehatan". */
  readonly name: string;
  /** The short name people use, e.g. "Diskominfosanditik"; null when the unit has none. */
  readonly shortName: string | null;
  readonly type: UnitType;
  /** Inactive units stay for history but take no new records. */
  readonly active: boolean;
};

/** A unit code: lower-case letters, digits and dashes, 2 to 40 characters. */
export const unitCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, {
    error: 'Use 2–40 lower-case letters, digits or dashes',
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

/** The name to show in tight places: the short name when there is one, else the full name. */
export function unitDisplayName(unit: Pick<Unit, 'name' | 'shortName'>): string {
  return unit.shortName ?? unit.name;
}
