import type { LocalizedText } from '../common/localized-text';

// No zod here: the SPA's first load imports these values, and a module that builds schemas
// would bring the schemas (and zod's classic build) along. `unit.ts` adds the schemas and
// re-exports everything here.

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
  /** The unit this one was merged into (it is then inactive), or null. */
  readonly successorUnitId: string | null;
  /** For optimistic concurrency: a change must name the version it read. */
  readonly version: number;
};

/** The name to show in tight places: the short name when there is one, else the full name. */
export function unitDisplayName(unit: Pick<Unit, 'name' | 'shortName'>): string {
  return unit.shortName ?? unit.name;
}
