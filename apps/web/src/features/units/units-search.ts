import { unitTypeSchema } from '@smartcity/domain';
import { z } from 'zod';

/**
 * The units page's filters as kept in the URL (`?q=dinkes&type=dinas`), so a filtered list can be
 * bookmarked and shared. Unknown or malformed values are dropped rather than failing the page.
 */
export const unitsSearchSchema = z.object({
  q: z.string().max(100).optional().catch(undefined),
  type: unitTypeSchema.optional().catch(undefined),
});

/** The parsed URL filters of the units page. */
export type UnitsSearch = z.infer<typeof unitsSearchSchema>;
