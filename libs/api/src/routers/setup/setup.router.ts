import { router } from '../../trpc';
import { completeProcedure } from './complete.procedure';
import { statusProcedure } from './status.procedure';

export const setupRouter = router({
  status: statusProcedure,
  complete: completeProcedure,
});
