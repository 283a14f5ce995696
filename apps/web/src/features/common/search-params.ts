import * as z from 'zod/mini';

// URL search schemas use zod's "mini" build: the router validates every URL with them, so they
// are on every page's first load, and the classic build would add ~20 KB gzip to it. The domain's
// constants (not its classic schemas) give the allowed values.

/** An optional URL field: a malformed value is dropped (undefined) rather than failing the page. */
export function optionalParam<T extends z.core.SomeType>(schema: T) {
  return z.catch(z.optional(schema), undefined);
}

/** An id (UUID) in the URL. */
export const idParam = z.uuid();

/** A year in the URL, between `min` and `max`. */
export function yearParam(min: number, max: number) {
  return z.int().check(z.gte(min), z.lte(max));
}

export { z };
