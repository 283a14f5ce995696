/**
 * A label in both languages the product speaks: Bahasa Indonesia first, English beside it.
 * The key `id` is the ISO 639-1 code for Indonesian (not an identifier).
 */
export type LocalizedText = {
  readonly id: string;
  readonly en: string;
};

/** The languages the product ships, Bahasa Indonesia being the default. */
export const languages = ['id', 'en'] as const;

/** One of {@link languages}. */
export type Language = (typeof languages)[number];
