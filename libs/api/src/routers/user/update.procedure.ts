import { DomainError, unitRoleProblems, userUpdateInputSchema, type User } from '@smartcity/domain';
import { deleteUserSessions, findUserById, updateUser } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { assertUnitExists, recordUserChange } from '../../services/user/user-event';

/**
 * `user.update` (coordinators): name, email, NIP, role and unit, with the version read (a stale
 * version is a `CONFLICT` and changes nothing). A change of role or unit ends the user's sessions,
 * so that their rights change at once.
 */
export const updateProcedure = roleProcedure('coordinator')
  .input(userUpdateInputSchema)
  .mutation(async ({ ctx, input }): Promise<User> => {
    const { id, version, ...changes } = input;
    const current = await findUserById(ctx.db, id);
    if (!current) throw new DomainError('NOT_FOUND', 'User not found', { id });
    const role = changes.role ?? current.role;
    const unitId = changes.unitId !== undefined ? changes.unitId : current.unitId;
    const problems = unitRoleProblems(role, unitId);
    if (problems.length > 0)
      throw new DomainError('VALIDATION', problems.join('; '), { field: 'unitId' });
    if (id === ctx.auth.user.id && role !== current.role) {
      throw new DomainError('VALIDATION', 'You cannot change your own role', { field: 'role' });
    }
    // Only a move into another unit is checked: a user may stay in a unit that became inactive.
    if (unitId !== current.unitId) await assertUnitExists(ctx.db, unitId);
    return ctx.db.transaction().execute(async (trx) => {
      const { before, after } = await updateUser(trx, {
        id,
        expectedVersion: version,
        changes,
        now: ctx.now(),
      });
      if (before.role !== after.role || before.unitId !== after.unitId)
        await deleteUserSessions(trx, id);
      await recordUserChange(trx, ctx, { action: 'user.updated', user: after, before, after });
      return after;
    });
  });
