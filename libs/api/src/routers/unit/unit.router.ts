import { router } from '../../trpc';
import { byIdProcedure } from './by-id.procedure';
import { createProcedure } from './create.procedure';
import { listProcedure } from './list.procedure';
import { mergeProcedure } from './merge.procedure';
import { setActiveProcedure } from './set-active.procedure';
import { updateProcedure } from './update.procedure';

export const unitRouter = router({
  list: listProcedure,
  byId: byIdProcedure,
  create: createProcedure,
  update: updateProcedure,
  setActive: setActiveProcedure,
  merge: mergeProcedure,
});
