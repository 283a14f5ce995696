import { router } from '../../trpc';
import { createProcedure } from './create.procedure';
import { inviteProcedure } from './invite.procedure';
import { listProcedure } from './list.procedure';
import { resetPasswordProcedure } from './reset-password.procedure';
import { activateProcedure, deactivateProcedure } from './set-active.procedure';
import { updateProcedure } from './update.procedure';

export const userRouter = router({
  list: listProcedure,
  create: createProcedure,
  update: updateProcedure,
  deactivate: deactivateProcedure,
  activate: activateProcedure,
  resetPassword: resetPasswordProcedure,
  invite: inviteProcedure,
});
