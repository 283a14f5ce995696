import { router } from '../../trpc';
import { createActionProcedure, updateActionProcedure } from './action.procedures';
import { signProcedure, withdrawCommitmentProcedure } from './commitment.procedures';
import { createProcedure } from './create.procedure';
import { grandDesignProcedure } from './grand-design.procedure';
import { overviewProcedure } from './overview.procedure';
import { createProgrammeProcedure, updateProgrammeProcedure } from './programme.procedures';
import { setStrategyProcedure } from './set-strategy.procedure';
import { updateProcedure } from './update.procedure';

/** The masterplan (Rencana Induk): plan, strategies, programmes, action items, commitments. */
export const masterplanRouter = router({
  overview: overviewProcedure,
  create: createProcedure,
  update: updateProcedure,
  setStrategy: setStrategyProcedure,
  createProgramme: createProgrammeProcedure,
  updateProgramme: updateProgrammeProcedure,
  createAction: createActionProcedure,
  updateAction: updateActionProcedure,
  grandDesign: grandDesignProcedure,
  sign: signProcedure,
  withdrawCommitment: withdrawCommitmentProcedure,
});
