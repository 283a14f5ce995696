import { z } from 'zod';
import type { LocalizedText } from '../common/localized-text';
import type { EmblemRefusalReason } from '../errors/refusal-reason';

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
  /** The Kemendagri region code, `NN.NN` (e.g. `32.11` for Sumedang); null until it is set. */
  readonly code: string | null;
  /** The smart city branding line, e.g. "Sumedang Happy Digital Region". */
  readonly branding: string | null;
  /**
   * The emblem's content hash when the region has one (it changes with the image, so it also
   * keys caches); null without an emblem.
   */
  readonly emblem: string | null;
  /** True when the region's data came from the demo seed: the app labels it illustrative. */
  readonly isDemo: boolean;
  /** For optimistic concurrency: a change must name the version it read. */
  readonly version: number;
};

/** A Kemendagri region code: two digits for the province, a dot, two for the regency or city. */
export const regionCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{2}\.\d{2}$/, { error: 'Use the Kemendagri code as NN.NN, e.g. 32.11' });

/** The smart city branding line (optional). */
const brandingSchema = z.string().trim().max(120);

/** Validates the fields needed to create a region (the demo seed and the setup). */
export const regionInputSchema = z.strictObject({
  name: z.string().trim().min(3).max(120),
  kind: z.enum(regionKinds),
  province: z.string().trim().min(3).max(80),
  code: regionCodeSchema,
  branding: brandingSchema.nullable().default(null),
});

/** The parsed input for creating a region. */
export type RegionInput = z.infer<typeof regionInputSchema>;

/** Input of `region.update` (coordinators): the profile, and the version read. */
export const regionUpdateInputSchema = regionInputSchema.extend({ version: z.int().min(1) });

/** The parsed input of `region.update`. */
export type RegionUpdateInput = z.infer<typeof regionUpdateInputSchema>;

/** The image types an emblem may be: raster images only (an SVG could carry script). */
export const emblemMimeTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** One of {@link emblemMimeTypes}. */
export type EmblemMimeType = (typeof emblemMimeTypes)[number];

/** The largest emblem accepted, in bytes (it is shown small; 1 MB is plenty). */
export const maxEmblemBytes = 1024 * 1024;

/** True when a detected MIME type may be an emblem. */
export function isEmblemMimeType(mime: string): mime is EmblemMimeType {
  return (emblemMimeTypes as readonly string[]).includes(mime);
}

/** The widest and tallest emblem accepted, in pixels (it is shown at most a few hundred wide). */
export const maxEmblemSide = 2048;

// Why an emblem file is refused: `emblemRefusalReasons` in errors/refusal-reason.ts.

/** What the server learnt of an uploaded emblem file from its bytes. */
export type EmblemFileFacts = {
  readonly size: number;
  /** The MIME type detected from the bytes (never the name or the declared type); null if none. */
  readonly detectedMime: string | null;
  /**
   * The image's width and height in pixels when it could be read (its header, and for a PNG its
   * whole content), else null.
   */
  readonly dimensions: { readonly width: number; readonly height: number } | null;
};

/**
 * The emblem rule: at most 1 MB, a PNG, JPEG or WebP (an SVG could carry script and is refused),
 * readable, at most {@link maxEmblemSide} pixels wide and tall. Answers the first problem, or
 * null when the file may be the emblem.
 */
export function emblemProblem(file: EmblemFileFacts): EmblemRefusalReason | null {
  if (file.size === 0) return 'emblem_empty';
  if (file.size > maxEmblemBytes) return 'emblem_too_large';
  if (file.detectedMime === null || !isEmblemMimeType(file.detectedMime)) {
    return 'emblem_unsupported_type';
  }
  if (!file.dimensions || file.dimensions.width < 1 || file.dimensions.height < 1) {
    return 'emblem_unreadable';
  }
  if (file.dimensions.width > maxEmblemSide || file.dimensions.height > maxEmblemSide) {
    return 'emblem_dimensions';
  }
  return null;
}

// Why a region request is refused: `regionRefusalReasons` in errors/refusal-reason.ts.
