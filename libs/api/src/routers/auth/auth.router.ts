import { router } from '../../trpc';
import { acceptInvitationProcedure } from './accept-invitation.procedure';
import { changePasswordProcedure } from './change-password.procedure';
import { invitationProcedure } from './invitation.procedure';
import { loginProcedure } from './login.procedure';
import { logoutProcedure } from './logout.procedure';
import { meProcedure } from './me.procedure';

export const authRouter = router({
  login: loginProcedure,
  logout: logoutProcedure,
  me: meProcedure,
  changePassword: changePasswordProcedure,
  invitation: invitationProcedure,
  acceptInvitation: acceptInvitationProcedure,
});
