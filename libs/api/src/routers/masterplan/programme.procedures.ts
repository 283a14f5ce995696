import { programmeCreateInputSchema, programmeUpdateInputSchema } from '@smartcity/domain';
import type { Programme } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { createProgramme, updateProgramme } from '../../services/masterplan/programmes';

/** `masterplan.createProgramme` (coordinator): a programme, checked against the period. */
export const createProgrammeProcedure = roleProcedure('coordinator')
  .input(programmeCreateInputSchema)
  .mutation(({ ctx, input }): Promise<Programme> => createProgramme(ctx, input));

/** `masterplan.updateProgramme` (coordinator): every field, the linked innovations included. */
export const updateProgrammeProcedure = roleProcedure('coordinator')
  .input(programmeUpdateInputSchema)
  .mutation(({ ctx, input }): Promise<Programme> => updateProgramme(ctx, input));
