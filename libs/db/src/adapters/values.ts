/**
 * Reading values that the two dialects return in different shapes. Writes are uniform (ISO
 * strings, booleans, JSON strings); reads go through these helpers in the row mappers.
 */

/** An ISO 8601 UTC string from a PostgreSQL `Date` or an SQLite text timestamp. */
export function toIsoString(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

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
