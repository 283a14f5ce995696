import { router } from '../../trpc';
import { addProcedure } from './add.procedure';
import { listProcedure } from './list.procedure';

export const progressRouter = router({
  add: addProcedure,
  list: listProcedure,
});
