import { listUsers } from '@smartcity/db';
import { roleProcedure } from '../../trpc';

/** An evaluator the coordinator may assign (with their unit, for the conflict-of-interest rule). */
export type EvaluatorOption = {
  readonly id: string;
  readonly name: string;
  readonly unitId: string | null;
  readonly unitName: string | null;
};

/** `evaluation.evaluators`: the active evaluators, by name. */
export const evaluatorsProcedure = roleProcedure('coordinator').query(
  async ({ ctx }): Promise<EvaluatorOption[]> => {
    const users = await listUsers(ctx.db, {
      search: null,
      role: 'evaluator',
      unitId: null,
      includeInactive: false,
    });
    return users.map((u) => ({
      id: u.id,
      name: u.name,
      unitId: u.unitId,
      unitName: u.unit?.name ?? null,
    }));
  },
);
