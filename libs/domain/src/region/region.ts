import { z } from 'zod';
import type { LocalizedText } from '../common/localized-text';

/** A regency (kabupaten) or a city (kota). */
export const regionKinds = ['kabupaten', 'kota'] as const;

/** One of {@link regionKinds}. */
export type RegionKind = (typeof regionKinds)[number];

/** Labels of the region kinds. */
export const regionKindLabels: Readonly<Record<RegionKind, LocalizedText>> = {
  kabupaten: { id: 'Kabupaten', en: 'Regency' },
  kota: { id: 'Kota', en: 'City' },
};

/**
 * A local government (pemda). One deployment usually serves one region; every unit belongs to a
 * region so that a province-wide deployment stays possible.
 */
export type Region = {
  readonly id: string;
  /** Full name, e.g. "Kabupaten Sumedang". */
  readonly name: string;
  readonly kind: RegionKind;
  /** Province, e.g. "Jawa Barat". */
  readonly province: string;
};

/** Validates the fields needed to create a region. */
export const regionInputSchema = z.strictObject({
  name: z.string().trim().min(3).max(120),
  kind: z.enum(regionKinds),
  province: z.string().trim().min(3).max(80),
});

/** The parsed input for creating a region. */
export type RegionInput = z.infer<typeof regionInputSchema>;
