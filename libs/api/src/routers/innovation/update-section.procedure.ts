import { updateSectionInputSchema, type Innovation } from '@smartcity/domain';
import { unitProcedure } from '../../trpc';
import { innovationScope } from '../../services/innovation/load-innovation';
import { updateSection } from '../../services/innovation/update-section';

/**
 * `innovation.updateSection` ({ id, version, section, data }): replaces one section (or the
 * profile) after checking it with the section's schema. A stale version answers `CONFLICT`
 * naming who changed the innovation and when, and changes nothing.
 */
export const updateSectionProcedure = unitProcedure(
  updateSectionInputSchema,
  innovationScope,
).mutation(({ ctx, input }): Promise<Innovation> => updateSection(ctx, input));
