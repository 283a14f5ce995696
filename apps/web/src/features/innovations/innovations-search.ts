import {
  dimensionKeySchema,
  elementKeySchema,
  idSchema,
  innovationSorts,
  isElementOf,
  jenisValues,
  stageSchema,
  tahapanValues,
} from '@smartcity/domain';
import { z } from 'zod';

/**
 * The innovation list's filters as kept in the URL (`?stage=need&q=stunting`), so a filtered list
 * can be bookmarked and shared. Unknown or malformed values are dropped rather than failing the
 * page, and an element that is not one of the chosen dimension's is dropped too.
 */
export const innovationsSearchSchema = z
  .object({
    q: z.string().max(200).optional().catch(undefined),
    unitId: idSchema.optional().catch(undefined),
    dimension: dimensionKeySchema.optional().catch(undefined),
    element: elementKeySchema.optional().catch(undefined),
    stage: stageSchema.optional().catch(undefined),
    jenis: z.enum(jenisValues).optional().catch(undefined),
    tahapan: z.enum(tahapanValues).optional().catch(undefined),
    stale: z.boolean().optional().catch(undefined),
    isPublic: z.boolean().optional().catch(undefined),
    sort: z.enum(innovationSorts).optional().catch(undefined),
  })
  .transform((search) =>
    search.dimension && search.element && !isElementOf(search.dimension, search.element)
      ? { ...search, element: undefined }
      : search,
  );

/** The parsed URL filters of the innovation list. */
export type InnovationsSearch = z.infer<typeof innovationsSearchSchema>;

/** How many filters (besides the text search and the order) are set: shown on the filter button. */
export function activeFilterCount(search: InnovationsSearch): number {
  const { q: _q, sort: _sort, ...filters } = search;
  return Object.values(filters).filter((value) => value !== undefined).length;
}
