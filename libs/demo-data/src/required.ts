/**
 * The value, or a clear error naming what was missing. The demo content is fixed, so a missing
 * entry is a bug in the demo data; failing loudly beats seeding a half-built record.
 */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`demo data: missing ${what}`);
  return value;
}
