import { dimensionKeys } from '@smartcity/domain';
import { idParam, optionalParam, z } from '../common/search-params';

/** `/rencana-induk?program=…`: the programme whose drawer is open (a shareable link). */
export const masterplanSearchSchema = z.object({ program: optionalParam(idParam) });
export type MasterplanSearch = z.infer<typeof masterplanSearchSchema>;

/** `/rencana-induk/peta-jalan?dimensi=living`: the roadmap's dimension filter. */
export const roadmapSearchSchema = z.object({ dimensi: optionalParam(z.enum(dimensionKeys)) });
export type RoadmapSearch = z.infer<typeof roadmapSearchSchema>;
