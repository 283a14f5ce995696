import { router } from '../../trpc';
import { byIdProcedure } from './by-id.procedure';
import { listProcedure } from './list.procedure';

export const unitRouter = router({
  list: listProcedure,
  byId: byIdProcedure,
});
