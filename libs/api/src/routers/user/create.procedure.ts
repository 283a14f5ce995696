import { DomainError, passwordProblems, userCreateInputSchema, type User } from '@smartcity/domain';
import { insertUser } from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { assertUnitExists, recordUserChange } from './user-event';

/** `user.create` (coordinators): a new account with a first password. */
export const createProcedure = roleProcedure('coordinator')
  .input(userCreateInputSchema)
  .mutation(async ({ ctx, input }): Promise<User> => {
    const problems = passwordProblems(input.password, input.email);
    if (problems.length > 0) {
      throw new DomainError('VALIDATION', 'The password does not meet the policy', {
        field: 'password',
        problems,
      });
    }
    await assertUnitExists(ctx.db, input.unitId);
    const passwordHash = await ctx.passwords.hash(input.password);
    return ctx.db.transaction().execute(async (trx) => {
      const { password: _password, ...profile } = input;
      const user = await insertUser(trx, { ...profile, passwordHash }, ctx.now());
      await recordUserChange(trx, ctx, 'user.created', user, { after: user });
      return user;
    });
  });
