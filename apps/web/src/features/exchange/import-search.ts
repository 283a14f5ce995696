import { importEntities } from '@smartcity/domain';
import { optionalParam, z } from '../common/search-params';

/** The import page's URL (`/impor?data=units`): what to import, preselected by the links to it. */
export const importSearchSchema = z.object({
  data: optionalParam(z.enum(importEntities)),
});

/** The parsed URL of the import page. */
export type ImportSearch = z.infer<typeof importSearchSchema>;
