import type { AppRouter } from '@smartcity/api';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;

/** The answer of `innovation.byId`, as the SPA receives it (plain JSON). */
export type InnovationDetailDto = Outputs['innovation']['byId'];

/** An event of an innovation's timeline. */
export type TimelineEntryDto = InnovationDetailDto['timeline'][number];

/** An evidence file attached to a section. */
export type AttachmentDto = InnovationDetailDto['files'][number];
