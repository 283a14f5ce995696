/**
 * Reading values that the two dialects return in different shapes. Writes are uniform (ISO
 * strings, booleans, JSON strings); reads go through these helpers in the row mappers.
 */

/** An ISO 8601 UTC string from a PostgreSQL `Date` or an SQLite text timestamp. */
export function toIsoString(value: Date | string): string {
  if (value instanceof Date) return value.toISOString();
  // What this code writes (`toISOString()`) passes as it is: exports read millions of these.
  if (value.length === 24 && value[10] === 'T' && value[23] === 'Z' && isoInstant.test(value))
    return value;
  return new Date(value).toISOString();
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A boolean from PostgreSQL `boolean` or SQLite `0`/`1`. */
export function toBoolean(value: boolean | number): boolean {
  return typeof value === 'boolean' ? value : value !== 0;
}

/** A parsed JSON value from PostgreSQL `jsonb` (already parsed) or SQLite text. */
export function fromJson(value: unknown): unknown {
  return typeof value === 'string' ? (JSON.parse(value) as unknown) : (value ?? null);
}

/** The JSON text to write, or null. */
export function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/** A number from PostgreSQL `bigint`/`numeric` (strings) or SQLite integers. */
export function toNumber(value: number | string | bigint): number {
  return typeof value === 'number' ? value : Number(value);
}

/** Escapes `%`, `_` and `\` so user text matches literally inside a `LIKE … ESCAPE '\'` pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
