import { unitTypes } from '@smartcity/domain';
import { optionalParam, z } from '../common/search-params';

/**
 * The units page's filters as kept in the URL (`?q=dinkes&type=dinas&inactive=true`), so a
 * filtered list can be bookmarked and shared. Unknown or malformed values are dropped rather than
 * failing the page.
 */
export const unitsSearchSchema = z.object({
  q: optionalParam(z.string().check(z.maxLength(100))),
  type: optionalParam(z.enum(unitTypes)),
  /** Include the inactive units (merged ones among them). */
  inactive: optionalParam(z.boolean()),
});

/** The parsed URL filters of the units page. */
export type UnitsSearch = z.infer<typeof unitsSearchSchema>;
