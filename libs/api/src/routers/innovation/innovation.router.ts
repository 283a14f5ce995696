import { router } from '../../trpc';
import { advanceProcedure } from './advance.procedure';
import { byIdProcedure } from './by-id.procedure';
import { createProcedure } from './create.procedure';
import { discontinueProcedure } from './discontinue.procedure';
import { listProcedure } from './list.procedure';
import { moveBackProcedure } from './move-back.procedure';
import { reopenProcedure } from './reopen.procedure';
import { setPublicProcedure } from './set-public.procedure';
import { updateSectionProcedure } from './update-section.procedure';

export const innovationRouter = router({
  list: listProcedure,
  byId: byIdProcedure,
  create: createProcedure,
  updateSection: updateSectionProcedure,
  advance: advanceProcedure,
  moveBack: moveBackProcedure,
  discontinue: discontinueProcedure,
  reopen: reopenProcedure,
  setPublic: setPublicProcedure,
});
