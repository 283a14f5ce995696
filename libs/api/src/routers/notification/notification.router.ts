import { router } from '../../trpc';
import { listProcedure } from './list.procedure';
import { markAllReadProcedure } from './mark-all-read.procedure';
import { markReadProcedure } from './mark-read.procedure';

export const notificationRouter = router({
  list: listProcedure,
  markRead: markReadProcedure,
  markAllRead: markAllReadProcedure,
});
