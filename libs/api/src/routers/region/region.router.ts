import { router } from '../../trpc';
import { getProcedure } from './get.procedure';
import { updateProcedure } from './update.procedure';

export const regionRouter = router({
  get: getProcedure,
  update: updateProcedure,
});
